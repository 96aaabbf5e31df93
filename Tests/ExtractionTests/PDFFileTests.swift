import Extraction
import Foundation
import TestSupport
import XCTest

/// `PDFFile` on a real UN resolution. Expected values were read from the document with
/// Poppler's command-line tools (`pdfinfo`, `pdffonts`, `pdftotext -bbox`) and checked on the
/// rendered page (`pdftoppm -r 60`), not from our own output.
final class PDFFileTests: XCTestCase {
    private static let res736 = "corpus/un/gate/A_RES_73_6-EN.pdf"

    private func open736() throws -> PDFFile {
        try PDFFile(url: TestPaths.shared(Self.res736))
    }

    /// Every place where consecutive glyphs spell `text` (white space is not a glyph).
    private func runs(spelling text: String, in page: Page) -> [[Glyph]] {
        let target = text.filter { !$0.isWhitespace }
        var found: [[Glyph]] = []
        let glyphs = page.glyphs
        for start in glyphs.indices {
            var spelled = ""
            var end = start
            while end < glyphs.count, spelled.count < target.count, target.hasPrefix(spelled + glyphs[end].text) {
                spelled += glyphs[end].text
                end += 1
            }
            if spelled == target { found.append(Array(glyphs[start..<end])) }
        }
        return found
    }

    // pdfinfo: Pages 5, Page size 612 x 792 pts (letter), Producer "Microsoft® Word 2016", Tagged yes.
    func testDocumentInfo() throws {
        let pdf = try open736()
        XCTAssertEqual(pdf.info.pageCount, 5)
        XCTAssertEqual(pdf.info.producer, "Microsoft® Word 2016")
        XCTAssertEqual(pdf.info.creator, "Microsoft® Word 2016")
        XCTAssertTrue(pdf.info.isTagged)
        // pdfinfo -rawdates: CreationDate D:20181102120022-04'00' (16:00:22 UTC), offset kept.
        XCTAssertEqual(pdf.info.creationDate, "2018-11-02T12:00:22-04:00")
        XCTAssertEqual(pdf.info.modificationDate, "2018-11-02T12:00:22-04:00")
        for n in [1, 5] {
            let page = try pdf.page(n)
            XCTAssertEqual(page.number, n)
            XCTAssertEqual(page.width, 612, accuracy: 0.01, "page \(n)")
            XCTAssertEqual(page.height, 792, accuracy: 0.01, "page \(n)")
            XCTAssertEqual(page.rotation, 0, "page \(n)")
            XCTAssertFalse(page.glyphs.isEmpty, "page \(n)")
        }
    }

    // pdftotext -bbox, page 1: "A" at x 492.82–507.72, y 38.66–60.85 (large first letter) and
    // "/RES/73/6" at x 507.94–552.07, y 47.65–58.67: the symbol at the top right of the masthead.
    func testSymbolGlyphRunTopRight() throws {
        let page = try open736().page(1)
        let found = runs(spelling: "A/RES/73/6", in: page)
        XCTAssertFalse(found.isEmpty, "no glyph run spells A/RES/73/6 on page 1")
        guard let run = found.first else { return }
        XCTAssertEqual(run.count, 10)
        let first = run.first!.box, last = run.last!.box
        XCTAssertEqual(first.x0, 492.82, accuracy: 0.5)
        XCTAssertEqual(last.x1, 552.07, accuracy: 0.5)
        XCTAssertGreaterThan(first.x0, page.width / 2, "right half of the page")
        XCTAssertLessThan(run.map(\.box.y1).max()!, 62, "top of the page (origin top-left)")
        XCTAssertEqual(first.y0, 38.66, accuracy: 1.0)
        // Glyph order runs left to right.
        for (a, b) in zip(run, run.dropFirst()) { XCTAssertLessThanOrEqual(a.box.x0, b.box.x0) }
    }

    // pdffonts page 1: TimesNewRomanPS-ItalicMT and TimesNewRomanPS-BoldMT; on the rendered page
    // "Recalling" (x 147.14, y 391.6) is italic and the masthead "General Assembly" (y 68.5–90.7,
    // 20 pt) is bold.
    func testFontsOfItalicAndBoldWords() throws {
        let page = try open736().page(1)

        let recalling = runs(spelling: "Recalling", in: page)
        XCTAssertEqual(recalling.count, 1)
        if let run = recalling.first {
            XCTAssertEqual(run[0].box.x0, 147.14, accuracy: 0.5)
            XCTAssertEqual(run[0].box.y0, 391.6, accuracy: 1.0)
            assertFont(of: run, on: page, name: "TimesNewRomanPS-ItalicMT", bold: false, italic: true, size: 10, accuracy: 0.1)
        }

        let masthead = runs(spelling: "General Assembly", in: page).filter { $0[0].box.y0 < 100 }
        XCTAssertEqual(masthead.count, 1, "one masthead \"General Assembly\" in the top 100 pt")
        if let run = masthead.first {
            XCTAssertEqual(run[0].box.x0, 123.38, accuracy: 0.5)
            assertFont(of: run, on: page, name: "TimesNewRomanPS-BoldMT", bold: true, italic: false, size: 20, accuracy: 0.5)
        }

        // The body text after "Recalling" is upright and not bold ("its resolutions").
        if let its = runs(spelling: "its resolutions 2453", in: page).first {
            for g in its { XCTAssertFalse(page.font(of: g).isItalic || page.font(of: g).isBold, g.text) }
        } else {
            XCTFail("no glyph run \"its resolutions 2453\" on page 1")
        }
    }

    // Compared with `sha256sum` run on the same file now; sha256sum gave
    // e6907f1db51e2a88fa8937ed1195cbcd1644bf050463cc81edf988ac08f4a98c when this test was written.
    func testSHA256MatchesSha256sum() throws {
        let url = try TestPaths.shared(Self.res736)
        let pdf = try PDFFile(url: url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "sha256sum failed")
        let expected = String(output.prefix { !$0.isWhitespace })
        XCTAssertEqual(expected.count, 64)
        XCTAssertEqual(pdf.sha256, expected)
        XCTAssertEqual(pdf.sha256, "e6907f1db51e2a88fa8937ed1195cbcd1644bf050463cc81edf988ac08f4a98c")
    }

    // Our own sample: A4 (595.28 × 841.89 pt per pdfinfo), 2 pages.
    func testSampleA4PageSize() throws {
        let pdf = try PDFFile(url: TestPaths.samples.appendingPathComponent("A_RES_91_87.pdf"))
        XCTAssertEqual(pdf.info.pageCount, 2)
        let page = try pdf.page(1)
        XCTAssertEqual(page.width, 595.28, accuracy: 0.01)
        XCTAssertEqual(page.height, 841.89, accuracy: 0.01)
    }

    /// Every glyph of `run` is set in the named font, with this weight, slant and size.
    private func assertFont(of run: [Glyph], on page: Page, name: String, bold: Bool, italic: Bool,
                            size: Double, accuracy: Double, line: UInt = #line) {
        for g in run {
            let font = page.font(of: g)
            XCTAssertEqual(font.isBold, bold, "\(g.text) in \(font.name)", line: line)
            XCTAssertEqual(font.isItalic, italic, "\(g.text) in \(font.name)", line: line)
            XCTAssertEqual(font.name, name, line: line)
            XCTAssertEqual(font.size, size, accuracy: accuracy, line: line)
        }
    }
}
