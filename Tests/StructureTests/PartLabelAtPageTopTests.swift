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
