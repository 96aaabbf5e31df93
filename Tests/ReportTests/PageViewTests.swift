import Extraction
import Foundation
import JSONSchema
import Report
import TestSupport
import XCTest

/// `docstruct inspect FILE.pdf --html`: every page, every box, checked on real PDFs, then in
/// headless Chromium.
final class PageViewTests: XCTestCase {
    /// The JSON output of `pdf`, converted by the built binary.
    private func convert(_ pdf: URL, in scratch: ViewScratch) throws -> JSONValue {
        let run = try DocstructBinary.run(["convert", pdf.path, "--output", scratch.path("out")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let name = pdf.deletingPathExtension().lastPathComponent + ".json"
        return try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: scratch.path("out/" + name))))
    }

    /// The sample resolution A/RES/91/87: its 3 footnotes and 6 furniture lines are found on
    /// their pages, every preambular and operative lead-in is shaded, and each block that holds
    /// a footnote marker gets a line to its note when both are on one page.
    func testSampleMarksPlaceFootnotesFurnitureAndLeadIns() throws {
        let scratch = try ViewScratch("marks")
        let pdfURL = TestPaths.samples.appendingPathComponent("A_RES_91_87.pdf")
        let json = try convert(pdfURL, in: scratch)
        let pdf = try PDFFile(url: pdfURL)
        let marks = PageMarks.marks(document: json, locator: PageLocator(file: pdf))

        let notes = marks.filter { $0.kind == "footnote" }
        XCTAssertEqual(notes.map(\.label), ["footnote 1", "footnote 2", "footnote 3"])
        XCTAssertTrue(notes.allSatisfy { $0.rect != nil }, "every footnote found on its page")
        // Footnote 1 ("Resolution 87/204, annex.") sits in the footnote area of page 1, below the body.
        let note1 = try XCTUnwrap(notes.first?.rect)
        XCTAssertEqual(notes.first?.page, 1)
        XCTAssertGreaterThan(note1.y0, 600)

        let furniture = marks.filter { $0.kind == "furniture" }
        XCTAssertEqual(furniture.count, (json["furniture"]?.arrayValue ?? []).count)
        XCTAssertEqual(furniture.count, 7)  // "United Nations" among them (a header line)
        XCTAssertTrue(furniture.allSatisfy { $0.rect != nil }, "every furniture line found: \(furniture.filter { $0.rect == nil }.map(\.text))")

        let withLeadIn = (json["blocks"]?.arrayValue ?? []).filter { $0["leadIn"]?.stringValue != nil }
        let shaded = Set(marks.filter { $0.kind == "leadin" }.compactMap(\.pointer))
        XCTAssertEqual(shaded.count, withLeadIn.count, "a shaded lead-in for every block that has one")
        XCTAssertGreaterThanOrEqual(withLeadIn.count, 10)

        // The block citing footnote 1 ("Recalling its resolution 87/204 …,1") is linked to note 1.
        let linked = marks.filter { $0.linkTo != nil }
        XCTAssertFalse(linked.isEmpty)
        XCTAssertTrue(linked.contains { marks[$0.linkTo!].label == "footnote 1" && $0.text.hasPrefix("Recalling") })
        for m in linked { XCTAssertEqual(marks[m.linkTo!].kind, "footnote") }

        // Items are drawn, labelled with their number.
        XCTAssertTrue(marks.contains { $0.kind == "item" && $0.label == "item · operative · (a)" })
    }

    /// A/80/605 (71 pages) and the sample: every page has an image, every block box is drawn,
    /// and the page loads in Chromium with every image rendered and no console error.
    func testInspectHTMLOfA80605AndASampleInChromium() throws {
        let scratch = try ViewScratch("inspect")
        for (pdf, pages) in [(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"), 71),
                             (TestPaths.samples.appendingPathComponent("A_RES_91_87.pdf"), 2)] {
            let html = scratch.path(pdf.deletingPathExtension().lastPathComponent + ".html")
            let run = try DocstructBinary.run(["inspect", pdf.path, "--html", html])
            XCTAssertEqual(run.status, 0, run.stderr)
            let text = try String(contentsOfFile: html, encoding: .utf8)
            XCTAssertEqual(text.components(separatedBy: "<img alt=\"page ").count - 1, pages)
            XCTAssertFalse(text.contains("http://") || text.contains("https://"), "no network reference")
            let json = try convert(pdf, in: scratch)
            let boxes = (json["blocks"]?.arrayValue ?? []).reduce(0) { $0 + ($1["boxes"]?.arrayValue?.count ?? 0) }
            XCTAssertGreaterThanOrEqual(text.components(separatedBy: "<rect class=\"m k-").count - 1, boxes)

            let lines = try checkInChromium(html)
            XCTAssertTrue(lines.contains("ok images: \(pages) rendered \(pages) broken 0"), lines.joined(separator: "\n"))
            XCTAssertTrue(lines.contains { $0.hasPrefix("ok click: box 0 shows its JSON") }, lines.joined(separator: "\n"))
            XCTAssertTrue(lines.contains("ok console: no errors"), lines.joined(separator: "\n"))
        }
    }

    func testInspectHTMLRefusesPageAndTags() throws {
        let pdf = TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf").path
        let run = try DocstructBinary.run(["inspect", pdf, "--html", "/tmp/never.html", "--page", "1"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("--html shows every page"), run.stderr)
    }
}
