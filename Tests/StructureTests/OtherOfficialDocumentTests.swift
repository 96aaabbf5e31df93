import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Other official documents: the parts of an EU act.
final class EUActTests: XCTestCase {
    /// Commission Delegated Regulation (EU) 2024/1772, page 4: "CHAPTER I" over
    /// "CLASSIFICATION CRITERIA", then "Article 1" over the bold "Clients, financial
    /// counterparts and transactions"; recitals are numbered "(1)"; markers "( ¹ )" link notes.
    func testChaptersArticlesRecitalsAndNotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/Commission_Delegated_Regulation_2024_1772.pdf"))
        let chapter = try XCTUnwrap(out.blocks.first { $0.number == "CHAPTER I" })
        XCTAssertEqual(chapter.kind, .heading)
        XCTAssertEqual(chapter.text, "CLASSIFICATION CRITERIA")
        XCTAssertEqual(chapter.level, 1)
        let article = try XCTUnwrap(out.blocks.first { $0.number == "Article 1" })
        XCTAssertEqual(article.text, "Clients, financial counterparts and transactions")
        XCTAssertEqual(article.level, 2)
        let recital = try XCTUnwrap(out.blocks.first { $0.number == "(1)" })
        XCTAssertTrue(recital.text.hasPrefix("Regulation (EU) 2022/2554 aims to harmonise and streamline reporting requirements"))
        XCTAssertNil(recital.role)
        XCTAssertEqual(out.footnotes.first?.marker, "1")
        XCTAssertEqual(out.footnotes.first?.text, "OJ L 333, 27.12.2022, p. 1, ELI: http://data.europa.eu/eli/reg/2022/2554/oj.")
        XCTAssertNil(out.metadata.symbol)
        XCTAssertTrue(out.diagnostics.contains { $0.code == "header.notUN" })
    }
}

/// Front matter of documents that are not UN documents, and its furniture.
final class FrontMatterTests: XCTestCase {
    /// Commission Delegated Regulation (EU) 2024/1772, page 1 (rendered): the OJ masthead
    /// ("Official Journal", "EN", "of the European Union", "L series", "2024/1772", "25.6.2024"),
    /// the bold title in four parts, "(Text with EEA relevance)", then "THE EUROPEAN COMMISSION,".
    func testOfficialJournalMastheadAndTitle() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/Commission_Delegated_Regulation_2024_1772.pdf"))
        XCTAssertEqual(out.metadata.title, "COMMISSION DELEGATED REGULATION (EU) 2024/1772 of 13 March 2024 supplementing Regulation (EU) 2022/2554 of the European Parliament and of the Council with regard to regulatory technical standards specifying the criteria for the classification of ICT-related incidents and cyber threats, setting out materiality thresholds and specifying the details of reports of major incidents")
        XCTAssertEqual(out.metadata.language, "en")
        XCTAssertNil(out.metadata.symbol)
        XCTAssertEqual(out.blocks.first?.text, "THE EUROPEAN COMMISSION,")
        XCTAssertEqual(out.furniture.filter { $0.kind == .masthead }.map(\.text),
                       ["Official Journal", "EN", "of the European Union", "L series", "2024/1772", "25.6.2024", "(Text with EEA relevance)"])
    }

    /// Regulation (EU) 2022/2554, page 1: the older masthead on one line ("27.12.2022 EN
    /// Official Journal of the European Union L 333/1"), "I", "(Legislative acts)",
    /// "REGULATIONS", then the title; the formula names two institutions.
    func testOlderOfficialJournalMasthead() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/DORA_Regulation_EU_2022_2554.pdf"))
        XCTAssertEqual(out.metadata.title?.hasPrefix("REGULATION (EU) 2022/2554 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 14 December 2022 on digital operational resilience"), true)
        XCTAssertEqual(out.blocks.first?.text, "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,")
        XCTAssertTrue(out.furniture.contains { $0.kind == .masthead && $0.text == "(Legislative acts)" })
    }

    /// Court captions: missouri (caption table with a ")" column, panel line, then the centred
    /// "Introduction"); ca5_00516242060 (parties "Plaintiff—Appellant", "Before …, Circuit
    /// Judges.", "Per Curiam:*", then a one-line first paragraph); issue11913 (Irish Supreme
    /// Court: judges, "Between:", parties, "JUDGMENT of Hardiman J. …", then paragraph "1.").
    func testCourtCaptions() throws {
        let missouri = try buildDocument(try TestPaths.shared("corpus/official/missouri.pdf"))
        XCTAssertEqual(missouri.blocks.first?.kind, .heading)
        XCTAssertEqual(missouri.blocks.first?.text, "Introduction")
        XCTAssertTrue(missouri.furniture.contains { $0.kind == .caption && $0.text == ") No. ED108783" })
        XCTAssertNil(missouri.metadata.title)

        let ca5 = try buildDocument(try TestPaths.shared("corpus/official/ca5_00516242060.pdf"))
        XCTAssertEqual(ca5.blocks.first?.text.hasPrefix("This case arises from a dispute involving a life insurance policy."), true)
        XCTAssertEqual(ca5.furniture.filter { $0.kind == .caption }.last?.text, "Per Curiam:*")

        let irish = try buildDocument(try TestPaths.shared("corpus/official/issue11913.pdf"))
        XCTAssertEqual(irish.blocks.first?.number, "1.")
        XCTAssertEqual(irish.blocks.first?.text.hasPrefix("The first of these cases arises from the tragic"), true)
    }

    /// missouri p. 5: the judge signs under a rule of underscores set in the right half of the
    /// page, over the panel's concurrence; the rule is no footnote separator, and the lines
    /// under it stay in the body instead of ending nowhere (`text.unplaced`).
    func testSignatureRuleIsNoFootnoteSeparator() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/missouri.pdf"))
        XCTAssertTrue(out.blocks.contains { $0.pages == [5] && $0.text.contains("James M. Dowd, Judge") && $0.text.hasSuffix("J., concur.") })
        XCTAssertFalse(out.diagnostics.contains { $0.code == "text.unplaced" })
    }

    /// A document that is neither keeps all its text in the body (SEN.pdf, a UNESCO annex in
    /// French: "ANNEXE" is its first block).
    func testOtherDocumentsKeepTheirText() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/SEN.pdf"))
        XCTAssertEqual(out.blocks.first?.text, "ANNEXE")
        XCTAssertFalse(out.furniture.contains { $0.kind == .masthead || $0.kind == .caption })
    }
}

/// Vertical writing.
final class VerticalWritingTests: XCTestCase {
    /// kampo.pdf (the Japanese official gazette, rendered): columns read top to bottom, right to
    /// left; the characters are drawn row by row across the columns, so only the geometry shows
    /// the direction. The cabinet order's number and title come out whole.
    func testJapaneseGazetteIsReadColumnByColumn() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/kampo.pdf"))
        XCTAssertEqual(out.blocks.first?.text, "政令第百四十九号")
        XCTAssertTrue(out.blocks.contains { $0.text.contains("道路交通法施行令の一部を改正する政令") })
        // Punctuation in its vertical presentation forms is read as the ordinary marks.
        XCTAssertFalse(out.blocks.contains { $0.text.contains("︑") })
    }
}
