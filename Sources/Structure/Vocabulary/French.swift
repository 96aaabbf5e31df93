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
        outerPartLabels: ["Chapitre", "Partie", "Titre"]
    )
}
