extension LanguageVocabulary {
    /// Spanish, as printed in United Nations documents.
    public static let spanish = LanguageVocabulary(
        tag: "es",
        // The connectors of a suspended compound ("corto- y largo plazo").
        suspensionConnectors: ["y", "o"],
        script: .latin,
        // Articles and prepositions of any Spanish text (the Spanish guess of the header parser).
        commonWords: ["el", "los", "las", "del", "y", "una", "por"],
        // Spanish conventions and acts ("Artículo 5", "Capítulo II"), as the English ones.
        partLabels: ["Artículo", "Capítulo", "Parte", "Sección", "Título"],
        outerPartLabels: ["Capítulo", "Parte", "Título"]
    )
}
