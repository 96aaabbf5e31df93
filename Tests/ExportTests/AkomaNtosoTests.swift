import Export
import JSONSchema
import TestSupport
import XCTest

/// Akoma Ntoso exports of real documents validate against the OASIS schema
/// (`../shared/schemas/akn/akomantoso30.xsd`, with xmllint from Debian libxml2-utils) and carry
/// the document's structure. The whole corpus is validated by `Scripts/export-akn.sh`.
final class AkomaNtosoTests: XCTestCase {
    /// One document of each kind: resolution, draft resolution, amendment, Security Council
    /// report with section headings, Human Rights Council report with tables, agenda.
    static let documents = [
        "corpus/un/un-ga/A_RES_78_199.pdf", "corpus/bulk/A_C.1_80_L.13.pdf", "corpus/un/un-ga/A_80_L.29.pdf",
        "corpus/un/sc/S_2025_257-EN.pdf", "corpus/un/hrc/A_HRC_43_2-EN.pdf", "corpus/un/sc/S_Agenda_10026-EN.pdf",
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

    func testSecurityCouncilReportIsADocWithSections() throws {
        let xml = AkomaNtosoExporter.xml(of: try Converted.json("corpus/un/sc/S_2025_257-EN.pdf"))
        XCTAssertTrue(xml.contains("<doc name=\"report\">"), String(xml.prefix(400)))
        XCTAssertTrue(xml.contains("<hcontainer name=\"section\" eId=\"sec_2\"><num>II.</num><heading>Implementation of the authorizations set out in <ref href=\"/akn/un/S/RES/2292(2016)\">resolution 2292 (2016)</ref>"), xml)
    }
}
