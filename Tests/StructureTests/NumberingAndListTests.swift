import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

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
        XCTAssertTrue(BlockClassifier.isDecimalLabel("4.4.1.", before: "A"), "a one-letter word after a closed number")
        XCTAssertFalse(BlockClassifier.isDecimalLabel("12.5", before: "A"), "no full stop: a figure")
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
        // A paragraph whose text opens with the word "A" keeps its number (14 did not).
        let circle = try XCTUnwrap(regulation.blocks.first { $0.number == "4.4.1." })
        XCTAssertTrue(circle.text.hasPrefix("A circle surrounding the letter \"E\""), circle.text)
        XCTAssertTrue(regulation.blocks.contains { $0.number == "6.3.1." && $0.text.hasPrefix("A longitudinal horizontal deceleration") })
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

/// A lead-in that runs to a colon and introduces items (issue 10, kind 5).
final class ColonLeadInTests: XCTestCase {
    /// A/RES/78/329 p. 1: the italic "Decides:" stands alone on its line over items (a) and (b).
    /// It is an operative paragraph with lead-in "Decides", and its items take its role; before,
    /// all three were preambular with no lead-in. A/C.1/80/L.62 p. 4: "11. Recalls:" likewise.
    func testItalicVerbWithColonIsTheLeadIn() throws {
        let resolution = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_78_329.pdf"))
        let decides = try XCTUnwrap(resolution.blocks.first { $0.text == "Decides:" })
        XCTAssertEqual(decides.role, .operative)
        XCTAssertEqual(decides.leadIn, "Decides")
        XCTAssertEqual(decides.items.map(\.number), ["(a)", "(b)"])
        XCTAssertEqual(decides.items.map(\.role), [.operative, .operative])
        let recalling = try XCTUnwrap(resolution.blocks.first { $0.leadIn == "Recalling" })
        XCTAssertEqual(recalling.role, .preamble)

        let draft = try buildDocument(try TestPaths.shared("corpus/bulk/A_C.1_80_L.62.pdf"))
        let recalls = try XCTUnwrap(draft.blocks.first { $0.number == "11." })
        XCTAssertEqual(recalls.text, "Recalls:")
        XCTAssertEqual(recalls.leadIn, "Recalls")
        XCTAssertEqual(recalls.items.first?.number, "(a)")
    }

    /// official/issue6127 p. 3: two dash entries, the first a single line closing with a comma
    /// ("- à l’autre assuré(e) lorsque le foyer compte deux assurés,"), set at the same indent
    /// with no space between them: two items, not one.
    func testShortLineClosingWithCommaEndsItsEntry() throws {
        let form = try buildDocument(try TestPaths.shared("corpus/official/issue6127.pdf"))
        let parent = try XCTUnwrap(form.blocks.first { $0.text.hasSuffix("les prestations sont dues :") })
        XCTAssertEqual(parent.items.map(\.number), ["-", "-"])
        XCTAssertEqual(parent.items.first?.text, "à l’autre assuré(e) lorsque le foyer compte deux assurés,")
    }
}

/// Decimal paragraph numbers hang their text and open paragraphs as other labels do.
final class DecimalHangingIndentTests: XCTestCase {
    /// ECE/TRANS/WP.29/GRSP/2010/20 pp. 2–3 (an amendment: its new text is set in bold): "2.25."
    /// stands at 132.4 pt and its text and every line under it at 185.8 pt. Before, each
    /// definition was cut after its first line into a bold "heading" and a paragraph; "2.24." at
    /// the top of page 3 ran into 2.23; "1.4.4.1. The RESS shall be …" was a heading.
    func testDefinitionsAreWholeParagraphs() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/ece/ECE_TRANS_WP.29_GRSP_2010_20-EN.pdf"))
        let circuit = try XCTUnwrap(out.blocks.first { $0.number == "2.25." })
        XCTAssertEqual(circuit.kind, .paragraph)
        XCTAssertEqual(circuit.text, "“Electrical circuit” means an assembly of connected live parts which is designed to be electrically energized in normal operation,")
        let degree = try XCTUnwrap(out.blocks.first { $0.number == "2.23." })
        XCTAssertEqual(degree.pages, [2])
        XCTAssertTrue(degree.text.hasSuffix("as defined in Appendix 1 of Annex 9."), degree.text)
        let exposed = try XCTUnwrap(out.blocks.first { $0.number == "2.24." })
        XCTAssertEqual(exposed.pages, [3])
        XCTAssertEqual(out.blocks.first { $0.number == "1.4.4.1." }?.kind, .paragraph)
        XCTAssertFalse(out.blocks.contains { $0.kind == .heading && ($0.number ?? "").hasPrefix("2.") })
    }

    /// The programme budget fascicles number "25.4" without a final full stop and hang the text
    /// the same way (A/81/6 (Sect. 25) p. 3); the UPR recommendations "121.16" open page 12 of
    /// A/HRC/43/15 (g1934994) after "121.15 …;" ends page 11.
    func testProgrammeBudgetAndRecommendationNumbers() throws {
        let section = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_81_6 (SECT. 25).pdf"))
        let four = try XCTUnwrap(section.blocks.first { $0.number == "25.4" })
        XCTAssertTrue(four.text.hasSuffix("not left behind in development processes (see A/AC.96/76/5)."), four.text)
        let upr = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g1934994.pdf"))
        XCTAssertEqual(upr.blocks.first { $0.number == "121.15" }?.pages, [11])
        XCTAssertEqual(upr.blocks.first { $0.number == "121.16" }?.pages, [12])
    }
}

/// The values printed over a chart are no headings.
final class ChartValueTests: XCTestCase {
    /// A/81/6 (Sect. 13) p. 6, figure 13.II: the bold values over the bars ("29 199", "30 960",
    /// "135") were each a section heading. A heading names a part: without a label it has a
    /// letter. The result headings of the page stay headings.
    func testBoldFiguresAreNoHeadings() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_81_6 (SECT. 13).pdf"))
        let headings = out.blocks.filter { $0.kind == .heading && $0.pages == [6] }
        XCTAssertFalse(headings.contains { !$0.text.contains(where: \.isLetter) }, headings.map(\.text).description)
        XCTAssertTrue(headings.contains { $0.text == "Programme performance in 2025 and target for 2027" }, headings.map(\.text).description)
    }
}

/// Lists whose entries open with a dash, one entry a line.
final class DashListTests: XCTestCase {
    /// UN Regulation No. 17 (E/ECE/324/Rev.1/Add.16/Rev.6) p. 2 lists the authentic texts
    /// under "… legal binding texts are:", each line "- ECE/TRANS/WP.29/…": five items, not one.
    func testEachDashLineIsAnItem() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/ece/E_ECE_324_Rev.1_Add.16_Rev.6_UN-Reg-17-EN.pdf"))
        let list = try XCTUnwrap(out.blocks.first { $0.text.hasSuffix("The authentic and legal binding texts are:") })
        XCTAssertEqual(list.items.map(\.text), ["ECE/TRANS/WP.29/2015/47", "ECE/TRANS/WP.29/2017/121", "ECE/TRANS/WP.29/2017/122",
                                               "ECE/TRANS/WP.29/2018/142", "ECE/TRANS/WP.29/2019/116"])
        XCTAssertTrue(list.items.allSatisfy { $0.number == "-" })
    }
}

/// Numbered enumerations run into a paragraph.
final class RunInNumberedListTests: XCTestCase {
    /// A/HRC/13/12/Add.1 p. 2: paragraph 2 ends "… clustered into three categories:" and its
    /// next line runs "1. Accepted recommendations; 2. Accepted recommendations that …; 3.
    /// Noted recommendations.": the enumeration is the end of paragraph 2, not a paragraph 1
    /// breaking the report's numbering.
    func testRunInEnumerationAfterAColon() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g2004192.pdf"))
        XCTAssertEqual(out.blocks.filter { $0.number == "1." }.count, 1)
        let two = try XCTUnwrap(out.blocks.first { $0.number == "2." })
        XCTAssertTrue(two.text.hasSuffix("into three categories: 1. Accepted recommendations; 2. Accepted recommendations that Slovenia considers already implemented or are the in process of implementation; 3. Noted recommendations."), two.text)
        XCTAssertTrue(ParagraphSegmenter.follows(.arabic(2), .arabic(1)))
    }
}
