import XCTest
import Extraction
@testable import Layout
import TestSupport

/// Multi-column reading order, bracketed footnote markers and tables set small.
final class ColumnsAndMarkersTests: XCTestCase {
    /// The Federal Register sets three columns with 9 pt gutters. Page 2's first column reads
    /// "Hatta International Airport in Jakarta," / "Indonesia, resulting in 189 fatalities." /
    /// "Investigation of the accident has been" (checked on the rendered page): those lines
    /// must come one after the other, not interleaved with the second and third columns.
    func testFederalRegisterColumnsAreReadColumnByColumn() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/official/federal-register-2020-17221.pdf"))
        let texts = pages[1].lines.map(\.text)
        let first = try XCTUnwrap(texts.firstIndex(of: "Hatta International Airport in Jakarta,"))
        XCTAssertEqual(Array(texts[first...].prefix(3)), [
            "Hatta International Airport in Jakarta,",
            "Indonesia, resulting in 189 fatalities.",
            "Investigation of the accident has been",
        ])
        // The running head spans the columns and stays one line.
        XCTAssertTrue(texts.contains { $0.hasPrefix("Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020") })
    }

    /// Page 4 of E/ESCWA/SDD/2017/Technical Paper.8 sets two columns of text, a title across the
    /// page ("4. The Importance of a Legal Approach"), two columns again, then "Endnotes" over
    /// three columns of notes: no gutter runs down the whole page, so the page is read in
    /// bands (checked on the rendered page). Before, each line ran across the columns
    /// ("Positioning the 2030 Agenda in a legal context has Rooting the SDGs …").
    func testColumnsThatChangeDownThePageAreReadBandByBand() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDD_2017_TECHNICAL_PAPER.8-EN.pdf"))
        let texts = pages[3].lines.map(\.text)
        XCTAssertEqual(try Self.line(after: "Positioning the 2030 Agenda in a legal context has", in: texts),
                       "significant implications for a rights-based approach")
        XCTAssertEqual(try Self.line(after: "acting in contravention to it.", in: texts), "Rooting the SDGs in concrete legal principles")
        // The endnotes: the first column to its foot, then the second, then the third.
        let first = try XCTUnwrap(texts.firstIndex(of: "1. Bryan A. Garner, ed., Black's Law Dictionary,"))
        XCTAssertEqual(Array(texts[first...].prefix(3)), [
            "1. Bryan A. Garner, ed., Black's Law Dictionary,",
            "tenth edition (New York, Thomson Reuters Pvt.",
            "Ltd., 2014).",
        ])
        XCTAssertEqual(try Self.line(after: "avoid the need to interpret the Latin expression", in: texts),
                       "“opinio juris sive necessitatis”, which remains")
        let seventh = try XCTUnwrap(texts.firstIndex { $0.hasPrefix("7. Laurence R. Helfer and Ingrid B. Wuerth,") })
        XCTAssertGreaterThan(seventh, try XCTUnwrap(texts.firstIndex { $0.hasPrefix("6. Andrew T. Guzman") }))
        XCTAssertTrue(texts.contains("4. The Importance of a Legal Approach"))
    }

    /// A list of participants in two columns, country names over their delegates, is read column
    /// by column: "Bahrain" and its delegate, down to Lebanon, then "Mauritania" at the top of
    /// the right column (E/ESCWA/ECW/2017/IG.1/7/Report, p. 18). The first row ("Bahrain" beside
    /// "Mauritania") stands apart from the rest but belongs to the same columns.
    func testAListOfParticipantsInTwoColumns() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/escwa/E_ESCWA_ECW_2017_IG.1_7_REPORT-EN.pdf"))
        let texts = pages[17].lines.map(\.text)
        XCTAssertEqual(try Self.line(after: "Bahrain", in: texts), "Ms. Rania Ahmed Abdul Ghaffar al-Jarf")
        XCTAssertEqual(try Self.line(after: "Mauritania", in: texts), "Ms. Zainab bint Moussa Ould Cheikh Saidya")
        XCTAssertGreaterThan(try XCTUnwrap(texts.firstIndex(of: "Mauritania")),
                             try XCTUnwrap(texts.firstIndex(of: "Jordanian National Commission for Women")))
    }

    /// Tables whose rows stand apart are no columns: the request and action table of A/80/605
    /// p. 58 (three rows start together on both sides) and Table 13.1 of A/81/6 (Sect. 13) p. 5
    /// (its first cell, "–", stands 160 pt left of the next) keep their rows in reading order.
    func testTablesInBandsKeepTheirRows() throws {
        let requests = try layout(of: try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))[57].lines.map(\.text)
        XCTAssertEqual(try Self.line(after: "Decision/request", in: requests), "Action taken to implement decision/request")
        let action = try Self.line(after: "Requests the Secretary-General to improve", in: requests)
        XCTAssertTrue(action.hasPrefix("As of November 2025, 9 of the 17 recommendations"), action)
        let measure = try layout(of: try TestPaths.shared("corpus/un/un-mandates/A_81_6 (SECT. 13).pdf"))[4].lines.map(\.text)
        let dash = try XCTUnwrap(measure.firstIndex(of: "–"))
        // Its rows stay whole for the table detector, as on a page without columns.
        XCTAssertEqual(Array(measure[(dash + 1)...].prefix(2)), [
            "In Uganda, over 1,100 youth In Colombia, 450 small and medium-",
            "entrepreneurs in sectors such as sized enterprises in sectors such as",
        ])
    }

    /// The last row of the endnote columns of ESCWA/EDID/2018/1/Summary (Arabic) p. 19 lies
    /// below the body band (the footer band starts at 675.7 pt, the row at 681 pt): the band
    /// runs on over it, so each column ends with its own last line, right column first. Read
    /// across the page, it was one line, "7. e/classif.-http://www.ipu.org/wmn1818
    /// innovation/natural-gas/liquefied- http://www.opec.org/opec_web/".
    func testTheLastRowOfAColumnBandBelowTheBody() throws {
        let texts = try layout(of: try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-AR.pdf"))[18].lines.map(\.text)
        XCTAssertEqual(try Self.line(after: "منظمة العمل الدولية.", in: texts), "7. http://www.opec.org/opec_web/")
        XCTAssertEqual(try Self.line(after: "10. https://www.shell.com/energy-and-", in: texts), "innovation/natural-gas/liquefied-")
        let eleven = try XCTUnwrap(texts.firstIndex { $0.hasPrefix("11. نفذت الصين") })
        let eighteen = try XCTUnwrap(texts.firstIndex { $0.hasPrefix("18. ") })
        XCTAssertGreaterThan(eighteen, eleven)
    }

    /// Page 5 of Federal Register 2020-17221 sets three columns over the "Estimated costs"
    /// table across the page, whose dotted figures fill the second gutter: only the first gutter
    /// runs the page's height, so the columns are read in a band (checked on the rendered page).
    /// The columns, set on one baseline grid, start blocks together by chance twice (2 of 3),
    /// which does not make them a table; and the band runs up into the header band, where the
    /// columns start under the running head. Before, the second and third columns ran into one
    /// line ("markers if applicable, by accomplishing Board Report at https://www.faa.gov/").
    func testThreeColumnsOverATableAcrossThePage() throws {
        let texts = try layout(of: try TestPaths.shared("corpus/official/federal-register-2020-17221.pdf"))[4].lines.map(\.text)
        XCTAssertEqual(try Self.line(after: "verification, and removing INOP", in: texts), "markers if applicable, by accomplishing")
        XCTAssertEqual(try Self.line(after: "markers if applicable, by accomplishing", in: texts), "the applicable actions identified as")
        XCTAssertEqual(try Self.line(after: "• Performing an AOA sensor system", in: texts), "test, by accomplishing the applicable")
        // The third column follows the second one's last line.
        let third = try XCTUnwrap(texts.firstIndex(of: "Board Report at https://www.faa.gov/"))
        XCTAssertEqual(texts[third + 1], "aircraft/draft_docs/fsb/ for public")
        XCTAssertGreaterThan(third, try XCTUnwrap(texts.firstIndex(of: "Boeing 737 Flight Standardization")))
    }

    /// The line that follows the first line reading `text` in reading order.
    private static func line(after text: String, in texts: [String]) throws -> String {
        let index = try XCTUnwrap(texts.firstIndex(of: text), "no line \"\(text)\"")
        return try XCTUnwrap(texts.dropFirst(index + 1).first, "nothing after \"\(text)\"")
    }

    /// A UN resolution in one column is not cut into columns (A/RES/73/6 page 2 lines stay whole).
    func testSingleColumnPageIsNotSplit() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
        XCTAssertTrue(pages[1].lines.contains {
            $0.text == "Information for Disaster Management and Emergency Response (UN-SPIDER), and"
        })
    }

    /// EU acts set footnote markers as "( ¹ )": one superscript word "1", in the body and at the
    /// start of the note (Commission Delegated Regulation (EU) 2024/1772, page 1).
    func testBracketedSuperscriptMarkers() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/official/Commission_Delegated_Regulation_2024_1772.pdf"))
        let body = try XCTUnwrap(pages[0].lines.first { $0.text.hasPrefix("(EU) No 600/2014, (EU) No 909/2014 and (EU) 2016/1011") })
        let marker = try XCTUnwrap(body.words.first { $0.isSuperscript })
        XCTAssertEqual(marker.text, "1")
        XCTAssertFalse(body.words.contains { $0.text == "(" || $0.text == ")" })
        let note = try XCTUnwrap(zip(pages[0].lines, pages[0].zones).first { $0.0.text.hasPrefix("1 OJ L 333, 27.12.2022") })
        XCTAssertEqual(note.1, .footnotes)
        XCTAssertTrue(note.0.words[0].isSuperscript)
    }

    /// The annex table of S/2012/197 (page 24) is set in 7–8.5 pt under a 10 pt body, with no
    /// separator: it is body text, not a footnote area (its cells share baselines).
    func testSmallTableIsNotAFootnoteArea() throws {
        let pages = try layout(of: try TestPaths.shared("corpus/un/sc/S_2012_197-EN.pdf"))
        let argentina = try XCTUnwrap(zip(pages[23].lines, pages[23].zones).first { $0.0.text == "Argentina" })
        XCTAssertEqual(argentina.1, .body)
    }
}
