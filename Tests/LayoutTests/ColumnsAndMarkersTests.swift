import XCTest
import Extraction
@testable import Layout
import TestSupport

/// Multi-column reading order, bracketed footnote markers and tables set small.
final class ColumnsAndMarkersTests: XCTestCase {
    /// The Federal Register sets three columns with 9 pt gutters. Page 2's first column reads
    /// "Hatta International Airport in Jakarta," / "Indonesia, resulting in 189 fatalities." /
    /// "Investigation of the accident has been" (checked on the rendered page): those lines
    /// must come one after the other, not interleaved with the second and third columns.
    func testFederalRegisterColumnsAreReadColumnByColumn() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/official/federal-register-2020-17221.pdf"))
        let texts = pages[1].lines.map(\.text)
        let first = try XCTUnwrap(texts.firstIndex(of: "Hatta International Airport in Jakarta,"))
        XCTAssertEqual(Array(texts[first...].prefix(3)), [
            "Hatta International Airport in Jakarta,",
            "Indonesia, resulting in 189 fatalities.",
            "Investigation of the accident has been",
        ])
        // The running head spans the columns and stays one line.
        XCTAssertTrue(texts.contains { $0.hasPrefix("Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020") })
    }

    /// A UN resolution in one column is not cut into columns (A/RES/73/6 page 2 lines stay whole).
    func testSingleColumnPageIsNotSplit() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
        XCTAssertTrue(pages[1].lines.contains {
            $0.text == "Information for Disaster Management and Emergency Response (UN-SPIDER), and"
        })
    }

    /// EU acts set footnote markers as "( ¹ )": one superscript word "1", in the body and at the
    /// start of the note (Commission Delegated Regulation (EU) 2024/1772, page 1).
    func testBracketedSuperscriptMarkers() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/official/Commission_Delegated_Regulation_2024_1772.pdf"))
        let body = try XCTUnwrap(pages[0].lines.first { $0.text.hasPrefix("(EU) No 600/2014, (EU) No 909/2014 and (EU) 2016/1011") })
        let marker = try XCTUnwrap(body.words.first { $0.isSuperscript })
        XCTAssertEqual(marker.text, "1")
        XCTAssertFalse(body.words.contains { $0.text == "(" || $0.text == ")" })
        let note = try XCTUnwrap(zip(pages[0].lines, pages[0].zones).first { $0.0.text.hasPrefix("1 OJ L 333, 27.12.2022") })
        XCTAssertEqual(note.1, .footnotes)
        XCTAssertTrue(note.0.words[0].isSuperscript)
    }

    /// The annex table of S/2012/197 (page 24) is set in 7–8.5 pt under a 10 pt body, with no
    /// separator: it is body text, not a footnote area (its cells share baselines).
    func testSmallTableIsNotAFootnoteArea() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/sc/S_2012_197-EN.pdf"))
        let argentina = try XCTUnwrap(zip(pages[23].lines, pages[23].zones).first { $0.0.text == "Argentina" })
        XCTAssertEqual(argentina.1, .body)
    }
}
