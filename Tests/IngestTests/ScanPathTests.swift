import Foundation
import GRDB
@testable import Ledger
@testable import Pipeline
import TestSupport
import XCTest

/// The string-only scan `ingest` uses (`BatchConverter.scanPaths`, `SourceWalk` on `readdir`,
/// the ledger read by column position) finds what the URL-based scan and the by-name ledger
/// read find, name for name.
final class ScanPathTests: XCTestCase {
    private var root: URL!
    private let pdf = TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf")

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-scanpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    /// Names that URLs escape or normalise, upper-case extensions, decomposed accents, nesting.
    private let awkward = ["plain.pdf", "UPPER.PDF", "with space.pdf", "per%20cent.pdf", "hash#mark.pdf",
                           "question?.pdf", "tilde~.pdf", "semi;colon.pdf", "re\u{301}sume\u{301}.Pdf",
                           "ré/sumé.pdf", "a/b/c/deep.pdf", "a-b.pdf", "a/z.pdf", "dots...pdf", "x.pdf.pdf"]

    private func place(_ relatives: [String], in folder: URL) throws {
        for rel in relatives {
            let url = folder.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: pdf, to: url)
        }
    }

    func testScanPathsGivesTheJobsOfScan() throws {
        let source = root.appendingPathComponent("src")
        try place(awkward, in: source)
        try FileManager.default.createDirectory(at: source.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: source.appendingPathComponent("link.pdf").path,
                                                   withDestinationPath: source.appendingPathComponent("plain.pdf").path)
        try FileManager.default.createSymbolicLink(atPath: source.appendingPathComponent("linked").path,
                                                   withDestinationPath: source.appendingPathComponent("a").path)
        try Data("no".utf8).write(to: source.appendingPathComponent("notes.txt"))
        XCTAssertEqual(mkfifo(source.appendingPathComponent("pipe.pdf").path, 0o644), 0)

        for output in [root.appendingPathComponent("out"), root.appendingPathComponent("x/../out2"), URL(fileURLWithPath: "/")] {
            let plan = try BatchConverter.scan(inputs: [source.path], outputDirectory: output)
            let paths = try BatchConverter.scanPaths(inputs: [source.path], outputDirectory: output)
            XCTAssertEqual(paths.files.map(\.input), plan.jobs.map(\.input.path))
            XCTAssertEqual(paths.files.map(\.output), plan.jobs.map(\.output.path))
            XCTAssertEqual(paths.files.map(\.relative), plan.jobs.map(\.relative))
            XCTAssertEqual(paths.refused, plan.refused)
        }
        let paths = try BatchConverter.scanPaths(inputs: [source.path], outputDirectory: root.appendingPathComponent("out"))
        // 15 files, the link to one and the 2 below `a/` again through `linked/`; the FIFO refused.
        XCTAssertEqual(paths.files.count, 18)
        XCTAssertTrue(paths.files.contains { $0.relative == "linked/b/c/deep.pdf" })
        XCTAssertTrue(paths.files.contains { $0.relative == "UPPER.PDF" && $0.output.hasSuffix("/out/UPPER.json") })
        XCTAssertEqual(paths.refused.map(\.code), ["notRegularFile"])
        XCTAssertEqual(paths.refused.map(\.relative), ["pipe.pdf"])
    }

    func testTheOutputKeyIsTheStandardisedLowerCasedPath() {
        for folder in [URL(fileURLWithPath: "/tmp/o"), URL(fileURLWithPath: "/tmp/a/../Ö"), URL(fileURLWithPath: "/")] {
            for name in awkward.map({ String($0.dropLast(4)) + ".json" }) {
                let old = folder.appendingPathComponent(name).standardizedFileURL.path
                    .precomposedStringWithCanonicalMapping.lowercased()
                XCTAssertEqual(BatchConverter.outputKey(folder: folder.standardizedFileURL.path, name: name), old, name)
                XCTAssertEqual(BatchConverter.joined(folder.path, name), folder.appendingPathComponent(name).path, name)
            }
        }
    }

    /// `café.pdf` composed and decomposed: one output key. Foundation resolves both paths to
    /// the same string, so both scans keep the first file only (no collision is reported; a
    /// known gap, kept as it was).
    func testComposedAndDecomposedNamesArePlannedAsScanPlansThem() throws {
        let source = root.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        for name in [[0x63, 0x61, 0x66, 0xC3, 0xA9], [0x63, 0x61, 0x66, 0x65, 0xCC, 0x81]] as [[UInt8]] {
            let bytes = Array(source.path.utf8) + [0x2F] + name + Array(".pdf".utf8)
            let fd = open(String(decoding: bytes, as: UTF8.self), O_WRONLY | O_CREAT, 0o644)
            XCTAssertGreaterThanOrEqual(fd, 0)
            close(fd)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: source.path).count, 2)
        let plan = try BatchConverter.scan(inputs: [source.path], outputDirectory: root)
        let paths = try BatchConverter.scanPaths(inputs: [source.path], outputDirectory: root)
        XCTAssertEqual(paths.files.map(\.input), plan.jobs.map(\.input.path))
        XCTAssertEqual(paths.files.count, 1)
    }

    func testPDFNames() {
        for name in ["a.pdf", "A.PDF", "x.Pdf", "ré.pdf", "..pdf", "\u{301}.pdf", "a b.pDf"] {
            XCTAssertTrue(SourceWalk.isPDFName(name), name)
        }
        for name in [".pdf", "pdf", "a.pd", "a.pdfx", "a\u{0E}pdf", "a.pdf\u{301}", "a.p\u{0}f", "a_pdf", "a.PDF "] {
            XCTAssertFalse(SourceWalk.isPDFName(name), name)
        }
    }

    func testContainedPathsReadWithoutSplittingAreTheSame() {
        let cases: [(String, String?)] = [("sub/a.json", "sub/a.json"), ("a.json", "a.json"), ("/abs/a.json", nil),
                                          ("a//b.json", "a/b.json"), ("a/./b.json", nil), ("a/../b.json", nil),
                                          ("...", "..."), ("a/", "a"), ("", nil), (".", nil), ("..", nil),
                                          (".removed/3/x.json", ".removed/3/x.json"), ("a/.b/c", "a/.b/c")]
        for (path, expected) in cases {
            XCTAssertEqual(LedgerFile.containedPath(path), expected, path)
        }
        XCTAssertTrue(LedgerFile.isPlainRelative("sub/a.json"))
        XCTAssertFalse(LedgerFile.isPlainRelative("a//b"))
        XCTAssertFalse(LedgerFile.isPlainRelative("a/.."))
    }

    func testTheLedgerReadByPathHoldsWhatTheSortedReadHolds() throws {
        let path = root.appendingPathComponent("ledger.sqlite").path
        let ledger = try Ledger(path: path, create: true)
        let run = try ledger.beginRun(startedAt: "2026-12-03T00:00:00Z", host: "h", pipelineVersion: "v", sourceDirectory: "/s",
                                      outputDirectory: "/o", shard: nil)
        let rows = (0..<5).map { i in
            LedgerFile(path: "d/f\(i).pdf", size: Int64(100 + i), mtime: 1.5 + Double(i), sha256: "ab", status: i == 3 ? .failed : .converted,
                       errorCode: i == 3 ? "timeout" : nil, errorMessage: i == 3 ? "slow" : nil, pageCount: i,
                       diagnosticsInfo: 1, diagnosticsWarning: 2, diagnosticsError: 3, schemaVersion: "1.4.0",
                       pipelineVersion: "v", durationSeconds: 0.25, outputPath: i == 3 ? nil : "d/f\(i).json", runId: run)
        }
        try ledger.commit(rows, runId: run)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE files SET size = 'abc' WHERE path = 'd/f1.pdf'")
            try db.execute(sql: "UPDATE files SET path = NULL WHERE path = 'd/f4.pdf'")
        }
        let sorted = try ledger.readFiles()
        let byPath = try ledger.readFilesByPath()
        XCTAssertEqual(sorted.files.map(\.path), ["d/f0.pdf", "d/f2.pdf", "d/f3.pdf"])
        XCTAssertEqual(sorted.files, [rows[0], rows[2], rows[3]])
        XCTAssertEqual(byPath.files, Dictionary(uniqueKeysWithValues: sorted.files.map { ($0.path, $0) }))
        XCTAssertEqual(byPath.problems, sorted.problems)
        XCTAssertEqual(sorted.problems.map(\.description), [
            "ledger table files, row rowid 5: column path holds NULL, which cannot be read; row ignored",
            "ledger table files, row d/f1.pdf: column size holds 'abc', which cannot be read; row ignored",
        ])
        // One row by name gives the same value as the read by position.
        XCTAssertEqual(try ledger.file(path: "d/f3.pdf"), rows[3])
    }

    /// Files and runs are GRDB records: what the ledger writes, GRDB's own requests read back
    /// through `init(row:)`, and a hand-edited value gives a `LedgerRowProblem`, not a trap.
    func testLedgerRowsAreRecords() throws {
        let path = root.appendingPathComponent("records.sqlite").path
        let ledger = try Ledger(path: path, create: true)
        let run = try ledger.beginRun(startedAt: "2026-12-03T00:00:00Z", host: "h", pipelineVersion: "v", sourceDirectory: "/s",
                                      outputDirectory: "/o", shard: "1/2")
        // A converted row given a failure class by mistake is written without it.
        let converted = LedgerFile(path: "a.pdf", size: 10, mtime: 1.5, sha256: "ab", status: .converted, pageCount: 2,
                                   schemaVersion: "1.4.0", pipelineVersion: "v", outputPath: "a.json", runId: run,
                                   failureClass: .transient)
        let failed = LedgerFile(path: "b.pdf", size: 11, mtime: 2.5, sha256: "cd", status: .failed, errorCode: "timeout",
                                errorMessage: "slow", schemaVersion: "1.4.0", pipelineVersion: "v", runId: run)
        try ledger.commit([converted, failed], runId: run, converted: 1, failed: 1)
        try ledger.finishRun(id: run, endedAt: "2026-12-03T00:01:00Z", converted: 1, failed: 1, skipped: 0, removed: 0, exitStatus: 1)

        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            let files = try LedgerFile.order(Column("path")).fetchAll(db)
            XCTAssertEqual(files, try ledger.files())
            XCTAssertNil(files[0].failureClass)
            XCTAssertEqual(files[1].failureClass, failed.failureClass)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT coalesce(failureClass, '-') FROM files ORDER BY path"),
                           ["-", try XCTUnwrap(failed.failureClass?.rawValue)])
            let runs = try LedgerRun.fetchAll(db)
            XCTAssertEqual(runs, try ledger.runs())
            XCTAssertEqual(runs.map(\.id), [run])
            XCTAssertEqual(runs.first?.endedAt, "2026-12-03T00:01:00Z")
            XCTAssertEqual(runs.first?.exitStatus, 1)
            XCTAssertEqual(runs.first?.converted, 1)
            XCTAssertEqual(runs.first?.shard, "1/2")
            XCTAssertEqual(try LedgerHistoryEntry.fetchAll(db).map(\.path), ["a.pdf", "b.pdf"])
        }
        try queue.write { db in try db.execute(sql: "UPDATE files SET mtime = 'yesterday' WHERE path = 'b.pdf'") }
        try queue.read { db in
            XCTAssertThrowsError(try LedgerFile.filter(Column("path") == "b.pdf").fetchOne(db)) { error in
                XCTAssertEqual(error as? LedgerRowProblem,
                               LedgerRowProblem(table: "files", key: "b.pdf", column: "mtime", value: "'yesterday'"))
            }
        }
        XCTAssertNil(try ledger.file(path: "b.pdf"))
        XCTAssertEqual(try ledger.readFiles().problems.map(\.column), ["mtime"])
    }
}
