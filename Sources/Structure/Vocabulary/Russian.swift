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
        outerPartLabels: ["Глава", "Часть", "Раздел"]
    )
}
