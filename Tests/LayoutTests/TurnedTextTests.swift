import Extraction
import Foundation
import Layout
import TestSupport
import XCTest

/// Words set at a quarter turn inside an upright page are read as words (`TurnedText`).
final class TurnedTextTests: XCTestCase {
    /// E/ESCWA/2017/EC.4/4(Part V), page 5, figure 2 (rendered): "Cluster 1", "Cluster 2",
    /// "Cluster 3" and "Regional average" run up under each group of bars. Read like upright
    /// text they came out one letter per line ("r r r", "e e e a", "C C C l").
    func testChartAxisLabelsAreWords() throws {
        let page = try layout(of: TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_V)-EN.pdf"))[4]
        let turned = page.lines.flatMap(\.words).filter(\.isTurned).map(\.text)
        // One of the six is drawn over the bar value "11.8", whose digits stand on either side.
        XCTAssertEqual(turned.filter { $0.contains("Cluster") }.count, 6, turned.joined(separator: " | "))
        XCTAssertTrue(turned.contains("Cluster 2"), turned.joined(separator: " | "))
        XCTAssertTrue(turned.contains("Regional average"), turned.joined(separator: " | "))
        // No line of the page is a row of single letters any more.
        XCTAssertFalse(page.lines.contains { $0.words.count >= 3 && $0.words.allSatisfy { $0.text.count == 1 && $0.text.first!.isLetter } },
                       page.lines.map(\.text).joined(separator: "\n"))
    }

    /// E/ESCWA/EDID/2017/IG.2/5(Part VI), page 5, figure 1: "Billions of US dollars" up the
    /// axis and the years "2000" … "2015" turned under it. The chart is set small at the foot of
    /// the page above note 1; with its labels read as words it must still not be taken for the
    /// footnote area (notes are never turned): only "1 Michael Jakob and others, …" is a note.
    func testChartAtTheFootIsNotANote() throws {
        let page = try layout(of: TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_5(PART_VI)-EN.pdf"))[4]
        let words = page.lines.flatMap(\.words).filter(\.isTurned).map(\.text)
        XCTAssertTrue(words.contains("Billions of US dollars"), words.joined(separator: " | "))
        XCTAssertTrue(words.contains("2000") && words.contains("2015"), words.joined(separator: " | "))
        let notes = page.lines(in: .footnotes).map(\.text)
        XCTAssertEqual(notes.first.map { $0.hasPrefix("1 Michael Jakob and others") }, true, notes.joined(separator: "\n"))
        XCTAssertFalse(notes.contains { $0.contains("Use of IMF credits") }, notes.joined(separator: "\n"))
    }

    /// The same figure in Arabic (E/ESCWA/EDID/2017/IG.1/6, page 9): the turned label reads
    /// from the end of its baseline, so its words come out in their letters' order
    /// ("اللوجستية", which read in drawn order was "ةيتسجوللا").
    func testTurnedArabicWordReadsRightToLeft() throws {
        let page = try layout(of: TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_6-AR.pdf"))[8]
        let words = page.lines.flatMap(\.words).filter(\.isTurned).map(\.text)
        XCTAssertTrue(words.contains("اللوجستية"), words.joined(separator: " | "))
        XCTAssertFalse(words.contains("ةيتسجوللا"))
    }

    /// A page number set sideways beside a landscape annex (A/80/630, page 34: "34/34" up the
    /// left edge, beside the symbol and job number set the same way) is margin text, hence
    /// furniture, not the number of the "Annex" heading.
    func testSidewaysPageNumberIsMarginText() throws {
        let page = try layout(of: TestPaths.shared("corpus/un/un-mandates/A_80_630.pdf"))[33]
        XCTAssertEqual(page.lines(in: .margin).map(\.text), ["26-01656", "A/80/630", "34/34"])
        XCTAssertFalse(page.lines(in: .body).contains { $0.text.contains("34/34") })
    }

    /// Upright text is never joined as turned: no word of the GA resolution A/RES/73/6 is.
    func testUprightDocumentHasNoTurnedWord() throws {
        let pages = try layout(of: TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
        XCTAssertEqual(pages.flatMap(\.lines).flatMap(\.words).filter(\.isTurned).count, 0)
    }
}
