import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Notes printed as a numbered list at the end of a report.
final class EndnoteTests: XCTestCase {
    /// A/HRC/WG.6/48/SVN/1 prints notes 1–42 under "Notes" on pp. 19–20; note 34 runs from the
    /// foot of p. 19 onto p. 20. Before, notes 1–34 were body paragraphs (the page ends in the
    /// run-on lines, not in a line opening with a number) and the run-on lines were added to
    /// the "*" note of p. 1.
    func testEndnotesWhoseLastNoteRunsOnAreNotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/more/A_HRC_WG.6_48_SVN_1.pdf"))
        XCTAssertEqual(out.footnotes.map(\.marker), ["*"] + (1...42).map(String.init))
        XCTAssertEqual(out.footnotes.first { $0.marker == "1" }?.text, "United Nations Office of the High Commissioner for Human Rights.")
        let last = try XCTUnwrap(out.footnotes.first { $0.marker == "34" })
        XCTAssertTrue(last.text.hasSuffix("natural and social environments, and to future generations."), last.text)
        XCTAssertEqual(out.footnotes.first?.text, "The present document is being issued without formal editing.")
        // The title "Notes" opens page 19 after paragraph 151 closed page 18: a block of its
        // own (it was the end of paragraph 151). No note is a paragraph.
        XCTAssertEqual(out.blocks.filter { $0.pages.contains(19) }.map(\.text), ["Notes"])
        XCTAssertFalse(out.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
    }

    /// E/ESCWA/SDD/2017/Technical Paper.8 prints notes "1." to "9." in three columns under
    /// "Endnotes" on p. 4 (checked on the rendered page), set smaller than the text; the text
    /// refers to them with raised numbers. Before, the notes were body paragraphs numbered 1 to
    /// 9 and every raised number was a marker without a note.
    func testNotesUnderTheirHeadingAreNotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDD_2017_TECHNICAL_PAPER.8-EN.pdf"))
        XCTAssertEqual(out.footnotes.map(\.marker), (1...9).map(String.init))
        XCTAssertEqual(out.footnotes.first?.text, "Bryan A. Garner, ed., Black's Law Dictionary, tenth edition (New York, Thomson Reuters Pvt. Ltd., 2014).")
        let third = try XCTUnwrap(out.footnotes.first { $0.marker == "3" })
        XCTAssertTrue(third.text.hasSuffix("which remains debatable.” (A/69/10, para. 145.)"), third.text)
        XCTAssertEqual(out.footnotes.first { $0.marker == "8" }?.text, "A/CN.4/663.")
        XCTAssertEqual(out.footnotes.map(\.page), Array(repeating: 4, count: 9))
        // The section headings "1." to "4." keep their numbers; no note is a paragraph.
        XCTAssertFalse(out.blocks.contains { $0.kind == .paragraph && ($0.number == "1." || $0.number == "9.") })
        XCTAssertTrue(out.blocks.contains { $0.text == "Endnotes" })
        XCTAssertFalse(out.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
        XCTAssertTrue(out.blocks.contains { $0.footnoteRefs == ["2"] })
        // The line must be the heading's whole text: a paragraph that mentions endnotes is none.
        XCTAssertTrue(LanguageVocabulary.anyEndnoteHeading.contains("Endnotes"))
        XCTAssertTrue(LanguageVocabulary.anyEndnoteHeading.contains("الحواشي"))
    }

    /// ESCWA/EDID/2018/1/Summary lists notes 1 to 18 under "Endnotes" in three columns on its
    /// last page (p. 19).
    func testEighteenEndnotesOfTheSurveySummary() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-EN.pdf"))
        XCTAssertEqual(out.footnotes.map(\.marker), (1...18).map(String.init))
        XCTAssertEqual(out.footnotes.first { $0.marker == "16" }?.text, "https://www.stats.gov.sa/en/352.")
        // The last row of the three columns (notes 7, 10 and 18) lies in the footer band; it
        // was read across the page after the columns, and note 18 ended "Labour Organization."
        XCTAssertEqual(out.footnotes.first { $0.marker == "18" }?.text, "http://www.ipu.org/wmn-e/classif.htm.")
        XCTAssertEqual(out.footnotes.first { $0.marker == "6" }?.text,
                       "Own-account workers and contributing family workers, based on classifications by the International Labour Organization.")
    }

    /// The Arabic editions print the same endnotes, numbered at the right edge of each column
    /// (`PDFFile.droppingRepeatedLabelDigits`, `LineBuilder.rightEdgeLabelFirst`): 9 notes
    /// on p. 4 of Technical Paper.8 and 18 on p. 19 of the survey summary, as in English
    /// (issue 11's parity; none before).
    func testArabicEditionsHaveTheSameEndnotes() throws {
        let paper = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDD_2017_TECHNICAL_PAPER.8-AR.pdf"))
        XCTAssertEqual(paper.footnotes.map(\.marker), (1...9).map(String.init))
        XCTAssertTrue(paper.footnotes[0].text.hasPrefix("Bryan A. Garner, ed., Black’s Law Dictionary, tenth edition"), paper.footnotes[0].text)
        XCTAssertTrue(paper.footnotes[2].text.hasPrefix("يشير تقرير الدورة السادسة والستين للجنة القانون الدولي"), paper.footnotes[2].text)
        XCTAssertFalse(paper.blocks.contains { $0.kind == .paragraph && $0.number != nil }, "no note is a numbered paragraph")
        // The section headings keep their numbers, read once ("4.4أهمية" before).
        XCTAssertEqual(paper.blocks.filter { $0.kind == .heading }.compactMap(\.number), ["1.", "2.", "3.", "4."])
        let summary = try buildDocument(try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-AR.pdf"))
        XCTAssertEqual(summary.footnotes.map(\.marker), (1...18).map(String.init))
        XCTAssertEqual(summary.footnotes.first { $0.marker == "6" }?.text,
                       "العاملون لحسابهم الخاص والعاملون المساهمون في عمل الأسرة، استناداً إلى تصنيفات منظمة العمل الدولية.")
        XCTAssertTrue(summary.footnotes[10].text.hasPrefix("نفذت الصين خطتها الخمسية الثالثة"), summary.footnotes[10].text)
    }
    /// A/HRC/WG.6/48/SVN/2 (un-hrc/g2419943) prints its endnotes small from p. 11 on; the first
    /// line under the running header of pp. 11 and 12 is a note ("⁴ A/HRC/52/33/Add.2, para.
    /// 7.", "⁵⁴ CEDAW/C/SVN/CO/7, paras. 25 and 26 (a).") and had been taken for a running
    /// header, small as it is: notes 4 and 54 were missing.
    func testEndnoteAtTheTopOfAPageIsNoRunningHeader() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g2419943.pdf"))
        XCTAssertEqual(out.footnotes.first { $0.marker == "4" }?.text, "A/HRC/52/33/Add.2, para. 7.")
        XCTAssertEqual(out.footnotes.first { $0.marker == "54" }?.text, "CEDAW/C/SVN/CO/7, paras. 25 and 26 (a).")
        XCTAssertFalse(out.furniture.contains { $0.text.contains("A/HRC/52/33/Add.2") || $0.text.contains("CEDAW/C/SVN/CO/7") })
    }

    /// official/MAR.pdf p. 18: endnote xii runs to the very foot of the page, its last three
    /// lines set smaller than the body inside the bottom band. They run on from the note's lines
    /// above the band (same left edge, same leading), so they are its text, not a footer; the
    /// legal notice at the foot of each page of official/issue6127, small print wholly inside
    /// the band, stays a footer.
    func testNoteRunningToTheFootIsNoFooter() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/MAR.pdf"))
        // (Notes x to xii, set in the body of that page, come out as one paragraph.)
        let note = try XCTUnwrap(out.blocks.first { $0.text.contains("xii Il peut s’agir de comportements prédateurs") })
        XCTAssertTrue(note.text.hasSuffix("de la perte de propriété intellectuelle et de connaissances."), note.text)
        XCTAssertFalse(out.furniture.contains { $0.page == 18 && $0.text.contains("connaissances") })
        let form = try buildDocument(try TestPaths.shared("corpus/official/issue6127.pdf"))
        XCTAssertTrue(form.furniture.contains { $0.page == 1 && $0.text.hasPrefix("Quiconque se rend coupable de fraude") })
    }

    /// A/HRC/WG.6/48/SVN/3 (un-hrc/g2420410), rendered pp. 10–12: "Notes" in italics, then
    /// raised 1 and 2 in 9-pt type; note 2 lists the stakeholders in two columns over the rest of
    /// p. 10, all of p. 11 (which opens with its "Ljubljana (Slovenia);") and the top of p. 12,
    /// where notes 3 to 124 follow. Before, notes 1 and 2 were body paragraphs (a table, headings
    /// "Joint submission 1 submitted by: …") and the raised 1 and 2 of p. 1 referred to no note.
    func testNotesWhoseSecondFillsAPage() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g2420410.pdf"))
        XCTAssertEqual(out.footnotes.map(\.marker), ["*"] + (1...124).map(String.init))
        XCTAssertEqual(out.footnotes.first { $0.marker == "1" }?.text, "A/HRC/43/15 and the addendum A/HRC/43/15/Add.1, and A/HRC/43/2.")
        let second = try XCTUnwrap(out.footnotes.first { $0.marker == "2" })
        XCTAssertEqual(second.page, 10)
        XCTAssertTrue(second.text.hasPrefix("The stakeholders listed below have contributed information for this summary;"), second.text)
        XCTAssertTrue(second.text.contains("JS1 Joint submission 1 submitted by: The Faculty of Social Work;"), second.text)
        XCTAssertEqual(out.blocks.filter { $0.pages.contains(11) }.count, 0, "page 11 is all note 2")
        XCTAssertEqual(out.blocks.filter { $0.pages.contains(10) }.last?.text, "Notes")
        XCTAssertFalse(out.diagnostics.contains { $0.code == "footnote.markerWithoutNote" })
    }
}
