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
