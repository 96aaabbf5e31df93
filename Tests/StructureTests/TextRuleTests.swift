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
