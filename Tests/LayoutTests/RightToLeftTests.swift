import Foundation
@testable import Layout
import Extraction
import TestSupport
import XCTest

/// Right-to-left lines of the ESCWA documents in Arabic, checked against the rendered pages.
final class RightToLeftTests: XCTestCase {
    /// Cover of E/ESCWA/30/6 (Arabic), page 2: words whole and in reading order, lam-alef
    /// ligatures in logical order ("الاقتصادية", "والأجيال", "الأمم"), while the separate alef
    /// and lam of "والصالح" (same widths as a ligature's halves) stay apart.
    func testCoverLinesReadFromTheRight() throws {
        let page = try layout(of: try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_6-AR.pdf"))[1]
        let committee = page.line(startingWith: "اللجنة")?.line
        XCTAssertEqual(committee?.text, "اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)")
        XCTAssertEqual(committee?.isRightToLeft, true)
        XCTAssertEqual(page.line(startingWith: "\"الموارد")?.line.text, "\"الموارد الطبيعية والأجيال المقبلة والصالح العام\"")
        // The dates keep their digits in printed order.
        XCTAssertEqual(page.line(startingWith: "بيت")?.line.text.hasPrefix("بيت الأمم المتحدة، بيروت، 24-26 نيسان/أبريل"), true)
        // The English lines of the masthead are untouched.
        XCTAssertEqual(page.line(startingWith: "ORIGINAL")?.line.text, "ORIGINAL: ARABIC")
        XCTAssertEqual(page.line(startingWith: "ORIGINAL")?.line.isRightToLeft, false)
    }

    /// E/ESCWA/2017/EC.4/4 (Arabic), page 1: the list of sub-items. The number "1-" stands at
    /// the right and is read first; the symbol cited at the end keeps its left-to-right order,
    /// "(Part I)" whole and the full stop drawn left of it at the end; "آليات" is alef madda
    /// then lam, not a ligature.
    func testMixedLineKeepsLatinRun() throws {
        let page = try layout(of: try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4-AR.pdf"))[0]
        XCTAssertEqual(page.line(startingWith: "1-")?.line.text,
                       "1- بطاقة أداء تمويل التنمية في المنطقة العربية: لمحة عن النتائج E/ESCWA/2017/EC.4/4(Part I).")
        XCTAssertEqual(page.line(startingWith: "2-")?.line.text.hasPrefix("2- آليات تنفيذ خطة عمل أديس أبابا"), true)
        // Words start at the right edge of the line: the first word is the rightmost.
        if let line = page.line(startingWith: "1-")?.line {
            XCTAssertEqual(line.words[0].box.x1, line.box.x1, accuracy: 0.01)
        }
    }

    /// A Latin line inside right-to-left notes shows the punctuation that ends it on its
    /// left: it ends the line again, before a note number standing at the right end.
    /// ESCWA/EDID/2018/1/Summary (Arabic) p. 19, notes 1, 12 and 16 (".16" the number drawn
    /// right of the address); E/ESCWA/EDID/2017/IG.1/8 (Arabic) p. 5, note 1 (")1(").
    func testClosingPunctuationDrawnOnTheLeft() throws {
        let summary = try layout(of: try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-AR.pdf"))[18]
        XCTAssertNotNil(summary.line(startingWith: "monetarypolicy/openmarket.htm."))
        XCTAssertNotNil(summary.line(startingWith: "resources/resource/gas/."))
        XCTAssertEqual(summary.line(startingWith: "16.")?.line.text, "16. https://www.stats.gov.sa/en/352.")
        let road = try layout(of: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_8-AR.pdf"))
        let note = try XCTUnwrap(road.flatMap { $0.lines(startingWith: "World Health Organization, Global Status Report on Road Safety (Geneva, 2015)") }.first)
        XCTAssertTrue(note.line.text.hasSuffix("(Geneva, 2015). )1("), note.line.text)
        // A mirrored pair stays as drawn.
        let pair = LineBuilder.closingPunctuationLast([word(".)E/ESCWA/EDID/2017/IG.2/9/Report(")])
        XCTAssertEqual(pair.map(\.text), [".)E/ESCWA/EDID/2017/IG.2/9/Report("])
    }

    private func word(_ text: String) -> Word {
        Word(text: text, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10), fontSize: 10, isBold: false, isItalic: false, isSuperscript: false, gapBefore: 0)
    }

    /// The ordering rule on the shape of that line: Arabic words, then a symbol with a neutral
    /// between its Latin runs, as drawn left to right.
    func testReadingOrder() {
        // Drawn: [symbol][space][arabic 1][space][arabic 2] → read: arabic 2, arabic 1, symbol.
        XCTAssertEqual(RightToLeft.readingOrder([.left, .neutral, .right, .neutral, .right]), [4, 3, 2, 1, 0])
        // "24-26" drawn 2 4 - 2 6 stays as drawn; a neutral between two Latin runs joins them.
        XCTAssertEqual(RightToLeft.readingOrder([.left, .left, .neutral, .left, .left]), [0, 1, 2, 3, 4])
        // An Arabic run inside a left-to-right line (official/MAR: "-واليونسكو-الألكسو").
        XCTAssertEqual(RightToLeft.leftToRightReadingOrder([.left, .neutral, .right, .neutral, .right]), [0, 1, 4, 3, 2])
    }

    /// Brackets drawn mirrored, ")" left of "(", around a number on a right-to-left line take
    /// the line's direction: note 6 of E/ESCWA/30/18/Report (Arabic, p. 9) is drawn
    /// "E/ESCWA/29/12/Report )6(" and reads "(6) E/ESCWA/29/12/Report"; the ")" between the
    /// symbol and the digit had joined them, "Report )6". A pair drawn "(" … ")" around Latin
    /// text still reads left to right, and on a left-to-right line nothing changes.
    func testMirroredBracketsKeepTheLineDirection() {
        let texts: [String?] = ["Report", nil, ")", "6", "("]
        let directions: [RightToLeft.Direction] = [.left, .neutral, .neutral, .left, .neutral]
        let paired = RightToLeft.pairBrackets(texts, directions, rightToLeft: true)
        XCTAssertEqual(paired, [.left, .neutral, .right, .left, .right])
        XCTAssertEqual(RightToLeft.readingOrder(paired), [4, 3, 2, 1, 0])
        XCTAssertEqual(RightToLeft.pairBrackets(texts, directions), directions)
        let part: [String?] = ["4", "(", "Part", nil, "I", ")"]
        XCTAssertEqual(RightToLeft.pairBrackets(part, [.left, .neutral, .left, .neutral, .left, .neutral], rightToLeft: true),
                       [.left, .left, .left, .neutral, .left, .left])
    }
}

/// Arabic marks that Word's PDFs set apart from their letters: a mark with a negative advance,
/// and the tanween of "أولاً" beside a lam-alef ligature.
final class ArabicMarkTests: XCTestCase {
    /// E/ESCWA/2017/EC.4/3(Part I) (Arabic), page 3: the damma of "تغيُّر" (change) runs
    /// backwards from 276.55 to 275.04 pt. Its edge had opened a gap: "تغ ير". The word is whole.
    func testMarkWithNegativeAdvanceStaysInItsWord() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_3(PART_I)-AR.pdf"))
        let words = pages[2].lines.flatMap { $0.text.split(separator: " ").map(String.init) }
        XCTAssertFalse(words.contains("تغ"))
        XCTAssertTrue(words.contains("تغيّر") && words.contains("لتغيّر"), words.filter { $0.contains("تغ") }.joined(separator: " "))
    }

    /// E/ESCWA/EDID/2017/IG.2/8 (Arabic), page 2: the chapter label "أولاً-" (firstly). Its
    /// lam-alef halves differ in width by 0.02 pt; the fathatan drawn left of them shows they
    /// are one ligature, read lam then alef. (The fathatan itself came through Word's
    /// ToUnicode map as a space in Arial and as an alef in bold Arial.)
    func testFirstChapterLabel() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_8-AR.pdf"))
        XCTAssertNotNil(pages[1].line(startingWith: "أولاً- المطلوب من اللجنة"))
        XCTAssertNotNil(pages[1].line(startingWith: "ثانياً- البرنامج الفرعي 3"))
    }
}
