import DocumentModel
import Foundation
import XCTest
@testable import Structure
import TestSupport

/// Header parser on the real lines of real UN documents.
///
/// Each fixture `Fixtures/Header-NAME.json` holds the lines (text and box in PDF points, origin
/// top-left, 1-based pages) of page 1 of corpus document NAME down to just under the first body
/// paragraph, its page-1 footer, and the closing lines of the last page, as extracted with
/// `pdftotext -bbox-layout` (font size estimated from the line height; no bold/italic flags).
/// The expected values are the hand-checked metadata of `../shared/gold/NAME.json`.
final class HeaderParserTests: XCTestCase {

    static let expected: [String: Metadata] = [
        "A_80_L.29": Metadata(
            symbol: "A/80/L.29",
            organ: "General Assembly",
            distribution: "Limited",
            issuedDate: "2025-12-04",
            session: "Eightieth session",
            sessionNumber: 80,
            agendaItems: ["75"],
            agendaItemTitle: "Oceans and the law of the sea",
            documentType: .amendment,
            resolutionNumber: nil,
            title: "Oceans and the law of the sea",
            adoptionDate: nil,
            adoptionReference: nil,
            meeting: nil,
            adoptionVote: nil,
            committee: nil,
            sponsors: ["Brazil"],
            language: "en",
            jobNumber: "25-19905"),
        "A_C.1_80_L.28": Metadata(
            symbol: "A/C.1/80/L.28",
            organ: "General Assembly",
            distribution: "Limited",
            issuedDate: "2025-10-13",
            session: "Eightieth session",
            sessionNumber: 80,
            agendaItems: ["90 (b)"],
            agendaItemTitle: "Reduction of military budgets: objective information on military matters, including transparency of military expenditures",
            documentType: .draftResolution,
            resolutionNumber: nil,
            title: "Objective information on military matters, including transparency of military expenditures",
            adoptionDate: nil,
            adoptionReference: nil,
            meeting: nil,
            adoptionVote: nil,
            committee: "First Committee",
            sponsors: ["Albania", "Australia", "Belgium", "Bosnia and Herzegovina", "Bulgaria", "Chile", "China", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Japan", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands (Kingdom of the)", "Norway", "Portugal", "Republic of Moldova", "Romania", "San Marino", "Slovakia", "Slovenia", "Sweden"],
            language: "en",
            jobNumber: "25-16550"),
        "A_RES_73_6-EN": Metadata(
            symbol: "A/RES/73/6",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2018-10-31",
            session: "Seventy-third session",
            sessionNumber: 73,
            agendaItems: ["30"],
            agendaItemTitle: nil,
            documentType: .resolution,
            resolutionNumber: "73/6",
            title: "Fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space: space as a driver of sustainable development",
            adoptionDate: "2018-10-26",
            adoptionReference: "without reference to a Main Committee (A/73/L.6 and A/73/L.6/Add.1)",
            meeting: "26th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "18-17962"),
        "A_RES_73_7-EN": Metadata(
            symbol: "A/RES/73/7",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2018-10-31",
            session: "Seventy-third session",
            sessionNumber: 73,
            agendaItems: ["77"],
            agendaItemTitle: nil,
            documentType: .resolution,
            resolutionNumber: "73/7",
            title: "Report of the International Criminal Court",
            adoptionDate: "2018-10-29",
            adoptionReference: "without reference to a Main Committee (A/73/L.8 and A/73/L.8/Add.1)",
            meeting: "28th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "18-18142"),
        "A_RES_73_8-EN": Metadata(
            symbol: "A/RES/73/8",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2018-11-05",
            session: "Seventy-third session",
            sessionNumber: 73,
            agendaItems: ["43"],
            agendaItemTitle: nil,
            documentType: .resolution,
            resolutionNumber: "73/8",
            title: "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba",
            adoptionDate: "2018-11-01",
            adoptionReference: "without reference to a Main Committee (A/73/L.3)",
            meeting: "30th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "18-18418"),
        "A_RES_78_199": Metadata(
            symbol: "A/RES/78/199",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2023-12-22",
            session: "Seventy-eighth session",
            sessionNumber: 78,
            agendaItems: ["71 (b)"],
            agendaItemTitle: "Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms",
            documentType: .resolution,
            resolutionNumber: "78/199",
            title: "Enhancement of international cooperation in the field of human rights",
            adoptionDate: "2023-12-19",
            adoptionReference: "on the report of the Third Committee (A/78/481/Add.2, para. 139)",
            meeting: "50th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "23-26037"),
        "A_RES_78_2": Metadata(
            symbol: "A/RES/78/2",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2023-10-16",
            session: "Seventy-eighth session",
            sessionNumber: 78,
            agendaItems: ["138"],
            agendaItemTitle: "Scale of assessments for the apportionment of the expenses of the United Nations",
            documentType: .resolution,
            resolutionNumber: "78/2",
            title: "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter",
            adoptionDate: "2023-10-05",
            adoptionReference: "on the report of the Fifth Committee (A/78/383, para. 7)",
            meeting: "16th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "23-20103"),
        "A_RES_78_220": Metadata(
            symbol: "A/RES/78/220",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2023-12-22",
            session: "Seventy-eighth session",
            sessionNumber: 78,
            agendaItems: ["71 (c)"],
            agendaItemTitle: "Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives",
            documentType: .resolution,
            resolutionNumber: "78/220",
            title: "Situation of human rights in the Islamic Republic of Iran",
            adoptionDate: "2023-12-19",
            adoptionReference: "on the report of the Third Committee (A/78/481/Add.3, para. 33)",
            meeting: "50th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "23-25993"),
        "A_RES_80_73": Metadata(
            symbol: "A/RES/80/73",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2025-12-03",
            session: "Eightieth session",
            sessionNumber: 80,
            agendaItems: ["34"],
            agendaItemTitle: "The situation in the Middle East",
            documentType: .resolution,
            resolutionNumber: "80/73",
            title: "The Syrian Golan",
            adoptionDate: "2025-12-02",
            adoptionReference: "without reference to a Main Committee (A/80/L.12)",
            meeting: "54th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "25-19848"),
        "A_RES_80_98": Metadata(
            symbol: "A/RES/80/98",
            organ: "General Assembly",
            distribution: "General",
            issuedDate: "2025-12-08",
            session: "Eightieth session",
            sessionNumber: 80,
            agendaItems: ["58"],
            agendaItemTitle: "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples",
            documentType: .resolution,
            resolutionNumber: "80/98",
            title: "Question of New Caledonia",
            adoptionDate: "2025-12-05",
            adoptionReference: "on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/80/537, para. 15)",
            meeting: "55th plenary meeting",
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "25-20105"),
        "S_2025_378-EN": Metadata(
            symbol: "S/2025/378",
            organ: "Security Council",
            distribution: "General",
            issuedDate: "2025-06-13",
            session: nil,
            sessionNumber: nil,
            agendaItems: [],
            agendaItemTitle: nil,
            documentType: .note,
            resolutionNumber: nil,
            title: "Date of an election to fill a vacancy in the International Court of Justice",
            adoptionDate: nil,
            adoptionReference: nil,
            meeting: nil,
            adoptionVote: nil,
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "25-09624"),
        "g1014611": Metadata(
            symbol: "A/HRC/DEC/14/105",
            organ: "Human Rights Council",
            distribution: "General",
            issuedDate: "2010-06-23",
            session: "Fourteenth session",
            sessionNumber: 14,
            agendaItems: ["6"],
            agendaItemTitle: "Universal Periodic Review",
            documentType: .decision,
            resolutionNumber: "14/105",
            title: "Outcome of the Universal Periodic Review: Slovenia",
            adoptionDate: "2010-06-09",
            adoptionReference: nil,
            meeting: "22nd meeting",
            adoptionVote: "Adopted without a vote.",
            committee: nil,
            sponsors: [],
            language: "en",
            jobNumber: "GE.10-14611"),
    ]

    static var fixturesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    struct Fixture {
        var lines: [HeaderLine]
        var pageWidth: Double
        var pageHeight: Double
    }

    static func loadFixture(_ name: String) throws -> Fixture {
        let url = fixturesDirectory.appendingPathComponent("Header-\(name).json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("fixture missing: \(url.path)")
        }
        let data = try Data(contentsOf: url)
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let raw = obj["lines"] as? [[String: Any]] else {
            throw NSError(domain: "HeaderParserTests", code: 1, userInfo: [NSLocalizedDescriptionKey: "bad fixture \(name)"])
        }
        func num(_ d: [String: Any], _ k: String) -> Double { (d[k] as? NSNumber)?.doubleValue ?? 0 }
        let lines = raw.map { d in
            HeaderLine(text: d["text"] as? String ?? "", page: (d["page"] as? NSNumber)?.intValue ?? 1,
                       x0: num(d, "x0"), y0: num(d, "y0"), x1: num(d, "x1"), y1: num(d, "y1"),
                       fontSize: num(d, "fontSize"), isBold: d["isBold"] as? Bool ?? false,
                       isItalic: d["isItalic"] as? Bool ?? false)
        }
        return Fixture(lines: lines, pageWidth: num(obj, "pageWidth"), pageHeight: num(obj, "pageHeight"))
    }

    static func parse(_ name: String) throws -> (Fixture, HeaderParseResult) {
        let f = try loadFixture(name)
        return (f, HeaderParser.parse(lines: f.lines, pageWidth: f.pageWidth, pageHeight: f.pageHeight))
    }

    /// Every metadata field of every gold document.
    func testGoldMetadataFromFixtures() throws {
        for (name, want) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let (_, result) = try Self.parse(name)
            let got = result.metadata
            XCTAssertEqual(got.symbol, want.symbol, "\(name) symbol")
            XCTAssertEqual(got.organ, want.organ, "\(name) organ")
            XCTAssertEqual(got.distribution, want.distribution, "\(name) distribution")
            XCTAssertEqual(got.issuedDate, want.issuedDate, "\(name) issuedDate")
            XCTAssertEqual(got.session, want.session, "\(name) session")
            XCTAssertEqual(got.sessionNumber, want.sessionNumber, "\(name) sessionNumber")
            XCTAssertEqual(got.agendaItems, want.agendaItems, "\(name) agendaItems")
            XCTAssertEqual(got.agendaItemTitle, want.agendaItemTitle, "\(name) agendaItemTitle")
            XCTAssertEqual(got.documentType, want.documentType, "\(name) documentType")
            XCTAssertEqual(got.resolutionNumber, want.resolutionNumber, "\(name) resolutionNumber")
            XCTAssertEqual(got.title, want.title, "\(name) title")
            XCTAssertEqual(got.adoptionDate, want.adoptionDate, "\(name) adoptionDate")
            XCTAssertEqual(got.adoptionReference, want.adoptionReference, "\(name) adoptionReference")
            XCTAssertEqual(got.meeting, want.meeting, "\(name) meeting")
            XCTAssertEqual(got.adoptionVote, want.adoptionVote, "\(name) adoptionVote")
            XCTAssertEqual(got.committee, want.committee, "\(name) committee")
            XCTAssertEqual(got.sponsors, want.sponsors, "\(name) sponsors")
            XCTAssertEqual(got.language, want.language, "\(name) language")
            XCTAssertEqual(got.jobNumber, want.jobNumber, "\(name) jobNumber")
        }
    }

    /// The lines read as header are exactly the header: masthead to title, footer, closing lines;
    /// the formula and the first paragraph stay in the body.
    func testConsumedLinesOfResolution() throws {
        let (f, r) = try Self.parse("A_RES_73_6-EN")
        let taken = Set(r.consumed.map { f.lines[$0].text })
        for t in ["United Nations", "General Assembly", "Distr.: General", "31 October 2018", "Seventy-third session",
                  "Agenda item 30", "Resolution adopted by the General Assembly on", "26 October 2018",
                  "[without reference to a Main Committee (A/73/L.6 and A/73/L.6/Add.1)]", "73/6.",
                  "sustainable development", "18-17962 (E)", "*1817962*", "26th plenary meeting"] {
            XCTAssertTrue(taken.contains(t), "should consume: \(t)")
        }
        XCTAssertFalse(taken.contains("The General Assembly,"))
        XCTAssertFalse(taken.contains { $0.hasPrefix("Recalling its resolutions") })
        XCTAssertTrue(r.diagnostics.filter { $0.severity != .info }.isEmpty, "\(r.diagnostics)")
    }

    func testConsumedLinesOfDraftAndDecision() throws {
        let (f, r) = try Self.parse("A_C.1_80_L.28")
        let taken = Set(r.consumed.map { f.lines[$0].text })
        XCTAssertTrue(taken.contains("Romania, San Marino, Slovakia, Slovenia and Sweden: draft resolution"))
        XCTAssertTrue(taken.contains("First Committee"))
        XCTAssertTrue(taken.contains("military expenditures"))
        XCTAssertFalse(taken.contains("The General Assembly,"))

        let (g, d) = try Self.parse("g1014611")
        let dt = Set(d.consumed.map { g.lines[$0].text })
        XCTAssertTrue(dt.contains("9 June 2010"))
        XCTAssertTrue(dt.contains("[Adopted without a vote.]"))
        XCTAssertTrue(dt.contains("14/105"))
        XCTAssertFalse(dt.contains("The Human Rights Council,"))
    }

    func testNoSymbolWarning() {
        let lines = [HeaderLine(text: "Some report", page: 1, x0: 100, y0: 300, x1: 300, y1: 312, fontSize: 10)]
        let r = HeaderParser.parse(lines: lines, pageWidth: 612, pageHeight: 792)
        XCTAssertNil(r.metadata.symbol)
        XCTAssertTrue(r.diagnostics.contains { $0.code == "header.noSymbol" && $0.severity == .warning })
    }

    /// Cross-check with the gold files themselves when the shared workspace is present.
    func testFixturesAgainstSharedGold() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let gold = root.deletingLastPathComponent().appendingPathComponent("shared/gold")
        guard FileManager.default.fileExists(atPath: gold.path) else {
            XCTFail("../shared/gold not found at \(gold.path): this test needs the shared workspace (gold files)")
            return
        }
        for (name, want) in Self.expected {
            let url = gold.appendingPathComponent("\(name).json")
            guard let data = try? Data(contentsOf: url),
                  let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let md = obj["metadata"] as? [String: Any] else {
                XCTFail("cannot read \(url.path)"); continue
            }
            XCTAssertEqual(md["symbol"] as? String, want.symbol, name)
            XCTAssertEqual(md["title"] as? String, want.title, name)
            XCTAssertEqual(md["sponsors"] as? [String] ?? [], want.sponsors, name)
            XCTAssertEqual(md["jobNumber"] as? String, want.jobNumber, name)
        }
    }

    /// "Agenda item 93" names no document kind: the 1971 draft A/L.632 (OCR layer, its session
    /// line read "rrwenty-sixth session") was typed an agenda from that line.
    func testAnAgendaItemLineIsNoKind() throws {
        XCTAssertNil(HeaderScan.kindLine("Agenda item 93"))
        XCTAssertNil(HeaderScan.kindLine("Agenda items 12 and 14"))
        XCTAssertEqual(HeaderScan.kindLine("Provisional agenda"), DocumentType.agenda)
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-su/1971-09-29_A_L.632-EN.pdf"))
        XCTAssertNotEqual(out.metadata.documentType, DocumentType.agenda)
        XCTAssertEqual(out.metadata.symbol, "A/L.632")
    }
}
