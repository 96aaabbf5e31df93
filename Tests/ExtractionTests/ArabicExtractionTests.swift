import XCTest
@testable import Extraction
import TestSupport

/// Characters of Arabic documents, on E/ESCWA/30/6 (Arabic) as Word made it.
final class ArabicExtractionTests: XCTestCase {
    /// Page 2 of E/ESCWA/30/6 (Arabic): Poppler's page text carries 112 bidirectional marks
    /// that have no box. Read index for index, they moved "ORIGINAL: ARABIC" onto the line of
    /// the committee's name. Each character now meets its own box: the glyphs on the baseline of
    /// "ORIGINAL: ARABIC" (top at 191.2 pt, left edge 62.1 pt) spell it, and no mark is left.
    func testEachCharacterMeetsItsOwnBox() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_6-AR.pdf"))
        let page = try pdf.page(2)
        XCTAssertFalse(page.glyphs.contains { $0.text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) } })
        let line = page.glyphs.filter { abs($0.box.y0 - 191.2) < 0.5 }.sorted { $0.box.x0 < $1.box.x0 }
        XCTAssertEqual(line.map(\.text).joined(), "ORIGINAL:ARABIC")
        XCTAssertEqual(line.first?.box.x0 ?? 0, 62.1, accuracy: 0.1)
    }

    /// Poppler's text of the year on the cover of E/ESCWA/30/6 (Arabic), a page read right to
    /// left: RLE, LRE, "2018", PDF, PDF. In drawing order it is "2018" and no mark.
    func testPopplerMarksAreUndone() {
        let text = Array("\u{202B}\u{202A}2018\u{202C}\u{202C}".unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(PopplerBidi.drawingOrder(text))), "2018")
        // An Arabic run on a page read left to right: reversed into reading order by Poppler,
        // back into drawing order here ("لغربي" is drawn ي ب ر غ ل, left to right).
        let word = Array("\u{202B}لغربي\u{202C}".unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(PopplerBidi.drawingOrder(word))), "يبرغل")
    }

    /// Presentation forms become letters (the "ﻧ", "ﺣﺔ" of the old output), the lam-alef
    /// ligature lam + alef; bidirectional controls are removed.
    func testArabicCharacters() {
        XCTAssertEqual(TextNormalizer.expand("\u{FEE7}"), "ن")
        XCTAssertEqual(TextNormalizer.expand("\u{FEA3}"), "ح")
        XCTAssertEqual(TextNormalizer.expand("\u{FE94}"), "ة")
        XCTAssertEqual(TextNormalizer.expand("\u{FEFB}"), "لا")
        XCTAssertEqual(TextNormalizer.expand("\u{FEF7}"), "لأ")
        XCTAssertEqual(TextNormalizer.expand("\u{FE7C}"), "\u{0651}", "a spacing shadda is the shadda")
        for control: Unicode.Scalar in ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"] {
            XCTAssertEqual(TextNormalizer.expand(control), "", "U+\(String(control.value, radix: 16))")
        }
        XCTAssertEqual(TextNormalizer.expand("ن"), "ن")
    }

    /// A glyph for several characters: Pango's lam-alef "لأ" comes from Poppler as lam with the
    /// glyph's box and alef with an empty box at its origin (Samples/A_RES_91_175.pdf, "الأمم").
    /// They join. A mark with an empty box on its letter (Word's tanween) stays apart.
    func testCharactersOfOneGlyphJoin() {
        let lam = Glyph(text: "ل", box: Rect(x0: 471.28, y0: 42.2, x1: 476.98, y1: 61.0), fontIndex: 0)
        let alef = Glyph(text: "أ", box: Rect(x0: 471.28, y0: 42.2, x1: 471.28, y1: 61.0), fontIndex: 0)
        let meem = Glyph(text: "م", box: Rect(x0: 466.29, y0: 42.2, x1: 471.30, y1: 61.0), fontIndex: 0)
        XCTAssertEqual(PDFFile.joiningClusters([lam, meem, alef]).map(\.text), ["لأ", "م"])
        let tanween = Glyph(text: "\u{064B}", box: Rect(x0: 466.29, y0: 42.2, x1: 466.29, y1: 61.0), fontIndex: 0)
        XCTAssertEqual(PDFFile.joiningClusters([meem, tanween]).map(\.text), ["م", "\u{064B}"])
    }

    /// One font of E/ESCWA/EDID/2017/IG.1/6 (Arabic) maps its fathatan glyph to alef; Word draws
    /// it with no advance over the final alef of "ثانياً-" (p. 2, at 520.3 pt, the alef at
    /// 520.9 pt). The zero-wide alef is the mark; an alef with width stays one. On the page,
    /// the section words read whole again ("ثاني ا-" before) and label their headings.
    func testTanweenReadAsAlefIsTheMark() throws {
        let tanween = Glyph(text: "\u{0627}", box: Rect(x0: 520.3, y0: 247.1, x1: 520.3, y1: 262.8), fontIndex: 0)
        let alef = Glyph(text: "\u{0627}", box: Rect(x0: 520.9, y0: 248.2, x1: 524.1, y1: 263.9), fontIndex: 0)
        XCTAssertEqual(PDFFile.tanweenReadAsAlef([alef, tanween]).map(\.text), ["\u{0627}", "\u{064B}"])
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_6-AR.pdf"))
        let page = try pdf.page(2)
        XCTAssertTrue(page.glyphs.contains { $0.text == "\u{064B}" })
        XCTAssertFalse(page.glyphs.contains { $0.text == "\u{0627}" && $0.box.x1 == $0.box.x0 })
    }

    /// Page 12 of E/ESCWA/2017/EC.4/4(Part II) in Arabic, a table of three columns: neither of
    /// Poppler's two text selections (from the left edge, from the right) holds the whole page.
    /// The larger one lacked "نقر بضرورة مساعدة البلدان النامية في تحقيق القدرة" of the middle
    /// column; the page is now the larger selection and what the other adds.
    func testBothSelectionsOfARightToLeftPage() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_II)-AR.pdf"))
        let text = try pdf.page(12).glyphs.map(\.text).joined()
        // Glyphs of one line come in drawing order: the word "بضرورة" is drawn right to left.
        XCTAssertTrue(text.contains("ةرورضب") || text.contains("بضرورة"))
        let sample = try PDFFile(url: TestPaths.samples.appendingPathComponent("A_RES_91_175.pdf"))
        let top = try sample.page(1).glyphs.filter { $0.box.y1 < 60 && $0.box.x0 < 200 }.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined()
        XCTAssertEqual(top, "A/RES/91/175")
    }
}

/// Word's right-to-left list labels, whose ActualText repeats the drawn number.
final class RepeatedListLabelTests: XCTestCase {
    /// E/ESCWA/SDD/2017/Technical Paper.8 (Arabic), p. 4: note 1 prints "1." at the right edge
    /// of its column (drawn "1" at 548.37–552.76 pt). Poppler added the ActualText "1." over
    /// the full stop and tab to its left, and the line ended "Law1.1". One "1" is left, with
    /// the full stop beside it.
    func testTheNumberIsReadOnce() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDD_2017_TECHNICAL_PAPER.8-AR.pdf"))
        let label = try pdf.page(4).glyphs.filter { abs($0.box.y0 - 534.857) < 0.01 && $0.box.x0 > 538 }
            .sorted { $0.box.x0 < $1.box.x0 }
        XCTAssertEqual(label.map(\.text), [".", "1"])
        XCTAssertEqual(label.last?.box.x0 ?? 0, 548.37, accuracy: 0.01)
    }

    /// ESCWA/EDID/2018/1/Summary (Arabic), p. 19: from note 11 on, the copy holds the two
    /// digits alone ("11" at 238.97–244.20 pt, drawn "11" at 244.20–253.14 pt); its glyph
    /// beside the drawn number becomes the full stop the page prints there.
    func testATwoDigitNumberKeepsItsFullStop() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-AR.pdf"))
        let label = try pdf.page(19).glyphs.filter { abs($0.box.y0 - 447.475) < 0.01 && $0.box.x0 > 238 }
            .sorted { $0.box.x0 < $1.box.x0 }
        XCTAssertEqual(label.map(\.text), [".", "1", "1"])
    }

    /// Numbers are left alone: "5.5" set in one font (its second digit drawn after the full
    /// stop), and "20101" of a job number, whose "01" stands beside another "01".
    func testNumbersStayWhole() {
        func glyph(_ text: String, _ x0: Double, _ x1: Double) -> Glyph {
            Glyph(text: text, box: Rect(x0: x0, y0: 534.857, x1: x1, y1: 550.137), fontIndex: 0)
        }
        let decimal = [glyph("5", 100, 104.38), glyph(".", 104.38, 106.6), glyph("5", 106.6, 110.98)]
        XCTAssertEqual(PDFFile.droppingRepeatedLabelDigits(decimal).map(\.text), ["5", ".", "5"])
        let job = [glyph("2", 100, 104.4), glyph("0", 104.4, 108.8), glyph("1", 108.8, 112.0),
                   glyph("0", 112.0, 117.2), glyph("1", 117.2, 120.4)]
        XCTAssertEqual(PDFFile.droppingRepeatedLabelDigits(job).map(\.text), ["2", "0", "1", "0", "1"])
        // The copy drawn first, at the widths measured on Technical Paper.8: one label.
        let label = [glyph("1", 548.37, 552.76), glyph("1", 538.58, 545.99), glyph(".", 545.99, 548.37)]
        XCTAssertEqual(PDFFile.droppingRepeatedLabelDigits(label).map(\.text), ["1", "."])
    }
}

/// Lines of right-to-left pages that Poppler's glyph selections leave out, whichever edge
/// they start from, and a word-style selection holds.
final class WordSelectionRecoveryTests: XCTestCase {
    /// E/ESCWA/30/L.1 (Arabic), page 2: the text of the last agenda item, "-19 الرؤية الجديدة
    /// للإصلاح في الأمم المتحدة." (item 19 of the English "New vision for reform in the United
    /// Nations."), at the foot of the page.
    func testLastAgendaItemOfThePage() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_L.1-AR.pdf"))
        let glyphs = try pdf.page(2).glyphs
        let line = glyphs.filter { $0.box.y0 > 700 && $0.box.y1 < 725 && $0.box.x0 > 300 }
        XCTAssertTrue(line.map(\.text).joined().contains("ؤ"), line.map(\.text).joined())
        XCTAssertGreaterThanOrEqual(line.count, 30)
        // Nothing is read twice: no two glyphs share a box.
        let boxes = glyphs.map { "\($0.box.x0) \($0.box.y0) \($0.box.x1) \($0.box.y1)" }
        XCTAssertEqual(Set(boxes).count, boxes.count)
    }

    /// E/ESCWA/EDID/2017/IG.2/5(Part IV) (Arabic), page 5: note (8), a web address, below
    /// notes (6) and (7).
    func testLastNoteOfThePage() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_5(PART_IV)-AR.pdf"))
        let text = try pdf.page(5).glyphs.map(\.text).joined()
        XCTAssertTrue(text.contains("www.ifrc.org"), text)
    }
}
