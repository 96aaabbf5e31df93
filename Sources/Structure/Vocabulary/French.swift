import DocumentModel
extension LanguageVocabulary {
    /// French, as printed in United Nations documents.
    public static let french = LanguageVocabulary(
        tag: "fr",
        // The connectors of a suspended compound ("moyen- et long terme").
        suspensionConnectors: ["et", "ou"],
        script: .latin,
        // Articles and contractions of any French text (E/ESCWA/30/18/Report, French).
        commonWords: ["le", "la", "les", "des", "et", "du", "une"],
        // French conventions and acts ("Article 5", "Chapitre II"), as the English ones.
        partLabels: ["Article", "Chapitre", "Partie", "Section", "Titre"],
        outerPartLabels: ["Chapitre", "Partie", "Titre"],
        // E/ESCWA/30/18/Report, French, p. 8 (further into the report than the contents are
        // looked for, so that report keeps its reading).
        contentsHeadings: ["Table des matières"],
        header: .french
    )
    // "Résumé" over the summary of E/ESCWA/30/18/Report, French.
    .setting(\.partTitles, ["Résumé"])
}

extension HeaderVocabulary {
    /// Page 1 of a General Assembly resolution in French: "Nations Unies", "Assemblée générale",
    /// "Distr. générale", "Soixante-treizième session", "Point 71 b) de l'ordre du jour",
    /// "Résolution adoptée par l'Assemblée générale le 26 octobre 2018", "L'Assemblée générale,",
    /// "26e séance plénière" (the French edition of A/RES/73/6, and E/ESCWA/30/18/Report, French,
    /// for month names and "Distr. générale").
    public static let french: HeaderVocabulary = {
        var h = HeaderVocabulary()
        h.organization = ["Nations Unies"]
        // "Rapport sur la trentième session" (E/ESCWA/30/18/Report, French).
        h.titleKinds = ["Rapport": .report]
        // A regional commission named above the title of its report: "Commission économique et
        // sociale pour l’Asie occidentale" (E/ESCWA/30/18/Report, French).
        h.bodyNouns = ["Commission"]
        h.organs = ["Assemblée générale": "General Assembly", "Conseil de sécurité": "Security Council",
                    "Conseil économique et social": "Economic and Social Council",
                    "Conseil des droits de l’homme": "Human Rights Council", "Conseil des droits de l'homme": "Human Rights Council"]
        h.distribution = ["générale": "General", "limitée": "Limited", "restreinte": "Restricted"]
        h.months = ["janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
                    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12]
        h.sessionPattern = #"^(.+?)\s+session$"#
        h.numberWords = ["un": 1, "une": 1, "unième": 1, "premier": 1, "première": 1, "deux": 2, "deuxième": 2,
                         "trois": 3, "troisième": 3, "quatre": 4, "quatrième": 4, "cinq": 5, "cinquième": 5,
                         "six": 6, "sixième": 6, "sept": 7, "septième": 7, "huit": 8, "huitième": 8,
                         "neuf": 9, "neuvième": 9, "dix": 10, "dixième": 10, "onze": 11, "onzième": 11,
                         "douze": 12, "douzième": 12, "treize": 13, "treizième": 13, "quatorze": 14, "quatorzième": 14,
                         "quinze": 15, "quinzième": 15, "seize": 16, "seizième": 16, "vingt": 20, "vingts": 20,
                         "vingtième": 20, "trente": 30, "trentième": 30, "quarante": 40, "quarantième": 40,
                         "cinquante": 50, "cinquantième": 50, "soixante": 60, "soixantième": 60,
                         "cent": 100, "centième": 100, "et": 0]
        // "quatre-vingts": four twenties.
        h.multipliers = ["vingt", "vingts", "vingtième", "cent", "centième"]
        h.agendaPatterns = [#"^Points?\s+(\d.*?)\s+de\s+l[’']ordre\s+du\s+jour(?:\s+provisoire)?\**$"#]
        h.itemConnectors = ["et"]
        h.adoptionPatterns = [#"^Résolution adoptée par l[’']Assemblée générale(?:\s+le\s+(.+))?$"#]
        h.formulas = ["L’Assemblée générale,", "L'Assemblée générale,", "Le Conseil de sécurité,"]
        h.meetingPattern = #"^\d+e\s+séance(?:\s+plénière)?\.?$"#
        return h
    }()
}
