import XCTest
import DocumentModel
@testable import Structure
import TestSupport

/// Verbatim records of the Security Council (S/PV.4507 of 2002, S/PV.10011 of 2025): the
/// header under the meeting line, the roster of members, the agenda item over the debate.
final class VerbatimRecordTests: XCTestCase {
    private func build(_ path: String) throws -> DocumentBuilder.Output {
        try buildDocument(try TestPaths.shared("corpus/\(path)"))
    }

    /// The meeting's date, time and place under "4507th meeting" are header lines, not the
    /// first paragraphs of the record.
    func testMeetingDateAndPlaceAreHeaderLines() throws {
        for (path, date) in [("un/sc/S_PV.4507-EN.pdf", "Thursday, 4 April 2002, 11.50 a.m."),
                             ("un/sc/S_PV.10011-EN.pdf", "Monday, 6 October 2025, 10 a.m.")] {
            let out = try build(path)
            let lines = out.furniture.filter { $0.kind == .headerLine && $0.page == 1 }.map(\.text)
            XCTAssertTrue(lines.contains(date), path)
            XCTAssertTrue(lines.contains("New York"), path)
            XCTAssertTrue(out.blocks.first?.text.hasPrefix("President:") == true, path)
        }
    }

    /// Each line of the roster runs a dot leader from a State to its representative: one
    /// paragraph each (the President, then 14 members), not one paragraph of 14 members.
    func testRosterLinesAreEntriesOfTheirOwn() throws {
        let out = try build("un/sc/S_PV.4507-EN.pdf")
        let roster = out.blocks.filter { $0.pages == [1] && $0.text.contains(". . . .") }
        XCTAssertEqual(roster.count, 15)
        XCTAssertTrue(roster.contains { $0.text.hasPrefix("United Kingdom of Great Britain and Northern Ireland") && $0.text.hasSuffix("Mr. Eldon") })
    }

    /// "Food aid in the context of conflict settlement:" over "Afghanistan and other crisis
    /// areas", bold, at one left edge (p. 2): one heading.
    func testBoldTitleBrokenAfterAColonIsOneHeading() throws {
        let out = try build("un/sc/S_PV.4507-EN.pdf")
        let headings = out.blocks.filter { $0.kind == .heading && $0.pages == [2] }.map(\.text)
        XCTAssertTrue(headings.contains("Food aid in the context of conflict settlement: Afghanistan and other crisis areas"))
        XCTAssertFalse(headings.contains("Afghanistan and other crisis areas"))
    }
}
