import XCTest
import DocumentModel
@testable import Structure
import TestSupport

/// The first lines of a page: a running header recurs near its twin, a body line that opens
/// pages far apart is body; a caption or title at the top of a page opens its own block.
final class PageTopLineTests: XCTestCase {
    /// A/HRC/43/2: the attendance line "(a) Representatives of States members of the Human
    /// Rights Council: …" opens pages 14, 27, 58 and 139, the same at each (the Council's
    /// members), and "Abstaining:" opens pages 23 and 42. They were running headers, and the
    /// items (b)–(e) under them ran into paragraph 43.
    func testBodyLinesOpeningPagesFarApartAreBody() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/hrc/A_HRC_43_2-EN.pdf"))
        let p43 = try XCTUnwrap(out.blocks.first { $0.number == "43." })
        XCTAssertEqual(p43.text, "During the ensuing discussion, at the same meeting and at the 41st meeting, on 18 June 2020, the following made statements:")
        XCTAssertEqual(p43.items.map(\.number), ["(a)", "(b)", "(c)", "(d)", "(e)"])
        XCTAssertTrue(p43.items.first?.text.hasPrefix("Representatives of States members of the Human Rights Council: Armenia, Australia, Austria,") == true)
        XCTAssertFalse(out.furniture.contains { $0.text.hasPrefix("(a) Representatives") || $0.text == "Abstaining:" })
        // The symbol over every page is still a running header.
        XCTAssertGreaterThan(out.furniture.filter { $0.kind == .runningHeader && $0.text == "A/HRC/43/2" }.count, 100)
    }

    /// A/80/605 page 17 opens with "Table 11" over its table: a block of its own, not the end
    /// of paragraph 29 ("… as shown in table 11.") on page 16. It was a running header until
    /// pages far apart stopped counting ("Table 2" on page 9 and "Table 8" on page 15 fold alike).
    func testCaptionAtThePageTopOpensABlock() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))
        let p29 = try XCTUnwrap(out.blocks.first { $0.number == "29." })
        XCTAssertTrue(p29.text.hasSuffix("as shown in table 11."), p29.text)
        XCTAssertEqual(p29.pages, [16])
        XCTAssertTrue(out.blocks.contains { $0.text == "Table 11" && $0.pages == [17] })
    }

    /// A footer may stand on pages far apart: "Подготовлено с использованием системы
    /// КонсультантПлюс" on pages 1 and 8 of official/issue12963 stays furniture.
    /// A preambular paragraph ends in a comma, so a page break after one looked like a
    /// paragraph running on: "Recognizing that meditation can contribute to health and
    /// well-being," (page 1 of A/RES/79/137, stopping well short of the margin) and
    /// "Recognizing also that …" (page 2, at the first-line indent) were one paragraph. So were
    /// the "against" list and "Abstaining:" of A/HRC/43/2 (pp. 22–23). A number alone at a
    /// page's foot still labels what follows.
    func testIndentedLineAfterAShortLineOpensAParagraphOverAPageBreak() throws {
        let resolution = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_79_137.pdf"))
        let preamble = resolution.blocks.filter { $0.role == .preamble }
        XCTAssertEqual(preamble.count, 10)
        XCTAssertEqual(preamble[8].text, "Recognizing that meditation can contribute to health and well-being,")
        XCTAssertEqual(preamble[9].pages, [2])
        XCTAssertEqual(preamble[9].leadIn, "Recognizing also")
        let report = try buildDocument(try TestPaths.shared("corpus/un/hrc/A_HRC_43_2-EN.pdf"))
        XCTAssertTrue(report.blocks.contains { $0.text == "Abstaining:" && $0.pages == [23] })
        XCTAssertFalse(report.blocks.contains { $0.text.hasSuffix("Togo, Ukraine Abstaining:") })
    }

    func testFooterOnFirstAndLastPageStaysFurniture() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/issue12963.pdf"))
        XCTAssertTrue(out.furniture.contains { $0.page == 8 && $0.text.hasPrefix("Подготовлено с использованием системы") })
        XCTAssertFalse(out.blocks.contains { $0.text.hasPrefix("Подготовлено с использованием системы") })
    }
}
