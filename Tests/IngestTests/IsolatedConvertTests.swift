import Foundation
@testable import Ingest
import Pipeline
import TestSupport
import Writer
import XCTest

/// Issue 12, item 2 (and issue 13, item 3): `convert` runs each document in a worker process,
/// with `--timeout`; `convert` and the ingest worker share one conversion path and one
/// mapping of errors to codes.
final class IsolatedConvertTests: XCTestCase {
    /// A Swift trap while converting one PDF (injected in the worker, as 104 of 4,000 mutants
    /// did before the arithmetic was made total) fails that PDF only: the others are written
    /// and the batch ends with its summary. Before, the trap ended the whole `convert`.
    func testATrapInOnePDFCostsThatFileOnly() throws {
        let scratch = try Scratch("convert-trap")
        let files = try smallestPDFs(in: "corpus/bulk", count: 3)
        try scratch.populate(files)
        let trapped = files[1].lastPathComponent
        let run = try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.path, "--jobs", "2"],
                                          environment: ["DOCSTRUCT_FAULT": "trap:\(trapped)"])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("converted 2, failed 1,"), run.stdout)
        XCTAssertTrue(run.stderr.contains("docstruct: failed: \(scratch.source.path)/\(trapped): worker died (signal 4 (SIGILL))"), run.stderr)
        XCTAssertTrue(run.stderr.contains("Fatal error: Index out of range [crashed]"), run.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: scratch.output.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(written, [files[0], files[2]].map { $0.deletingPathExtension().lastPathComponent + ".json" }.sorted())
        XCTAssertEqual(temporaryFiles(under: scratch.output), [])
    }

    /// A PDF that never finishes is stopped at `--timeout` and named; the next one is converted.
    func testTimeoutStopsAHungConversion() throws {
        let scratch = try Scratch("convert-timeout")
        let files = try smallestPDFs(in: "corpus/bulk", count: 2)
        try scratch.populate(files)
        let hung = files[0].lastPathComponent
        let started = Date()
        let run = try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.path, "--timeout", "2"],
                                          environment: ["DOCSTRUCT_FAULT": "hang:\(hung)"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("converted 1, failed 1,"), run.stdout)
        XCTAssertTrue(run.stderr.contains("\(hung): no result after 2 s; worker killed [timeout]"), run.stderr)
        let bad = try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.path, "--timeout", "inf"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--timeout must be a number of seconds"), bad.stderr)
    }

    /// One output that cannot be written (a file stands where its folder should be, as a full
    /// disk fails the same write) is `writeFailed` in-process (`BatchConverter`), in the worker,
    /// and through `convert`; before, `convert` called it `invalidDocument`.
    func testAWriteFailureIsTheSameCodeOnEveryPath() throws {
        let scratch = try Scratch("convert-write")
        let pdf = try XCTUnwrap(try smallestPDFs(in: "corpus/bulk", count: 1).first)
        try Data("a file".utf8).write(to: scratch.url.appendingPathComponent("blocker"))
        let output = scratch.url.appendingPathComponent("blocker/out.json")
        let writer = try DocumentWriter()
        let inProcess = BatchConverter(converter: Converter(), jobs: 1)
            .run([BatchConverter.Job(input: pdf, output: output)], writer: writer) { _, _ in }
        XCTAssertEqual(inProcess.first?.failureCode, "writeFailed")
        let reply = WorkerMain.convert(WorkerJob(input: pdf.path, output: output.path), writer: writer)
        XCTAssertEqual(reply.errorCode, "writeFailed")
        XCTAssertEqual(reply.errorMessage, inProcess.first?.failure)
        let run = try DocstructBinary.run(["convert", pdf.path, "-o", scratch.url.appendingPathComponent("blocker/x").path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("mkdir: Not a directory [writeFailed]"), run.stderr)
    }

    /// An image-only scan keeps its page count on both paths (the worker kept it, `convert` did not).
    func testAScanKeepsItsPageCountOnBothPaths() throws {
        let scan = try TestPaths.shared("corpus/un/un-su/1971-10-25_GA_Resolution_2758_ru.pdf")
        let scratch = try Scratch("convert-scan")
        let output = scratch.output.appendingPathComponent("scan.json")
        let writer = try DocumentWriter()
        let inProcess = try XCTUnwrap(BatchConverter(converter: Converter(), jobs: 1)
            .run([BatchConverter.Job(input: scan, output: output)], writer: writer) { _, _ in }.first)
        let reply = WorkerMain.convert(WorkerJob(input: scan.path, output: output.path), writer: writer)
        XCTAssertEqual(inProcess.failureCode, "noTextLayer")
        XCTAssertEqual(reply.errorCode, "noTextLayer")
        XCTAssertEqual(inProcess.pageCount, 1)
        XCTAssertEqual(reply.pageCount, 1)
    }
}
