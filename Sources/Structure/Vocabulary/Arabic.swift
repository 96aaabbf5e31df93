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
        outerPartLabels: []
    )
}
