extension LanguageVocabulary {
    /// English, as printed in General Assembly documents.
    public static let english = LanguageVocabulary(
        tag: "en",
        // The connectors of a suspended compound ("small- and medium-sized", "pre- or post-").
        suspensionConnectors: ["and", "or", "to", "nor", "as", "than", "versus", "through"]
    )
}
