import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Paragraphs and language of the ESCWA documents in Arabic.
final class ArabicStructureTests: XCTestCase {
    /// Arabic paragraph numbers: "1-" as read, "-1" as Poppler's own text gives it, and the
    /// item letters "(أ)", "(ب)" in abjad order.
    func testArabicLabels() {
        XCTAssertEqual(Label.parse("1-"), .arabic(1))
        XCTAssertEqual(Label.parse("-12"), .arabic(12))
        XCTAssertEqual(Label.parse("(أ)"), .letter("أ"))
        XCTAssertTrue(ParagraphSegmenter.follows(.letter("ب"), .letter("أ")))
        XCTAssertFalse(ParagraphSegmenter.follows(.letter("ج"), .letter("أ")))
        XCTAssertNil(Label.parse("2018-"), "a year broken at a hyphen is no number")
    }

    /// Arabic notes open with their number in parentheses, "(1) قرار الجمعية العامة 70/1 …", and
    /// the text refers to them with a raised "(5)". Before, the notes of E/ESCWA/30/18/Report
    /// (Arabic) p. 9 were paragraphs numbered "(1)" to "(5)" between paragraphs 3- and 4-.
    func testParenthesisedNotesAreFootnotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-AR.pdf"))
        let onPage9 = out.footnotes.filter { $0.page == 9 }
        XCTAssertEqual(onPage9.map(\.marker), ["1", "2", "3", "4", "5", "6"])
        XCTAssertEqual(onPage9.first?.text, "قرار الجمعية العامة 70/1 المؤرخ 25 أيلول/سبتمبر 2015.")
        XCTAssertFalse(out.blocks.contains { $0.number == "(1)" && $0.pages == [9] })
        // Paragraph 3- of the Beirut Consensus (page 9), not the report's own 3- above it, whose
        // number is a picture.
        let third = try XCTUnwrap(out.blocks.first { $0.number == "3-" && $0.pages.contains(9) && $0.text.hasPrefix("ونذكّر") })
        XCTAssertEqual(third.footnoteRefs, ["5", "6"])
        XCTAssertFalse(third.text.contains("(5)"))
        // Note 6 opens with its number drawn mirrored, ")6(", right of a left-to-right symbol.
        XCTAssertEqual(out.footnotes.first { $0.marker == "6" }?.text, "E/ESCWA/29/12/Report، ص 5، الفقرة 14.")
    }

    /// The notes of E/ESCWA/30/18/Report (Arabic) as its English and French twins have them
    /// (32): notes restart at "(1)" at the top of a page's notes for each annexed resolution
    /// (pp. 15, 20, 23); a note whose text is a symbol ends with its number as printed,
    /// ".E/ESCWA/EDID/2017/2 (10)" (p. 10); a preambular paragraph's last line, "لعام 2030(1)،",
    /// set with Latin digits smaller than its Arabic, stays in the body (p. 20). Before, notes
    /// 10, 1 and 2 of p. 15 were the end of note 9, the note of p. 20 held that line, and the
    /// note of p. 23 was the end of note 3 of p. 22.
    func testNotesThatRestartAndNotesEndingInTheirNumber() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-AR.pdf"))
        XCTAssertEqual(out.footnotes.count, 32)
        XCTAssertEqual(out.footnotes.filter { [10, 15, 20, 23].contains($0.page) }.map(\.marker), ["7", "8", "9", "10", "1", "2", "1", "1", "2"])
        XCTAssertEqual(out.footnotes.first { $0.page == 15 }?.text.hasPrefix("اعتُمد في 12 كانون الأول/ديسمبر 2015"), true)
        XCTAssertEqual(out.footnotes.first { $0.page == 20 }?.text, "قرار الجمعية العامة 70/1 المؤرخ 25 أيلول/سبتمبر 2015.")
        let aware = try XCTUnwrap(out.blocks.first { $0.pages == [20] && $0.text.hasPrefix("وإذ تعي") })
        XCTAssertTrue(aware.text.hasSuffix("خطة التنمية المستدامة لعام 2030 ،"), aware.text)
        XCTAssertEqual(aware.footnoteRefs, ["1"])
        // On a page whose notes are all web addresses, their numbers mirrored ")11(" but for
        // "…htm; (12)", note 12 is a note (E/ESCWA/EDID/2017/IG.2/5(Part IV), Arabic, p. 7).
        let aid = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_5(PART_IV)-AR.pdf"))
        let twelve = try XCTUnwrap(aid.footnotes.first { $0.marker == "12" })
        XCTAssertEqual(twelve.page, 7)
        XCTAssertTrue(twelve.text.hasPrefix("http://www.oecd.org/dac/development-aid-rises-again-in-2015-spending-on-refugees-doubles.htm;"), twelve.text)
        XCTAssertEqual(aid.footnotes.count, 28)
    }

    /// Lines are measured against lines of their own size: the labels of a chart set small, a
    /// few points apart, made every line of paragraphs 19- to 21- on page 7 of
    /// E/ESCWA/EDID/2017/IG.2/5(Part VI) (Arabic) a paragraph of its own. And a contents row
    /// ends at its page number: the rows of page 2 of E/ESCWA/2017/EC.4/4(Part V) (Arabic),
    /// among them "ھاء-", drawn with heh doachashmee, are headings one by one.
    func testParagraphsBesideAChartAndContentsRows() throws {
        let debt = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_5(PART_VI)-AR.pdf"))
        let p19 = try XCTUnwrap(debt.blocks.first { $0.number == "19-" })
        XCTAssertTrue(p19.text.hasSuffix("ومرحلة الانتقال السياسي (تونس ومصر) وانخفاض أسعار النفط."), p19.text)
        XCTAssertTrue(debt.blocks.first { $0.number == "20-" }?.text.hasSuffix("البالغ 27 في المائة (الشكل 2).") == true)
        XCTAssertFalse(debt.blocks.contains { $0.pages == [7] && $0.text.hasPrefix("الكبرى التي تستثمر") })
        let poverty = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_V)-AR.pdf"))
        let rows = poverty.blocks.filter { $0.pages == [2] && $0.kind == .heading }.compactMap(\.number)
        let first = try XCTUnwrap(rows.lastIndex(of: "ألف-"))
        XCTAssertEqual(Array(rows[first...].prefix(5)), ["ألف-", "باء-", "جيم-", "دال-", "ھاء-"])
        XCTAssertEqual(Label.parse("ھاء-"), .capital("هاء"))
    }

    /// The French, English and Arabic editions of E/ESCWA/30/18/Report have one structure:
    /// the same 207 top-level paragraph numbers in the same order (the report's, then each
    /// annexed resolution's from 1) and 32 notes each (issue 11's parity measure,
    /// Scripts/language-parity.py). Before this session the Arabic had 212 and 24.
    func testTheThreeEditionsOfTheReportAgree() throws {
        func outline(_ language: String) throws -> (numbers: [Int], notes: Int) {
            let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-\(language).pdf"))
            let numbers = out.blocks.filter { $0.kind == .paragraph && $0.level == nil }.compactMap { block -> Int? in
                guard let number = block.number else { return nil }
                return Int(number.filter { $0 != "." && $0 != "-" })
            }
            return (numbers, out.footnotes.count)
        }
        let english = try outline("EN")
        XCTAssertEqual(english.numbers.count, 207)
        XCTAssertEqual(english.notes, 32)
        for language in ["FR", "AR"] {
            let other = try outline(language)
            XCTAssertEqual(other.numbers, english.numbers, language)
            XCTAssertEqual(other.notes, english.notes, language)
        }
    }

    /// A page in two columns of right-to-left text reads the right column first, and a
    /// numbered title set far larger than the text is a heading though its Arabic face has no
    /// bold in its name: ESCWA_EDID_2018_1_SUMMARY (Arabic) p. 8 opens with "1. السياق
    /// العالمي" (23 pt over 9.5-pt text), as the English twin opens with "1. Global Context".
    /// Before, the left column came first and the title was a paragraph numbered 1.
    func testRightToLeftColumnsAndALargeTitle() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-AR.pdf"))
        let page8 = out.blocks.filter { $0.pages.first == 8 }
        XCTAssertEqual(page8.first?.kind, .heading)
        XCTAssertEqual(page8.first?.number, "1.")
        XCTAssertEqual(page8.first?.text, "السياق العالمي")
        XCTAssertTrue(page8.dropFirst().first?.text.hasPrefix("تحسن الاقتصاد العالمي في عام 2017") == true)
    }

    /// Arabic editions number points "(1)", "(2)" where the English prints "(a)" or "(i)"
    /// (`LanguageVocabulary.numberedPoints`); the Latin symbol that ends a point, set smaller
    /// than the Arabic, stays in it. E/ESCWA/30/18/Report (Arabic) p. 43: paragraph 87- and its
    /// five points (English: 87. (a)–(e)); before, the points were paragraphs numbered "(1)" to
    /// "(5)" and their symbols paragraphs of their own.
    func testNumberedPointsAreItems() throws {
        let report = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-AR.pdf"))
        let p87 = try XCTUnwrap(report.blocks.first { $0.number == "87-" })
        XCTAssertEqual(p87.items.map(\.number), ["(1)", "(2)", "(3)", "(4)", "(5)"])
        XCTAssertEqual(p87.items.map(\.level), [1, 1, 1, 1, 1])
        XCTAssertEqual(p87.items.first?.text, "تقرير لجنة المرأة عن دورتها الثامنة، بيروت، 4-5 تشرين الأول/أكتوبر 2017 (E/ESCWA/ECW/2017/IG.1/7/Report)؛")
        XCTAssertTrue(p87.items[1].text.hasSuffix("تشرين الأول/أكتوبر 2017 (E/ESCWA/SDD/2017/IG.1/6/Report)؛"), p87.items[1].text)
        XCTAssertEqual(report.blocks.first { $0.number == "88-" }.map { _ in true }, true)
        // Points under a lettered point are its sub-points, as "(i)" under "(a)" in English:
        // E/ESCWA/EDID/2017/IG.2/8 (Arabic) p. 6, "(أ) تقديم الخدمات …" then "(1) اللجنة الاقتصادية …".
        let programme = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_8-AR.pdf"))
        let servicing = try XCTUnwrap(programme.blocks.flatMap(\.items).first { $0.number == "(أ)" && $0.pages == [6] })
        XCTAssertEqual(servicing.items.first?.number, "(1)")
        XCTAssertEqual(servicing.items.first?.level, 2)
        // After a heading the points stand side by side at level 1, as "(a)" … do in the
        // English twin (E/ESCWA/SDPD/2017/IG.2/8/Report, recommendations to member States).
        let energy = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDPD_2017_IG.2_8_REPORT-AR.pdf"))
        let points = energy.blocks.filter { $0.pages == [3] && $0.number?.hasPrefix("(") == true }
        XCTAssertEqual(points.map(\.number), ["(1)", "(2)", "(3)", "(4)", "(5)"])
        XCTAssertTrue(points.allSatisfy { $0.level == 1 && $0.kind == .paragraph })
        // English keeps "(1)" as a paragraph number: EU recitals (DORA) are paragraphs.
        XCTAssertFalse(LanguageVocabulary.english.numberedPoints)
        XCTAssertTrue(LanguageVocabulary.arabic.numberedPoints)
    }

    /// The Arabic edition of E/ESCWA/EDID/2017/IG.2/8 numbers the strategy paragraphs "29-19" to
    /// "33-19" where the English prints "19.29" to "19.33" (its footnote on p. 5 says 19 is the
    /// programme): they are numbered paragraphs, the label off the text. A range of days before
    /// its month ("25-28 حزيران/يونيو 2018", E/ESCWA/30/18/Report) stays a date.
    func testArabicDecimalParagraphNumbers() throws {
        let programme = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_8-AR.pdf"))
        let strategy = programme.blocks.filter { $0.number?.hasSuffix("-19") == true }
        XCTAssertEqual(strategy.map(\.number), ["29-19", "30-19", "31-19", "32-19", "33-19"])
        XCTAssertEqual(strategy.map(\.pages), [[5], [5], [5], [5, 6], [6]])
        XCTAssertTrue(strategy[0].text.hasPrefix("تتولّى تنفيذ البرنامج الفرعي 3 شعبة التنمية والتكامل الاقتصادي."), strategy[0].text)
        XCTAssertTrue(BlockClassifier.isRightToLeftDecimalLabel("29-19", before: "تتولّى"))
        XCTAssertFalse(BlockClassifier.isRightToLeftDecimalLabel("25-28", before: "حزيران/يونيو"))
        XCTAssertFalse(BlockClassifier.isRightToLeftDecimalLabel("25-28", before: "يونيو"))
        XCTAssertFalse(BlockClassifier.isRightToLeftDecimalLabel("2018-2019", before: "تتولّى"))
        let report = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-AR.pdf"))
        XCTAssertFalse(report.blocks.contains { $0.number == "25-28" })
    }

    /// The section words of E/ESCWA/EDID/2017/IG.1/6 (Arabic) label their headings once the
    /// tanween Word maps to alef is read as the mark (`PDFFile.tanweenReadAsAlef`): "ثانياً-"
    /// over "منهجية مؤشر أداء الخدمات اللوجستية" on p. 5 was "ثاني ا-", no label.
    func testSectionWordsWithTheirTanween() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_6-AR.pdf"))
        let second = try XCTUnwrap(out.blocks.first { $0.pages == [5] && $0.kind == .heading && $0.number == "ثانياً-" })
        XCTAssertEqual(second.text, "منهجية مؤشر أداء الخدمات اللوجستية")
        XCTAssertFalse(out.blocks.contains { $0.text.contains("ثاني ا-") })
    }

    /// "(*)" opens a note as "(1)" does, and a raised "(*)" refers to it: the note on the
    /// order of member States on page 2 of E/ESCWA/EDID/2017/IG.2/L.1 (Arabic), "*" in the
    /// English twin. It was a paragraph of the body.
    func testParenthesisedAsteriskNote() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_L.1-AR.pdf"))
        let note = try XCTUnwrap(out.footnotes.first { $0.marker == "*" })
        XCTAssertEqual(note.page, 2)
        XCTAssertTrue(note.text.hasPrefix("الدول الأعضاء بحسب الترتيب الأبجدي باللغة العربية"), note.text)
        XCTAssertFalse(out.blocks.contains { $0.text.hasPrefix("(*)") })
        XCTAssertTrue(out.blocks.contains { $0.footnoteRefs.contains("*") && $0.text.hasPrefix("تنص المادة 18") })
    }

    /// An Arabic note whose text is a web address reads left to right, so its marker comes last
    /// and mirrored: "www.globalpolicywatch.org/… )2(" (E/ESCWA/2017/EC.4/4(Part II), Arabic, p. 5).
    func testANoteReadLeftToRightKeepsItsMarker() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_II)-AR.pdf"))
        let note = try XCTUnwrap(out.footnotes.first { $0.marker == "2" })
        XCTAssertEqual(note.page, 5)
        XCTAssertTrue(note.text.hasPrefix("www.globalpolicywatch.org/wp-content/uploads/2017/05/Detailed-Civil-Society-Comments-on-FfD-Forum-"), note.text)
        XCTAssertFalse(out.diagnostics.contains { $0.code == "footnote.textWithoutMarker" && $0.page == 5 })
    }

    /// E/ESCWA/2017/EC.4/L.2 (Arabic) numbers paragraphs 1- to 3-, as its English twin numbers
    /// them 1. to 3.; the language is read from the text.
    func testNumberedParagraphsMatchTheEnglishTwin() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_L.2-AR.pdf"))
        XCTAssertEqual(out.blocks.compactMap(\.number), ["1-", "2-", "3-"])
        XCTAssertTrue(out.blocks.first { $0.number == "1-" }?.text.hasPrefix("أعدت الأمانة التنفيذية للجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)") == true)
        XCTAssertEqual(out.metadata.language, "ar")
        XCTAssertEqual(out.metadata.symbol, "E/ESCWA/2017/EC.4/L.2")
    }

    /// E/ESCWA/ECW/2017/IG.1/7/Report numbers its paragraphs 1 to 72 through the report and its
    /// subsections 1, 2, 3 under each agenda item; the Arabic text underlines the subsection
    /// titles (not in the text layer), the English sets them in italics, and some English
    /// titles run over two lines. Each title breaks the numbering that runs on around it
    /// (paragraph 5, then "1- أنشطة النهوض بالمرأة …" on page 7, then paragraph 6), so it is a
    /// heading in both languages and the paragraph numbers run 1 to 72 without a stray one.
    func testSubsectionTitlesOutsideTheNumberingAreHeadings() throws {
        for (language, mark) in [("AR", "-"), ("EN", ".")] {
            let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_ECW_2017_IG.1_7_REPORT-\(language).pdf"))
            let numbers = out.blocks.filter { $0.kind == .paragraph }.compactMap(\.number).compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))) }
            XCTAssertEqual(Array(numbers.prefix(72)), Array(1...72), language)
            let titles = out.blocks.filter { $0.kind == .heading && $0.number?.hasSuffix(mark) == true && $0.number?.first?.isNumber == true }
            XCTAssertEqual(titles.map { $0.number! }, ["1", "2", "3", "1", "2", "3", "4", "5", "6", "7"].map { $0 + mark }, language)
            XCTAssertTrue(titles.allSatisfy { $0.level == 3 }, language)
        }
        let arabic = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_ECW_2017_IG.1_7_REPORT-AR.pdf"))
        let first = try XCTUnwrap(arabic.blocks.first { $0.kind == .heading && $0.number == "1-" })
        XCTAssertEqual(first.pages, [7])
        XCTAssertTrue(first.text.hasPrefix("أنشطة النهوض بالمرأة في برنامج عمل الإسكوا"), first.text)
    }

    /// Two titles in a row of their own series between paragraphs 50 and 51 of
    /// E/ESCWA/2017/EC.4/4(Part VII) (Arabic): "1- المنظمات غير الحكومية" (p. 15) and "2-
    /// الأوساط الأكاديمية ومراكز البحوث" (p. 16) head the recommendations to each stakeholder;
    /// the numbering runs on after them.
    func testTitlesInARowOutsideTheNumberingAreHeadings() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_VII)-AR.pdf"))
        let titles = out.blocks.filter { $0.kind == .heading && ["1-", "2-"].contains($0.number ?? "") }
        XCTAssertEqual(titles.map(\.text), ["المنظمات غير الحكومية", "الأوساط الأكاديمية ومراكز البحوث"])
        XCTAssertEqual(titles.map(\.pages), [[15], [16]])
        let numbers = out.blocks.filter { $0.kind == .paragraph }.compactMap(\.number).compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "-"))) }
        XCTAssertEqual(numbers, Array(1...56))
    }

    /// The axis of a chart on page 13 of E/ESCWA/EDID/2017/IG.3/6 (Arabic) reads "-1 -1.2 -1.4
    /// -1.6 -1.8": "-1" before two more figures is no paragraph number (it broke the report's
    /// numbering between paragraphs 40 and 41).
    func testAChartAxisIsNoNumberedParagraph() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.3_6-AR.pdf"))
        let axis = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("-1 -1.2 -1.4 -1.6 -1.8") })
        XCTAssertNil(axis.number)
        XCTAssertEqual(axis.pages, [13])
        let numbers = out.blocks.filter { $0.kind == .paragraph }.compactMap(\.number).compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "-"))) }
        XCTAssertEqual(numbers, Array(1...numbers.count))
        XCTAssertFalse(out.diagnostics.contains { $0.code == "numbering.gap" })
    }

    /// The Arabic semicolon closes item "(و)" at the foot of page 21 of
    /// E/ESCWA/2017/EC.4/9/Report (Arabic), so agenda item "5-" at the top of page 22 opens its
    /// own paragraph with its items (أ)–(ج), as "5." does in the English twin.
    func testArabicSemicolonBeforeAParagraphNumber() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_9_REPORT-AR.pdf"))
        let five = try XCTUnwrap(out.blocks.first { $0.number == "5-" && $0.pages == [22] })
        XCTAssertEqual(five.text, "تقارير الهيئات الفرعية للإسكوا عن دوراتها:")
        XCTAssertEqual(five.items.map(\.number), ["(أ)", "(ب)", "(ج)"])
        let four = try XCTUnwrap(out.blocks.first { $0.number == "4-" && $0.pages == [21] })
        // Items (أ)–(ز) of 4- only. The label "(ز)" comes from the selection made from the
        // right edge; its text "حساب الكلفة الاقتصادية للعنف ضد المرأة." is in neither of
        // Poppler's selections (README, Known limits).
        XCTAssertEqual(four.items.map(\.number), ["(أ)", "(ب)", "(ج)", "(د)", "(ه)", "(و)", "(ز)"])
    }

    /// The file E_ESCWA_EDID_2017_IG.2_3_(PART_II)-EN.pdf holds the Arabic text (and its -AR
    /// twin the English): the text decides the language, not the file name.
    func testLanguageFromTheText() throws {
        let arabic = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_3_(PART_II)-EN.pdf"))
        XCTAssertEqual(arabic.metadata.language, "ar")
        let english = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_3_(PART_II)-AR.pdf"))
        XCTAssertEqual(english.metadata.language, "en")
        let french = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-FR.pdf"))
        XCTAssertEqual(french.metadata.language, "fr")
    }

    /// The Universal Declaration in Russian and Chinese (udhr/, OHCHR's files): Cyrillic and Han
    /// text; the detector alone, on the first lines of each.
    func testScriptsNameTheirLanguage() throws {
        for (file, tag) in [("UDHR_GA_res_217A_III-RU_ohchr.pdf", "ru"), ("UDHR_GA_res_217A_III-ZH_ohchr.pdf", "zh")] {
            let out = try buildDocument(try TestPaths.shared("corpus/un/udhr/" + file))
            XCTAssertEqual(out.metadata.language, tag, file)
        }
        XCTAssertNil(LanguageDetector.detect(["政令第百四十九号", "ひらがなとカタカナの文章です。これは日本語の官報です"]),
                     "Han with kana is Japanese, not Chinese")
        XCTAssertEqual(LanguageDetector.detect(["The General Assembly, Recalling its resolution 73/6 of the session, and the report of the Secretary-General to the Assembly in the year"]), "en")
    }

    /// Arabic documents name their section letters and chapter numerals: "ألف-" for "A.",
    /// "ثانياً-" for "II." (ESCWA_EDID_2018_1_SUMMARY, E/ESCWA/2017/EC.4/4(Part II), Arabic).
    /// Before, "ألف- النفط" was a paragraph whose text began with the label.
    func testNamedSectionLabels() throws {
        XCTAssertEqual(Label.parse("ألف-"), .capital("ألف"))
        XCTAssertEqual(Label.parse("ثانياً-"), .roman("ثانيا"))
        XCTAssertNil(Label.parse("النفط-"))
        let summary = try buildDocument(try TestPaths.shared("corpus/un/escwa/ESCWA_EDID_2018_1_SUMMARY-AR.pdf"))
        let oil = try XCTUnwrap(summary.blocks.first { $0.number == "ألف-" && $0.pages == [10] })
        XCTAssertEqual(oil.kind, .heading)
        XCTAssertEqual(oil.text, "النفط")
        let forum = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_II)-AR.pdf"))
        // The title's two lines, set large, are one title, as the English twin's "THE ECONOMIC AND
        // SOCIAL COUNCIL FORUM ON FINANCING FOR DEVELOPMENT FOLLOW-UP".
        XCTAssertEqual(forum.blocks.first { $0.number == "أولاً-" && $0.pages == [3] }?.text,
                       "منتدى المجلس الاقتصادي والاجتماعي المعني بمتابعة تمويل التنمية")
    }

    /// The paragraph numbers Word drew as pictures (`PictureLabelReader`) number the paragraphs:
    /// E/ESCWA/EDID/2017/IG.3/4 in Arabic numbers 1- to 49- as its English twin numbers 1. to
    /// 49. (before, the Arabic side had no numbered paragraph), and the English
    /// E/ESCWA/EDID/2017/IG.1/8 numbers 1. to 17.
    func testPictureNumbersNumberTheParagraphs() throws {
        let arabic = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.3_4-AR.pdf"))
        let numbers = arabic.blocks.filter { $0.kind == .paragraph }.compactMap(\.number).filter { $0.first?.isNumber == true }
        XCTAssertEqual(numbers, (1...49).map { "\($0)-" })
        XCTAssertTrue(arabic.blocks.first { $0.number == "1-" }?.text.hasPrefix("التجارة بالسلع والخدمات محركٌ هام للتنمية والنمو.") == true)
        let english = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_8-EN.pdf"))
        XCTAssertEqual(english.blocks.filter { $0.kind == .paragraph }.compactMap(\.number), (1...17).map { "\($0)." })
        XCTAssertTrue(english.blocks.first { $0.number == "1." }?.text.hasPrefix("A 2015 report by the World Health Organization") == true)
    }
}
