import XCTest
import DocumentModel
@testable import Structure
import TestSupport

/// Page-1 labels of the French, Spanish, Russian, Chinese and Arabic editions, read through
/// their `HeaderVocabulary`: the lines as printed in the samples made for them
/// (Samples/A_RES_91_140, 91_151, 91_163, 91_170, 91_175) and in the examples.
final class OtherLanguageHeaderTests: XCTestCase {
    /// Session ordinals in words: French counts by twenties, Chinese multiplies by ten.
    func testSessionOrdinals() {
        XCTAssertEqual(HeaderText.sessionNumber("Quatre-vingt-onzième session"), 91)
        XCTAssertEqual(HeaderText.sessionNumber("Soixante-treizième session"), 73)
        XCTAssertEqual(HeaderText.sessionNumber("Soixante et onzième session"), 71)
        XCTAssertEqual(HeaderText.sessionNumber("Nonagésimo primer período de sesiones"), 91)
        XCTAssertEqual(HeaderText.sessionNumber("Девяносто первая сессия"), 91)
        XCTAssertEqual(HeaderText.sessionNumber("第九十一届会议"), 91)
        XCTAssertEqual(HeaderText.sessionNumber("第十届会议"), 10)
        XCTAssertEqual(HeaderText.sessionNumber("الدورة الحادية والتسعون"), 91)
        XCTAssertEqual(HeaderText.sessionNumber("الدورة الثالثة والسبعون"), 73)
        XCTAssertEqual(HeaderText.sessionNumber("الدورة الثالثة عشرة"), 13)
        XCTAssertEqual(HeaderText.sessionNumber("Seventy-third session"), 73, "English as before")
        XCTAssertNil(HeaderText.sessionNumber("Nouvelle session"), "a word that is no number")
    }

    /// Agenda-item lines, with the "71 b)" form of the French, Spanish and Russian editions.
    func testAgendaLines() {
        XCTAssertEqual(HeaderText.agendaLine("Point 71 b) de l’ordre du jour"), ["71 b)"])
        XCTAssertEqual(HeaderText.agendaLine("Points 14 et 117 de l’ordre du jour"), ["14", "117"])
        XCTAssertEqual(HeaderText.agendaLine("Tema 25 del programa"), ["25"])
        XCTAssertEqual(HeaderText.agendaLine("Пункт 71 b) повестки дня"), ["71 b)"])
        XCTAssertEqual(HeaderText.agendaLine("议程项目 20"), ["20"])
        XCTAssertEqual(HeaderText.agendaLine("البند 18 من جدول الأعمال"), ["18"])
        XCTAssertNil(HeaderText.agendaLine("Point de vue de l’ordre du jour"))
    }

    /// Dates: Russian months in the genitive with "года", Chinese dates in figures.
    func testDates() {
        XCTAssertEqual(HeaderText.isoDate("27 января 2037 года"), "2037-01-27")
        XCTAssertEqual(HeaderText.isoDate("22 de enero de 2037"), "2037-01-22")
        XCTAssertEqual(HeaderText.isoDate("20 janvier 2037"), "2037-01-20")
        XCTAssertEqual(HeaderText.isoDate("2037 年 1 月 29 日"), "2037-01-29")
        XCTAssertEqual(HeaderText.firstDate(in: "2037 年 1 月 21 日大会通过的决议"), "2037-01-21")
        XCTAssertNil(HeaderText.isoDate("2037 年 13 月 29 日"))
        // Arabic dates name the month twice; the name after the slash gives it.
        XCTAssertEqual(HeaderText.isoDate("28 كانون الثاني/يناير 2037"), "2037-01-28")
        XCTAssertEqual(HeaderText.isoDate("28 حزيران/يونيو 2018"), "2018-06-28")
        XCTAssertEqual(HeaderText.firstDate(in: "قرار اتخذته الجمعية العامة في 3 شباط/فبراير 2037"), "2037-02-03")
    }

    /// Formulas, adoption and meeting lines; sub-item labels "a)" and "i)".
    func testFormulasAndLabels() {
        XCTAssertTrue(DocumentBuilder.isFormula("L’Assemblée générale,", parameters: .standard))
        XCTAssertTrue(DocumentBuilder.isFormula("La Asamblea General,", parameters: .standard))
        XCTAssertTrue(DocumentBuilder.isFormula("Генеральная Ассамблея,", parameters: .standard))
        XCTAssertTrue(DocumentBuilder.isFormula("大会，", parameters: .standard))
        XCTAssertFalse(DocumentBuilder.isFormula("Генеральная Ассамблея, провозглашает", parameters: .standard))
        XCTAssertEqual(HeaderScan.otherAdoption("Résolution adoptée par l’Assemblée générale le 15 janvier 2037") ?? nil, "15 janvier 2037")
        XCTAssertEqual(HeaderScan.otherAdoption("Resolución aprobada por la Asamblea General el 16 de enero de 2037") ?? nil, "16 de enero de 2037")
        XCTAssertNil(HeaderScan.otherAdoption("Resolution adopted by the General Assembly on 9 January 2037"))
        XCTAssertTrue(HeaderScan.isOtherMeeting("61e séance plénière"))
        XCTAssertTrue(HeaderScan.isOtherMeeting("64-е пленарное заседание"))
        XCTAssertTrue(HeaderScan.isOtherMeeting("第 65 次全体会议"))
        XCTAssertTrue(HeaderScan.isOtherMeeting("الجلسة العامة 66"))
        XCTAssertTrue(HeaderScan.opensOtherMeeting("الجلسة العامة 66"))
        XCTAssertTrue(DocumentBuilder.isFormula("إن الجمعية العامة،", parameters: .standard))
        XCTAssertEqual(HeaderScan.otherAdoption("قرار اتخذته الجمعية العامة في 28 كانون الثاني/يناير 2037") ?? nil, "28 كانون الثاني/يناير 2037")
        XCTAssertEqual(HeaderScan.organName("الجمعية العامة"), "General Assembly")
        XCTAssertEqual(HeaderScan.organName("Assemblée générale"), "General Assembly")
        XCTAssertEqual(Label.parse("a)"), .letter("a"))
        XCTAssertEqual(Label.parse("ii)"), .parenRoman("ii"))
        XCTAssertNil(Label.parse("2037)"))
    }

    /// The Russian sample end to end: its header fields and the lower-case italic lead-ins
    /// that open its preambular paragraphs, each a paragraph of its own.
    func testRussianSample() throws {
        let out = try buildDocument(TestPaths.samples.appendingPathComponent("A_RES_91_163.pdf"))
        XCTAssertEqual(out.metadata.language, "ru")
        XCTAssertEqual(out.metadata.session, "Девяносто первая сессия")
        XCTAssertEqual(out.metadata.sessionNumber, 91)
        XCTAssertEqual(out.metadata.agendaItems, ["19"])
        XCTAssertEqual(out.metadata.adoptionDate, "2037-01-19")
        XCTAssertEqual(out.metadata.meeting, "64-е пленарное заседание")
        let preamble = out.blocks.filter { $0.role == .preamble }
        XCTAssertEqual(preamble.compactMap(\.leadIn), ["ссылаясь", "признавая", "будучи обеспокоена", "отмечая", "будучи убеждена"])
    }
}
