import XCTest
import DocumentModel
@testable import Structure
import TestSupport

/// Tables that run onto the next page, cells that wrap, notes under tables and the roles of the
/// paragraphs after them: the staffing tables of the Fifth Committee's "special subjects"
/// resolutions (A/RES/78/253 section VII, A/C.5/80/L.5 section XII).
final class TableContinuationTests: XCTestCase {
    private func build(_ path: String) throws -> DocumentBuilder.Output {
        try buildDocument(try TestPaths.shared("corpus/\(path)"))
    }

    /// A/RES/78/253 pp. 7–8: the Pension Administration table goes on at the top of page 8 under
    /// its header row printed again, with two rows whose first cell wraps over four lines.
    func testTableRunsOntoNextPageWithWrappedCells() throws {
        let out = try build("un/un-ga/A_RES_78_253.pdf")
        let tables = out.blocks.filter { $0.kind == .table && $0.pages.contains(8) }
        XCTAssertEqual(tables.count, 2)
        let pension = try XCTUnwrap(tables.first)
        XCTAssertEqual(pension.pages, [7, 8])
        XCTAssertEqual(pension.rows?.last, ["Redeployment from Contracts Management Unit to Sourcing Coordination Unit",
                                            "Administrative Assistant", "GS (OL)", "1"])
        // The header row is not repeated in the rows; it is kept as furniture of page 8.
        XCTAssertEqual(pension.rows?.filter { $0.first == "Action" }.count, 1)
        XCTAssertTrue(out.furniture.contains { $0.kind == .repeatedTableHeader && $0.page == 8 && $0.text == "Action" })
        // The last row of the next table wraps too; its lines stay in the cell.
        let investment = try XCTUnwrap(tables.last)
        XCTAssertEqual(investment.rows?.last, ["Redeployment from Office of the Representative of the Secretary-General to Legal Team",
                                               "Legal Assistant", "GS (OL)", "1"])
        XCTAssertFalse(out.blocks.contains { $0.kind == .paragraph && $0.text.hasPrefix("of the Representative") })
        XCTAssertFalse(out.diagnostics.contains { $0.code == "text.unplaced" && $0.page == 8 })
    }

    /// A/80/605 p. 27, table 12: the header cells "USG–", "D-2–", "P-5–", "P-3–" go on under
    /// themselves ("ASG", "D-1", "P-4", "P-2") on the line that also holds "Civilian staff",
    /// "FS", "Subtotal": one header row, each broken cell joined at its dash; the cells of the
    /// two lines 0.9 em apart stand in their own columns.
    func testHeaderCellsBrokenAtADashAreOneRow() throws {
        let out = try build("un/un-mandates/A_80_605.pdf")
        let table = try XCTUnwrap(out.blocks.first { $0.kind == .table && $0.pages == [27] })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows[1], ["Civilian staff", "USG–ASG", "D-2–D-1", "P-5–P-4", "P-3–P-2", "FS", "Subtotal",
                                 "NPO", "NGS", "Subtotal", "International", "National", "Subtotal", "Total"])
        XCTAssertEqual(rows[2], ["Approved posts 2024/25", "–", "1", "4", "4", "–", "9", "–", "13", "13", "1", "–", "1", "23"])
        XCTAssertEqual(rows.count, 7)
        XCTAssertFalse(table.text.contains("USG– "))
    }

    /// A/80/604/Add.1 p. 6: figures 0.5–1 em apart under different column headers are separate
    /// cells ("21 543.0", "36 680.1", "(6 442.2)"), while the thousands' space inside a figure
    /// (0.25 em) is not a cell boundary.
    func testFiguresUnderDifferentColumnsAreSeparateCells() throws {
        let out = try build("un/un-mandates/A_80_604_Add.1.pdf")
        let rows = out.blocks.filter { $0.kind == .table }.compactMap(\.rows).joined()
        XCTAssertTrue(rows.contains(["Civilian personnel", "15 528.8", "16 504.8", "15 844.6", "9 412.6", "15 322.7", "(521.9)", "(3.3)"]))
        XCTAssertTrue(rows.contains { $0.first == "Gross requirements" && $0.contains("34 122.3") && $0.contains("(7 961.3)") })
    }

    /// S/2012/197 p. 24: the three notes under the contributions table, each opening with its
    /// raised letter, are three paragraphs (contract), not one.
    func testEachNoteUnderATableIsAParagraph() throws {
        let out = try build("un/sc/S_2012_197-EN.pdf")
        let notes = out.blocks.filter { $0.pages == [24] && $0.kind == .paragraph }.map(\.text)
        XCTAssertEqual(notes, ["a Authorized strength is 231, including the Force Commander.",
                               "b Authorized strength is 6.",
                               "c Actual strength on the ground, for military and civilian police, including the Force Commander."])
    }

    /// A/RES/80/242 p. 14: the staffing table's last row "Subtotal  49  –  49" stands in the
    /// foot band; its last figure, which reads as a page number, is a cell of the row (the
    /// page's number is "14/15" below it).
    func testAFigureInTheFootBandRowIsACell() throws {
        let out = try build("bulk/A_RES_80_242.pdf")
        XCTAssertTrue(out.blocks.contains { $0.kind == .table && $0.rows?.contains(["Subtotal", "49", "–", "49"]) == true })
        XCTAssertEqual(out.furniture.filter { $0.kind == .pageNumber && $0.page == 14 }.map(\.text), ["14/15"])
    }

    /// The note under the table ("Abbreviations: …", 8.5 pt under 10 pt paragraphs) is a
    /// paragraph without role or lead-in, and operative paragraph 7 after it stays operative, as
    /// do the sections after it (section VIII's "Having considered" is preambular).
    func testParagraphsAfterTableKeepTheirRoles() throws {
        let out = try build("un/un-ga/A_RES_78_253.pdf")
        let note = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("Abbreviations:") && $0.pages == [8] })
        XCTAssertNil(note.role)
        XCTAssertNil(note.leadIn)
        let seven = try XCTUnwrap(out.blocks.first { $0.number == "7." && $0.pages == [8] })
        XCTAssertEqual(seven.role, .operative)
        XCTAssertEqual(seven.leadIn, "Approves")
        let viii = try XCTUnwrap(out.blocks.firstIndex { $0.kind == .heading && $0.number == "VIII" })
        XCTAssertEqual(out.blocks[viii + 1].role, .preamble)
        XCTAssertEqual(out.blocks[viii + 2].role, .operative)
        // No operative-looking paragraph of the resolution is left without a role.
        let roleless = out.blocks.filter { $0.kind == .paragraph && $0.role == nil && $0.number != nil }
        XCTAssertEqual(roleless.map(\.text), [])
    }

    /// A lettered heading after a paragraph ending in a colon ("… as set out in the table below:"
    /// then "A. Pension Administration") is a part of the resolution, not a text it adopts: the
    /// paragraphs of A/C.5/80/L.5 after it keep their roles to the end.
    func testLetteredHeadingAfterColonDoesNotOpenAnAdoptedText() throws {
        let out = try build("un/un-ga/A_C.5_80_L.5.pdf")
        let a = try XCTUnwrap(out.blocks.first { $0.kind == .heading && $0.number == "A." && $0.text == "Pension Administration" })
        XCTAssertEqual(a.role, .section)
        let eighteen = try XCTUnwrap(out.blocks.first { $0.number == "18." && $0.pages == [15] })
        XCTAssertEqual(eighteen.role, .operative)
        let numberedWithoutRole = out.blocks.filter { $0.kind == .paragraph && $0.number != nil && $0.role == nil }
        XCTAssertEqual(numberedWithoutRole.count, 0)
    }

    /// A declaration the resolution adopts ("Adopts the following political declaration …:"
    /// then its unlabelled title, A/RES/73/3) is not the resolution's own text: its paragraphs
    /// take no role.
    func testUnlabelledTitleAfterColonOpensAdoptedText() throws {
        let out = try build("un/gate/A_RES_73_3-EN.pdf")
        let one = try XCTUnwrap(out.blocks.first { $0.number == "1." })
        XCTAssertTrue(one.text.hasPrefix("Reaffirm the 2030 Agenda"))
        XCTAssertNil(one.role)
    }
}
