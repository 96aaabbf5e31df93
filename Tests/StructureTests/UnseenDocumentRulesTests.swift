import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Rules found by running the audit over documents nobody had checked by hand (bulk/ and the
/// newer parts of un/), each tested on the real line that showed it.
final class LineEndCompoundTests: XCTestCase {
    private func allText(_ out: DocumentBuilder.Output) -> [String] {
        func walk(_ bs: [Block]) -> [String] { bs.flatMap { [$0.text] + walk($0.items) } }
        return walk(out.blocks) + out.footnotes.map(\.text)
    }

    /// A/C.2/80/L.47 page 3 ends a line with "2024–" and starts the next with "2034": a range
    /// broken at a line end joins with no space.
    func testRangeBrokenAtLineEndJoins() throws {
        let texts = allText(try buildDocument(try TestPaths.shared("corpus/bulk/A_C.2_80_L.47.pdf")))
        XCTAssertTrue(texts.contains { $0.contains("2024–2034") })
        XCTAssertFalse(texts.contains { $0.contains("2024– 2034") })
    }

    /// A/80/L.1 page 1 breaks "Two-" / "State": a hyphen before a capital belongs to the compound.
    func testCompoundBeforeCapitalKeepsHyphenAndJoins() throws {
        let texts = allText(try buildDocument(try TestPaths.shared("corpus/bulk/A_80_L.1.pdf")))
        XCTAssertTrue(texts.contains { $0.contains("Two-State") })
        XCTAssertFalse(texts.contains { $0.contains("Two- State") })
    }

    /// The rule itself, on the words of those lines and on a suspended compound.
    func testLineEndJoinRule() {
        let joiner = TextJoiner(vocabulary: ["development"], knownMarkers: [])
        XCTAssertEqual(joiner.lineEndJoin("Secretary-", "General"), "Secretary-")
        XCTAssertEqual(joiner.lineEndJoin("2015–", "2030"), "2015–")
        XCTAssertEqual(joiner.lineEndJoin("develop-", "ment"), "develop")
        XCTAssertEqual(joiner.lineEndJoin("decision-", "making"), "decision-")
        XCTAssertNil(joiner.lineEndJoin("small-", "and"))
        XCTAssertNil(joiner.lineEndJoin("–", "2030"), "a dash standing alone is a word of its own")
        XCTAssertNil(joiner.lineEndJoin("Assembly,", "Recalling"))
    }

    /// A/80/L.17 prints "by-catch" 20 times within its lines and "Bycatch" in three titles: the
    /// compound broken as "by-" / "catch" at a line end (p. 11) keeps its hyphen, as does
    /// "Trans-" / "shipment" (p. 30); the title's "Bycatch" is no unplaced text.
    func testCompoundPrintedWholeKeepsItsLineEndHyphen() throws {
        let joiner = TextJoiner(vocabulary: ["bycatch", "by-catch", "development"], knownMarkers: [])
        XCTAssertEqual(joiner.lineEndJoin("by-", "catch"), "by-")
        XCTAssertEqual(joiner.lineEndJoin("develop-", "ment"), "develop")
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_80_L.17.pdf"))
        let texts = allText(out)
        XCTAssertTrue(texts.contains { $0.contains("including by-catch reduction measures") })
        XCTAssertTrue(texts.contains { $0.contains("Voluntary Guidelines for Trans-shipment of the Food") })
        XCTAssertFalse(texts.contains { $0.contains("Guidelines for Transshipment") })
        XCTAssertEqual(out.diagnostics.filter { $0.code == "text.unplaced" }.map(\.message), [])
    }

    /// A web address or a symbol broken after a slash runs on with no space: note 1 of
    /// ESCWA/EDID/2018/1/Summary (English, p. 19), the second line of its note 15, and
    /// "A/C.4/" + "405," in the agenda of A/C.4/SR.985 (French). Prose after an address that
    /// ends in a slash stays apart ("https://www.faa.gov/" + "the applicable actions",
    /// federal-register-2020-17221).
    func testAddressBrokenAfterASlash() throws {
        let joiner = TextJoiner(vocabulary: [], knownMarkers: [])
        XCTAssertEqual(joiner.lineEndJoin("https://www.federalreserve.gov/", "monetarypolicy/openmarket.htm."), "https://www.federalreserve.gov/")
        XCTAssertEqual(joiner.lineEndJoin("centre/news/WCMS_514537/", "lang--en/index.htm."), "centre/news/WCMS_514537/")
        XCTAssertNil(joiner.lineEndJoin("https://www.faa.gov/", "the"))
        XCTAssertNil(joiner.lineEndJoin("and/", "or"))
        // After ".", "-" or "_", the rest of the address holds a slash or a full stop (notes 2
        // and 4 of the Arabic edition of the survey summary; "www." + "irs.gov" in i1040nr).
        XCTAssertEqual(joiner.lineEndJoin("pr/date/2017/html/ecb.mp171026.", "en.html."), "pr/date/2017/html/ecb.mp171026.")
        XCTAssertEqual(joiner.lineEndJoin("global-reports/weso/2018/lang--", "en/index.htm."), "global-reports/weso/2018/lang--")
        XCTAssertEqual(joiner.lineEndJoin("www.", "irs.gov"), "www.")
        XCTAssertNil(joiner.lineEndJoin("www.un.org.", "2018"), "a figure after an address's full stop starts anew")
        // Broken inside a word of its query: notes 71–83 of A/HRC/WG.6/48/SVN/2 (ILO NORMLEX),
        // note 19 of E/ESCWA/EDID/2017/IG.2/5(Part IV) ("…?query=global%20" + "trends%202016.").
        XCTAssertEqual(joiner.lineEndJoin("https://normlex.ilo.org/dyn/normlex/en/f?p=1000:13100:0::NO:13100:P13100_COMMENT_ID,P131",
                                          "00_COUNTRY_ID:4366774,103533:NO."),
                       "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:13100:0::NO:13100:P13100_COMMENT_ID,P131")
        XCTAssertNil(joiner.lineEndJoin("https://www.faa.gov/?q=rules", "the"))
        let summary = try buildDocument(try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-EN.pdf"))
        XCTAssertEqual(summary.footnotes.first { $0.marker == "1" }?.text, "https://www.federalreserve.gov/monetarypolicy/openmarket.htm.")
        XCTAssertEqual(summary.footnotes.first { $0.marker == "7" }?.text, "http://www.opec.org/opec_web/en/publications/338.htm.")
        let record = try buildDocument(try TestPaths.shared("corpus/un/more/A_C.4_SR.985-FR.pdf"))
        XCTAssertTrue(allText(record).contains { $0.contains("A/4227, A/C.4/405, A/ C.4/ 406") })
    }

    /// "girls’ capabilities" (A/C.3/80/L.19, page 2) leaves 0.154 em after the apostrophe: the
    /// space is kept.
    func testSpaceAfterClosingApostropheIsKept() throws {
        let texts = allText(try buildDocument(try TestPaths.shared("corpus/bulk/A_C.3_80_L.19.pdf")))
        XCTAssertTrue(texts.contains { $0.contains("women’s and girls’ capabilities") })
        XCTAssertFalse(texts.contains { $0.contains("girls’capabilities") })
    }
}

/// Header lines that no field held were dropped; officers' drafts, amendments, draft
/// decisions and joint documents fill the contract's fields.
final class HeaderFieldsTests: XCTestCase {
    private func build(_ path: String) throws -> DocumentBuilder.Output {
        try buildDocument(try TestPaths.shared("corpus/\(path)"))
    }

    /// A/80/604/Add.1: "Report of the Advisory Committee on Administrative and Budgetary
    /// Questions" under the title names a body called for its subject: the whole name is
    /// `submittedBy` (the line had landed in no field).
    func testReportOfABodyNamedOnItsSubject() throws {
        let md = try build("un/un-mandates/A_80_604_Add.1.pdf").metadata
        XCTAssertEqual(md.documentType, .report)
        XCTAssertEqual(md.submittedBy, "the Advisory Committee on Administrative and Budgetary Questions")
        XCTAssertFalse(HeaderScan.namesBodyOn("the Secretary-General on the situation concerning Western Sahara"))
    }

    /// The cover of A/HRC/59/15/Add.1: under the title, "Slovenia", "Addendum" and "Views on
    /// conclusions and/or recommendations, …" in bold at the title's left edge, with nothing
    /// else on the page, are header lines; the body (I., II., III.) starts on page 2. The
    /// national report A/HRC/WG.6/48/SVN/1 no longer reads "Slovenia I. Introduction" as one
    /// heading across the page break.
    func testCoverSubtitlesAreHeaderLines() throws {
        let out = try build("un/more/A_HRC_59_15_Add.1.pdf")
        XCTAssertEqual(out.metadata.title, "Report of the Working Group on the Universal Periodic Review")
        let lines = out.furniture.filter { $0.kind == .headerLine && $0.page == 1 }.map(\.text)
        XCTAssertTrue(lines.contains("Slovenia"))
        XCTAssertTrue(lines.contains("Addendum"))
        XCTAssertFalse(out.blocks.contains { $0.pages == [1] })
        let national = try build("un/more/A_HRC_WG.6_48_SVN_1.pdf")
        XCTAssertTrue(national.blocks.contains { $0.kind == .heading && $0.number == "I." && $0.text == "Introduction" })
        XCTAssertFalse(national.blocks.contains { $0.kind == .heading && $0.text.hasPrefix("Slovenia") })
    }

    /// A/C.2/80/L.47: "Draft resolution submitted by the Vice-Chair of the Committee, Andrés
    /// Napurí Pita (Peru), on the basis of informal consultations on draft resolution A/C.2/80/L.18".
    func testOfficerDraftNamesWhoSubmittedIt() throws {
        let md = try build("bulk/A_C.2_80_L.47.pdf").metadata
        XCTAssertEqual(md.documentType, .draftResolution)
        XCTAssertEqual(md.submittedBy, "the Vice-Chair of the Committee, Andrés Napurí Pita (Peru), on the basis of informal consultations on draft resolution A/C.2/80/L.18")
        XCTAssertEqual(md.sponsors, [])
        XCTAssertEqual(md.title, "Science, technology and innovation for sustainable development")
    }

    /// A/C.2/80/L.61: "Draft decision submitted by the Bureau".
    func testDraftDecision() throws {
        let md = try build("bulk/A_C.2_80_L.61.pdf").metadata
        XCTAssertEqual(md.documentType, .draftDecision)
        XCTAssertEqual(md.submittedBy, "the Bureau")
        XCTAssertEqual(md.title, "Revitalization of the work of the Second Committee")
    }

    /// A/C.3/80/L.63 amends a revised draft; A/80/L.40 names the amended text by its report.
    func testAmendmentNamesTheTextsItAmends() throws {
        XCTAssertEqual(try build("bulk/A_C.3_80_L.63.pdf").metadata.amends, ["A/C.3/80/L.20/Rev.1"])
        let l40 = try build("bulk/A_80_L.40.pdf")
        XCTAssertEqual(l40.metadata.documentType, .amendment)
        XCTAssertEqual(l40.metadata.amends, ["A/80/545"])
        XCTAssertTrue(l40.furniture.contains { $0.kind == .headerLine && $0.text.contains("recommended by the Third Committee in its") })
        // Only the clause's two lines: the ten-line sponsor list before it is held by `sponsors`.
        XCTAssertEqual(l40.metadata.sponsors.count, 53)
        XCTAssertEqual(l40.furniture.filter { $0.kind == .headerLine && $0.page == 1 }.map(\.text),
                       ["United Nations", "Original: English",
                        "amendment to draft resolution 23 recommended by the Third Committee in its",
                        "report contained in document A/80/545"])
    }

    /// A/80/434-S/2025/632: a joint document is filed under its first symbol; the second and
    /// the Security Council's column ("Eightieth year") are kept.
    func testJointDocumentSymbols() throws {
        let out = try build("un/sc/A_80_434-S_2025_632-EN.pdf")
        XCTAssertEqual(out.metadata.symbol, "A/80/434")
        XCTAssertEqual(out.metadata.otherSymbols, ["S/2025/632"])
        XCTAssertEqual(out.metadata.session, "Eightieth session")
        XCTAssertTrue(out.furniture.contains { $0.kind == .headerLine && $0.text.contains("Eightieth year") })
        // "Security Council" is printed in the masthead beside "General Assembly" and again
        // over "Eightieth year" (rendered p. 1): no field holds it, so both are header lines.
        XCTAssertEqual(out.metadata.organ, "General Assembly")
        XCTAssertEqual(out.furniture.filter { $0.kind == .headerLine && $0.text == "Security Council" }.count, 2)
        // A Council's decision under the Assembly's masthead (A/HRC/DEC/59/112 p. 1).
        let decision = try build("un/more/A_HRC_DEC_59_112.pdf")
        XCTAssertEqual(decision.metadata.organ, "Human Rights Council")
        XCTAssertTrue(decision.furniture.contains { $0.kind == .headerLine && $0.text == "General Assembly" })
    }

    /// The High Commissioner's compilations and summaries for a universal periodic review are
    /// reports: "Slovenia" over "Compilation of information prepared by the Office of the United
    /// Nations High Commissioner for Human Rights" (A/HRC/WG.6/48/SVN/2 p. 1, rendered); in
    /// 2009 "COMPILATION PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER …" is the title itself
    /// (A/HRC/WG.6/7/SVN/2). Before, the type was null and the subtitle a body heading.
    func testUniversalPeriodicReviewCompilationIsAReport() throws {
        let out = try build("un/un-hrc/g2419943.pdf")
        XCTAssertEqual(out.metadata.title, "Slovenia")
        XCTAssertEqual(out.metadata.documentType, .report)
        XCTAssertEqual(out.metadata.submittedBy, "the Office of the United Nations High Commissioner for Human Rights")
        XCTAssertEqual(out.blocks.first?.number, "I.")
        XCTAssertEqual(try build("un/un-hrc/g0917825.pdf").metadata.documentType, .report)
    }

    /// S/2025/378: "Note by the Secretary-General" under the title.
    func testNoteNamesItsAuthor() throws {
        let md = try build("un/sc/S_2025_378-EN.pdf").metadata
        XCTAssertEqual(md.documentType, .note)
        XCTAssertEqual(md.submittedBy, "the Secretary-General")
    }

    /// "United Nations", "Original: English" and "Item 35 of the provisional agenda*"
    /// (A/80/L.1) are header words no field holds: they are furniture of kind headerLine, on
    /// page 1.
    func testHeaderWordsNoFieldHoldsAreFurniture() throws {
        let out = try build("bulk/A_80_L.1.pdf")
        let lines = out.furniture.filter { $0.kind == .headerLine }
        XCTAssertEqual(lines.map(\.page), [1, 1, 1])
        XCTAssertEqual(lines.map(\.text), ["United Nations", "Original: English", "Item 35 of the provisional agenda*"])
        XCTAssertEqual(out.metadata.agendaItems, ["35"])
    }

    /// A/RES/79/243: the title runs on after a semicolon over a wider gap (1.63 em).
    func testTitleRunsOnAfterSemicolon() throws {
        let md = try build("bulk/A_RES_79_243.pdf").metadata
        XCTAssertEqual(md.title, "United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes")
    }

    func testSymbolsInText() {
        XCTAssertEqual(HeaderText.symbols(in: "amendment to draft resolution A/C.3/80/L.20/Rev.1."), ["A/C.3/80/L.20/Rev.1"])
        XCTAssertEqual(HeaderText.jointSymbols("A/80/434-S/2025/632"), ["A/80/434", "S/2025/632"])
        XCTAssertEqual(HeaderText.jointSymbols("A/RES/ES-10/20"), ["A/RES/ES-10/20"])
    }
}

/// Glyphs whose text is a control character never reach the output.
final class ControlCharacterTests: XCTestCase {
    /// S/PV.10011 sets a backspace (U+0008) among the glyphs of its pages.
    func testControlCharactersAreLeftOutAndCounted() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/sc/S_PV.10011-EN.pdf"))
        var counted = 0
        for n in 1...pdf.info.pageCount {
            let page = try pdf.page(n)
            counted += page.controlGlyphs
            XCTAssertFalse(page.glyphs.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
        }
        XCTAssertGreaterThan(counted, 0)
    }
}

/// Page-1 footers and note areas that held furniture, tables or charts.
final class NoteAreaTests: XCTestCase {
    /// A/RES/70/10 sets "15-16764 (E)" and "Please recycle" above its barcode; A/RES/78/68 a
    /// reissued job number "23-24915* (E) 160124". Both are the job number, not note text.
    func testJobNumberAboveTheBarcodeIsFooter() throws {
        let res70 = try buildDocument(try TestPaths.shared("corpus/un/more/A_RES_70_10-EN.pdf"))
        XCTAssertEqual(res70.metadata.jobNumber, "15-16764")
        XCTAssertEqual(res70.footnotes.first?.text, "See A/70/219.")
        let res78 = try buildDocument(try TestPaths.shared("corpus/un/un-ga/A_RES_78_68.pdf"))
        XCTAssertEqual(res78.metadata.jobNumber, "23-24915")
        // The reissue note is a header line (CONTRACT.md), not a footnote.
        XCTAssertNil(res78.footnotes.first { $0.marker == "*" })
        XCTAssertTrue(res78.furniture.contains { $0.kind == .headerLine && $0.text == "* Reissued for technical reasons on 15 January 2024." })
    }

    /// S/2012/197 p. 1: "*** Third reissue for technical reasons (17 April 2012)." stands in the
    /// body's last lines, with no rule above it. It is a header line, and paragraph 3 runs on to
    /// page 2 ("… Frente Polisario leader" / "Mohamed Abdelaziz called for …") as one block.
    func testReissueNoteInTheBodyIsAHeaderLine() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/sc/S_2012_197-EN.pdf"))
        XCTAssertTrue(out.furniture.contains { $0.kind == .headerLine && $0.text == "*** Third reissue for technical reasons (17 April 2012)." })
        let three = try XCTUnwrap(out.blocks.first { $0.number == "3." })
        XCTAssertEqual(three.pages, [1, 2])
        XCTAssertTrue(three.text.hasSuffix("Frente Polisario leader Mohamed Abdelaziz called for the protection of the Western Saharans and the release of those allegedly arrested by Moroccan security forces after the incident."), three.text)
        XCTAssertFalse(out.blocks.contains { $0.text.contains("reissue") })
    }

    /// A/80/605: a table whose empty cells are "– – – – – –" (page 15) and a chart's axis
    /// labels (page 36) are no footnotes; the contents row above "* Reissued …" on page 1 is
    /// no note text, and the reissue note itself is a header line.
    func testTablesAndChartsInTheNoteAreaAreNoFootnotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))
        XCTAssertEqual(out.footnotes.map(\.marker), ["1", "2", "1"])
        XCTAssertTrue(out.furniture.contains { $0.kind == .headerLine && $0.text == "* Reissued for technical reasons on 16 March 2026." })
        XCTAssertFalse(out.footnotes.contains { $0.text.contains("1 800") || $0.text.contains("305.6") })
    }
}

/// The regional-commission and ECE mastheads: the bodies under the organ, the session, the
/// agenda item and the title are header fields, not body text.
final class RegionalHeaderTests: XCTestCase {
    func testESCWAHeader() throws {
        let md = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_6-EN.pdf")).metadata
        XCTAssertEqual(md.symbol, "E/ESCWA/30/6")
        XCTAssertEqual(md.committee, "Economic and Social Commission for Western Asia (ESCWA)")
        XCTAssertEqual(md.session, "Thirtieth session")
        XCTAssertEqual(md.agendaItems, ["8"])
        XCTAssertEqual(md.title, "Outcomes of the 2018 Arab Forum on Sustainable Development")
        XCTAssertEqual(md.distribution, "Limited")
    }

    /// A committee name that wraps, and a session with its theme: E/ESCWA/EDID/2017/IG.3/4
    /// ("… Economic Globalization" / "and Financing for Development", "Eleventh session
    /// (Liberalization of foreign trade)") and E/ESCWA/EDID/2017/IG.2/INF.1 (" Globalization and
    /// Financing for Development" indented under "…, Economic"). Their titles were the end of
    /// the name with the session and venue.
    func testWrappedCommitteeAndSessionWithTheme() throws {
        let trade = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.3_4-EN.pdf"))
        XCTAssertEqual(trade.metadata.title, "Trade and the Sustainable Development Goals")
        XCTAssertEqual(trade.metadata.session, "Eleventh session")
        XCTAssertEqual(trade.metadata.sessionNumber, 11)
        XCTAssertEqual(trade.metadata.agendaItems, ["6"])
        let lines = trade.furniture.filter { $0.kind == .headerLine && $0.page == 1 }.map(\.text)
        XCTAssertTrue(lines.contains("and Financing for Development"), "\(lines)")
        XCTAssertTrue(lines.contains("Eleventh session (Liberalization of foreign trade)"), "\(lines)")
        XCTAssertFalse(trade.blocks.contains { $0.text == "Trade and the Sustainable Development Goals" })
        let note = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_INF.1-EN.pdf")).metadata
        XCTAssertEqual(note.title, "Information Note")
        XCTAssertEqual(note.session, "Twelfth session")
        let meeting = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_V)-EN.pdf")).metadata
        XCTAssertEqual(meeting.title, "Regional and global issues", "\"Fourth Meeting\" is a meeting line")
    }

    /// Beside the masthead of E/ESCWA/EDID/2017/IG.2/5(Part II) and (Part IV), and of
    /// IG.2/8, an unseen "UNITED NATIONS" stands letter over letter in 16-pt type; its "N" lay on
    /// the 11-pt symbol line, and the symbol read "E/ESCWA/EDID/2017/IG.2/5(ParNt II)".
    func testLettersDrawnOverTheSymbolLeaveItsLine() throws {
        for (file, symbol) in [("E_ESCWA_EDID_2017_IG.2_5(PART_II)-EN", "E/ESCWA/EDID/2017/IG.2/5(Part II)"),
                               ("E_ESCWA_EDID_2017_IG.2_8-EN", "E/ESCWA/EDID/2017/IG.2/8")] {
            let md = try buildDocument(try TestPaths.shared("corpus/un/escwa/\(file).pdf")).metadata
            XCTAssertEqual(md.symbol, symbol, file)
        }
    }

    /// E/ESCWA/2017/EC.4/3(Part I) (English): Word's masthead text boxes also draw "E",
    /// "UNITED NATIONS", "EC" and the emblem's ring letters where their clips hide them. Read
    /// as text, they made page 1 one table and no header field was read; left out (the
    /// `text.clipped` note quotes them), the header reads as the page shows it.
    func testTextAClipHidesLeavesTheHeader() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_3(PART_I)-EN.pdf"))
        XCTAssertEqual(out.metadata.symbol, "E/ESCWA/2017/EC.4/3(Part I)")
        XCTAssertEqual(out.metadata.distribution, "Limited")
        XCTAssertEqual(out.metadata.issuedDate, "2017-11-28")
        XCTAssertEqual(out.metadata.agendaItems, ["3 (a)"])
        XCTAssertEqual(out.metadata.title, "Follow-up issues")
        XCTAssertEqual(out.metadata.committee, "Economic and Social Commission for Western Asia (ESCWA)")
        XCTAssertFalse(out.blocks.contains { $0.kind == .table && $0.pages.contains(1) })
    }

    /// E/ESCWA/30/INF.1: page 1 is a cover (commission, session, title, year, no symbol); the
    /// masthead "Distr. / LIMITED / E/ESCWA/30/INF.1 / 9 May 2018" stands on page 2, where the
    /// commission is set in capitals over two lines. The header is read there; the cover's
    /// lines are header lines. In the Arabic edition the zoner took page 2's "Distr." for a
    /// running header; it is the distribution all the same.
    func testMastheadAfterACover() throws {
        let english = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_INF.1-EN.pdf"))
        XCTAssertEqual(english.metadata.symbol, "E/ESCWA/30/INF.1")
        XCTAssertEqual(english.metadata.distribution, "Limited")
        XCTAssertEqual(english.metadata.issuedDate, "2018-05-09")
        XCTAssertEqual(english.metadata.session, "Thirtieth session")
        XCTAssertEqual(english.metadata.committee, "ECONOMIC AND SOCIAL COMMISSION FOR WESTERN ASIA (ESCWA)")
        XCTAssertEqual(english.metadata.title, "Information for participants")
        let cover = english.furniture.filter { $0.page == 1 && $0.kind == .headerLine }.map(\.text)
        XCTAssertEqual(cover, ["UNITED NATIONS", "ECONOMIC AND SOCIAL COMMISSION", "FOR WESTERN ASIA (ESCWA)", "Thirtieth session",
                               "Beirut, 25-28 June 2018", "Information for participants", "2018"])
        XCTAssertFalse(english.blocks.contains { $0.pages.contains(1) })
        XCTAssertEqual(english.diagnostics.filter { $0.code == "header.coverPage" }.map(\.page), [2])
        let arabic = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_INF.1-AR.pdf"))
        XCTAssertEqual(arabic.metadata.symbol, "E/ESCWA/30/INF.1")
        XCTAssertEqual(arabic.metadata.distribution, "Limited")
        XCTAssertFalse(arabic.furniture.contains { $0.page == 2 && $0.text == "Distr." })
    }

    /// E/ESCWA/30/6 reproduces the report of the 2018 Arab Forum from page 2 on, with its own
    /// masthead: "Distr. / LIMITED / E/ESCWA/RFSD/2018/6/Report / 30 May 2018 / ENGLISH /
    /// ORIGINAL: ARABIC". Read as body text, the stack ended the last paragraph of page 1; it
    /// is now header lines of page 2, and the paragraph ends where page 1 ends it. The Arabic
    /// edition leaves a blank line inside the stack and sets "E" and "الأمم المتحدة" above it.
    func testMastheadOfAReproducedDocument() throws {
        let english = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_6-EN.pdf"))
        XCTAssertEqual(english.furniture.filter { $0.page == 2 && $0.kind == .headerLine }.map(\.text),
                       ["Distr.", "LIMITED", "E/ESCWA/RFSD/2018/6/Report", "30 May 2018", "ENGLISH", "ORIGINAL: ARABIC"])
        let last = try XCTUnwrap(english.blocks.last { $0.pages.first == 1 })
        XCTAssertTrue(last.text.hasSuffix("sustainable energy and its role in building sustainable and resilient societies."), last.text)
        XCTAssertEqual(english.metadata.symbol, "E/ESCWA/30/6")
        let arabic = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_6-AR.pdf"))
        XCTAssertEqual(arabic.furniture.filter { $0.page == 2 && $0.kind == .headerLine }.map(\.text),
                       ["E", "الأمم المتحدة", "Distr.", "LIMITED", "E/ESCWA/RFSD/2018/6/Report", "30 May 2018", "ORIGINAL: ARABIC"])
        XCTAssertFalse(arabic.blocks.contains { $0.pages.contains(2) && $0.text.contains("Distr.") })
    }

    /// The left block of the Arabic ESCWA documents, set at the right edge: the commission,
    /// the bodies under it, the session (or the executive committee's meeting), the venue and
    /// dates, the agenda item and the title, as the English editions give them: E/ESCWA/30/6,
    /// E/ESCWA/2017/EC.4/4(Part V) ("اللجنة التنفيذية" / "الاجتماع الرابع", item "4 (ھ)" read
    /// "4 (e)" as the English prints it), E/ESCWA/EDID/2017/IG.3/4 (a session with its theme in
    /// brackets), E/ESCWA/2017/EC.4/L.2 (the year set against the month: "ديسمبر2017") and
    /// E/ESCWA/2017/EC.4/9/Report, whose "تقريـر" is stretched by a tatweel.
    func testArabicLeftBlock() throws {
        func metadata(_ name: String) throws -> Metadata {
            try buildDocument(try TestPaths.shared("corpus/un/escwa/\(name)-AR.pdf")).metadata
        }
        let forum = try metadata("E_ESCWA_30_6")
        XCTAssertEqual(forum.committee, "اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)")
        XCTAssertEqual(forum.session, "الدورة الثلاثون")
        XCTAssertEqual(forum.sessionNumber, 30)
        XCTAssertEqual(forum.agendaItems, ["8"])
        XCTAssertEqual(forum.title, "نتائج المنتدى العربي للتنمية المستدامة لعام 2018")
        let poverty = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_V)-AR.pdf"))
        XCTAssertEqual(poverty.metadata.agendaItems, ["4 (e)"])
        XCTAssertEqual(poverty.metadata.title, "القضايا الإقليمية والعالمية")
        XCTAssertNil(poverty.metadata.session)
        let lines = poverty.furniture.filter { $0.page == 1 && $0.kind == .headerLine }.map(\.text)
        XCTAssertTrue(lines.contains("اللجنة التنفيذية") && lines.contains("الاجتماع الرابع"), "\(lines)")
        let trade = try metadata("E_ESCWA_EDID_2017_IG.3_4")
        XCTAssertEqual(trade.session, "الدورة الحادية عشرة")
        XCTAssertEqual(trade.sessionNumber, 11)
        XCTAssertEqual(trade.agendaItems, ["6"])
        XCTAssertEqual(trade.title, "التجارة وأهداف التنمية المستدامة")
        let work = try metadata("E_ESCWA_2017_EC.4_L.2")
        XCTAssertEqual(work.agendaItems, ["2"])
        XCTAssertEqual(work.title, "تنظيم الأعمال")
        // "تقرير" over what it reports on ("the Executive Committee on its fourth meeting").
        XCTAssertEqual(try metadata("E_ESCWA_2017_EC.4_9_REPORT").title, "تقرير اللجنة التنفيذية عن اجتماعها الرابع")
    }

    /// A commission named in capitals on the cover of a report (E/ESCWA/30/18/Report, English,
    /// "ECONOMIC AND SOCIAL COMMISSION" / "FOR WESTERN ASIA") is its committee, not its title;
    /// so is the French edition's "Commission économique et sociale" / "pour l’Asie
    /// occidentale", whose second line runs on in lower case.
    func testCommissionInCapitals() throws {
        let md = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-EN.pdf")).metadata
        XCTAssertEqual(md.committee, "ECONOMIC AND SOCIAL COMMISSION FOR WESTERN ASIA")
        XCTAssertEqual(md.title, "REPORT OF THE THIRTIETH SESSION")
        let french = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-FR.pdf")).metadata
        XCTAssertEqual(french.committee, "Commission économique et sociale pour l’Asie occidentale")
        XCTAssertEqual(french.title, "Rapport sur la trentième session")
    }

    /// ECE/TRANS/WP.29/GRSP/2010/20: four bodies, "English and French only", the job number
    /// "GE. 10-21132" with a space, and "Submitted by the expert from France*".
    func testECEHeader() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/ece/ECE_TRANS_WP.29_GRSP_2010_20-EN.pdf"))
        XCTAssertEqual(out.metadata.committee, "Economic Commission for Europe")
        XCTAssertEqual(out.metadata.session, "Forty-seventh session")
        XCTAssertEqual(out.metadata.agendaItems, ["17"])
        XCTAssertEqual(out.metadata.agendaItemTitle, "Regulation No. 94 (Frontal collision)")
        XCTAssertEqual(out.metadata.title, "Proposal for 02 series of amendments to Regulation No. 94")
        XCTAssertEqual(out.metadata.submittedBy, "the expert from France")
        XCTAssertEqual(out.metadata.jobNumber, "GE.10-21132")
        let headerLines = out.furniture.filter { $0.kind == .headerLine }.map(\.text)
        XCTAssertTrue(headerLines.contains("English and French only"))
        XCTAssertTrue(headerLines.contains("Working Party on Passive Safety"))
        XCTAssertTrue(out.blocks.first?.text.hasPrefix("The text reproduced below was prepared by the expert from France") == true)
    }

    /// A/81/6 (Sect. 13), page 1 (rendered): "Items 138 and 139 of the preliminary list**" over
    /// two titles, one per item, each its own bold line 1.8 em below the one before: "Proposed
    /// programme budget for 2027" and "Programme planning". Both are the agenda title, in printed
    /// order (CONTRACT.md); the document's title is the larger "Proposed programme budget for
    /// 2027" under them. Before, the agenda title was null and both lines were body headings.
    func testTwoAgendaItemsPrintTwoTitles() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_81_6 (SECT. 13).pdf"))
        XCTAssertEqual(out.metadata.agendaItems, ["138", "139"])
        XCTAssertEqual(out.metadata.agendaItemTitle, "Proposed programme budget for 2027 Programme planning")
        XCTAssertEqual(out.metadata.title, "Proposed programme budget for 2027")
        XCTAssertFalse(out.blocks.contains { $0.text == "Programme planning" || $0.text == "Proposed programme budget for 2027" })
    }

    /// A UN Regulation (E/ECE/324/Rev.1/Add.16/Rev.6, UN Regulation No. 17), page 1 (rendered):
    /// its cover opens with the joint symbol "E/ECE/324/Rev.1/Add.16/Rev.6−E/ECE/TRANS/505/Rev.1/
    /// Add.16/Rev.6", the two joined by a minus sign (U+2212), and the date "11 June 2020"
    /// under it. Read as no symbol at all, the whole header had stayed in the body.
    func testUNRegulationJointSymbolWithAMinusSign() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/ece/E_ECE_324_Rev.1_Add.16_Rev.6_UN-Reg-17-EN.pdf"))
        XCTAssertEqual(out.metadata.symbol, "E/ECE/324/Rev.1/Add.16/Rev.6")
        XCTAssertEqual(out.metadata.otherSymbols, ["E/ECE/TRANS/505/Rev.1/Add.16/Rev.6"])
        XCTAssertEqual(out.metadata.issuedDate, "2020-06-11")
        XCTAssertFalse(out.blocks.contains { $0.text.contains("E/ECE/324/Rev.1/Add.16/Rev.6") || $0.text == "11 June 2020" })
        XCTAssertEqual(HeaderText.symbol("A/80/434\u{2013}S/2025/632")?.symbol, "A/80/434-S/2025/632")
    }

    /// E/ESCWA/30/8 (Arabic), page 1, rendered: the Arabic edition mirrors the masthead, its
    /// stack "Distr." / "LIMITED" / symbol / date / "ARABIC" / "ORIGINAL: ENGLISH" on the left,
    /// the last line reaching 207 pt of 792 (below the top quarter). Before, that line was the
    /// title and the header ended there (no session, agenda item or title); the fields now
    /// match the English edition's.
    func testMastheadStackOnTheLeftOfAnArabicEdition() throws {
        let md = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_8-AR.pdf")).metadata
        XCTAssertEqual(md.title, "مقترح إنشاء المركز العربي لسياسات تغيُّر المناخ في الإسكوا")
        XCTAssertEqual(md.sessionNumber, 30)
        XCTAssertEqual(md.agendaItems, ["10"])
        XCTAssertEqual(md.symbol, "E/ESCWA/30/8")
    }

    /// ESCWA prints its committees' reports under "Report" alone in large type (rendered p. 1
    /// of E/ESCWA/SDD/2017/IG.1/6/Report: "Report" 15 pt, then "Eleventh session of the
    /// Committee on Social Development" and "Khartoum, 17-18 October 2017" in 13 pt on the
    /// same centre); the Arabic edition "تقرير" (18 pt) over "لجنة التنمية الاجتماعية عن دورتها
    /// الحادية عشرة" (14 pt). Before, the title was "Report", the type null and the session line a
    /// body heading. The French report says "Rapport sur la trentième session".
    func testReportTitledByItsKindAlone() throws {
        let en = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDD_2017_IG.1_6_REPORT-EN.pdf"))
        XCTAssertEqual(en.metadata.title, "Report Eleventh session of the Committee on Social Development")
        XCTAssertEqual(en.metadata.documentType, .report)
        XCTAssertTrue(en.furniture.contains { $0.kind == .headerLine && $0.text == "Khartoum, 17-18 October 2017" })
        XCTAssertEqual(en.blocks.first?.text, "Summary")
        let ar = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDD_2017_IG.1_6_REPORT-AR.pdf"))
        XCTAssertEqual(ar.metadata.title, "تقرير لجنة التنمية الاجتماعية عن دورتها الحادية عشرة")
        XCTAssertEqual(ar.metadata.documentType, .report)
        let fr = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-FR.pdf"))
        XCTAssertEqual(fr.metadata.documentType, .report)
        let note = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_INF.1-EN.pdf"))
        XCTAssertEqual(note.metadata.title, "Information note")
        XCTAssertEqual(note.metadata.documentType, .note)
    }

    /// A scanned draft of 1971 (un-su/1971-09-29_A_L.632-EN, page 1, rendered): "Agenda item 93"
    /// under a session line the OCR layer reads "rrwenty-sixth session", then the agenda item's
    /// title in capitals, centred on two lines ("RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S
    /// REPUBLIC" / "OF CHINA IN THE UNITED NATIONS"), then the sponsors' paragraph ending
    /// ": draft resolution". Before, the unread session line became the title and the header
    /// ended there: no agenda item, no sponsors, no document type.
    func testOlderDraftWithCentredAgendaTitleInCapitals() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-su/1971-09-29_A_L.632-EN.pdf"))
        XCTAssertEqual(out.metadata.agendaItems, ["93"])
        XCTAssertEqual(out.metadata.agendaItemTitle, "RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC OF CHINA IN THE UNITED NATIONS")
        XCTAssertEqual(out.metadata.documentType, .draftResolution)
        XCTAssertEqual(out.metadata.sponsors.count, 20)
        XCTAssertEqual(out.metadata.sponsors.first, "Australia")
        XCTAssertEqual(out.metadata.sponsors.last, "Uruguay")
        XCTAssertNil(out.metadata.title, "the draft prints no title of its own")
        XCTAssertEqual(out.blocks.first?.text, "The General Assembly,")
        XCTAssertTrue(out.furniture.contains { $0.kind == .headerLine && $0.text == "rrwenty-sixth session" })
    }
}

/// Paragraphs across a page break, and the word accounting over whole documents.
final class PageBreakAndAccountingTests: XCTestCase {
    /// E/ESCWA/30/INF.1 (English) sets its text in a smaller area than its A4 paper: the page
    /// numbers "2" to "9" stand centred 16 pt under the last line (at 628 pt of 842), above
    /// the foot band. Before, each was a paragraph or opened the paragraph running on from the
    /// page before ("3 non-governmental organizations …", p. 6). Rendered pp. 2, 5–6.
    func testPageNumberAboveTheFootBand() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_INF.1-EN.pdf"))
        XCTAssertEqual(out.furniture.filter { $0.kind == .pageNumber }.map(\.text), (2...9).map(String.init))
        XCTAssertEqual(out.furniture.filter { $0.kind == .pageNumber }.map(\.page), Array(4...11))
        XCTAssertFalse(out.blocks.contains { Int($0.text).map((1...9).contains) ?? false })
        // The job number ends page 2 (the document's first after its cover) at 597 pt.
        XCTAssertEqual(out.furniture.filter { $0.kind == .jobNumber }.map(\.text), ["18-00202"])
        XCTAssertFalse(out.blocks.contains { $0.text == "18-00202" })
        let press = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("The public meetings of the session will be open") })
        XCTAssertEqual(press.pages, [5, 6])
        XCTAssertTrue(press.text.contains("government officials, non-governmental organizations"), press.text)
    }

    /// A/C.1/80/L.40: the last preambular paragraph ends page 2 with a comma; "1. Welcomes"
    /// opens page 3 at the first-line indent: operative paragraph 1 is a paragraph of its own.
    func testOperativeOneAtTheTopOfAPage() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_C.1_80_L.40.pdf"))
        let operative = out.blocks.filter { $0.role == .operative }
        XCTAssertEqual(operative.first?.number, "1.")
        XCTAssertTrue(operative.first?.text.hasPrefix("Welcomes the fact that the Treaty for the Prohibition") == true)
        XCTAssertEqual(out.blocks.last { $0.role == .preamble }?.text, "Recalling also its resolution 77/35 of 7 December 2022,")
    }

    /// Every printed word of these documents is placed: "South-" / "East" (A/RES/80/47 p. 3)
    /// and "by-" / "catch" (A/80/L.17 p. 51) are found whether the hyphen stayed or not.
    func testEveryWordIsPlaced() throws {
        for name in ["A_RES_80_47.pdf", "A_80_L.17.pdf", "A_C.2_80_L.47.pdf"] {
            let out = try buildDocument(try TestPaths.shared("corpus/bulk/\(name)"))
            XCTAssertEqual(out.diagnostics.filter { $0.code == "text.unplaced" }.map(\.message), [], name)
        }
    }

    /// A word dropped from the output is reported with its page.
    func testAWordMissingFromTheOutputIsReported() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_80_47.pdf"))
        var blocks = out.blocks
        let k = try XCTUnwrap(blocks.firstIndex { $0.text.contains("Association of Southeast Asian Nations") })
        blocks[k].text = blocks[k].text.replacingOccurrences(of: "Association of Southeast Asian Nations", with: "Association of Asian Nations")
        var lines: [Line] = []
        for n in 1...3 { lines += try linesOf(try TestPaths.shared("corpus/bulk/A_RES_80_47.pdf"), page: n) }
        let missing = TextAccounting.unplaced(lines: lines, blocks: blocks, footnotes: out.footnotes)
        XCTAssertTrue(missing.contains(TextAccounting.Unplaced(page: 3, text: "southeast")), "\(missing)")
    }

    private func linesOf(_ url: URL, page: Int) throws -> [Line] {
        let pdf = try PDFFile(url: url)
        let p = ReadingFrame.oriented(try pdf.page(page))
        let zoned = PageZoner().zone(pages: [(page, p.width, p.height, LineBuilder().lines(of: p))])
        return zoned[0].lines(in: .body)
    }
}

/// The Universal Declaration in Russian and Chinese: its 30 articles are headings numbered as
/// printed, and Chinese text carries no space between characters.
final class UniversalDeclarationTests: XCTestCase {
    func testRussianArticles() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/udhr/UDHR_GA_res_217A_III-RU_ohchr.pdf"))
        let articles = out.blocks.filter { $0.kind == .heading }.map { $0.number ?? "" }
        XCTAssertEqual(articles, (1...30).map { "Статья \($0)" })
        XCTAssertEqual(out.metadata.language, "ru")
        let first = try XCTUnwrap(out.blocks.firstIndex { $0.number == "Статья 1" })
        XCTAssertTrue(out.blocks[first + 1].text.hasPrefix("Все люди рождаются свободными и равными в своем достоинстве и правах."))
        // Every article's text is a paragraph of its own, also where the label ends a page
        // ("Статья 3" at the foot of p. 2, its text at the top of p. 3).
        XCTAssertTrue(out.blocks.filter { $0.kind == .heading }.allSatisfy { $0.text.isEmpty })
        let third = try XCTUnwrap(out.blocks.firstIndex { $0.number == "Статья 3" })
        XCTAssertTrue(out.blocks[third + 1].text.hasPrefix("Каждый человек имеет право на жизнь"), out.blocks[third + 1].text)
    }

    func testChineseArticlesAndSpacing() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/udhr/UDHR_GA_res_217A_III-ZH_ohchr.pdf"))
        let numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        func chinese(_ n: Int) -> String {
            n <= 10 ? numbers[n - 1] : n < 20 ? "十" + numbers[n - 11] : numbers[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : numbers[n % 10 - 1])
        }
        XCTAssertEqual(out.blocks.filter { $0.kind == .heading }.map { $0.number ?? "" }, (1...30).map { "第\(chinese($0))条" })
        XCTAssertEqual(out.metadata.language, "zh")
        let second = try XCTUnwrap(out.blocks.firstIndex { $0.number == "第二条" })
        XCTAssertTrue(out.blocks[second + 1].text.hasPrefix("人人有资格享有本宣言所载的一切权利和自由,不分种族、肤色、性别、语言、宗教、"))
        // "第一条" ends page 1 and its text opens page 2: a paragraph, not the heading's text.
        XCTAssertTrue(out.blocks.filter { $0.kind == .heading }.allSatisfy { $0.text.isEmpty })
        let first = try XCTUnwrap(out.blocks.firstIndex { $0.number == "第一条" })
        XCTAssertEqual(out.blocks[first + 1].text, "人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。")
    }

    /// A full-width semicolon closes the clause before the next number: article 15's two
    /// paragraphs stand apart, as the Russian edition's do.
    func testChineseNumberedParagraphsInsideAnArticle() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/udhr/UDHR_GA_res_217A_III-ZH_ohchr.pdf"))
        let article = try XCTUnwrap(out.blocks.firstIndex { $0.number == "第十五条" })
        XCTAssertEqual(out.blocks[article + 1].number, "1.")
        XCTAssertTrue(out.blocks[article + 1].text.hasSuffix("人人有权享有国籍。"))
        XCTAssertEqual(out.blocks[article + 2].number, "2.")
        XCTAssertTrue(out.blocks[article + 2].text.hasSuffix("任何人的国籍不得任意剥夺,亦不得否认其改变国籍的权利。"))
    }

    func testCJKSpacesClose() {
        XCTAssertEqual(TextJoiner.normalize("人 人 生 而 自 由, 在 尊 严"), "人人生而自由,在尊严")
        XCTAssertEqual(TextJoiner.normalize("1948 年 12 月 10 日"), "1948 年 12 月 10 日")
    }
}

/// Lead-ins and the roles they give belong to preambular and operative paragraphs (contract).
final class LeadInOutsideResolutionsTests: XCTestCase {
    private func allBlocks(_ out: DocumentBuilder.Output) -> [Block] {
        func walk(_ bs: [Block]) -> [Block] { bs.flatMap { [$0] + walk($0.items) } }
        return walk(out.blocks)
    }

    /// "Members:" over the Council's list (S/PV.10011 p. 1) and "Abbreviations:" under a table
    /// (A/80/630 p. 34) were operative paragraphs, their plural read as a verb; 276 paragraphs
    /// of the corpus without a role carried a lead-in ("Source", "President", "For discussion").
    func testLabelsRunningToAColonTakeNoRoleAndNoParagraphWithoutRoleHasALeadIn() throws {
        let record = try buildDocument(try TestPaths.shared("corpus/un/sc/S_PV.10011-EN.pdf"))
        let members = try XCTUnwrap(record.blocks.first { $0.text.hasPrefix("Members: Algeria") })
        XCTAssertNil(members.role)
        XCTAssertNil(members.leadIn)
        let budget = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_630.pdf"))
        let abbreviations = try XCTUnwrap(budget.blocks.first { $0.text.hasPrefix("Abbreviations: ASG, Assistant Secretary-General") })
        XCTAssertNil(abbreviations.role)
        for out in [record, budget] {
            XCTAssertEqual(allBlocks(out).filter { $0.leadIn != nil && $0.role == nil }.map(\.text), [])
        }
        // An amendment's inserted paragraphs keep the role their lead-in gives (A/80/L.29).
        let amendment = try buildDocument(try TestPaths.shared("corpus/un/un-ga/A_80_L.29.pdf"))
        XCTAssertTrue(amendment.blocks.contains { $0.role == .operative && $0.leadIn != nil })
    }
}

/// Draft decisions set in roman type, whose formula may run into the decision itself.
final class DecisionRoleTests: XCTestCase {
    /// A/C.4/80/L.12 is one sentence ("The General Assembly, taking note of the application of
    /// Malta …, decides to appoint Malta as a member …") and A/C.5/80/L.22 opens "The General
    /// Assembly decides to defer …" with no comma: each is the formula paragraph (contract), as
    /// A/C.2/80/L.61's formula over its clauses is, not a paragraph without a role.
    func testFormulaRunningIntoTheDecision() throws {
        let malta = try buildDocument(try TestPaths.shared("corpus/bulk/A_C.4_80_L.12.pdf"))
        XCTAssertEqual(malta.metadata.documentType, .draftDecision)
        let first = try XCTUnwrap(malta.blocks.first)
        XCTAssertEqual(first.role, .formula)
        XCTAssertTrue(first.text.hasSuffix("decides to appoint Malta as a member of the Committee on the Peaceful Uses of Outer Space."), first.text)
        let deferred = try buildDocument(try TestPaths.shared("corpus/bulk/A_C.5_80_L.22.pdf"))
        XCTAssertEqual(deferred.blocks.first?.role, .formula)
        // Its list of documents after the colon is the decision's operative part.
        XCTAssertEqual(deferred.blocks.dropFirst().map(\.role), [.operative, .operative])
        // A report's unnumbered sentence on the Assembly stays a paragraph: the rule asks for a decision.
        XCTAssertFalse(BlockClassifier.opensWithFormulaWords("The Advisory Committee recalls that", parameters: .standard))
        XCTAssertTrue(BlockClassifier.opensWithFormulaWords("The General Assembly decides to defer", parameters: .standard))
    }

    /// A/80/L.1 sets the decision's recitals as paragraphs ("Recalling further the decision …
    /// of the Two-State Solution:") and its clauses under the last one: "(a) Expresses its
    /// profound gratitude to France and Saudi Arabia …" and "(b) Endorses the New York
    /// Declaration …" are the decision, operative, not preambular.
    func testClausesUnderTheLastRecitalOfADecision() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_80_L.1.pdf"))
        let recital = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("Recalling further") })
        XCTAssertEqual(recital.role, .preamble)
        XCTAssertEqual(recital.items.map(\.number), ["(a)", "(b)"])
        XCTAssertEqual(recital.items.map(\.role), [.operative, .operative])
        XCTAssertTrue(recital.items[1].text.hasPrefix("Endorses the New York Declaration"))
    }
}

/// Lines under the title of Human Rights Council reports that no field holds.
final class ReportTitleAreaTests: XCTestCase {
    /// A/HRC/43/2 p. 1 prints "Vice-President and Rapporteur: Yackoley Kokou Johnson (Togo)"
    /// under "Report of the Human Rights Council on its forty-third session": a header line,
    /// not the report's first paragraph (the "Contents" heading is).
    func testRapporteurLineIsAHeaderLine() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/hrc/A_HRC_43_2-EN.pdf"))
        XCTAssertEqual(out.metadata.title, "Report of the Human Rights Council on its forty-third session")
        XCTAssertTrue(out.furniture.contains { $0.kind == .headerLine && $0.text == "Vice-President and Rapporteur: Yackoley Kokou Johnson (Togo)" })
        XCTAssertEqual(out.blocks.first?.text, "Contents")
        XCTAssertFalse(BlockClassifier.opensWithFormulaWords("Vice-President and Rapporteur: X", parameters: .standard))
    }

    /// A/HRC/WG.6/48/SVN/2 p. 1: "Compilation of information prepared by the Office of the
    /// United Nations High Commissioner for Human Rights" under "Slovenia" gives `submittedBy`,
    /// and the words before the author, which no field holds, stay as header lines.
    func testCompilationSubtitleKeepsItsWords() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g2419943.pdf"))
        XCTAssertEqual(out.metadata.submittedBy, "the Office of the United Nations High Commissioner for Human Rights")
        XCTAssertEqual(out.metadata.documentType, .report)
        XCTAssertEqual(out.furniture.filter { $0.kind == .headerLine && $0.page == 1 }.suffix(2).map(\.text),
                       ["Compilation of information prepared by the Office of the", "United Nations High Commissioner for Human Rights"])
    }
}

/// Reports whose title names their author.
final class ReportTitleAuthorTests: XCTestCase {
    /// S/2012/197 is titled "Report of the Secretary-General on the situation concerning Western
    /// Sahara": `submittedBy` is "the Secretary-General" (the words after "Report of", up to
    /// the subject), the title stays whole. A/HRC/14/15's "Report of the Working Group on the
    /// Universal Periodic Review" names a body for its subject: the whole name is the author.
    /// A draft resolution titled "Report of the Disarmament Commission" (A/C.1/80/L.48) is
    /// about that report: no author.
    func testAuthorFromTheTitle() throws {
        let sahara = try buildDocument(try TestPaths.shared("corpus/un/sc/S_2012_197-EN.pdf")).metadata
        XCTAssertEqual(sahara.title, "Report of the Secretary-General on the situation concerning Western Sahara")
        XCTAssertEqual(sahara.submittedBy, "the Secretary-General")
        let upr = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g1012049.pdf")).metadata
        XCTAssertEqual(upr.submittedBy, "the Working Group on the Universal Periodic Review")
        XCTAssertEqual(HeaderScan.authorBeforeSubject("Report of the Human Rights Council on its forty-third session"), "the Human Rights Council")
        XCTAssertNil(HeaderScan.authorBeforeSubject("Report of the Special Rapporteur on the situation of human rights in Myanmar"))
        let draft = try buildDocument(try TestPaths.shared("corpus/bulk/A_C.1_80_L.48.pdf")).metadata
        XCTAssertEqual(draft.documentType, .draftResolution)
        XCTAssertNil(draft.submittedBy)
    }
}

/// Note lines that open with a number.
final class NoteContinuationNumberTests: XCTestCase {
    /// A/C.2/80/L.47 p. 8: note 16 wraps "… Least Developed Countries, New York," over "17
    /// March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I, resolution 2.", its
    /// second line at the notes' text indent, 9.3 pt right of the raised markers. The bare "17"
    /// is the date's day: note 16 goes on, and note 17 is "Resolution 78/317, annex." alone.
    func testBareNumberAtTheTextIndentContinuesTheNote() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_C.2_80_L.47.pdf"))
        XCTAssertEqual(out.footnotes.first { $0.marker == "16" }?.text,
                       "Report of the Fifth United Nations Conference on the Least Developed Countries, New York, 17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I, resolution 2.")
        XCTAssertEqual(out.footnotes.filter { $0.marker == "17" }.map(\.text), ["Resolution 78/317, annex."])
    }
}

/// Ornaments between groups of paragraphs.
final class OrnamentLineTests: XCTestCase {
    /// A/RES/78/149 p. 2 sets "* * *" between two groups of preambular paragraphs: it takes no
    /// role, and the paragraphs after it stay preambular.
    func testAsterismTakesNoRole() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_78_149.pdf"))
        let index = try XCTUnwrap(out.blocks.firstIndex { $0.text == "* * *" })
        XCTAssertNil(out.blocks[index].role)
        XCTAssertEqual(out.blocks[index + 1].role, .preamble)
        XCTAssertEqual(out.blocks[index - 1].role, .preamble)
    }
}
