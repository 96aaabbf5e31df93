import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// A part label at the top of a page is a heading, not a running header.
final class PartLabelAtPageTopTests: XCTestCase {
    /// "Article 19" heads page 6 of ILC_2001_State_Responsibility and "Article 24" page 7, at
    /// the same height: folded to "Article ##" they looked like one running header. A running
    /// header's numbers stay or move with the page ("Annex 1", "Page 2"); these do not.
    /// A/RES/79/243 (bulk) lost "Article 12" and "Article 21" the same way, and A/HRC/43/2 the
    /// opening lines of paragraphs 212, 268, 362 and 975 ("In accordance with rule 153 …").
    func testPartLabelsAtPageTopsAreHeadings() throws {
        let ilc = try buildDocument(try TestPaths.shared("corpus/un/more/ILC_2001_State_Responsibility.pdf"))
        let nineteen = try XCTUnwrap(ilc.blocks.first { $0.number == "Article 19" })
        XCTAssertEqual(nineteen.kind, .heading)
        XCTAssertEqual(nineteen.text, "Effect of this chapter")
        XCTAssertFalse(ilc.furniture.contains { $0.text.hasPrefix("Article") })
        let convention = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_79_243.pdf"))
        XCTAssertEqual(convention.blocks.first { $0.number == "Article 12" }?.pages, [9])
        XCTAssertEqual(convention.blocks.first { $0.number == "Article 21" }?.text, "Prosecution, adjudication and sanctions")
        let hrc = try buildDocument(try TestPaths.shared("corpus/un/hrc/A_HRC_43_2-EN.pdf"))
        let p212 = try XCTUnwrap(hrc.blocks.first { $0.number == "212." })
        XCTAssertTrue(p212.text.hasPrefix("In accordance with rule 153 of the rules of procedure of the General Assembly"), p212.text)
    }
}

/// Annex and appendix headings with their title on the same line, and in capitals.
final class AnnexLineTests: XCTestCase {
    /// UN Regulation No. 17 p. 24: "Appendix 1 - Description of the three dimensional "H" point
    /// machine" with a footnote marker; the EU implementing regulation's "ANNEX I" over its
    /// title (pp. 22–29). Before, the first was a section heading without number and "ANNEX I"
    /// a paragraph of its own.
    func testLabelAndTitleOnOneLine() throws {
        let regulation = try buildDocument(try TestPaths.shared("corpus/un/ece/E_ECE_324_Rev.1_Add.16_Rev.6_UN-Reg-17-EN.pdf"))
        let appendix = try XCTUnwrap(regulation.blocks.first { $0.number == "Appendix 1" })
        XCTAssertEqual(appendix.role, .appendix)
        XCTAssertEqual(appendix.text, "Description of the three dimensional \"H\" point machine")
        XCTAssertEqual(appendix.footnoteRefs, ["1"])
        XCTAssertEqual(regulation.blocks.first { $0.number == "Annex 1" }?.text, "Communication")

        let act = try buildDocument(try TestPaths.shared("corpus/official/Commission_Implementing_Regulation_OJ_L_202501190.pdf"))
        let annexes = act.blocks.filter { $0.role == .annex }
        XCTAssertEqual(annexes.map(\.number), ["ANNEX I", "ANNEX II", "ANNEX III", "ANNEX IV", "ANNEX V", "ANNEX VI", "ANNEX VII", "ANNEX VIII"])
        XCTAssertEqual(annexes.first?.text, "Content of the project charter (Article 9(2)(a))")
        XCTAssertFalse(act.blocks.contains { $0.kind == .paragraph && $0.text.hasPrefix("ANNEX") })
    }
}
