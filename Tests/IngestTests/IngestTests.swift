import DocumentModel
import Foundation
@testable import Ingest
import TestSupport
import XCTest
import Ledger

final class IngestTests: XCTestCase {
    func testSHA256MatchesKnownDigests() throws {
        XCTAssertEqual(SHA256.hex(of: Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Against the corpus's own checksum list, through the streaming file reader.
        let sums = try String(contentsOf: try TestPaths.shared("corpus/SHA256SUMS"), encoding: .utf8)
        let first = try XCTUnwrap(sums.split(separator: "\n").first).split(separator: " ", omittingEmptySubsequences: true)
        let file = try TestPaths.shared("corpus/" + String(first[1]).replacingOccurrences(of: "./", with: ""))
        XCTAssertEqual(try SHA256.hex(ofFile: file.path), String(first[0]))
    }

    func testShardsPartitionThePaths() throws {
        XCTAssertEqual(Shard(parsing: "2/4"), Shard(index: 2, count: 4))
        XCTAssertNil(Shard(parsing: "4/4"))
        XCTAssertNil(Shard(parsing: "-1/4"))
        XCTAssertNil(Shard(parsing: "1"))
        let paths = (0..<1000).map { "dir\($0 % 7)/file-\($0).pdf" }
        let shards = (0..<4).map { Shard(index: $0, count: 4)! }
        for p in paths { XCTAssertEqual(shards.filter { $0.contains(p) }.count, 1, p) }
        let sizes = shards.map { s in paths.filter(s.contains).count }
        XCTAssertTrue(sizes.allSatisfy { $0 > 150 }, "unbalanced shards \(sizes)")
        XCTAssertEqual(Shard.stableHash("a"), 0xaf63dc4c8601ec8c)  // the FNV-1a 64 test vector: stable everywhere
    }

    func testLedgerReadAPIAndLock() throws {
        let scratch = try Scratch("ledger")
        let path = scratch.url.appendingPathComponent("l.sqlite").path
        XCTAssertThrowsError(try Ledger(path: path)) { error in
            guard case LedgerError.notFound = error else { return XCTFail("\(error)") }
        }
        let ledger = try Ledger(path: path, create: true)
        let run = try ledger.beginRun(startedAt: "2026-01-01T00:00:00Z", host: "h", pipelineVersion: "0.1.0",
                                      sourceDirectory: "/s", outputDirectory: "/o", shard: "1/2")
        try ledger.commit([LedgerFile(path: "a.pdf", size: 1, mtime: 2, sha256: "x", status: .failed, errorCode: "timeout",
                                      schemaVersion: "1.0.0", pipelineVersion: "0.1.0", runId: run)], runId: run, failed: 1)
        let reread = try Ledger(path: path)
        XCTAssertEqual(try reread.files().map(\.errorCode), ["timeout"])
        XCTAssertEqual(try reread.runs().first?.failed, 1)
        XCTAssertEqual(try reread.runs().first?.shard, "1/2")
        XCTAssertNil(try reread.runs().first?.endedAt)

        // A second ingest on a locked ledger refuses, naming the holder.
        let held = try LedgerLock(ledgerPath: path)
        try scratch.populate([])
        var o = try options(scratch)
        o.ledgerPath = path
        XCTAssertThrowsError(try Ingester(options: o).run()) { error in
            guard case IngestError.locked(_, let holder) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(holder.contains("pid \(getpid())"), holder)
            XCTAssertTrue("\(error)".contains("another docstruct ingest"))
        }
        withExtendedLifetime(held) {}
    }

    /// Crash (abort), Swift trap, hang and memory exhaustion on named files: the batch finishes,
    /// each failure is named correctly, the other files are converted, no worker is left.
    func testFaultInjectionCostsOnlyTheFaultyFiles() throws {
        let scratch = try Scratch("faults")
        let files = try smallestPDFs(in: "corpus/bulk", count: 8)
        try scratch.populate(files)
        let names = files.map(\.lastPathComponent)
        var o = try options(scratch)
        o.timeoutSeconds = 8
        o.memoryLimitMiB = 1024
        o.workerEnvironment["DOCSTRUCT_FAULT"] = "crash:\(names[1]),hang:\(names[3]),oom:\(names[5]),trap:\(names[6])"
        let summary = try Ingester(options: o).run()
        XCTAssertEqual(summary.failed, 4)
        XCTAssertEqual(summary.converted, 4)
        XCTAssertEqual(summary.exitStatus, IngestExit.someFailed)
        let rows = Dictionary(uniqueKeysWithValues: try Ledger(path: o.ledgerPath).files().map { ($0.path, $0) })
        XCTAssertEqual(rows.count, 8)
        XCTAssertEqual(rows[names[1]]?.errorCode, "crashed")
        XCTAssertTrue(rows[names[1]]?.errorMessage?.contains("SIGABRT") ?? false, rows[names[1]]?.errorMessage ?? "")
        XCTAssertEqual(rows[names[3]]?.errorCode, "timeout")
        XCTAssertGreaterThanOrEqual(rows[names[3]]?.durationSeconds ?? 0, 8)
        XCTAssertLessThan(rows[names[3]]?.durationSeconds ?? 99, 20)
        XCTAssertEqual(rows[names[5]]?.errorCode, "outOfMemory")
        XCTAssertEqual(rows[names[6]]?.errorCode, "crashed")
        XCTAssertTrue(rows[names[6]]?.errorMessage?.contains("Fatal error") ?? false, rows[names[6]]?.errorMessage ?? "")
        for i in [0, 2, 4, 7] {
            let row = try XCTUnwrap(rows[names[i]])
            XCTAssertEqual(row.status, .converted, names[i])
            XCTAssertTrue(FileManager.default.fileExists(atPath: try XCTUnwrap(row.output(in: o.output)).path))
            XCTAssertGreaterThan(row.pageCount, 0)
            XCTAssertEqual(row.sha256, try SHA256.hex(ofFile: files[i].path))
        }
        for i in [1, 3, 5, 6] { XCTAssertEqual(rows[names[i]]?.sha256, try SHA256.hex(ofFile: files[i].path)) }
        XCTAssertEqual(temporaryFiles(under: scratch.output), [])
        // The failures are recorded; an unchanged file that failed by its own fault (crash, hang,
        // trap) is not retried unless asked; out of memory is transient, so it is tried again.
        XCTAssertEqual(rows[names[5]]?.failureClass, .transient)
        XCTAssertEqual([names[1], names[3], names[6]].map { rows[$0]?.failureClass }, [.permanent, .permanent, .permanent])
        let again = try Ingester(options: o).run()
        XCTAssertEqual([again.converted, again.failed, again.transient, again.skipped], [0, 1, 1, 7])
        o.retryFailed = true
        o.workerEnvironment = [:]
        let retried = try Ingester(options: o).run()
        XCTAssertEqual(retried.converted, 4)
    }

    /// Second run converts nothing; a touched file converts nothing; a changed file converts alone;
    /// a deleted file is marked removed and its output moved aside; --force converts all.
    /// `ingest --check-tags`: the workers compare each tagged PDF with its structure tree
    /// (A/RES/73/6: 51 tagged paragraphs, all agreeing with the layout's blocks).
    func testCheckTagsReachesTheWorkers() throws {
        let scratch = try Scratch("tags")
        try scratch.populate([try TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf")])
        var o = try options(scratch, jobs: 1)
        o.checkTags = true
        XCTAssertEqual(try Ingester(options: o).run().converted, 1)
        let json = try String(contentsOf: scratch.output.appendingPathComponent("A_RES_73_6-EN.json"), encoding: .utf8)
        XCTAssertTrue(json.contains("structure tree compared: 51 tagged paragraphs, 0 split or missing in the layout"), json)
    }

    func testIncrementalRuns() throws {
        let scratch = try Scratch("incremental")
        let files = try smallestPDFs(in: "corpus/bulk", count: 5)
        try scratch.populate(files)
        let o = try options(scratch)
        let first = try Ingester(options: o).run()
        XCTAssertEqual(first.converted, 5)
        XCTAssertEqual(first.exitStatus, IngestExit.allConverted)

        let second = try Ingester(options: o).run()
        XCTAssertEqual([second.converted, second.failed, second.skipped], [0, 0, 5])

        // New mtime, same content: nothing converted, the ledger learns the new mtime.
        let touched = scratch.source.appendingPathComponent(files[0].lastPathComponent)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: touched.path)
        let third = try Ingester(options: o).run()
        XCTAssertEqual([third.converted, third.skipped], [0, 5])
        let ledger = try Ledger(path: o.ledgerPath)
        XCTAssertEqual(try ledger.file(path: files[0].lastPathComponent)?.runId, first.runId)
        let fourthCheck = try Ingester(options: o).run()
        XCTAssertEqual(fourthCheck.converted, 0)

        // Changed content (bytes appended after %%EOF, still a valid PDF): only that file.
        let changed = scratch.source.appendingPathComponent(files[1].lastPathComponent)
        let handle = try FileHandle(forWritingTo: changed)
        handle.seekToEndOfFile()
        handle.write(Data("\n% changed\n".utf8))
        try handle.close()
        let fifth = try Ingester(options: o).run()
        XCTAssertEqual([fifth.converted, fifth.skipped], [1, 4])
        let row = try XCTUnwrap(try ledger.file(path: files[1].lastPathComponent))
        XCTAssertEqual(row.runId, fifth.runId)
        XCTAssertEqual(row.sha256, try SHA256.hex(ofFile: changed.path))

        // Removed from the source: marked removed, output moved aside (not deleted).
        try FileManager.default.removeItem(at: scratch.source.appendingPathComponent(files[2].lastPathComponent))
        let sixth = try Ingester(options: o).run()
        XCTAssertEqual([sixth.converted, sixth.removed], [0, 1])
        let gone = try XCTUnwrap(try ledger.file(path: files[2].lastPathComponent))
        XCTAssertEqual(gone.status, .removed)
        XCTAssertEqual(gone.outputPath, ".removed/\(sixth.runId)/" + files[2].deletingPathExtension().lastPathComponent + ".json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: gone.output(in: o.output)?.path ?? ""))
        XCTAssertFalse(FileManager.default.fileExists(
            atPath: scratch.output.appendingPathComponent(files[2].deletingPathExtension().lastPathComponent + ".json").path))

        var forced = o
        forced.force = true
        XCTAssertEqual(try Ingester(options: forced).run().converted, 4)
        XCTAssertEqual(try ledger.runs().count, 7)
    }

    func testShardRunsTakeDisjointFiles() throws {
        let scratch = try Scratch("shards")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 6))
        var seen: [String] = []
        for k in 0..<2 {
            var o = try options(scratch)
            o.shard = Shard(index: k, count: 2)
            o.ledgerPath = scratch.url.appendingPathComponent("ledger-\(k).sqlite").path
            _ = try Ingester(options: o).run()
            seen += try Ledger(path: o.ledgerPath).files().map(\.path)
        }
        XCTAssertEqual(seen.count, 6)
        XCTAssertEqual(Set(seen).count, 6)
    }

    /// A worker that cannot start is the run's failure, not the documents': nothing is marked
    /// failed, and the next run (with a working worker) converts them.
    func testWorkerThatCannotStartStopsTheRunWithoutBlamingFiles() throws {
        let scratch = try Scratch("nostart")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 2))
        var o = try options(scratch)
        o.workerExecutable = scratch.url.appendingPathComponent("no-such-docstruct").path
        XCTAssertThrowsError(try Ingester(options: o).run()) { error in
            guard case IngestError.workerStart = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Ledger(path: o.ledgerPath).files().count, 0)
        o.workerExecutable = try DocstructBinary.path()
        XCTAssertEqual(try Ingester(options: o).run().converted, 2)
    }

    func testEmptySourceIsRefusedWhenTheLedgerKnowsFiles() throws {
        let scratch = try Scratch("unmounted")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 1))
        let o = try options(scratch)
        XCTAssertEqual(try Ingester(options: o).run().converted, 1)
        for f in try FileManager.default.contentsOfDirectory(at: scratch.source, includingPropertiesForKeys: nil) {
            try FileManager.default.removeItem(at: f)
        }
        XCTAssertThrowsError(try Ingester(options: o).run()) { error in
            guard case IngestError.sourceEmpty(_, 1) = error else { return XCTFail("\(error)") }
        }
    }
}
