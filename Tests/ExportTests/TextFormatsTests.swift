import Export
import JSONSchema
import TestSupport
import XCTest

/// Markdown, plain text and JSON Lines of real documents.
final class TextFormatsTests: XCTestCase {
    func testMarkdownOfAResolution() throws {
        let md = TextExporter.markdown(of: try Converted.json("corpus/un/un-ga/A_RES_78_199.pdf"))
        XCTAssertTrue(md.hasPrefix("# A/RES/78/199 — Enhancement of international cooperation in the field of human rights\n\n"
                                   + "_General Assembly, adopted 2023-12-19, 50th plenary meeting_\n\nThe General Assembly,\n\n"), String(md.prefix(300)))
        XCTAssertTrue(md.contains("\n\n*Recalling* its resolution 70/1 of 25 September 2015, entitled"))
        XCTAssertTrue(md.contains("on 25 June 1993,[^1] for enhancing"))
        XCTAssertTrue(md.contains("\n\n17. *Decides* to continue its consideration of the question at its seventy-ninth session.\n"))
        XCTAssertTrue(md.contains("\n\n[^7]: Resolution 217 A (III).\n"))
        // Furniture stays out: the job number and the running header.
        XCTAssertFalse(md.contains("23-26037"))
        XCTAssertFalse(md.contains("2/4"))
    }

    func testPlainTextKeepsWordsAndNumbersOnly() throws {
        let text = TextExporter.plainText(of: try Converted.json("corpus/bulk/A_C.1_80_L.13.pdf"))
        XCTAssertTrue(text.hasPrefix("A/C.1/80/L.13 — Observance of environmental norms in the drafting and implementation of agreements on disarmament and arms control\n\nGeneral Assembly\n\nThe General Assembly,\n\nRecalling its resolutions 50/70 M of 12 December 1995,"), String(text.prefix(400)))
        XCTAssertTrue(text.contains("\n\n1. Reaffirms that international disarmament forums"))
        XCTAssertTrue(text.hasSuffix("\n\nNotes\n\n[*] On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.\n\n[1] A/80/124.\n"), String(text.suffix(300)))
        XCTAssertFalse(text.contains("*Recalling*"))
        XCTAssertFalse(text.contains("25-16444"))
    }

    func testItemsInMarkdownAndTextFollowTheirParagraph() throws {
        let json = try Converted.json("corpus/un/un-ga/A_C.1_80_L.28.pdf")
        let md = TextExporter.markdown(of: json)
        let text = TextExporter.plainText(of: json)
        let items = (json["blocks"]?.arrayValue ?? []).flatMap { $0["items"]?.arrayValue ?? [] }
        let first = try XCTUnwrap(items.first, "A/C.1/80/L.28 has items")
        let label = try XCTUnwrap(first["number"]?.stringValue)
        let words = String((first["text"]?.stringValue ?? "").prefix(30))
        XCTAssertTrue(md.contains("\n\n\(label) \(words)"), md)
        XCTAssertTrue(text.contains("\n\n  \(label) \(words)"), text)
    }

    func testJSONLinesHaveOneRecordPerElement() throws {
        let json = try Converted.json("corpus/un/un-ga/A_RES_78_199.pdf")
        let lines = JSONLinesExporter.lines(of: json)
        func count(_ blocks: [JSONValue]) -> Int { blocks.reduce(0) { $0 + 1 + count($1["items"]?.arrayValue ?? []) } }
        let expected = count(json["blocks"]?.arrayValue ?? []) + (json["footnotes"]?.arrayValue?.count ?? 0)
        XCTAssertEqual(lines.count, expected)
        XCTAssertFalse(lines.contains { $0.contains("\n") })
        let records = try lines.map { try JSONValue.parse(Data($0.utf8)) }
        XCTAssertEqual(Set(records.compactMap { $0["id"]?.stringValue }).count, lines.count, "ids unique")
        XCTAssertEqual(records[0]["symbol"], "A/RES/78/199")
        XCTAssertEqual(records[0]["file"], "A_RES_78_199.pdf")
        XCTAssertEqual(records[0]["id"], "formula_1")
        XCTAssertEqual(records[0]["text"], "The General Assembly,")
        XCTAssertEqual(records[0]["page"], 1)
        XCTAssertEqual(records[0]["boxes"]?[0]?.objectValue?.keys, ["page", "x0", "y0", "x1", "y1"])
        XCTAssertEqual(records.last?["kind"], "footnote")
        XCTAssertEqual(records.last?["id"], "fn_7")
        XCTAssertEqual(records.last?["page"], 2)
    }
}
