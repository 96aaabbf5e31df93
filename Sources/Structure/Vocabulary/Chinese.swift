extension LanguageVocabulary {
    /// Chinese, as printed in United Nations documents.
    public static let chinese = LanguageVocabulary(
        tag: "zh",
        // Chinese writes no hyphenated compounds.
        suspensionConnectors: [],
        script: .han,
        // Chinese is not written with spaces, so it has no words to count: the script (Han
        // characters without Japanese kana, udhr/UDHR_GA_res_217A_III-ZH_ohchr) decides.
        commonWords: []
    )
}
