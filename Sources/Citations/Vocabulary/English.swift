extension CitationVocabulary {
    /// English, as printed in the General Assembly, Security Council and Human Rights Council
    /// texts of the corpus (A/RES/78/199: "its resolution 77/204 of 15 December 2022";
    /// A/C.3/80/L.20: "Human Rights Council resolutions 53/11 and …"; S/RES/2911 (2036)
    /// sample: "resolutions 2334 (2016) and …").
    public static let english = CitationVocabulary(
        tag: "en",
        // Capitalised at the start of a footnote ("Resolution 55/2.", A/RES/78/199).
        resolutionWords: ["resolutions", "resolution", "Resolutions", "Resolution"],
        decisionWords: ["decisions", "decision", "Decisions", "Decision"],
        listJoiners: ["and", "as well as"],
        dateIntroducer: "of",
        months: ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
        organNames: [
            ("Economic and Social Council", "Economic and Social Council"),
            ("Commission on Human Rights", "Commission on Human Rights"),
            ("Human Rights Council", "Human Rights Council"),
            ("Security Council", "Security Council"),
            ("General Assembly", "General Assembly"),
            ("Assembly", "General Assembly"),
            ("Council", CitationVocabulary.ownOrgan + "Council"),
            ("its", CitationVocabulary.ownOrgan),
        ]
    )
}
