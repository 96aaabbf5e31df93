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
        XCTAssertFalse(out.blocks.contains { $0.pages == [19] && $0.kind == .paragraph })
        XCTAssertFalse(out.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
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

/// Paragraphs numbered in decimal parts.
final class DecimalNumberingTests: XCTestCase {
    /// What opens a paragraph as a decimal number, and what does not.
    func testDecimalLabels() {
        XCTAssertTrue(BlockClassifier.isDecimalLabel("2.2.1.", before: "The"))
        XCTAssertTrue(BlockClassifier.isDecimalLabel("5.2.4.1.1.", before: "the"))
        XCTAssertTrue(BlockClassifier.isDecimalLabel("19.29", before: "The"))
        XCTAssertTrue(BlockClassifier.isDecimalLabel("2.1.", before: "\"Approval"))
        XCTAssertFalse(BlockClassifier.isDecimalLabel("12.5", before: "per"), "a figure opening a paragraph")
        XCTAssertFalse(BlockClassifier.isDecimalLabel("11.30", before: "a.m.-12"), "a time")
        XCTAssertFalse(BlockClassifier.isDecimalLabel("114.2", before: "121.7"), "a row of figures")
        XCTAssertFalse(BlockClassifier.isDecimalLabel("2.9", before: "e"), "chart letters")
        XCTAssertFalse(BlockClassifier.isDecimalLabel("2026.", before: "The"), "a year")
    }

    /// UN Regulation No. 17 (E/ECE/324/Rev.1/Add.16/Rev.6) numbers its paragraphs "2.2.1." and
    /// sets the defined term in italics; E/ESCWA/EDID/2017/IG.3/10 numbers its strategy "19.29"
    /// to "19.33". The number is the label; the term is no lead-in and the role stays null.
    func testDecimalParagraphNumbers() throws {
        let regulation = try buildDocument(try TestPaths.shared("corpus/un/ece/E_ECE_324_Rev.1_Add.16_Rev.6_UN-Reg-17-EN.pdf"))
        let structure = try XCTUnwrap(regulation.blocks.first { $0.number == "2.2.1." })
        XCTAssertTrue(structure.text.hasPrefix("The structure, shape, dimensions, materials and the mass of the seats"), structure.text)
        let forward = try XCTUnwrap(regulation.blocks.first { $0.number == "2.3.1." })
        XCTAssertTrue(forward.text.hasPrefix("\"Forward-facing seat\" means a seat"), forward.text)
        XCTAssertNil(forward.role)
        XCTAssertNil(forward.leadIn)
        let escwa = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.3_10-EN.pdf"))
        XCTAssertEqual(escwa.blocks.filter { $0.pages == [5] && $0.kind == .paragraph }.compactMap(\.number),
                       ["19.29", "19.30", "19.31", "19.32", "19.33"])
    }
}

/// Bullets are items (contract: "lettered points and bullets are items").
final class BulletItemTests: XCTestCase {
    /// E/ESCWA/30/11 p. 1: paragraph 1 ends "Those reports are:" and two dash bullets follow,
    /// each running onto a line under its text ("(E/ESCWA/2017/EC.3/8/Report);"). Before, four
    /// paragraphs without number. The federal register's "•" list of ways to comment hangs
    /// from its paragraph too; a table's empty cells "– – – –" (A/80/605 p. 47) stay cells.
    func testBulletsHangFromTheParagraphBefore() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_11-EN.pdf"))
        let one = try XCTUnwrap(out.blocks.first { $0.number == "1." })
        XCTAssertTrue(one.text.hasSuffix("Those reports are:"), one.text)
        XCTAssertEqual(one.items.map(\.number), ["-", "-"])
        XCTAssertEqual(one.items.map(\.text), [
            "Report of the third meeting of the Executive Committee, Rabat, 6-7 May 2017 (E/ESCWA/2017/EC.3/8/Report);",
            "Report of the fourth meeting of the Executive Committee, Beirut, 13-14 December 2017 (E/ESCWA/2017/EC.4/9/Report).",
        ])
        XCTAssertEqual(one.items.map(\.level), [1, 1])
        XCTAssertEqual(out.blocks.compactMap(\.number), ["1.", "2."])

        let register = try buildDocument(try TestPaths.shared("corpus/official/federal-register-2020-17221.pdf"))
        let parent = try XCTUnwrap(register.blocks.first { $0.items.contains { $0.text == "Fax: 202–493–2251." } })
        XCTAssertEqual(parent.items.first?.number, "•")
        XCTAssertTrue(parent.items.first?.text.hasPrefix("Federal eRulemaking Portal: Go to https://www.regulations.gov.") == true)

        let budget = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))
        XCTAssertFalse(budget.blocks.flatMap(\.items).contains { $0.number == "–" && $0.pages == [47] })
    }
}

/// Lines inside a list of lettered items.
final class ListInterruptionTests: XCTestCase {
    /// A/RES/79/333 p. 3: item (b) of paragraph 4 ends "the following themes:" and two
    /// unnumbered lines "Panel 1: …" and "Panel 2: …" follow before item (c). They are (b)'s;
    /// before, they ended the list, and (c) and (d) hung from "Panel 2" without a role.
    func testUnnumberedLinesAnItemIntroducesStayInTheList() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_79_333.pdf"))
        let four = try XCTUnwrap(out.blocks.first { $0.number == "4." })
        XCTAssertEqual(four.items.map(\.number), ["(a)", "(b)", "(c)", "(d)"])
        XCTAssertEqual(four.items.map(\.role), Array(repeating: .operative, count: 4))
        let b = four.items[1]
        XCTAssertTrue(b.text.hasPrefix("The multi-stakeholder panels will address the following themes: Panel 1: The world together:"), b.text)
        XCTAssertTrue(b.text.contains(" Panel 2: Equitable access through sustainability and predictability:"), b.text)
        XCTAssertFalse(out.blocks.contains { $0.text.hasPrefix("Panel 1:") || $0.text.hasPrefix("Panel 2:") })
    }
}

/// A part label at the top of a page is a heading, not a running header.
final class PartLabelAtPageTopTests: XCTestCase {
    /// "Article 19" heads page 6 of ILC_2001_State_Responsibility and "Article 24" page 7, at
    /// the same height: folded to "Article ##" they looked like one running header. A running
    /// header's numbers stay or move with the page ("Annex 1", "Page 2"); these do not.
    /// A/RES/79/243 (bulk) lost "Article 12" and "Article 21" the same way, and A/HRC/43/2 the
    /// opening lines of paragraphs 212, 268, 362 and 975 ("In accordance with rule 153 …").
    func testPartLabelsAtPageTopsAreHeadings() throws {
        let ilc = try buildDocument(try TestPaths.shared("corpus/un/more/ILC_2001_State_Responsibility.pdf"))
        let nineteen = try XCTUnwrap(ilc.blocks.first { $0.number == "Article 19" })
        XCTAssertEqual(nineteen.kind, .heading)
        XCTAssertEqual(nineteen.text, "Effect of this chapter")
        XCTAssertFalse(ilc.furniture.contains { $0.text.hasPrefix("Article") })
        let convention = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_79_243.pdf"))
        XCTAssertEqual(convention.blocks.first { $0.number == "Article 12" }?.pages, [9])
        XCTAssertEqual(convention.blocks.first { $0.number == "Article 21" }?.text, "Prosecution, adjudication and sanctions")
        let hrc = try buildDocument(try TestPaths.shared("corpus/un/hrc/A_HRC_43_2-EN.pdf"))
        let p212 = try XCTUnwrap(hrc.blocks.first { $0.number == "212." })
        XCTAssertTrue(p212.text.hasPrefix("In accordance with rule 153 of the rules of procedure of the General Assembly"), p212.text)
    }
}
