import Foundation
import Report
import TestSupport
import XCTest

/// Issue 12 item 13: the report keys documents by their path relative to the output folder, and
/// the HTML shows the pages that carry the most serious findings first, as many as `--max-pages`.
final class ReportKeyTests: XCTestCase {
    /// Two `X.json` in different subfolders are two documents (before: one, the other dropped).
    /// An expected file `X.json` scores the output `sub/X.json`; a failed conversion recorded by
    /// convert's run record lands on its own relative key.
    func testSameNameInTwoFoldersIsTwoDocuments() throws {
        let scratch = try ViewScratch("keys")
        let source = scratch.path("source"), out = scratch.path("out"), expected = scratch.path("expected")
        for folder in ["a", "b", "c"] {
            try FileManager.default.createDirectory(atPath: source + "/" + folder, withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(atPath: expected, withIntermediateDirectories: true)
        let gate = try TestPaths.shared("corpus/un/gate")
        try FileManager.default.copyItem(atPath: gate.appendingPathComponent("A_RES_73_6-EN.pdf").path, toPath: source + "/a/X.pdf")
        try FileManager.default.copyItem(atPath: gate.appendingPathComponent("A_RES_73_7-EN.pdf").path, toPath: source + "/b/X.pdf")
        try FileManager.default.copyItem(atPath: gate.appendingPathComponent("A_RES_73_8-EN.pdf").path,
                                         toPath: source + "/c/A_RES_73_8-EN.pdf")
        try Data("%PDF-1.4 not really".utf8).write(to: URL(fileURLWithPath: source + "/c/X.pdf"))
        try FileManager.default.copyItem(atPath: try TestPaths.shared("gold/A_RES_73_8-EN.json").path,
                                         toPath: expected + "/A_RES_73_8-EN.json")
        let run = try DocstructBinary.run(["convert", source, "--output", out])
        XCTAssertEqual(run.status, 1, run.stderr)  // c/X.pdf is damaged

        let report = ReportBuilder(options: ReportOptions(outputs: [out], expected: expected)).build()
        XCTAssertEqual(report.documents.map(\.name), ["a/X", "b/X", "c/A_RES_73_8-EN", "c/X"])
        let symbols = report.documents.map(\.symbol)
        XCTAssertEqual(symbols[0], "A/RES/73/6")
        XCTAssertEqual(symbols[1], "A/RES/73/7")
        // The expected file found its output one folder down, and scored it whole.
        XCTAssertEqual(report.scoredDocuments, 1)
        XCTAssertEqual(report.documents[2].score?.missingOutput, false)
        XCTAssertEqual(report.totalLine?.hasPrefix("TOTAL docs=1 meta=100.00% blockF1=100.00%"), true, report.totalLine ?? "nil")
        // The damaged c/X.pdf is its own document, not a finding on a/X or b/X.
        XCTAssertEqual(report.documents[3].findings.first?.code, "convert.damaged")
        XCTAssertFalse(report.documents[0].findings.contains { $0.code.hasPrefix("convert.") })
    }

    /// A/80/605's findings: warnings on pages 4 (two), 62 (two) and 47 (one), info on page 1.
    /// The pages come worst first, and `--max-pages 2` renders pages 4 and 62 (before: pages
    /// 1, 4 and 47, the first three by number, whatever their findings).
    func testPagesWithTheMostSeriousFindingsComeFirst() throws {
        let scratch = try ViewScratch("maxpages")
        let source = scratch.path("source"), out = scratch.path("out")
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf").path,
                                         toPath: source + "/A_80_605.pdf")
        XCTAssertEqual(try DocstructBinary.run(["convert", source, "--output", out]).status, 0)
        let report = ReportBuilder(options: ReportOptions(outputs: [out])).build()
        let doc = try XCTUnwrap(report.documents.first)
        XCTAssertEqual(HTMLRenderer.pagesByConcern(doc.findings), [4, 62, 47, 1])

        let html = scratch.path("r.html")
        let run = try DocstructBinary.run(["report", out, "--html", html, "--max-pages", "2", "--pdf-root", source, "--page-views", "0"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let text = try String(contentsOfFile: html, encoding: .utf8)
        let captions = text.components(separatedBy: "<figcaption>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        XCTAssertEqual(captions, ["page 4: 2 findings", "page 62: 2 findings"])
        XCTAssertTrue(text.contains("2 more page(s) with findings not rendered."))
        XCTAssertNotEqual(try DocstructBinary.run(["report", out, "--max-pages", "-1"]).status, 0)
    }
}
