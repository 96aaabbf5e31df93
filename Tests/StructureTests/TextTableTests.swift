import XCTest
import DocumentModel
@testable import Structure
import TestSupport

/// Tables whose columns are running text, set closer than the layout's column gap, with rows
/// of several lines set apart by space: the request/action tables that close the budget
/// reports of peacekeeping missions (A/80/628 section V, A/80/590).
final class TextTableTests: XCTestCase {
    /// A/80/628 p. 37: before, only the first two rows were a table; the lines of the left
    /// column that run close to the right column came as paragraphs mixing both columns
    /// ("… oversight bodies in this During the 2024/2025 period …"). Now each request and the
    /// action beside it are one row, the bold title under the table is a heading again.
    func testRequestAndActionRowsSpanSeveralLines() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_628.pdf"))
        let table = try XCTUnwrap(out.blocks.first { $0.kind == .table && $0.pages == [37] })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[0], ["Decision/request", "Action taken to implement decision/request"])
        XCTAssertEqual(rows[1], [
            "Requests the Secretary-General to improve comprehensive oversight of the activities of peacekeeping missions "
                + "and implement the recommendations of relevant oversight bodies in this regard to avoid deficiencies in "
                + "management and related economic losses, with the aim of ensuring full compliance with the Financial "
                + "Regulations and Rules of the United Nations (para. 17).",
            "As at 31 December 2025, UNSOS had implemented 19 of the 22 open recommendations of the Board of Auditors, and "
                + "3 remained under implementation. During the 2024/2025 period, there were 39 Office of Internal Oversight "
                + "Services recommendations, 9 of which were closed, while 30 remained under review for implementation/closure "
                + "by December 2025. Regular follow-up is undertaken to ensure the timely closure of the remaining recommendations.",
        ])
        XCTAssertTrue(rows[3][1].hasSuffix("consistent with UNSOS strategic priorities on capacity-building."), rows[3][1])
        XCTAssertFalse(out.blocks.contains { $0.kind == .paragraph && $0.text.contains("in this During the 2024/2025") })
        XCTAssertTrue(out.blocks.contains {
            $0.kind == .heading && $0.text == "Financing of the United Nations Support Office in Somalia" && $0.pages == [37]
        })
    }

    /// A/80/605 p. 58: the action column opens a second paragraph ("Three OIOS recommendations
    /// …") 6 pt lower than the request beside it, so from there the two columns run on their own
    /// baselines. Before, the table ended at that line: the rest of the request became a
    /// paragraph mixing both columns, and the second request and its action ran together
    /// ("… demonstrate the The staffing model …"). Now the table keeps both rows whole.
    func testColumnsOnTheirOwnBaselinesStayInTheTable() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))
        let table = try XCTUnwrap(out.blocks.first { $0.kind == .table && $0.pages == [58] })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(rows[1][0].hasSuffix("with the aim of ensuring full compliance with the Financial Regulations "
                                            + "and Rules of the United Nations (para. 17)."), rows[1][0])
        XCTAssertTrue(rows[1][1].hasSuffix("within the agreed time frame. Three OIOS recommendations on the management "
                                            + "of the strategic deployment stocks were under implementation and expected "
                                            + "to be implemented within the agreed time frame."), rows[1][1])
        XCTAssertEqual(rows[2][1], "The staffing model (by function and reference ranges) has been applied to the budget "
                       + "proposal for 2026/27. Based on the application of the model, 21 posts are proposed for "
                       + "abolishment (paras. 81–83 and annex II).")
        XCTAssertFalse(out.blocks.contains { $0.kind == .paragraph && $0.text.contains("demonstrate the The staffing") })
    }

    /// A request whose first line ends in a broken word ("Secretary-" / "General") goes on in
    /// its row even though the next line starts with a capital.
    func testABrokenWordCarriesTheRowOn() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_628.pdf"))
        let table = try XCTUnwrap(out.blocks.last { $0.kind == .table && $0.pages.contains(37) })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows[0], ["Request/recommendation", "Action taken to implement request/recommendation"])
        XCTAssertTrue(rows[1][0].hasPrefix("The Advisory Committee trusts that the Secretary-General will provide"), rows[1][0])
    }

    /// The second table of A/80/628 runs onto page 38, which holds nothing but the two text
    /// columns: before, the page was read as a page set in columns, every request before every
    /// action. Its blocks start on the same baselines on both sides, so it keeps its rows; the
    /// row broken by the page goes on ("matter of principle, …" in lower case under the
    /// repeated header), and an action's second paragraph stays in its cell.
    func testATableThatFillsAPageIsNotReadAsColumns() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_628.pdf"))
        let table = try XCTUnwrap(out.blocks.first { $0.kind == .table && $0.pages == [37, 38] })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows.count, 5)
        XCTAssertTrue(rows[1][0].hasSuffix("considers that, as a matter of principle, the Secretary-General should ensure the "
            + "continuous adaptation and optimization of the structures, including through civilian and security staffing "
            + "reviews, with the aim to identify efficiencies that will be reflected in the next budget proposal (see also "
            + "para. 27 below) (para. 23)."), rows[1][0])
        XCTAssertTrue(rows[2][1].hasSuffix("performance and budget report. Vacant posts have been managed strategically and "
            + "deliberately, with priority given to functions linked directly to mandate-critical support and security services."),
                      rows[2][1])
        XCTAssertTrue(rows[4][0].hasPrefix("The Advisory Committee notes UNSOS efforts to improve its environmental footprint"))
    }

    /// A table of figures keeps one row per line: rows that start with a capitalised label or
    /// hold figures only never join the row above (S/1996/112 p. 18, where Canada's three units
    /// now stay in Canada's row).
    func testRowsOfFiguresStayApart() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/sc/S_1996_112-EN.pdf"))
        let table = try XCTUnwrap(out.blocks.first { $0.kind == .table && $0.pages == [18] })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows[3], ["Canada", "Aviation Engineer 447 Transport", "23", "470"])
        XCTAssertEqual(rows[4], ["Djibouti", "Infantry 198", "2", "200"])
        // The annexes' titles are whole, the last one's second line in lower case included
        // ("Composition and strength of the civilian police" / "component of UNMIH as of 1
        // February 1996", p. 19, where the second line was a paragraph).
        let annexes = out.blocks.filter { $0.kind == .heading && $0.role == .annex }
        XCTAssertEqual(annexes.map(\.number), ["Annex I", "Annex II", "Annex III"])
        XCTAssertEqual(annexes.last?.text, "Composition and strength of the civilian police component of UNMIH as of 1 February 1996")
        XCTAssertEqual(annexes.first?.text, "Estimated cost of UNMIH for the period from 1 March to 31 August 1996")
    }
}
