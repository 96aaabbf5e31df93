import Extraction
import Foundation
import Layout
import TestSupport
import XCTest

/// The one layout path of convert, inspect and the tests.
final class DocumentLayoutTests: XCTestCase {
    /// Pages are zoned together: "Article 19" heads page 6 of ILC_2001_State_Responsibility,
    /// "Article 24" page 7 at the same height, and neither is a running header. `inspect
    /// --page 6` zoned page 6 alone before, and could disagree with `convert` on what recurs.
    func testPagesAreZonedTogether() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/more/ILC_2001_State_Responsibility.pdf"))
        let pages = try DocumentLayout.layOut(pdf)
        XCTAssertEqual(pages.count, pdf.info.pageCount)
        XCTAssertEqual(pages[5].line(startingWith: "Article 19")?.zone, .body)
        XCTAssertEqual(pages[6].line(startingWith: "Article 24")?.zone, .body)
        // A range is read, built and zoned on its own pages only.
        XCTAssertEqual(try DocumentLayout.layOut(pdf, pages: 6...7).map(\.number), [6, 7])
        XCTAssertEqual(try DocumentLayout.layOut(pdf, pages: 500...501).count, 0)
    }
}
