import XCTest
import JSONSchema
import Pipeline
import Writer
import TestSupport
@testable import Report

/// The report's text checks on real documents: what each finds on the output as it is, and on
/// the same output with the fault the check is for put back.
final class TextChecksTests: XCTestCase {
    private func output(_ path: String) throws -> JSONValue {
        DocumentEncoder.encode(try Converter().convert(try TestPaths.shared("corpus/\(path)")))
    }

    /// A/RES/80/134 page 2 prints "community- based" on one line (the PDF's own text): the check
    /// names it. A suspension before "and" ("small- and medium-sized") and a table's cells are
    /// not asked.
    func testHyphenSpaceInsideAWord() throws {
        let found = OutputChecks.brokenWords(try output("bulk/A_RES_80_134.pdf"))
        XCTAssertEqual(found.map(\.code), ["text.hyphenSpace"])
        XCTAssertTrue(found[0].message.contains("\"community- based\""))
        XCTAssertEqual(OutputChecks.hyphenSpaces(in: "the Secretary- General and 2015– 2030").map(\.0),
                       ["Secretary- General", "2015– 2030"])
        XCTAssertTrue(OutputChecks.brokenWords(try output("un/un-ga/A_RES_78_253.pdf")).isEmpty,
                      "the staffing tables join cells such as \"P-5– P\" with spaces")
    }

    /// A/RES/78/253 keeps every role (sections VII–XVI after the staffing tables); with the roles
    /// of section VIII taken away, as the structure stage once lost them, the check lists them.
    func testParagraphsWithoutRoleInsideAResolution() throws {
        let document = try output("un/un-ga/A_RES_78_253.pdf")
        XCTAssertEqual(OutputChecks.rolelessParagraphs(document).count, 0)
        var blocks = document["blocks"]?.arrayValue ?? []
        let viii = try XCTUnwrap(blocks.firstIndex { $0["number"]?.stringValue == "VIII" })
        var damaged = 0
        var i = viii + 1
        while i < blocks.count, blocks[i]["kind"]?.stringValue != "heading" {
            if case .object(var o) = blocks[i] {
                o["role"] = .null
                blocks[i] = .object(o)
                if blocks[i]["number"]?.stringValue != nil || blocks[i]["leadIn"]?.stringValue != nil { damaged += 1 }
            }
            i += 1
        }
        XCTAssertGreaterThan(damaged, 3)
        var copy = document.objectValue ?? JSONObject()
        copy["blocks"] = .array(blocks)
        let found = OutputChecks.rolelessParagraphs(.object(copy))
        XCTAssertEqual(found.count, damaged)
        XCTAssertEqual(found.first?.pages, [9])
        // The declaration A/RES/73/3 adopts is not the resolution's own text.
        XCTAssertTrue(OutputChecks.rolelessParagraphs(try output("un/gate/A_RES_73_3-EN.pdf")).isEmpty)
    }

    /// Footnote 10 of A/RES/78/228 lists resolutions ("Resolutions 49/166, 50/167, …"): symbols,
    /// not a table. The staffing table of A/RES/78/253 page 8 read as a note is one.
    func testTableInTheNoteArea() throws {
        XCTAssertTrue(OutputChecks.tableLikeNotes(try output("bulk/A_RES_78_228.pdf")).isEmpty)
        let document = try output("un/un-ga/A_RES_78_253.pdf")
        let table = try XCTUnwrap(document["blocks"]?.arrayValue?.first { $0["kind"]?.stringValue == "table" })
        let cells = (table["rows"]?.arrayValue ?? []).suffix(6).flatMap { $0.arrayValue ?? [] }.compactMap(\.stringValue)
            .filter { $0.allSatisfy { $0.isNumber || "-/ ".contains($0) } && !$0.isEmpty }
        var copy = document.objectValue ?? JSONObject()
        copy["footnotes"] = [["marker": "9", "text": .string(cells.joined(separator: " ") + " 1 1 2 1"), "page": 8]]
        let found = OutputChecks.tableLikeNotes(.object(copy))
        XCTAssertEqual(found.map(\.code), ["footnote.tableLike"])
        XCTAssertEqual(found.first?.pages, [8])
    }
}
