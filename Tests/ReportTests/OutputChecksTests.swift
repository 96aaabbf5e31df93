import XCTest
import JSONSchema
import Writer
@testable import Report

/// Each check on a small constructed output.
final class OutputChecksTests: XCTestCase {
    private func para(_ number: String?, _ text: String = "Text.", role: String = "operative", refs: [String] = [],
                      items: [JSONValue] = [], page: Int = 1) -> JSONValue {
        ["kind": "paragraph", "role": .string(role), "number": number.map(JSONValue.string) ?? .null, "level": .null,
         "text": .string(text), "leadIn": .null, "footnoteRefs": .array(refs.map(JSONValue.string)), "items": .array(items),
         "pages": [.int(page)], "boxes": [["page": .int(page), "x0": 72.0, "y0": 100.0, "x1": 500.0, "y1": 130.0]]]
    }
    private func doc(blocks: [JSONValue], footnotes: [JSONValue] = [], metadata: JSONValue = ["symbol": "A/RES/73/6"],
                     furniture: [JSONValue] = [], diagnostics: [JSONValue] = []) -> JSONValue {
        ["metadata": metadata, "blocks": .array(blocks), "footnotes": .array(footnotes),
         "furniture": .array(furniture), "diagnostics": .array(diagnostics)]
    }

    func testNumberingGapRepeatAndOrder() {
        let d = doc(blocks: [para("1."), para("2."), para("4."), para("4."), para("3.")])
        let f = OutputChecks.numbering(d)
        XCTAssertEqual(f.map(\.code), ["numbering.gap", "numbering.repeat", "numbering.order"])
        XCTAssertEqual(f[0].pointer, "/blocks/2")
        XCTAssertEqual(f[0].regions.first?.page, 1)
    }

    func testNumberingRestartsOrRunsOnAfterAHeading() {
        let heading: JSONValue = ["kind": "heading", "role": "section", "number": "I.", "text": "Title", "items": []]
        XCTAssertTrue(OutputChecks.numbering(doc(blocks: [para("1."), para("2."), heading, para("1.")])).isEmpty)
        XCTAssertTrue(OutputChecks.numbering(doc(blocks: [para("1."), para("2."), heading, para("3.")])).isEmpty)
        XCTAssertEqual(OutputChecks.numbering(doc(blocks: [para("1."), heading, para("5.")])).map(\.code), ["numbering.gap"])
    }

    func testBrokenSubItemSequence() {
        let items = [para("(a)"), para("(b)"), para("(d)")]
        let f = OutputChecks.subItems(doc(blocks: [para("1.", items: items)]))
        XCTAssertEqual(f.map(\.code), ["items.sequence"])
        XCTAssertEqual(f[0].pointer, "/blocks/0/items/2")
        XCTAssertTrue(f[0].message.contains("(c)"))
        let roman = [para("(i)"), para("(ii)"), para("(iii)"), para("(iv)")]
        XCTAssertTrue(OutputChecks.subItems(doc(blocks: [para("1.", items: [para("(a)", items: roman), para("(b)")])])).isEmpty)
    }

    func testFootnoteMarkersNotesAndSequence() {
        let d = doc(blocks: [para("1.", refs: ["1"]), para("2.", refs: ["3"]), para("3.", refs: ["2"])],
                    footnotes: [["marker": "1", "text": "A.", "page": 1], ["marker": "2", "text": "B.", "page": 1],
                                ["marker": "4", "text": "D.", "page": 2]])
        let codes = OutputChecks.footnotes(d).map(\.code)
        XCTAssertEqual(codes.filter { $0 == "footnote.markerWithoutNote" }.count, 1)  // 3
        XCTAssertEqual(codes.filter { $0 == "footnote.noteWithoutMarker" }.count, 1)  // 4
        XCTAssertEqual(codes.filter { $0 == "footnote.sequence" }.count, 1)           // 4 after 2
        XCTAssertEqual(codes.filter { $0 == "footnote.referenceOrder" }.count, 1)     // 2 after 3
    }

    func testHeaderFields() {
        let bad: JSONValue = ["symbol": "A/RES/73/6 bis", "issuedDate": "2018-02-30", "sessionNumber": 72, "session": "Seventy-third session",
                              "documentType": "resolution", "resolutionNumber": "73/7", "adoptionDate": "2018-10-26"]
        let codes = Set(OutputChecks.header(doc(blocks: [], metadata: bad)).map(\.code))
        XCTAssertEqual(codes, ["header.symbolMalformed", "header.dateMalformed", "header.sessionMismatch", "header.resolutionNumberMismatch"])
        let good: JSONValue = ["symbol": "A/RES/73/6", "issuedDate": "2018-10-31", "sessionNumber": 73, "session": "Seventy-third session",
                               "documentType": "resolution", "resolutionNumber": "73/6", "adoptionDate": "2018-10-26"]
        XCTAssertTrue(OutputChecks.header(doc(blocks: [], metadata: good)).isEmpty)
        XCTAssertTrue(OutputChecks.header(doc(blocks: [], metadata: ["symbol": "S/RES/2803 (2025)"])).isEmpty)
    }

    func testFurnitureAndFootnoteLeaks() {
        let d = doc(blocks: [para(nil, "2/5", role: "preamble"), para(nil, "18-17962 (E) 021118", role: "preamble"),
                             para(nil, "2 See resolution 70/1, annex, for the text of the Agenda.", role: "preamble"),
                             para("1.", "Decides to convene a conference.")],
                    footnotes: [["marker": "2", "text": "See resolution 70/1, annex, for the text of the Agenda.", "page": 1]])
        let f = OutputChecks.leaks(d)
        XCTAssertEqual(f.map(\.code), ["body.furnitureLeak", "body.furnitureLeak", "body.footnoteLeak"])
    }

    func testSchemaViolationsCarryPointersAndDiagnosticsPassThrough() throws {
        let checks = OutputChecks(writer: try DocumentWriter())
        let d = doc(blocks: [para("1.")], diagnostics: [["code": "header.noSymbol", "severity": "warning", "message": "no symbol", "page": 1]])
        let f = checks.run(d)
        XCTAssertTrue(f.contains { $0.source == .schema && $0.severity == .error })
        let diagnostic = try XCTUnwrap(f.first { $0.source == .diagnostic })
        XCTAssertEqual(diagnostic.code, "header.noSymbol")
        XCTAssertEqual(diagnostic.pages, [1])
    }

    func testBaselineListsRegressionsAndFailOnLevels() throws {
        let old = doc(blocks: [para("1.", "Decides one."), para("2.", "Decides two.")],
                      footnotes: [["marker": "1", "text": "A.", "page": 1]])
        let new = doc(blocks: [para("1.", "Decides one, amended.")])
        let checks = OutputChecks(writer: nil)
        let f = BaselineComparison.compare(old: old, new: new, checks: checks)
        XCTAssertTrue(f.contains { $0.code == "baseline.blockRemoved" && $0.regression })
        XCTAssertTrue(f.contains { $0.code == "baseline.footnoteRemoved" && $0.regression })
        XCTAssertTrue(f.contains { $0.code == "baseline.blockChanged" && $0.diff != nil })
        XCTAssertEqual(BaselineComparison.compare(old: old, new: nil, checks: checks).first?.code, "baseline.newlyFailing")

        var report = Report(options: ReportOptions(outputs: []), documents: [DocumentReport(name: "x", findings: f)],
                            total: nil, scoredDocuments: 0, runSummary: nil, notes: [])
        XCTAssertTrue(report.fails(on: .regression))
        XCTAssertTrue(report.fails(on: .warning))
        XCTAssertFalse(report.fails(on: .error))
        report.documents[0].findings = []
        XCTAssertFalse(report.fails(on: .warning))
    }

    func testWordDiff() {
        XCTAssertEqual(WordDiff.diff("a b c d", "a x c d e"),
                       [.init(.equal, "a"), .init(.delete, "b"), .init(.insert, "x"), .init(.equal, "c d"), .init(.insert, "e")])
    }
}
