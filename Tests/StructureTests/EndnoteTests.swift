import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Notes printed as a numbered list at the end of a report.
final class EndnoteTests: XCTestCase {
    /// A/HRC/WG.6/48/SVN/1 prints notes 1–42 under "Notes" on pp. 19–20; note 34 runs from the
    /// foot of p. 19 onto p. 20. Before, notes 1–34 were body paragraphs (the page ends in the
    /// run-on lines, not in a line opening with a number) and the run-on lines were added to
    /// the "*" note of p. 1.
    func testEndnotesWhoseLastNoteRunsOnAreNotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/more/A_HRC_WG.6_48_SVN_1.pdf"))
        XCTAssertEqual(out.footnotes.map(\.marker), ["*"] + (1...42).map(String.init))
        XCTAssertEqual(out.footnotes.first { $0.marker == "1" }?.text, "United Nations Office of the High Commissioner for Human Rights.")
        let last = try XCTUnwrap(out.footnotes.first { $0.marker == "34" })
        XCTAssertTrue(last.text.hasSuffix("natural and social environments, and to future generations."), last.text)
        XCTAssertEqual(out.footnotes.first?.text, "The present document is being issued without formal editing.")
        // The title "Notes" opens page 19 after paragraph 151 closed page 18: a block of its
        // own (it was the end of paragraph 151). No note is a paragraph.
        XCTAssertEqual(out.blocks.filter { $0.pages.contains(19) }.map(\.text), ["Notes"])
        XCTAssertFalse(out.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
    }
}
