extension LanguageVocabulary {
    /// Spanish, as printed in United Nations documents.
    public static let spanish = LanguageVocabulary(
        tag: "es",
        // The connectors of a suspended compound ("corto- y largo plazo").
        suspensionConnectors: ["y", "o"]
    )
}
