import Foundation
import JSONSchema
import Pipeline
import TestSupport
import XCTest

/// Issue 12, items 13–14: report sees convert's failures and counts in JSON, fails on an empty
/// folder; validate takes folders; passwords from a file or the environment; `--pages`.
final class CommandLineTests: XCTestCase {
    private func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    // MARK: 13. report

    /// A PDF that failed in `convert` has no output; the run record convert leaves beside its
    /// outputs makes it a `convert.<code>` error in report (before, report saw nothing wrong),
    /// and `--format json` fills `total` without `--expected` (before: null).
    func testReportSeesConvertFailuresAndCountsThem() throws {
        let scratch = try Scratch("report-record")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 2))
        try Data("not a pdf at all".utf8).write(to: scratch.source.appendingPathComponent("broken.pdf"))
        let convert = try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.path])
        XCTAssertEqual(convert.status, 1)
        let record = try XCTUnwrap(try ConvertRunRecord.read(from: scratch.output.path))
        XCTAssertEqual(record.converted, 2)
        XCTAssertEqual(record.failures.map(\.code), ["notAPDF"])
        XCTAssertEqual(record.failures.first?.output, "broken.json")

        let report = try DocstructBinary.run(["report", scratch.output.path, "--format", "json", "--fail-on", "error"])
        XCTAssertEqual(report.status, 1, report.stderr)
        let value = try json(report.stdout)
        XCTAssertEqual(value["total"]?["documents"]?.intValue, 3)
        XCTAssertEqual(value["total"]?["failedConversions"]?.intValue, 1)
        let broken = value["documents"]?.arrayValue?.first { $0["name"]?.stringValue == "broken" }
        XCTAssertEqual(broken?["findings"]?.arrayValue?.first?["code"]?.stringValue, "convert.notAPDF")
    }

    /// An empty output folder (a wrong path, a convert that wrote nothing) fails `--fail-on`
    /// (before: exit 0, "nothing wrong"); a missing one is bad usage.
    func testReportOnAnEmptyFolderFails() throws {
        let scratch = try Scratch("report-empty")
        try FileManager.default.createDirectory(at: scratch.output, withIntermediateDirectories: true)
        XCTAssertEqual(try DocstructBinary.run(["report", scratch.output.path, "--fail-on", "error"]).status, 1)
        XCTAssertEqual(try DocstructBinary.run(["report", scratch.output.path]).status, 0)
        XCTAssertEqual(try DocstructBinary.run(["report", scratch.url.appendingPathComponent("nowhere").path, "--fail-on", "error"]).status, 2)
    }

    // MARK: 14. validate DIR, passwords, --pages

    /// `validate OUT` checks every output below the folder, leaving out the run record.
    func testValidateTakesAFolder() throws {
        let scratch = try Scratch("validate-dir")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 2))
        XCTAssertEqual(try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.appendingPathComponent("sub").path]).status, 0)
        let valid = try DocstructBinary.run(["validate", scratch.output.path])
        XCTAssertEqual(valid.status, 0, valid.stdout + valid.stderr)
        XCTAssertTrue(valid.stdout.hasSuffix("2 valid, 0 invalid\n"), valid.stdout)
        let one = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: scratch.output.appendingPathComponent("sub").path)
            .first { $0.hasSuffix(".json") && !$0.hasPrefix(".") })
        try Data(#"{"schemaVersion": "1.3.0"}"#.utf8).write(to: scratch.output.appendingPathComponent("sub/" + one))
        let invalid = try DocstructBinary.run(["validate", scratch.output.path])
        XCTAssertEqual(invalid.status, 1)
        XCTAssertTrue(invalid.stdout.hasSuffix("1 valid, 1 invalid\n"), invalid.stdout)
        let empty = scratch.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try DocstructBinary.run(["validate", empty.path]).status, 2)
    }

    /// The password of `password-example.pdf` ("test", as qpdf --password=test opens it) from a
    /// file or from `DOCSTRUCT_PASSWORD`, so it need not show in `ps`.
    func testPasswordFromAFileOrTheEnvironment() throws {
        let scratch = try Scratch("password")
        let pdf = try TestPaths.shared("corpus/robustness/password-example.pdf").path
        let none = try DocstructBinary.run(["convert", pdf, "-o", scratch.output.path], environment: ["DOCSTRUCT_PASSWORD": ""])
        XCTAssertTrue(none.stderr.contains("[encrypted]"), none.stderr)
        let file = scratch.url.appendingPathComponent("password.txt")
        try Data("test\n".utf8).write(to: file)
        let fromFile = try DocstructBinary.run(["convert", pdf, "-o", scratch.output.path, "--password-file", file.path])
        XCTAssertEqual(fromFile.status, 0, fromFile.stderr)
        XCTAssertTrue(fromFile.stdout.hasPrefix("converted 1, failed 0, pages 4,"), fromFile.stdout)
        let fromEnvironment = try DocstructBinary.run(["convert", pdf, "-o", scratch.output.path], environment: ["DOCSTRUCT_PASSWORD": "test"])
        XCTAssertEqual(fromEnvironment.status, 0, fromEnvironment.stderr)
        let inspect = try DocstructBinary.run(["inspect", pdf, "--pages", "1"], environment: ["DOCSTRUCT_PASSWORD": "test"])
        XCTAssertEqual(inspect.status, 0, inspect.stderr)
        let both = try DocstructBinary.run(["convert", pdf, "-o", scratch.output.path, "--password", "test", "--password-file", file.path])
        XCTAssertEqual(both.status, 2)
    }

    /// `--pages 2-3` converts and inspects pages 2 and 3 of A/RES/73/3 (10 pages) only; the
    /// source keeps its page count; a range past the end is a named failure.
    func testPagesLimitConvertAndInspect() throws {
        let scratch = try Scratch("pages")
        let pdf = try TestPaths.shared("corpus/un/gate/A_RES_73_3-EN.pdf").path
        let run = try DocstructBinary.run(["convert", pdf, "-o", scratch.output.path, "--pages", "2-3"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let document = try JSONValue.parse(Data(contentsOf: scratch.output.appendingPathComponent("A_RES_73_3-EN.json")))
        XCTAssertEqual(document["source"]?["pageCount"]?.intValue, 10)
        let pages = Set((document["blocks"]?.arrayValue ?? []).flatMap { $0["pages"]?.arrayValue ?? [] }.compactMap(\.intValue))
        XCTAssertEqual(pages, [2, 3])
        let inspect = try DocstructBinary.run(["inspect", pdf, "--pages", "2-3"])
        XCTAssertEqual(inspect.stdout.split(separator: "\n").filter { $0.hasPrefix("=== page") }.map { String($0.prefix(10)) },
                       ["=== page 2", "=== page 3"])
        let past = try DocstructBinary.run(["convert", pdf, "-o", scratch.output.path, "--pages", "11-12"])
        XCTAssertEqual(past.status, 1)
        XCTAssertTrue(past.stderr.contains("page 11 asked for, but the document has 10 page(s) [pagesOutOfRange]"), past.stderr)
        XCTAssertEqual(try DocstructBinary.run(["convert", pdf, "-o", scratch.output.path, "--pages", "3-2"]).status, 2)
    }
}
