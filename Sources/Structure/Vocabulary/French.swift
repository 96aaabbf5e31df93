extension LanguageVocabulary {
    /// French, as printed in United Nations documents.
    public static let french = LanguageVocabulary(
        tag: "fr",
        // The connectors of a suspended compound ("moyen- et long terme").
        suspensionConnectors: ["et", "ou"]
    )
}
