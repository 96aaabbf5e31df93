import DocumentModel
extension LanguageVocabulary {
    /// Arabic, as printed in ESCWA documents.
    public static let arabic = LanguageVocabulary(
        tag: "ar",
        // Arabic writes no suspended compounds with a hyphen.
        suspensionConnectors: [],
        script: .arabic,
        // Prepositions and particles of running Arabic text (E/ESCWA/30/6, Arabic: "في", "من",
        // "على", "إلى" on every page). The script alone identifies the language; these words
        // are for a text whose letters are split between scripts.
        commonWords: ["في", "من", "على", "إلى", "عن", "أن", "التي", "الذي"],
        // The Arabic word for an article of a convention ("المادة 1").
        partLabels: ["المادة"],
        outerPartLabels: [],
        header: .arabic
    )
    .withSections(
        // Sections "A." to "T." are named by the letters in abjad order, "ألف-" "باء-" "جيم-"
        // (E/ESCWA/30/18/Report, Arabic, whose English twin has "A.", "B.", "C.").
        letters: ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء",
                  "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء"],
        // Chapters "I." to "X." are the ordinals "أولاً-" "ثانياً-" (E/ESCWA/2017/EC.4/9/Report, Arabic).
        ordinals: ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"])
    // "(1)", "(2)" are points. Arabic editions print "(1)" where the English prints "(i)"
    // under a lettered point ("(أ) … (1) ازدياد عدد الدول", E/ESCWA/EDID/2017/IG.2/8, p. 4)
    // and, in some reports, where the English prints "(a)": items (1) to (5) of paragraph 87 of
    // E/ESCWA/30/18/Report (p. 43), the recommendations of E/ESCWA/SDPD/2017/IG.2/8/Report.
    .setting(\.numberedPoints, true)
    // "المحتويات" (contents) over the contents of E/ESCWA/2017/EC.4/4(Part VII), "موجز"
    // (summary) in ESCWA_EDID_2018_1_SUMMARY, Arabic.
    .setting(\.partTitles, ["المحتويات", "موجز"])
    // The Arabic editions of E/ESCWA/SDD/2017/Technical Paper.8 (p. 4) and ESCWA/EDID/2018/1/Summary.
    .setting(\.endnoteHeadings, ["الحواشي"])
    // Heh doachashmee (U+06BE) drawn for heh (U+0647): the section word "ھاء-" for "هاء-"
    // on the contents page of E/ESCWA/2017/EC.4/4(Part V) (Arabic), "ھذه" in its text.
    .setting(\.letterVariants, ["\u{06BE}": "\u{0647}"])
}

extension LanguageVocabulary {
    /// This vocabulary with its section-letter and section-ordinal words.
    func withSections(letters: [String], ordinals: [String]) -> LanguageVocabulary {
        var v = self
        v.sectionLetters = letters
        v.sectionOrdinals = ordinals
        return v
    }
}

extension HeaderVocabulary {
    /// Page 1 of a General Assembly resolution in Arabic: "الأمم المتحدة", "الجمعية العامة",
    /// "الدورة الثالثة والسبعون", "البند 30 من جدول الأعمال", "قرار اتخذته الجمعية العامة في
    /// 26 تشرين الأول/أكتوبر 2018", "إن الجمعية العامة،", "الجلسة العامة 26" (the Arabic edition
    /// of A/RES/73/6; "Distr.: General" is printed in Latin letters there). Dates name the month
    /// twice, the Syriac name then the transcribed one after a slash: "25 أيلول/سبتمبر 2015",
    /// "27 تموز/يوليو 2015", "28 حزيران/يونيو 2018", "29 آذار/مارس 2017"
    /// (E/ESCWA/30/18/Report, Arabic, page 9); the transcribed one gives the month.
    public static let arabic: HeaderVocabulary = {
        var h = HeaderVocabulary()
        h.organization = ["الأمم المتحدة"]
        // "تقرير" alone or opening the title (E/ESCWA/SDD/2017/IG.1/6/Report and
        // E/ESCWA/30/18/Report, Arabic); "مذكرة توضيحية", an information note
        // (E/ESCWA/EDID/2017/IG.1/INF.1, Arabic).
        h.titleKinds = ["تقرير": .report, "مذكرة توضيحية": .note]
        h.organs = ["الجمعية العامة": "General Assembly", "مجلس الأمن": "Security Council",
                    "المجلس الاقتصادي والاجتماعي": "Economic and Social Council", "مجلس حقوق الإنسان": "Human Rights Council"]
        h.months = ["يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيه": 6, "يونيو": 6,
                    "يوليه": 7, "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12]
        // Day, the month's names ("كانون الثاني/يناير"), year.
        h.namedDatePattern = #"(\d{1,2})\s+(?:\p{Arabic}+(?:\s+\p{Arabic}+)?/)?(\p{Arabic}+)\s+(\d{4})"#
        h.sessionPattern = #"^الدورة\s+(.+)$"#
        // Feminine ordinals, as "الدورة" takes them: "الحادية والتسعون" = 1 + 90, "الثالثة
        // عشرة" = 3 + 10. A ten joined by "و" ("and") is its own word.
        var words: [String: Int] = ["الأولى": 1, "الحادية": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
                                    "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "عشرة": 10]
        for (ten, value) in ["العشرون": 20, "الثلاثون": 30, "الأربعون": 40, "الخمسون": 50, "الستون": 60,
                             "السبعون": 70, "الثمانون": 80, "التسعون": 90] {
            words[ten] = value
            words["و" + ten] = value
        }
        h.numberWords = words
        h.agendaPatterns = [#"^البند\s+(\d.*?)\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?\**$"#,
                            #"^البندان\s+(\d.*?)\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?\**$"#]
        h.itemConnectors = ["و"]
        h.adoptionPatterns = [#"^قرار اتخذته الجمعية العامة(?:\s+في\s+(.+))?$"#]
        h.formulas = ["إن الجمعية العامة،", "إن مجلس الأمن،"]
        h.meetingPattern = #"^الجلسة\s+العامة\s+\d+$"#
        h.meetingOpening = "الجلسة"
        // The left block of an ESCWA document (E/ESCWA/30/6, E/ESCWA/EDID/2017/IG.1/4,
        // E/ESCWA/2017/EC.4/4(Part V), Arabic): "اللجنة الاقتصادية والاجتماعية لغربي آسيا
        // (الإسكوا)", then "اللجنة التنفيذية" / "لجنة النقل واللوجستيات" / "اللجنة المعنية
        // بتحرير التجارة …", then "الاجتماع الرابع" or the session.
        h.bodyNouns = ["اللجنة", "لجنة"]
        h.bodyMeetingPattern = #"^الاجتماع\s+ال\p{Arabic}+$"#
        // Agenda sub-items in abjad order, "البند 3 (أ)" where the English prints "Item 3 (a)"
        // (E/ESCWA/2017/EC.4/3(Part I)), "4 (ھ)" for "4 (e)" (EC.4/4(Part V), heh doachashmee).
        let abjad = ["أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر"]
        h.itemLetters = Dictionary(uniqueKeysWithValues: abjad.enumerated().map { ($0.element, String(UnicodeScalar(UInt8(97 + $0.offset)))) })
        h.itemLetters["ھ"] = "e"
        return h
    }()
}
