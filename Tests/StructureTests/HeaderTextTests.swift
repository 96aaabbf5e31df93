import DocumentModel
import Foundation
import XCTest
@testable import Structure

/// The small text parsers behind the header parser, on lines quoted from real documents.
final class HeaderTextTests: XCTestCase {

    func testDates() {
        XCTAssertEqual(HeaderText.isoDate("31 October 2018"), "2018-10-31")          // A/RES/73/6, under Distr.
        XCTAssertEqual(HeaderText.isoDate("4 December 2025"), "2025-12-04")          // A/80/L.29
        XCTAssertEqual(HeaderText.isoDate("on 7 December 2023"), nil)                // not a date alone
        XCTAssertEqual(HeaderText.firstDate(in: "Resolution adopted by the General Assembly on 17 November 2015"), "2015-11-17") // A/RES/70/10
        XCTAssertEqual(HeaderText.isoDate("1er août 2020"), "2020-08-01")
        XCTAssertNil(HeaderText.isoDate("31 Octember 2018"))
        XCTAssertNil(HeaderText.isoDate("24 February–20 March 2020"))                // A/HRC/43/15 session dates
    }

    func testOrdinals() {
        XCTAssertEqual(HeaderText.ordinalValue("Seventy-third"), 73)
        XCTAssertEqual(HeaderText.ordinalValue("Eightieth"), 80)
        XCTAssertEqual(HeaderText.ordinalValue("Fourteenth"), 14)
        XCTAssertEqual(HeaderText.ordinalValue("Twenty-eighth"), 28)
        XCTAssertEqual(HeaderText.ordinalValue("First"), 1)
        XCTAssertEqual(HeaderText.ordinalValue("Hundredth"), 100)
        XCTAssertEqual(HeaderText.ordinalValue("One hundredth"), 100)
        XCTAssertEqual(HeaderText.ordinalValue("One hundred and first"), 101)
        XCTAssertEqual(HeaderText.ordinalValue("One hundred twenty-second"), 122)
        XCTAssertEqual(HeaderText.ordinalValue("One hundred and ninety-ninth"), 199)
        XCTAssertNil(HeaderText.ordinalValue("Seventy"))
        XCTAssertNil(HeaderText.ordinalValue("Two hundredth"))
        XCTAssertEqual(HeaderText.sessionNumber("Seventy-eighth session"), 78)      // A/RES/78/199
        XCTAssertEqual(HeaderText.sessionNumber("Forty-third session"), 43)          // A/HRC/43/15
        XCTAssertEqual(HeaderText.sessionNumber("Tenth emergency special session"), 10)
        XCTAssertNil(HeaderText.sessionNumber("Eightieth year"))                     // A/80/434-S/2025/632
    }

    func testAgendaItems() {
        XCTAssertEqual(HeaderText.agendaLine("Agenda item 30"), ["30"])              // A/RES/73/6
        XCTAssertEqual(HeaderText.agendaLine("Agenda item 71 (b)"), ["71 (b)"])      // A/RES/78/199
        XCTAssertEqual(HeaderText.agendaLine("Agenda items 14 and 117"), ["14", "117"])
        XCTAssertEqual(HeaderText.agendaLine("Agenda items 12, 13 (a) and 120"), ["12", "13 (a)", "120"])
        XCTAssertEqual(HeaderText.agendaLine("Item 35 of the provisional agenda"), ["35"])  // A/80/L.1
        XCTAssertNil(HeaderText.agendaLine("Agenda item entitled “Culture of peace”"))
    }

    func testSymbols() {
        XCTAssertEqual(HeaderText.symbol("A /RES/73/6")?.symbol, "A/RES/73/6")
        XCTAssertEqual(HeaderText.symbol("A /C.1/80/L.28")?.symbol, "A/C.1/80/L.28")
        XCTAssertEqual(HeaderText.symbol("A /HRC/DEC/14/105")?.symbol, "A/HRC/DEC/14/105")
        XCTAssertEqual(HeaderText.symbol("A /80/434- S /2025/632")?.symbol, "A/80/434-S/2025/632")
        XCTAssertEqual(HeaderText.symbol("S/RES/2803 (2025)")?.symbol, "S/RES/2803 (2025)")
        let reissued = HeaderText.symbol("S /2012/197***")                           // S/2012/197, third reissue
        XCTAssertEqual(reissued?.symbol, "S/2012/197")
        XCTAssertEqual(reissued?.asterisks, 3)
        XCTAssertNil(HeaderText.symbol("Distr.: General"))
        XCTAssertNil(HeaderText.symbol("73/6."))
    }

    func testSponsors() {
        // A/C.1/80/L.28, joined over five lines.
        let s = HeaderText.splitSponsors("Malta, Netherlands (Kingdom of the), Norway, Portugal, Republic of Moldova, Romania, San Marino, Slovakia, Slovenia and Sweden")
        XCTAssertEqual(s, ["Malta", "Netherlands (Kingdom of the)", "Norway", "Portugal", "Republic of Moldova", "Romania",
                           "San Marino", "Slovakia", "Slovenia", "Sweden"])
        XCTAssertEqual(HeaderText.splitSponsors("Albania, Australia, Belgium, Bosnia and Herzegovina, Bulgaria"),
                       ["Albania", "Australia", "Belgium", "Bosnia and Herzegovina", "Bulgaria"])
        XCTAssertEqual(HeaderText.splitSponsors("Brazil*"), ["Brazil"])             // A/80/L.29 "Brazil:*"
        XCTAssertEqual(HeaderText.splitSponsors("Norway and Ukraine"), ["Norway", "Ukraine"])
        XCTAssertEqual(HeaderText.splitSponsors("Panama, United Kingdom of Great Britain and Northern Ireland and Uruguay"),
                       ["Panama", "United Kingdom of Great Britain and Northern Ireland", "Uruguay"])   // A/C.3/80/L.22
        XCTAssertEqual(HeaderText.splitSponsors("Iraq (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)"),
                       ["Iraq (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)"])
        XCTAssertEqual(HeaderText.joinLines(["Djibouti, Egypt, Guinea-", "Bissau, Iran"]), "Djibouti, Egypt, Guinea-Bissau, Iran")
    }

    func testJobNumbers() {
        XCTAssertEqual(HeaderText.jobNumber("18-17962 (E)")?.job, "18-17962")          // A/RES/73/6
        XCTAssertEqual(HeaderText.jobNumber("18-17962 (E) 021118")?.languageLetter, "E")
        XCTAssertEqual(HeaderText.jobNumber("GE.10-14611")?.job, "GE.10-14611")         // A/HRC/DEC/14/105
        XCTAssertNil(HeaderText.jobNumber("GE.10-14611")?.languageLetter)
        XCTAssertEqual(HeaderText.jobNumber("GE.19-21936(E)")?.job, "GE.19-21936")      // A/HRC/43/15
        XCTAssertEqual(HeaderText.jobNumber("12-27711*** (E) 170412")?.job, "12-27711") // S/2012/197
        XCTAssertNil(HeaderText.jobNumber("25-16550 is a number"))
        XCTAssertEqual(HeaderText.languageTag(forJobLetter: "F"), "fr")
        XCTAssertEqual(HeaderText.languageTag(forJobLetter: "C"), "zh")
    }
}
