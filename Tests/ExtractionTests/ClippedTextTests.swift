import XCTest
@testable import Extraction
import TestSupport

/// Text a clipping path hides is no printed word (`ClippedText`).
final class ClippedTextTests: XCTestCase {
    /// The runs of a content stream, read from its bytes.
    private func runs(_ content: String) -> [TextRun] {
        Array(content.utf8).withUnsafeBufferPointer { ClippedText.runs($0, cropLeft: 0, cropTop: 800) }
    }

    /// A run drawn 100 pt below its clipping rectangle is hidden; one inside it, and one drawn
    /// after the graphics state that held the clip is restored, are not. Strings holding
    /// brackets and the data of an inline image do not derail the reading.
    func testARunBelowItsClipIsHidden() {
        let content = """
        q 10 700 100 20 re W n BT /F1 10 Tf 1 0 0 1 15 600 Tm [(hid\\)den \\(x)] TJ ET
        BT 1 0 0 1 15 705 Tm (shown (nested)) Tj ET Q
        BI /W 2 /H 1 /BPC 8 /CS /G ID \u{01}Tj EI
        BT 1 0 0 1 15 600 Tm (after Q) Tj ET
        """
        let read = runs(content)
        XCTAssertEqual(read.map(\.hidden), [true, false, false])
        XCTAssertEqual(read.map(\.baseline), [200, 95, 200])
    }

    /// A run whose baseline is a little below the clip still shows its upper part; a run that
    /// starts right of the clip is hidden; a matrix set by `cm` moves both the clip and the text.
    func testEdgesAndMatrices() {
        XCTAssertEqual(runs("q 0 100 200 50 re W* n BT /F 12 Tf 1 0 0 1 5 95 Tm (low) Tj ET Q").map(\.hidden), [])
        XCTAssertEqual(runs("q 0 100 200 50 re W* n BT /F 12 Tf 1 0 0 1 250 120 Tm (right) Tj ET Q").map(\.hidden), [true])
        XCTAssertEqual(runs("q 1 0 0 1 0 300 cm 0 100 200 50 re W n BT /F 12 Tf 1 0 0 1 5 120 Tm (in) Tj ET BT 1 0 0 1 5 20 Tm (out) Tj ET Q").map(\.hidden),
                       [false, true])
    }

    /// A mirrored run drawn from right of its clip, and a run turned a quarter from below it,
    /// may reach into the clip: neither is taken for hidden.
    func testTurnedAndMirroredRunsAreNotJudged() {
        XCTAssertEqual(runs("q 0 100 200 50 re W n BT /F 12 Tf -1 0 0 1 250 120 Tm (mirrored) Tj ET Q").map(\.hidden), [])
        XCTAssertEqual(runs("q 0 100 200 50 re W n BT /F 12 Tf 0 1 -1 0 50 60 Tm (turned) Tj ET Q").map(\.hidden), [])
    }

    /// E/ESCWA/2017/EC.4/3(Part I) (English), p. 1: Word's masthead text boxes draw "E",
    /// "UNITED NATIONS", "EC" and the emblem's ring letters under clips that hide them; the
    /// page shows none of them. They are left out and kept as the page's clipped text; the
    /// lines the page shows beside them ("Executive Committee", with a hidden empty run 3.8 pt
    /// above its baseline) keep every glyph.
    func testWordTextBoxesHideTheMastheadCopies() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_3(PART_I)-EN.pdf"))
        let page = try pdf.page(1)
        XCTAssertEqual(page.clippedText, ["I.", "EUNITED NATIONS", "EC", "ON", "OM IC AN D SO CIA L E"])
        func line(top: Double) -> String {
            page.glyphs.filter { abs($0.box.y0 - top) < 0.5 }.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined()
        }
        XCTAssertEqual(line(top: 200.2), "ExecutiveCommittee")
        XCTAssertEqual(line(top: 212.8), "Fourthmeeting")
        XCTAssertEqual(line(top: 125.0), "E/ESCWA/2017/EC.4/3(PartI)")
    }

    /// A page of a General Assembly resolution clips nothing away: no run is kept, no glyph goes.
    func testAResolutionPageKeepsEverything() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/bulk/A_RES_79_201.pdf"))
        XCTAssertEqual(try pdf.page(1).clippedText, [])
        XCTAssertTrue(pdf.clippedRuns.isEmpty)
    }
}
