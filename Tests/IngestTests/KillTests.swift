import Foundation
@testable import Ingest
import TestSupport
import XCTest
import Ledger

/// The command killed with SIGKILL at several moments, then restarted: at the end every file is
/// converted exactly once, ledger and outputs agree, and no temporary file is left.
final class KillTests: XCTestCase {
    /// Starts `docstruct ingest … --log-format json`, its JSON log going to `log`.
    private func start(_ scratch: Scratch, log: URL, extra: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try DocstructBinary.path())
        process.arguments = ["ingest", scratch.source.path, "--output", scratch.output.path, "--jobs", "2",
                             "--log-format", "json"] + extra
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func events(in log: URL) -> [[String: Any]] {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// Waits until the log shows `count` finished files (or the process ends, or 60 s pass).
    private func wait(forFiles count: Int, in log: URL, of process: Process) {
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            if events(in: log).filter({ ["converted", "failed"].contains($0["event"] as? String ?? "") }).count >= count { return }
            usleep(5_000)
        }
    }

    func testKilledRunsConvertEachFileExactlyOnce() throws {
        let scratch = try Scratch("kill")
        let files = try smallestPDFs(in: "corpus/bulk", count: 30)
        try scratch.populate(files)
        var logs: [URL] = []
        // Kill moments: at start-up, and after 1, 4, 9, 15 and 22 files are done.
        for (i, after) in [0, 1, 4, 9, 15, 22].enumerated() {
            let log = scratch.url.appendingPathComponent("run-\(i).jsonl")
            logs.append(log)
            let process = try start(scratch, log: log)
            if after == 0 { usleep(30_000) } else { wait(forFiles: after, in: log, of: process) }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let finalLog = scratch.url.appendingPathComponent("final.jsonl")
        logs.append(finalLog)
        let last = try start(scratch, log: finalLog)
        last.waitUntilExit()
        XCTAssertEqual(last.terminationStatus, 0)
        usleep(100_000)

        // No file was logged as converted twice. (The log can miss a commit: a kill may fall between
        // the commit and its log line. The ledger is the record; it is checked below.)
        var conversions: [String: Int] = [:]
        for log in logs {
            for e in events(in: log) where e["event"] as? String == "converted" {
                conversions[e["path"] as? String ?? "?", default: 0] += 1
            }
        }
        XCTAssertEqual(conversions.filter { $0.value != 1 }, [:])
        XCTAssertTrue(Set(conversions.keys).isSubset(of: Set(files.map(\.lastPathComponent))))

        // Ledger and outputs agree.
        let ledger = try Ledger(path: scratch.output.appendingPathComponent("ledger.sqlite").path)
        let rows = try ledger.files()
        XCTAssertEqual(rows.count, 30)
        for row in rows {
            XCTAssertEqual(row.status, .converted, row.path)
            XCTAssertTrue(FileManager.default.fileExists(atPath: row.output(in: scratch.output)?.path ?? ""), row.path)
        }
        let outputs = (FileManager.default.enumerator(atPath: scratch.output.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") }
        XCTAssertEqual(outputs.count, 30)
        XCTAssertEqual(temporaryFiles(under: scratch.output), [])
        // Each file was committed as converted exactly once over all the runs: a run's count is
        // raised in the same transaction as each row, so a second conversion would show here.
        XCTAssertEqual(try ledger.runs().map(\.converted).reduce(0, +), 30)
        XCTAssertLessThanOrEqual(try ledger.runs().count, 7)  // a run killed at start-up may not have begun

        // A last run has nothing to do.
        let idleLog = scratch.url.appendingPathComponent("idle.jsonl")
        let idle = try start(scratch, log: idleLog)
        idle.waitUntilExit()
        XCTAssertEqual(idle.terminationStatus, 0)
        XCTAssertEqual(events(in: idleLog).last?["converted"] as? Int, 0)
    }

    /// SIGTERM stops after the documents in flight: exit 3, those documents recorded, new files
    /// not reached recorded as skipped; the next run converts the rest.
    func testSIGTERMStopsCleanly() throws {
        let scratch = try Scratch("term")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 20))
        let log = scratch.url.appendingPathComponent("term.jsonl")
        let process = try start(scratch, log: log)
        wait(forFiles: 2, in: log, of: process)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, IngestExit.stopped)
        let end = try XCTUnwrap(events(in: log).last)
        XCTAssertEqual(end["event"] as? String, "end")
        XCTAssertEqual(end["stopped"] as? Bool, true)
        let ledger = try Ledger(path: scratch.output.appendingPathComponent("ledger.sqlite").path)
        let rows = try ledger.files()
        XCTAssertEqual(rows.count, 20)
        let converted = rows.filter { $0.status == .converted }.count
        XCTAssertGreaterThanOrEqual(converted, 2)
        XCTAssertEqual(rows.filter { $0.status == .skipped }.count, 20 - converted)
        XCTAssertEqual(try ledger.runs().last?.exitStatus, Int(IngestExit.stopped))
        XCTAssertEqual(temporaryFiles(under: scratch.output), [])

        let rest = try start(scratch, log: scratch.url.appendingPathComponent("rest.jsonl"))
        rest.waitUntilExit()
        XCTAssertEqual(rest.terminationStatus, 0)
        XCTAssertEqual(try ledger.files().filter { $0.status == .converted }.count, 20)
    }

    /// A second ingest on the same ledger while one runs refuses with exit status 2 and says why.
    func testSecondIngestOnALockedLedgerRefuses() throws {
        let scratch = try Scratch("lock")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 1))
        let ledgerPath = scratch.output.appendingPathComponent("ledger.sqlite").path
        try FileManager.default.createDirectory(at: scratch.output, withIntermediateDirectories: true)
        let held = try LedgerLock(ledgerPath: ledgerPath)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try DocstructBinary.path())
        process.arguments = ["ingest", scratch.source.path, "--output", scratch.output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, IngestExit.couldNotRun)
        XCTAssertTrue(message.contains("another docstruct ingest is using the ledger"), message)
        withExtendedLifetime(held) {}
    }
}
