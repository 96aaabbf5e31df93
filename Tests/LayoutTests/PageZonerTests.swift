import Extraction
import Foundation
import Layout
import TestSupport
import XCTest

/// Zones on A/RES/73/6 (rendered pages: running header "A/RES/73/6" at the top of pages 2–5,
/// left on even pages and right on odd ones; "n/5" and "18-17962" at the bottom; a short rule
/// of underscores above the notes; on page 1 the job number "18-17962 (E) 021118" and the
/// barcode whose text is "*1817962*").
final class PageZonerTests: XCTestCase {
    private func pages() throws -> [PageLayout] {
        try layout(of: TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
    }

    func testPage2Zones() throws {
        let page = try pages()[1]
        XCTAssertEqual(page.line(startingWith: "A/RES/73/6")?.zone, .header)
        XCTAssertEqual(page.line(startingWith: "2/5")?.zone, .footer)
        XCTAssertEqual(page.line(startingWith: "18-17962")?.zone, .footer)
        XCTAssertEqual(page.line(startingWith: "__________________")?.zone, .footnotes)
        XCTAssertEqual(page.line(startingWith: "2 Resolution 70/1.")?.zone, .footnotes)
        XCTAssertEqual(page.line(startingWith: "3 Resolution 69/283, annex II.")?.zone, .footnotes)
        XCTAssertEqual(page.line(startingWith: "4 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.")?.zone, .footnotes)

        XCTAssertEqual(page.lines(in: .header).map(\.text), ["A/RES/73/6"])
        XCTAssertEqual(page.lines(in: .footnotes).count, 4)
        XCTAssertEqual(Set(page.lines(in: .footer).map(\.text)), ["2/5", "18-17962"])
        // Body: from "to shape the global governance …" to "safe environment suitable for use …".
        let body = page.lines(in: .body)
        XCTAssertEqual(body.first?.text.hasPrefix("to shape the global governance"), true)
        XCTAssertEqual(body.last?.text,
                       "safe environment suitable for use by current and future generations would be")
        // Zones run top to bottom: header, body, footnotes, footer.
        let order: [Zone] = [.header, .body, .footnotes, .footer]
        let ranks = page.zones.map { order.firstIndex(of: $0)! }
        XCTAssertEqual(ranks, ranks.sorted())
    }

    func testPage1Footer() throws {
        let page = try pages()[0]
        XCTAssertEqual(page.line(startingWith: "18-17962 (E) 021118")?.zone, .footer)
        XCTAssertEqual(page.line(startingWith: "*1817962*")?.zone, .footer)
        XCTAssertEqual(page.lines(in: .footer).map(\.text), ["18-17962 (E) 021118", "*1817962*"])
        // No running header on the first page; its one note is in the footnote area.
        XCTAssertTrue(page.lines(in: .header).isEmpty)
        XCTAssertEqual(page.lines(in: .footnotes).map(\.text), ["__________________", "1 See A/AC.105/1137."])
        XCTAssertEqual(page.line(startingWith: "Recalling its resolutions")?.zone, .body)
    }

    /// Every later page: header "A/RES/73/6", footer "n/5" and the job number.
    func testRunningHeadersAndFootersOnAllPages() throws {
        let all = try pages()
        for page in all.dropFirst() {
            XCTAssertEqual(page.lines(in: .header).map(\.text), ["A/RES/73/6"], "page \(page.number)")
            XCTAssertEqual(Set(page.lines(in: .footer).map(\.text)), ["\(page.number)/5", "18-17962"],
                           "page \(page.number)")
        }
        // Page 3: header on the right (x 509.6 per the page), page number on the right too.
        if let header = all[2].line(startingWith: "A/RES/73/6")?.line {
            XCTAssertGreaterThan(header.box.x0, all[2].width / 2)
        }
        // Page 5 ends the text with no footnotes.
        XCTAssertTrue(all[4].lines(in: .footnotes).isEmpty)
    }

    func testSeparator() throws {
        let zoner = PageZoner()
        let page = try pages()[1]
        let separators = page.lines.filter { zoner.isSeparator($0) }
        XCTAssertEqual(separators.map(\.text), ["__________________"])
    }
}

/// The furniture patterns, on texts from real pages.
final class FurnitureTextTests: XCTestCase {
    func testKinds() {
        XCTAssertEqual(FurnitureText.kind(of: "2/5"), .pageNumber)              // A/RES/73/6 page 2
        XCTAssertEqual(FurnitureText.kind(of: "18-17962 (E) 021118"), .jobNumber) // A/RES/73/6 page 1
        XCTAssertEqual(FurnitureText.kind(of: "18-17962"), .jobNumber)
        XCTAssertEqual(FurnitureText.kind(of: "GE.10-14611"), .jobNumber)       // UN Geneva job number
        XCTAssertEqual(FurnitureText.kind(of: "12-27711*** (E) 170412"), .jobNumber) // S/2012/197, third reissue
        XCTAssertNil(FurnitureText.kind(of: "12-27711**** (E) 170412"))
        XCTAssertEqual(FurnitureText.kind(of: "*1817962*"), .barcode)
        XCTAssertEqual(FurnitureText.kind(of: "A/RES/73/6"), .symbol)
        XCTAssertEqual(FurnitureText.kind(of: "E/ESCWA/2017/EC.4/4(Part I)"), nil)
        XCTAssertEqual(FurnitureText.kind(of: "A/C.4/SR.985"), .symbol)
        // The end of a web address in the last row of notes, p. 19 of ESCWA/EDID/2018/1/Summary
        // (Arabic), in the footer band: a symbol's first part is in capitals.
        XCTAssertNil(FurnitureText.kind(of: "en/publications/338.htm."))
        XCTAssertNil(FurnitureText.kind(of: "Recalling its resolutions 2453 A (XXIII) of 20 December 1968, 37/90 of"))
        XCTAssertNil(FurnitureText.kind(of: "The General Assembly,"))
        XCTAssertNil(FurnitureText.kind(of: "1 See A/AC.105/1137."))
    }
}
