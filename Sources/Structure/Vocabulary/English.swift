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

extension HeaderVocabulary {
    /// English month names (lower case) with their numbers: "31 October 2018" (A/RES/73/6).
    public static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    /// English cardinal number words of session lines ("One hundred and first session").
    public static let englishCardinals: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// English ordinal words ending a session line ("Seventy-third session", A/RES/73/6).
    public static let englishOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    ]
    /// The value of "hundred", the one multiplier of English session ordinals.
    public static let englishHundred = 100
    /// English session ordinals are read from the 1st to the 199th.
    public static let englishOrdinalRange = 1...199
}
