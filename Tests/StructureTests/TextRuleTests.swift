import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Small text rules with the real words that showed them.
final class TextJoinerRuleTests: XCTestCase {
    func testTrailingMarkerSplit() {
        // A/RES/73/6 page 3: footnote 1 repeated at full size after a comma.
        XCTAssertEqual(TextJoiner.splitTrailingMarker("UNISPACE+50,1").map { [$0.0, $0.1] }, ["UNISPACE+50,", "1"])
        // A/RES/78/220: "approximately 4.5 million" is a number, not "4." and a marker.
        XCTAssertNil(TextJoiner.splitTrailingMarker("4.5"))
        XCTAssertNil(TextJoiner.splitTrailingMarker("2030"))
        XCTAssertNil(TextJoiner.splitTrailingMarker("A/78/481/Add.2"))
    }
}

/// Text normalisation's fast paths give what the slow path gives.
final class NormalizeTests: XCTestCase {
    func testFastPathsAgreeWithCollapseAndNFC() {
        XCTAssertEqual(TextJoiner.normalize("“Space2030” – the agenda’s €5"), "“Space2030” – the agenda’s €5")
        XCTAssertTrue(TextJoiner.isCollapsedNFC("“Space2030” – the agenda’s €5"))
        XCTAssertEqual(TextJoiner.normalize("Caf\u{65}\u{301} du  monde"), "Café du monde")
        XCTAssertEqual(TextJoiner.normalize("non\u{A0}governmental "), "non governmental")
        XCTAssertEqual(TextJoiner.normalize("\u{2126}hm"), "\u{3A9}hm")  // OHM SIGN is not NFC-stable
        XCTAssertFalse(TextJoiner.isCollapsedNFC("a\u{2028}b"))
    }
}

/// A raised 2 or 3 set against a unit of length squares or cubes it; it marks no footnote.
final class UnitExponentTests: XCTestCase {
    /// S/2012/197 has no footnote 2: "104,000 km²" (p. 22) and "300 km²" (p. 11) linked
    /// paragraphs 110 and 48 to a note that does not exist and printed "km". A/80/590 p. 9 did
    /// the same with "2,050 m³" and a note 3; A/80/605 p. 21 linked "8,000 m²" (the "2" 0.66 pt
    /// after the "m") to its real footnote 2.
    func testExponentsAfterUnitsAreNoMarkers() throws {
        let report = try buildDocument(try TestPaths.shared("corpus/un/sc/S_2012_197-EN.pdf"))
        let p110 = try XCTUnwrap(report.blocks.first { $0.number == "110." })
        XCTAssertTrue(p110.text.contains("a total area of 104,000 km² and"), p110.text)
        XCTAssertTrue(p110.text.contains("the entire 266,000 km² of"), p110.text)
        XCTAssertEqual(p110.footnoteRefs, [])
        XCTAssertFalse(report.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
        XCTAssertFalse(report.diagnostics.contains { $0.code == "text.unplaced" && $0.page == 22 })
        let budget = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_590.pdf"))
        let p28 = try XCTUnwrap(budget.blocks.first { $0.number == "28." && $0.pages == [9] })
        XCTAssertTrue(p28.text.contains("collecting 2,050 m³ of general waste and 12.5 m³ of incinerated"), p28.text)
        XCTAssertEqual(p28.footnoteRefs, [])
        let peacekeeping = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))
        let p55 = try XCTUnwrap(peacekeeping.blocks.first { $0.number == "55." && $0.pages == [21] })
        XCTAssertTrue(p55.text.hasSuffix("8,000 m²."), p55.text)
        XCTAssertEqual(p55.footnoteRefs, [])
    }
}
