extension LanguageVocabulary {
    /// English, as printed in General Assembly documents.
    public static let english = LanguageVocabulary(
        tag: "en",
        // The connectors of a suspended compound ("small- and medium-sized", "pre- or post-").
        suspensionConnectors: ["and", "or", "to", "nor", "as", "than", "versus", "through"],
        script: .latin,
        // Function words of any General Assembly text (A/RES/73/6), with "session" and
        // "assembly" of its header.
        commonWords: ["the", "of", "and", "to", "in", "session", "assembly"],
        // The convention annexed to A/RES/79/243 ("Article 5", "Chapter II"); EU acts; rules of procedure.
        partLabels: ["Article", "Chapter", "Part", "Section", "Title", "Rule", "Regulation"],
        outerPartLabels: ["Chapter", "Part", "Title"]
    )
}
