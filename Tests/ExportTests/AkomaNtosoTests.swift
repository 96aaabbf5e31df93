import Export
import JSONSchema
import TestSupport
import XCTest

/// Akoma Ntoso exports of real documents validate against the OASIS schema
/// (`../shared/schemas/akn/akomantoso30.xsd`, with xmllint from Debian libxml2-utils) and carry
/// the document's structure. The whole corpus is validated by `Scripts/export-akn.sh`.
final class AkomaNtosoTests: XCTestCase {
    /// One document of each kind: resolution, draft resolution, amendment, Security Council
    /// report with section headings, Human Rights Council report with tables, agenda, draft
    /// decision.
    static let documents = [
        "corpus/un/un-ga/A_RES_78_199.pdf", "corpus/bulk/A_C.1_80_L.13.pdf", "corpus/un/un-ga/A_80_L.29.pdf",
        "corpus/un/sc/S_2025_257-EN.pdf", "corpus/un/hrc/A_HRC_43_2-EN.pdf", "corpus/un/sc/S_Agenda_10026-EN.pdf",
        "corpus/bulk/A_80_L.1.pdf",
    ]

    func testEveryKindValidatesAgainstTheOASISSchema() throws {
        let schema = try TestPaths.shared("schemas/akn/akomantoso30.xsd")
        let folder = try Converted.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for pdf in Self.documents {
            let xml = AkomaNtosoExporter.xml(of: try Converted.json(pdf))
            let file = folder.appendingPathComponent((pdf as NSString).lastPathComponent + ".xml")
            try Data(xml.utf8).write(to: file)
            let result = try Converted.run("xmllint", ["--noout", "--schema", schema.path, file.path])
            XCTAssertEqual(result.status, 0, "\(pdf): \(result.output.prefix(2000)) (xmllint is Debian libxml2-utils)")
        }
    }

    func testResolutionStructure() throws {
        let xml = AkomaNtosoExporter.xml(of: try Converted.json("corpus/un/un-ga/A_RES_78_199.pdf"))
        XCTAssertTrue(xml.contains("<statement name=\"resolution\">"))
        XCTAssertTrue(xml.contains("<FRBRuri value=\"/akn/un/statement/resolution/2023-12-19/A-RES-78-199\"/>"))
        XCTAssertTrue(xml.contains("<FRBRlanguage language=\"eng\"/>"))
        XCTAssertTrue(xml.contains("<p><docNumber>A/RES/78/199</docNumber></p>"))
        XCTAssertTrue(xml.contains("<formula name=\"enactingFormula\" eId=\"formula_1\"><p>The General Assembly,</p></formula>"))
        XCTAssertTrue(xml.contains("<recital eId=\"preamble__p_2\"><p>Recalling its <ref href=\"/akn/un/A/RES/70/1\">resolution 70/1 of 25 September 2015</ref>"), xml)
        // Footnote 1 at its marker, after "25 June 1993,".
        XCTAssertTrue(xml.contains("on 25 June 1993,<authorialNote marker=\"1\" placement=\"bottom\" eId=\"fn_1\"><p>A/CONF.157/24 (Part I), chap. III.</p></authorialNote> for enhancing"), xml)
        XCTAssertTrue(xml.contains("<paragraph eId=\"para_17\"><num>17.</num><content><p>Decides to continue its consideration"))
        XCTAssertTrue(xml.contains("<conclusions><p>50th plenary meeting</p></conclusions>"))
    }

    /// A draft is a bill (a text not yet adopted): preamble, then `body` with its operative
    /// paragraphs; its sponsors are docProponents. A/C.1/80/L.13, a First Committee draft.
    func testDraftResolutionIsABill() throws {
        let json = try Converted.json("corpus/bulk/A_C.1_80_L.13.pdf")
        let xml = AkomaNtosoExporter.xml(of: json)
        XCTAssertTrue(xml.contains("<bill name=\"draftResolution\">"), String(xml.prefix(300)))
        XCTAssertTrue(xml.contains("<FRBRuri value=\"/akn/un/bill/draftResolution/"), xml)
        XCTAssertTrue(xml.contains("</preamble>\n<body>\n<paragraph eId=\"para_1\"><num>1.</num>"), xml)
        XCTAssertFalse(xml.contains("<mainBody>"))
        let sponsors = json["metadata"]?["sponsors"]?.arrayValue?.compactMap(\.stringValue) ?? []
        XCTAssertFalse(sponsors.isEmpty)
        for sponsor in sponsors { XCTAssertTrue(xml.contains("<docProponent>\(sponsor)</docProponent>"), sponsor) }
    }

    /// An amendment is an `amendment`: the symbol it amends is an activeRef, the instruction and
    /// the new text are blockContainers of its amendmentContent. A/80/L.29 amends A/80/L.22.
    func testAmendmentUsesTheAmendmentVocabulary() throws {
        let xml = AkomaNtosoExporter.xml(of: try Converted.json("corpus/un/un-ga/A_80_L.29.pdf"))
        XCTAssertTrue(xml.contains("<amendment name=\"amendment\">"), String(xml.prefix(300)))
        XCTAssertTrue(xml.contains("<activeRef eId=\"amends_1\" href=\"/akn/un/A/80/L.22\" showAs=\"A/80/L.22\"/>"), xml)
        XCTAssertTrue(xml.contains("<p><docProponent>Brazil</docProponent></p>"), xml)
        XCTAssertTrue(xml.contains("<amendmentBody>\n<amendmentContent>\n<blockContainer eId=\"p_1\" class=\"paragraph\"><p>Replace operative paragraph 200 with the following text:</p></blockContainer>"), xml)
        XCTAssertTrue(xml.contains("<blockContainer eId=\"p_2\" class=\"operative\"><p>Welcomes, in this regard, the convening"), xml)
    }

    func testSecurityCouncilReportIsADocWithSections() throws {
        let xml = AkomaNtosoExporter.xml(of: try Converted.json("corpus/un/sc/S_2025_257-EN.pdf"))
        XCTAssertTrue(xml.contains("<doc name=\"report\">"), String(xml.prefix(400)))
        XCTAssertTrue(xml.contains("<hcontainer name=\"section\" eId=\"sec_2\"><num>II.</num><heading>Implementation of the authorizations set out in <ref href=\"/akn/un/S/RES/2292(2016)\">resolution 2292 (2016)</ref>"), xml)
    }
}
