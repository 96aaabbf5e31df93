extension LanguageVocabulary {
    /// Russian, as printed in United Nations documents.
    public static let russian = LanguageVocabulary(
        tag: "ru",
        // Connectors of a suspended compound ("научно- и технический").
        suspensionConnectors: ["и", "или"],
        script: .cyrillic,
        // Conjunctions and prepositions of the Universal Declaration in Russian
        // (udhr/UDHR_GA_res_217A_III-RU_ohchr: "и", "в", "на", "с").
        commonWords: ["и", "в", "на", "с", "что", "по", "для"],
        // The Universal Declaration in Russian numbers its articles "Статья 1" … "Статья 30" (udhr/UDHR_GA_res_217A_III-RU_ohchr).
        partLabels: ["Статья", "Глава", "Часть", "Раздел"],
        outerPartLabels: ["Глава", "Часть", "Раздел"],
        header: .russian
    )
}

extension HeaderVocabulary {
    /// Page 1 of a General Assembly resolution in Russian: "Организация Объединенных Наций",
    /// "Генеральная Ассамблея", "Семьдесят третья сессия", "Пункт 71 b) повестки дня",
    /// "Резолюция, принятая Генеральной Ассамблеей 26 октября 2018 года", "Генеральная Ассамблея,",
    /// "26-е пленарное заседание" (the Russian edition of A/RES/73/6).
    public static let russian: HeaderVocabulary = {
        var h = HeaderVocabulary()
        h.organization = ["Организация Объединенных Наций"]
        h.organs = ["Генеральная Ассамблея": "General Assembly", "Совет Безопасности": "Security Council",
                    "Экономический и Социальный Совет": "Economic and Social Council", "Совет по правам человека": "Human Rights Council"]
        h.distribution = ["общая": "General", "ограниченная": "Limited"]
        h.originalLabel = #"^Оригинал\s*:"#
        // Dates print the month in the genitive: "26 октября 2018 года".
        h.months = ["января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
                    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12]
        h.dateSuffixes = ["года", "г."]
        h.sessionPattern = #"^(.+?)\s+сессия$"#
        h.numberWords = ["первая": 1, "вторая": 2, "третья": 3, "четвертая": 4, "четвёртая": 4, "пятая": 5,
                         "шестая": 6, "седьмая": 7, "восьмая": 8, "девятая": 9, "десятая": 10, "одиннадцатая": 11,
                         "двенадцатая": 12, "двадцать": 20, "двадцатая": 20, "тридцать": 30, "тридцатая": 30,
                         "сорок": 40, "сороковая": 40, "пятьдесят": 50, "пятидесятая": 50, "шестьдесят": 60,
                         "шестидесятая": 60, "семьдесят": 70, "семидесятая": 70, "восемьдесят": 80,
                         "восьмидесятая": 80, "девяносто": 90, "девяностая": 90, "сто": 100, "сотая": 100]
        h.agendaPatterns = [#"^Пункты?\s+(\d.*?)\s+(?:предварительной\s+)?повестки\s+дня\**$"#]
        h.itemConnectors = ["и"]
        h.adoptionPatterns = [#"^Резолюция,?\s+принятая\s+Генеральной\s+Ассамблеей(?:\s+(.+))?$"#]
        h.formulas = ["Генеральная Ассамблея,", "Совет Безопасности,"]
        h.meetingPattern = #"^\d+-е\s+(?:пленарное\s+)?заседание\.?$"#
        return h
    }()
}
