extension LanguageVocabulary {
    /// English, as printed in General Assembly documents.
    public static let english = LanguageVocabulary(
        tag: "en",
        // The connectors of a suspended compound ("small- and medium-sized", "pre- or post-").
        suspensionConnectors: ["and", "or", "to", "nor", "as", "than", "versus", "through"],
        script: .latin,
        // Function words of any General Assembly text (A/RES/73/6), with "session" and
        // "assembly" of its header.
        commonWords: ["the", "of", "and", "to", "in", "session", "assembly"]
    )
}
