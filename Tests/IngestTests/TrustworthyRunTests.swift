import DocumentModel
import Foundation
import GRDB
@testable import Ingest
import Pipeline
import TestSupport
import XCTest
@testable import Ledger
#if canImport(Glibc)
import Glibc
#endif

/// Issue 12, items 9–12: pipeline version derived from the build, transient failures retried,
/// file names that are not UTF-8, a damaged ledger value, a closed stdout, a bad --timeout.
final class TrustworthyRunTests: XCTestCase {
    /// Runs the docstruct binary; returns exit status (nil when killed by a signal), stdout, stderr.
    private func docstruct(_ arguments: [String], closedStdout: Bool = false) throws -> (status: Int32?, out: String, err: String) {
        let r = try DocstructBinary.run(arguments, closingStdout: closedStdout)
        return (r.status, r.stdout, r.stderr)
    }

    private func sql(_ ledger: String, _ statement: String) throws {
        try DatabaseQueue(path: ledger, configuration: waitingConfiguration()).write { try $0.execute(sql: statement) }
    }

    /// The ledger of the run before may still be closing: wait for its lock as `Ledger` does.
    private func waitingConfiguration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(10)
        return config
    }

    // MARK: 9. Pipeline version

    func testPipelineVersionIsTheSchemaAndTheExecutableDigest() throws {
        // readelf (binutils) and sha256sum (coreutils) as independent readings of the same files.
        func run(_ tool: String, _ path: String) throws -> String {
            let process = Process(), pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = tool.hasSuffix("readelf") ? ["-n", path] : [path]
            process.standardOutput = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text
        }
        func buildID(_ path: String) throws -> String {
            let text = try run("/usr/bin/readelf", path)
            let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Build ID:") }, "no build ID in \(path)")
            return String(line.split(separator: " ").last ?? "")
        }
        // The linker's build ID of the running test binary and of the built docstruct.
        XCTAssertEqual(PipelineVersion.current, "1.4.0+" + (try buildID("/proc/\(getpid())/exe")).prefix(16))
        let binary = try DocstructBinary.path()
        XCTAssertEqual(PipelineVersion.derive(executable: binary), "1.4.0+" + (try buildID(binary)).prefix(16))
        // A file without a build ID is hashed (SHA-256).
        let sample = TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf").path
        XCTAssertEqual(PipelineVersion.derive(executable: sample), "1.4.0+" + (try run("/usr/bin/sha256sum", sample)).prefix(16))
        XCTAssertTrue(PipelineVersion.derive(executable: "/nonexistent/docstruct").hasPrefix("1.4.0+unhashed-"))
        XCTAssertNotEqual(PipelineVersion.derive(executable: nil), PipelineVersion.derive(executable: nil))
    }

    /// A ledger written by an earlier build (pipeline version "0.1.0") is converted again, and the
    /// output names the build that made it.
    func testAnUpgradeConvertsUnchangedFilesAgain() throws {
        let scratch = try Scratch("upgrade")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 2))
        let o = try options(scratch)
        XCTAssertEqual(try Ingester(options: o).run().converted, 2)
        XCTAssertEqual(try Ingester(options: o).run().skipped, 2)
        try sql(o.ledgerPath, "UPDATE files SET pipelineVersion = '0.1.0'")
        let upgraded = try Ingester(options: o).run()
        XCTAssertEqual([upgraded.converted, upgraded.skipped], [2, 0])
        XCTAssertEqual(try Ledger(path: o.ledgerPath).files().map(\.pipelineVersion), [PipelineVersion.current, PipelineVersion.current])
        let output = try XCTUnwrap(try Ledger(path: o.ledgerPath).files().first?.output(in: o.output))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        XCTAssertEqual(json?["schemaVersion"] as? String, "1.4.0")
        let producer = try XCTUnwrap(json?["producer"] as? [String: String])
        XCTAssertEqual(producer, ["name": "docstruct", "version": DocstructVersion.current,
                                  "pipelineVersion": PipelineVersion.derive(executable: try DocstructBinary.path())])
    }

    // MARK: 10. Transient failures

    /// An output that cannot be written (here a file where the output folder should be; a full
    /// disk gives the same code) is transient: the next run converts it without --retry-failed,
    /// while a PDF's own failure (not a PDF) stays failed.
    func testWriteFailureIsTransientAndRetriedNextRun() throws {
        let scratch = try Scratch("transient")
        let pdf = try XCTUnwrap(try smallestPDFs(in: "corpus/bulk", count: 1).first)
        try FileManager.default.createDirectory(at: scratch.source.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: pdf, to: scratch.source.appendingPathComponent("sub/a.pdf"))
        try Data("not a pdf".utf8).write(to: scratch.source.appendingPathComponent("junk.pdf"))
        try FileManager.default.createDirectory(at: scratch.output, withIntermediateDirectories: true)
        let blocker = scratch.output.appendingPathComponent("sub")
        try Data("x".utf8).write(to: blocker)
        let o = try options(scratch)
        let first = try Ingester(options: o).run()
        XCTAssertEqual([first.converted, first.failed, first.transient], [0, 2, 1])
        let rows = Dictionary(uniqueKeysWithValues: try Ledger(path: o.ledgerPath).files().map { ($0.path, $0) })
        XCTAssertEqual(rows["sub/a.pdf"]?.errorCode, "writeFailed")
        XCTAssertEqual(rows["sub/a.pdf"]?.failureClass, .transient)
        XCTAssertEqual(rows["junk.pdf"]?.errorCode, "notAPDF")
        XCTAssertEqual(rows["junk.pdf"]?.failureClass, .permanent)
        let stored = try DatabaseQueue(path: o.ledgerPath, configuration: waitingConfiguration()).read {
            try String.fetchAll($0, sql: "SELECT failureClass FROM files ORDER BY path")
        }
        XCTAssertEqual(stored, ["permanent", "transient"])

        try FileManager.default.removeItem(at: blocker)
        let second = try Ingester(options: o).run()
        XCTAssertEqual([second.converted, second.failed, second.skipped], [1, 0, 1])
        XCTAssertEqual(try Ledger(path: o.ledgerPath).file(path: "sub/a.pdf")?.status, .converted)
        XCTAssertNil(try Ledger(path: o.ledgerPath).file(path: "sub/a.pdf")?.failureClass)
    }

    /// A worker SIGKILLed from outside (as by the OOM killer) is transient; the next run converts the file.
    func testWorkerKilledFromOutsideIsRetried() throws {
        let scratch = try Scratch("killed")
        let files = try smallestPDFs(in: "corpus/bulk", count: 2)
        try scratch.populate(files)
        var o = try options(scratch, jobs: 1)
        o.workerEnvironment["DOCSTRUCT_FAULT"] = "kill:\(files[0].lastPathComponent)"
        let first = try Ingester(options: o).run()
        XCTAssertEqual([first.converted, first.failed, first.transient], [1, 1, 1])
        let row = try XCTUnwrap(try Ledger(path: o.ledgerPath).file(path: files[0].lastPathComponent))
        XCTAssertEqual(row.errorCode, "crashed")
        XCTAssertTrue(row.errorMessage?.contains("SIGKILL") ?? false, row.errorMessage ?? "")
        XCTAssertEqual(row.failureClass, .transient)
        o.workerEnvironment = [:]
        let second = try Ingester(options: o).run()
        XCTAssertEqual([second.converted, second.failed, second.skipped], [1, 0, 1])
    }

    /// A ledger made before the failureClass column gets it, with each old failure classified.
    func testMigrationClassifiesEarlierFailures() throws {
        let scratch = try Scratch("migration")
        let path = scratch.url.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path, configuration: waitingConfiguration())
        try Ledger.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO runs(id, startedAt, host, pipelineVersion) VALUES (1, 'x', 'h', '0.1.0')")
            for (name, code, message) in [("a.pdf", "writeFailed", "disk full"), ("b.pdf", "damaged", "bad xref"),
                                          ("c.pdf", "crashed", "worker died (signal 9 (SIGKILL))"),
                                          ("d.pdf", "crashed", "worker died (signal 6 (SIGABRT))")] {
                try db.execute(sql: """
                    INSERT INTO files(path, size, mtime, sha256, status, errorCode, errorMessage, schemaVersion, pipelineVersion, runId)
                    VALUES (?, 1, 1, '', 'failed', ?, ?, '1.2.0', '0.1.0', 1)
                    """, arguments: [name, code, message])
            }
        }
        let classes = try Ledger(path: path).files().map(\.failureClass)
        XCTAssertEqual(classes, [.transient, .permanent, .transient, .permanent])
    }

    // MARK: 11. Names that are not UTF-8

    func testAFileNameThatIsNotUTF8GetsARowAndANamedError() throws {
        let scratch = try Scratch("names")
        let pdf = try XCTUnwrap(try smallestPDFs(in: "corpus/bulk", count: 1).first)
        try scratch.populate([pdf])
        let bytes = Array(scratch.source.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".pdf".utf8) + [0]
        let fd = bytes.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { creat($0.baseAddress!, 0o644) } }
        XCTAssertGreaterThanOrEqual(fd, 0)
        let content = try Data(contentsOf: pdf)
        _ = content.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)

        let o = try options(scratch)
        let first = try Ingester(options: o).run()
        XCTAssertEqual([first.converted, first.failed], [1, 1])
        let row = try XCTUnwrap(try Ledger(path: o.ledgerPath).file(path: "bad\\xFF.pdf"))
        XCTAssertEqual(row.errorCode, "badFileName")
        XCTAssertEqual(row.failureClass, .permanent)
        XCTAssertEqual(row.size, Int64(content.count))
        XCTAssertEqual(row.errorMessage, scratch.source.path + "/bad\\xFF.pdf: the file name is not valid UTF-8, so docstruct cannot open it; rename the file (e.g. convmv -f latin1 -t utf8)")
        let second = try Ingester(options: o).run()
        XCTAssertEqual([second.converted, second.failed, second.skipped, second.removed], [0, 0, 2, 0])

        let converted = try docstruct(["convert", scratch.source.path, "--output", scratch.url.appendingPathComponent("c").path])
        XCTAssertEqual(converted.status, 1)
        XCTAssertTrue(converted.err.contains("docstruct: failed: \(scratch.source.path)/bad\\xFF.pdf: the file name is not valid UTF-8"), converted.err)
        XCTAssertTrue(converted.out.hasPrefix("converted 1, failed 1,"), converted.out)
    }

    // MARK: 12. Ledger values, closed stdout, --timeout

    func testAMistypedLedgerValueIsReportedAndTheRunGoesOn() throws {
        let scratch = try Scratch("badvalue")
        let files = try smallestPDFs(in: "corpus/bulk", count: 2)
        try scratch.populate(files)
        let o = try options(scratch)
        // The binary both times: the test process is another build, with another pipeline version.
        XCTAssertEqual(try docstruct(["ingest", scratch.source.path, "--output", scratch.output.path]).status, 0)
        let name = files[0].lastPathComponent
        try sql(o.ledgerPath, "UPDATE files SET size = 'abc' WHERE path = '\(name)'")
        try sql(o.ledgerPath, "UPDATE runs SET converted = 'x'")

        let ingest = try docstruct(["ingest", scratch.source.path, "--output", scratch.output.path])
        XCTAssertEqual(ingest.status, 0, ingest.err)
        XCTAssertTrue(ingest.err.contains("ledger table files, row \(name): column size holds 'abc', which cannot be read; row ignored"), ingest.err)
        XCTAssertTrue(ingest.err.contains("ledger table runs, row rowid 1: column converted holds 'x', which cannot be read"), ingest.err)
        XCTAssertTrue(ingest.out.hasPrefix("run 2: converted 1, failed 0, skipped 1,"), ingest.out)
        XCTAssertEqual(try Ledger(path: o.ledgerPath).file(path: name)?.size, Int64(try Data(contentsOf: files[0]).count))

        try sql(o.ledgerPath, "UPDATE files SET mtime = x'00ff' WHERE path = '\(name)'")
        let report = try docstruct(["report", scratch.output.path])
        XCTAssertEqual(report.status, 0, report.err)
        XCTAssertTrue(report.out.contains("ledger table files, row \(name): column mtime holds a blob of 2 byte(s)"), report.out)
    }

    func testAClosedStdoutDoesNotStopTheSupervisor() throws {
        let scratch = try Scratch("epipe")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 3))
        let run = try docstruct(["ingest", scratch.source.path, "--output", scratch.output.path, "--log-format", "json"],
                                closedStdout: true)
        XCTAssertEqual(run.status, 0, run.err)
        let rows = try Ledger(path: scratch.output.appendingPathComponent("ledger.sqlite").path).files()
        XCTAssertEqual(rows.map(\.status), [.converted, .converted, .converted])
        XCTAssertEqual(try Ledger(path: scratch.output.appendingPathComponent("ledger.sqlite").path).runs().first?.exitStatus, 0)
    }

    func testATimeoutThatIsNotAFiniteNumberIsBadUsage() throws {
        let scratch = try Scratch("timeout")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 1))
        for value in ["inf", "nan", "-1", "0", "1e300"] {
            let run = try docstruct(["ingest", scratch.source.path, "--output", scratch.output.path, "--timeout=\(value)"])
            XCTAssertEqual(run.status, 2, "\(value): \(run.err)")
            XCTAssertTrue(run.err.contains("--timeout must be a number of seconds more than 0 and at most 604800"), run.err)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent("ledger.sqlite").path))
    }
}
