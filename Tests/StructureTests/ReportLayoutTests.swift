import XCTest
import DocumentModel
@testable import Structure
import TestSupport

/// Reports and records: numbered subsection titles, paragraph numbers at the top of a page,
/// running headers that reading order puts late, and officers' drafts that print their kind twice.
final class ReportLayoutTests: XCTestCase {
    private func build(_ path: String) throws -> DocumentBuilder.Output {
        try buildDocument(try TestPaths.shared("corpus/\(path)"))
    }

    /// Bullets straight under a heading, with no paragraph to hang from, stand side by side:
    /// the eight recommendations under "A. STATE INSTITUTIONS: ACCOUNTABILITY AND LEADERSHIP"
    /// (E/ESCWA/2017/EC.4/4(Part VII) pp. 11–12) were seven items of the first.
    func testBulletsUnderAHeadingAreSiblings() throws {
        let out = try build("un/escwa/E_ESCWA_2017_EC.4_4(PART_VII)-EN.pdf")
        let heading = try XCTUnwrap(out.blocks.firstIndex { $0.kind == .heading && $0.number == "A." && $0.pages == [11] })
        let bullets = out.blocks[(heading + 1)...].prefix { $0.number == "•" }
        XCTAssertEqual(bullets.count, 8)
        XCTAssertTrue(bullets.allSatisfy { $0.items.isEmpty })
        XCTAssertTrue(bullets.last?.text.hasPrefix("Strengthen institutional financial and technical capacity") == true)
    }

    /// An "Annex I" line alone takes the title set under it (contract): S/1996/112 pp. 17–18,
    /// whose two-line titles wrap in lower case, and the capitals of E/ESCWA/30/6 p. 25 set on
    /// two lines. The caption under "Appendix I" of A/80/605 (p. 69, "Figure 1") is no title.
    func testAnnexHeadingsTakeTheTitleUnderThem() throws {
        let letter = try build("un/sc/S_1996_112-EN.pdf")
        let annexes = letter.blocks.filter { $0.role == .annex }
        XCTAssertEqual(annexes.prefix(2).map(\.number), ["Annex I", "Annex II"])
        XCTAssertEqual(annexes.prefix(2).map(\.text), ["Estimated cost of UNMIH for the period from 1 March to 31 August 1996",
                                                       "Composition and strength of the military component of UNMIH as of 1 February 1996"])
        let report = try build("un/escwa/E_ESCWA_30_6-EN.pdf")
        let annex = try XCTUnwrap(report.blocks.first { $0.role == .annex })
        XCTAssertEqual(annex.text, "OUTCOME DOCUMENT OF PREPARATORY MEETINGS FOR THE 2018 ARAB FORUM FOR SUSTAINABLE "
                       + "DEVELOPMENT AND HIGH-LEVEL POLITICAL FORUM ON SUSTAINABLE DEVELOPMENT")
        let budget = try build("un/un-mandates/A_80_605.pdf")
        let appendix = try XCTUnwrap(budget.blocks.first { $0.role == .appendix && $0.number == "Appendix I" })
        XCTAssertEqual(appendix.text, "")
        XCTAssertTrue(budget.blocks.contains { $0.text == "Figure 1" && $0.pages == [69] })
    }


    /// The ILC articles on State responsibility (un/more/ILC_2001_State_Responsibility, rendered
    /// pp. 2 and 7): "PART ONE" over "THE INTERNATIONALLY WRONGFUL ACT OF A STATE", then
    /// "CHAPTER I", then "Article 2"; article 27's title wraps, in italics, onto a shorter line
    /// ("Consequences of invoking a circumstance" / "precluding wrongfulness") centred 14 pt
    /// off the first. Before, "PART ONE …" was a paragraph, parts and chapters shared level 1,
    /// and nine wrapped titles lost their second line to a paragraph of its own.
    func testPartsChaptersArticlesAndWrappedArticleTitles() throws {
        let out = try build("un/more/ILC_2001_State_Responsibility.pdf")
        let part = try XCTUnwrap(out.blocks.first { $0.number == "PART ONE" })
        XCTAssertEqual(part.kind, .heading)
        XCTAssertEqual(part.text, "THE INTERNATIONALLY WRONGFUL ACT OF A STATE")
        XCTAssertEqual(out.blocks.filter { $0.number?.hasPrefix("PART ") == true }.map(\.number), ["PART ONE", "PART TWO", "PART THREE", "PART FOUR"])
        XCTAssertEqual(part.level, 1)
        XCTAssertEqual(out.blocks.first { $0.number == "CHAPTER I" }?.level, 2)
        XCTAssertEqual(out.blocks.first { $0.number == "Article 2" }?.level, 3)
        XCTAssertEqual(out.blocks.first { $0.number == "Article 27" }?.text, "Consequences of invoking a circumstance precluding wrongfulness")
        XCTAssertEqual(out.blocks.first { $0.number == "Article 5" }?.text, "Conduct of persons or entities exercising elements of governmental authority")
        XCTAssertFalse(out.blocks.contains { $0.kind == .paragraph && $0.text == "precluding wrongfulness" })
        // A Council's session report: "Part Two" over "Summary of proceedings" (A/HRC/43/2 p. 8).
        let report = try build("un/hrc/A_HRC_43_2-EN.pdf")
        XCTAssertEqual(report.blocks.first { $0.number == "Part Two" }?.text, "Summary of proceedings")
    }

    /// E/ESCWA/30/6 (English) p. 4, rendered: "Introduction" centred over paragraph 1 looks
    /// bold, but its font is the regular Times (drawn with a heavier stroke): the word alone on
    /// its line makes the heading, as "Summary" does. Before, it was a paragraph; so in 15
    /// ESCWA documents.
    func testIntroductionAloneIsAHeading() throws {
        let out = try build("un/escwa/E_ESCWA_30_6-EN.pdf")
        let intro = try XCTUnwrap(out.blocks.first { $0.text == "Introduction" })
        XCTAssertEqual(intro.kind, .heading)
        XCTAssertEqual(intro.pages, [4])
    }

    /// A letter's annex (A/80/434–S/2025/632 p. 2, rendered): "Annex to the letter dated 3
    /// October 2025 from the Permanent Representative of Spain to the United Nations addressed to
    /// the Secretary-General" in bold over the annex's own title "Chair's summary of …". The
    /// first line is an annex heading, "Annex" its label; before, it was a section heading with
    /// no number and the annex's paragraphs were not inside an annex.
    func testAnnexToALetterIsAnAnnexHeading() throws {
        let letter = try build("un/sc/A_80_434-S_2025_632-EN.pdf")
        let annex = try XCTUnwrap(letter.blocks.first { $0.role == .annex })
        XCTAssertEqual(annex.number, "Annex")
        XCTAssertEqual(annex.pages, [2])
        XCTAssertEqual(annex.text, "to the letter dated 3 October 2025 from the Permanent Representative of Spain to the United Nations addressed to the Secretary-General")
        XCTAssertTrue(RegexCache.shared.matches(EnglishPatterns.annexLine, "Annex II to the note verbale dated 1 May 2025"))
        XCTAssertFalse(RegexCache.shared.matches(EnglishPatterns.annexLine, "Annex to this report lists the experts"), "the words after the label name a document")
    }
    /// E/ESCWA/2017/EC.4/4(Part V) p. 7: figure 4, drawn first, labels its bars with text turned
    /// a quarter. The page's direction was read from its first glyph pairs only, all on those
    /// labels, so the upright page was taken as turned and paragraphs 18–20 under the figure
    /// came out as a table of letters. Read over pairs spread across the page, the page is
    /// upright and the paragraphs run 1 to 28 in both languages.
    func testTurnedChartLabelsDoNotTurnThePage() throws {
        for language in ["EN", "AR"] {
            let out = try build("un/escwa/E_ESCWA_2017_EC.4_4(PART_V)-\(language).pdf")
            let numbers = out.blocks.filter { $0.kind == .paragraph }.compactMap(\.number)
                .compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))) }
            XCTAssertEqual(numbers, Array(1...28), language)
        }
        let english = try build("un/escwa/E_ESCWA_2017_EC.4_4(PART_V)-EN.pdf")
        let eighteen = try XCTUnwrap(english.blocks.first { $0.number == "18." })
        XCTAssertEqual(eighteen.pages, [7])
        XCTAssertTrue(eighteen.text.hasPrefix("There are alarming disparities between governorates/states"), eighteen.text)
    }

    /// E/ESCWA/EDID/2016/IG.1/4(Part I)/Rev.1: on pages 5 to 7 the notes stand under a chart
    /// whose small labels, "Source:" and "Notes:" lines run up from them without a break in size,
    /// so the run of small lines was a figure and notes 6 to 10 were body paragraphs (five
    /// markers without a note). The notes are the lines from the numbered marker line set apart
    /// under the figure; the Arabic twin gets its notes 9 to 11 back the same way. The chart's
    /// own lines stay in the body.
    func testNotesUnderAFigureAreFootnotes() throws {
        let english = try build("un/escwa/E_ESCWA_EDID_2016_IG.1_4(PART_I)_REV.1-EN.pdf")
        XCTAssertEqual(english.footnotes.map(\.marker), (1...11).map(String.init))
        let six = try XCTUnwrap(english.footnotes.first { $0.marker == "6" })
        XCTAssertEqual(six.page, 5)
        XCTAssertTrue(six.text.hasPrefix("See http://siteresources.worldbank.org/INTWDRS/Resources/"), six.text)
        XCTAssertFalse(english.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
        XCTAssertTrue(english.blocks.contains { $0.pages == [5] && $0.text.hasPrefix("Notes: Arab countries for which data are available") })
        let arabic = try build("un/escwa/E_ESCWA_EDID_2016_IG.1_4(PART_I)_REV.1-AR.pdf")
        XCTAssertEqual(Set(["9", "10", "11"]).subtracting(arabic.footnotes.map(\.marker)), [])
        XCTAssertFalse(arabic.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
    }

    /// E/ESCWA/30/18/Report p. 41: "1. Senior officials segment", centred in italics under
    /// "C. OPENING OF THE SESSION", is a level-3 heading, and paragraphs 109, 110, 111, 112 run on.
    func testNumberedItalicTitleIsASubsectionHeading() throws {
        let out = try build("un/escwa/E_ESCWA_30_18_REPORT-EN.pdf")
        let heading = try XCTUnwrap(out.blocks.first { $0.text == "Senior officials segment" })
        XCTAssertEqual(heading.kind, .heading)
        XCTAssertEqual(heading.number, "1.")
        XCTAssertEqual(heading.level, 3)
        // "C." after "B." is the third letter, not Roman 100: a level-2 heading.
        let c = try XCTUnwrap(out.blocks.first { $0.kind == .heading && $0.text == "OPENING OF THE SESSION" })
        XCTAssertEqual(c.number, "C.")
        XCTAssertEqual(c.level, 2)
        let numbers = out.blocks.filter { $0.kind == .paragraph && $0.pages == [41] }.compactMap(\.number)
        XCTAssertEqual(numbers, ["109.", "110.", "111.", "112."])
    }

    /// E/ESCWA/EDID/2017/IG.1/INF.1 numbers its section titles, centred: "1. Background
    /// information" in italics in English, "1- معلومات أساسية" in its Arabic twin. Both are headings.
    func testCentredNumberedTitlesAreHeadingsInBothLanguages() throws {
        let english = try build("un/escwa/E_ESCWA_EDID_2017_IG.1_INF.1-EN.pdf")
        let en = try XCTUnwrap(english.blocks.first { $0.text == "Background information" })
        XCTAssertEqual(en.kind, .heading)
        XCTAssertEqual(en.number, "1.")
        let arabic = try build("un/escwa/E_ESCWA_EDID_2017_IG.1_INF.1-AR.pdf")
        let ar = try XCTUnwrap(arabic.blocks.first { $0.text == "معلومات أساسية" })
        XCTAssertEqual(ar.kind, .heading)
        XCTAssertEqual(ar.number, "1-")
    }

    /// A/HRC/14/37: page 71 ends a voting list with "Chile, Mexico, Norway" (no full stop), page 72
    /// opens with "158. For the text as adopted, …": the next number opens its own paragraph.
    func testNextParagraphNumberAtPageTopOpensAParagraph() throws {
        let out = try build("un/un-hrc/g1217781.pdf")
        let p158 = try XCTUnwrap(out.blocks.first { $0.number == "158." })
        XCTAssertEqual(p158.pages, [72])
        XCTAssertTrue(p158.text.hasPrefix("For the text as adopted"))
        XCTAssertTrue(out.blocks.contains { $0.text == "Chile, Mexico, Norway" && $0.pages == [71] })
    }

    /// S/PV.4507 p. 3, in two columns: the running header "S/PV.4507" stands above the right
    /// column and comes after the left column in reading order. It is furniture, not body text.
    func testRunningHeaderAboveSecondColumnIsFurniture() throws {
        let out = try build("un/sc/S_PV.4507-EN.pdf")
        for page in [3, 5, 7, 9] {
            XCTAssertTrue(out.furniture.contains { $0.kind == .runningHeader && $0.page == page && $0.text == "S/PV.4507" },
                          "page \(page)")
        }
        XCTAssertFalse(out.blocks.contains { $0.text == "S/PV.4507" })
    }

    /// A/C.2/80/L.43 prints its kind again after the officer's clause ("…, on the basis of
    /// informal consultations on draft resolution A/C.2/80/L.2: draft resolution").
    func testOfficerDraftKindPrintedTwiceIsNotPartOfSubmittedBy() throws {
        let out = try build("bulk/A_C.2_80_L.43.pdf")
        XCTAssertEqual(out.metadata.documentType, .draftResolution)
        XCTAssertEqual(out.metadata.submittedBy,
                       "the Rapporteur of the Committee, Javad Momeni (Islamic Republic of Iran ), on the basis of informal consultations on draft resolution A/C.2/80/L.2")
    }
}
