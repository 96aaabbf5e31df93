extension LanguageVocabulary {
    /// Chinese, as printed in United Nations documents.
    public static let chinese = LanguageVocabulary(
        tag: "zh",
        // Chinese writes no hyphenated compounds.
        suspensionConnectors: [],
        script: .han,
        // Chinese is not written with spaces, so it has no words to count: the script (Han
        // characters without Japanese kana, udhr/UDHR_GA_res_217A_III-ZH_ohchr) decides.
        commonWords: [],
        header: .chinese
    )
}

extension HeaderVocabulary {
    /// Page 1 of a General Assembly resolution in Chinese: "联合国", "大会", "第七十三届会议",
    /// "议程项目71(b)", "2018年10月26日大会通过的决议", the formula "大会，", "第26次全体会议"
    /// (the Chinese edition of A/RES/73/6; udhr/UDHR_GA_res_217A_III-ZH_ohchr for numerals).
    public static let chinese: HeaderVocabulary = {
        var h = HeaderVocabulary()
        h.organization = ["联合国"]
        h.organs = ["大会": "General Assembly", "安全理事会": "Security Council", "经济及社会理事会": "Economic and Social Council",
                    "人权理事会": "Human Rights Council"]
        h.originalLabel = #"^原文\s*[：:]"#
        h.figureDatePattern = #"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#
        h.sessionPattern = #"^第(.+)届会议$"#
        h.numberWords = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100]
        h.multipliers = ["十", "百"]
        h.agendaPatterns = [#"^议程项目\s*(\d.*?)\**$"#]
        h.itemConnectors = ["和"]
        h.adoptionPatterns = [#"^(.+?)大会通过的决议$"#]
        h.formulas = ["大会，", "大会,", "安全理事会，"]
        h.meetingPattern = #"^第\s*\d+\s*次(?:全体)?会议$"#
        return h
    }()
}
