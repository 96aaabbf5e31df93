extension LanguageVocabulary {
    /// Arabic, as printed in ESCWA documents.
    public static let arabic = LanguageVocabulary(
        tag: "ar",
        // Arabic writes no suspended compounds with a hyphen.
        suspensionConnectors: [],
        script: .arabic,
        // Prepositions and particles of running Arabic text (E/ESCWA/30/6, Arabic: "في", "من",
        // "على", "إلى" on every page). The script alone identifies the language; these words
        // are for a text whose letters are split between scripts.
        commonWords: ["في", "من", "على", "إلى", "عن", "أن", "التي", "الذي"],
        // The Arabic word for an article of a convention ("المادة 1").
        partLabels: ["المادة"],
        outerPartLabels: []
    )
    .withSections(
        // Sections "A." to "T." are named by the letters in abjad order, "ألف-" "باء-" "جيم-"
        // (E/ESCWA/30/18/Report, Arabic, whose English twin has "A.", "B.", "C.").
        letters: ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء",
                  "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء"],
        // Chapters "I." to "X." are the ordinals "أولاً-" "ثانياً-" (E/ESCWA/2017/EC.4/9/Report, Arabic).
        ordinals: ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"])
}

extension LanguageVocabulary {
    /// This vocabulary with its section-letter and section-ordinal words.
    func withSections(letters: [String], ordinals: [String]) -> LanguageVocabulary {
        var v = self
        v.sectionLetters = letters
        v.sectionOrdinals = ordinals
        return v
    }
}
