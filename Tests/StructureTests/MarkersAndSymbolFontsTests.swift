import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Glyphs of symbolic fonts and raised markers that start a line, on real pages (checked on
/// the pages rendered with `pdftoppm -r 80`).
final class MarkersAndSymbolFontsTests: XCTestCase {
    /// The byte code of a symbolic font, as Poppler reports it (U+F000 + code), read by the
    /// font's own encoding.
    func testSymbolFontCodes() {
        XCTAssertEqual(SymbolFontText.text(0xF02A, fontName: "SymbolMT"), "*")
        XCTAssertEqual(SymbolFontText.text(0xF0B7, fontName: "Symbol"), "•")
        XCTAssertEqual(SymbolFontText.text(0xF022, fontName: "SymbolMT"), "∀")
        XCTAssertEqual(SymbolFontText.text(0xF061, fontName: "Symbol"), "α")
        XCTAssertEqual(SymbolFontText.text(0xF0A7, fontName: "Wingdings"), "▪")
        XCTAssertEqual(SymbolFontText.text(0xF031, fontName: "C39T30Lfz"), "1")
        XCTAssertEqual(SymbolFontText.text(0xF096, fontName: "TimesNewRoman"), "–")
        XCTAssertNil(SymbolFontText.text(0xF041, fontName: "Webdings"), "a dingbat with no known character stays as given")
        XCTAssertNil(SymbolFontText.text(0xE000, fontName: "Symbol"))
    }

    /// E/ESCWA/EDID/2017/IG.3/10 p. 5: the heading "C. STRATEGY*" is set in small capitals
    /// (11 pt and 9 pt) with a "*" of SymbolMT raised over its end, and the note "* The
    /// paragraphs under Strategy are numbered from 19.29 to 19.33, …" at the foot. Before, the
    /// note's text was unplaced (its marker was U+F02A), the heading was "S" and a paragraph
    /// "TRATEGY", and the marker a running header.
    func testAsteriskOfTheSymbolFontOpensItsNote() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.3_10-EN.pdf"))
        let note = try XCTUnwrap(out.footnotes.first { $0.page == 5 })
        XCTAssertEqual(note.marker, "*")
        XCTAssertTrue(note.text.hasPrefix("The paragraphs under Strategy are numbered from 19.29 to 19.33"), note.text)
        let heading = try XCTUnwrap(out.blocks.first { $0.kind == .heading && $0.pages == [5] && $0.number == "C." })
        XCTAssertEqual(heading.text, "STRATEGY")
        XCTAssertEqual(heading.footnoteRefs, ["*"])
        XCTAssertFalse(out.diagnostics.contains { $0.code == "text.unplaced" && $0.page == 5 })
        XCTAssertFalse(out.furniture.contains { $0.page == 5 && $0.text.contains("*") })
    }

    /// A heading in small capitals at the top of a page is smaller than the body but for its
    /// capitals; it is no running header (E/ESCWA/30/13 p. 9, "C. SUBPROGRAMME 3. ECONOMIC
    /// DEVELOPMENT AND INTEGRATION", was furniture).
    func testSmallCapitalHeadingAtThePageTopIsAHeading() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_13-EN.pdf"))
        let heading = try XCTUnwrap(out.blocks.first { $0.kind == .heading && $0.pages == [9] && $0.number == "C." })
        XCTAssertEqual(heading.text, "SUBPROGRAMME 3. ECONOMIC DEVELOPMENT AND INTEGRATION")
        XCTAssertFalse(out.furniture.contains { $0.page == 9 && $0.text.contains("SUBPROGRAMME") })
    }

    /// A raised note marker over an Arabic paragraph's first line starts the glyph row; the
    /// paragraph number "6-" on that line stays on it (E/ESCWA/EDID/2017/IG.1/4, Arabic, p. 3:
    /// before, "6" was a paragraph of its own and the numbering jumped from 5- to 7-).
    func testRaisedMarkerKeepsTheParagraphNumberOnItsLine() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_4-AR.pdf"))
        let numbers = out.blocks.compactMap(\.number).filter { $0.first?.isNumber == true }
        XCTAssertEqual(Array(numbers.prefix(7)), ["1-", "2-", "3-", "4-", "5-", "6-", "7-"])
        let six = try XCTUnwrap(out.blocks.first { $0.number == "6-" })
        XCTAssertEqual(six.footnoteRefs, ["2"])
        XCTAssertTrue(six.text.hasPrefix("وفي عام 2006، خلُصت دراسة إدينغتون عن النقل في المملكة المتحدة"), six.text)
    }

    /// The barcode of g1510722 (Code 39 font, U+F02A, U+F031 …) reads "*1510722*"; "19 ∀ 1 mm"
    /// of E/ECE/324/Rev.1/Add.16/Rev.6 p. 30 is what its SymbolMT glyph prints (0x22, "∀").
    func testSymbolicFontsInFurnitureAndText() throws {
        let hrc = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g1510722.pdf"))
        XCTAssertEqual(hrc.furniture.first { $0.kind == .barcode }?.text, "*1510722*")
        let ece = try buildDocument(try TestPaths.shared("corpus/un/ece/E_ECE_324_Rev.1_Add.16_Rev.6_UN-Reg-17-EN.pdf"))
        XCTAssertTrue(ece.blocks.contains { $0.text.contains("plywood boards 19 ∀ 1 mm thick") })
        XCTAssertFalse(ece.blocks.contains { $0.text.unicodeScalars.contains { (0xF000...0xF0FF).contains($0.value) } })
    }
}

/// Raised letters that end an abbreviation.
final class RaisedAbbreviationTests: XCTestCase {
    /// E/ESCWA/30/18/Report (French) sets "Mme" as "M" with a raised "me" against it (0.06 pt
    /// apart): the word is "Mme" (before: "M me", and the "me" of the participants' tables
    /// unplaced). The raised small print of issue6127.pdf p. 3, spaced as words, keeps its
    /// spaces.
    func testRaisedLettersSetAgainstAWordEndIt() throws {
        let report = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-FR.pdf"))
        let fifteen = try XCTUnwrap(report.blocks.first { $0.number == "15." && $0.pages == [27] })
        XCTAssertTrue(fifteen.text.hasPrefix("Mme Inaya Ezzedine, Ministre d’État pour la réforme administrative au Liban"), fifteen.text)
        XCTAssertFalse(report.blocks.contains { $0.text.contains("M me ") })
        XCTAssertFalse(report.diagnostics.contains { $0.code == "text.unplaced" && $0.message.hasSuffix(": me") })
        let form = try buildDocument(try TestPaths.shared("corpus/official/issue6127.pdf"))
        XCTAssertTrue(form.blocks.contains { $0.text.hasSuffix("appelez le 3646 (prix d'un appel local depuis un poste fixe)") })
    }
}

/// Glyph accounting on tables whose figures carry note letters.
final class GluedMarkerAccountingTests: XCTestCase {
    /// A/RES/80/239 p. 2 prints "Estimated appropriation for 2026ᵃ" in its table and the note
    /// "ᵃ See A/80/505." under it; A/RES/80/242 p. 15 prints "2 640ᶜ". Every printed word is
    /// placed: the cell holds "2026a", the note its own "a".
    func testNoteLettersGluedToTableFiguresAreAccounted() throws {
        for name in ["A_RES_80_239", "A_RES_80_242"] {
            let out = try buildDocument(try TestPaths.shared("corpus/bulk/\(name).pdf"))
            XCTAssertEqual(out.diagnostics.filter { $0.code == "text.unplaced" }.map(\.message), [], name)
        }
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_80_239.pdf"))
        XCTAssertTrue(out.blocks.contains { $0.kind == .table && $0.text.contains("Estimated appropriation for 2026a") })
        XCTAssertTrue(out.blocks.contains { $0.text == "a See A/80/505." })
    }
    /// Notes with lettered markers belong to the table or figure above them and stay body
    /// paragraphs (CONTRACT: "a note printed under a table … is a paragraph of its own"):
    /// A/80/605 p. 61 prints "Abbreviations: …" and notes "a"–"e" under its organization chart,
    /// A/80/604/Add.1 p. 1 notes "a", "b" under its summary table. Neither page has footnotes,
    /// and p. 6 of A/80/604/Add.1 keeps the letter of "a Representing the highest level of
    /// authorized strength." Roman numerals are no letters here: official/FRA.pdf keeps its
    /// endnotes "i" and "v".
    func testLetteredNotesUnderATableOrChartAreParagraphs() throws {
        let report = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))
        XCTAssertFalse(report.footnotes.contains { $0.page == 61 })
        // Each note is a paragraph of its own (contract).
        XCTAssertTrue(report.blocks.contains { $0.pages == [61] && $0.text == "a Reclassified/reassigned post." })
        XCTAssertTrue(report.blocks.contains { $0.pages == [61] && $0.text == "b Funded under general temporary assistance." })
        let budget = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_604_Add.1.pdf"))
        XCTAssertEqual(budget.footnotes.filter { $0.page == 1 }.map(\.marker), [])
        XCTAssertTrue(budget.blocks.contains { $0.pages == [1] && $0.text == "a Estimates as at 28 February 2026." })
        XCTAssertTrue(budget.blocks.contains { $0.pages == [6] && $0.text == "a Representing the highest level of authorized strength." })
        let french = try buildDocument(try TestPaths.shared("corpus/official/FRA.pdf"))
        XCTAssertEqual(french.footnotes.map(\.marker).filter { $0.allSatisfy(\.isLetter) }, ["i", "v"])
    }

    /// A/RES/80/112 p. 5 (rendered): the preambular paragraph "Noting with deep concern …"
    /// ends "in a single conflict,¹⁰,¹¹", the two markers raised as one group "10,11". Both
    /// are references (notes 10 and 11 were reported as unreferenced) and leave the text.
    func testMarkersRaisedAsOneGroup() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_80_112.pdf"))
        let paragraph = try XCTUnwrap(out.blocks.first { $0.text.contains("ever recorded in a single conflict") })
        XCTAssertTrue(paragraph.text.hasSuffix("ever recorded in a single conflict,"), paragraph.text)
        XCTAssertEqual(paragraph.footnoteRefs.suffix(2), ["10", "11"])
        XCTAssertFalse(out.diagnostics.contains { $0.code.hasPrefix("footnote.") && $0.message.contains("11") })
    }

    /// A/HRC/WG.6/7/SVN/3 (un-hrc/g0917008, 2009), page 1, rendered: the country "Slovenia*"
    /// in bold under the title, its asterisk set at full size, refers to the note "* The
    /// present document was not edited …". Before, the heading read "Slovenia*" with no
    /// reference. An asterisk inside a line stays text: it may mark entries of a list.
    func testFullSizeAsteriskEndingAHeadingIsItsNote() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g0917008.pdf"))
        let heading = try XCTUnwrap(out.blocks.first)
        XCTAssertEqual(heading.text, "Slovenia")
        XCTAssertEqual(heading.footnoteRefs, ["*"])
        XCTAssertEqual(out.footnotes.first?.marker, "*")
        XCTAssertEqual(TextJoiner.splitTrailingAsterisks("Regulations**")?.1, "**")
        XCTAssertNil(TextJoiner.splitTrailingAsterisks("**"))
    }
}
