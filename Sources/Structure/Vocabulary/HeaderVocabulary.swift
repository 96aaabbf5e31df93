import DocumentModel
/// The words of one language that the header parser reads on page 1 of a United Nations
/// document: masthead labels, the session line, agenda-item lines, the adoption line, the
/// formula and the closing meeting line.
///
/// The English words are named constants in English.swift (`HeaderVocabulary.englishMonths`,
/// `englishOrgans`, `englishOrganization`, …) and the English forms patterns in
/// `EnglishPatterns`, both read by the parser's rules by name; the other languages add theirs
/// here, each with the document it was taken from. Patterns are regular
/// expressions (ICU syntax) matched against one whole line, its footnote markers removed.
public struct HeaderVocabulary: Sendable {
    /// Masthead lines that name the Organization ("Nations Unies", "Организация Объединенных Наций").
    public var organization: [String] = []
    /// Organ names as printed, each mapped to the contract's canonical English name
    /// ("Assemblée générale" → "General Assembly").
    public var organs: [String: String] = [:]
    /// The word after "Distr." (lower case) mapped to the contract's value ("générale" → "General").
    public var distribution: [String: String] = [:]
    /// The label before the original language ("Original :", "Оригинал:"), as a pattern.
    public var originalLabel: String?
    /// Month names in dates (lower case, every printed form) with the month's number.
    public var months: [String: Int] = [:]
    /// Words printed after the year of a date ("26 октября 2018 года").
    public var dateSuffixes: [String] = []
    /// A date printed in figures with its units ("2018年10月26日"): groups year, month, day.
    public var figureDatePattern: String?
    /// A date whose month is named in a way the common date pattern does not read ("28 كانون
    /// الثاني/يناير 2037"): groups day, month name (a key of `months`), year.
    public var namedDatePattern: String?
    /// The session line; group 1 is the ordinal in words ("Quatre-vingt-onzième session").
    public var sessionPattern: String?
    /// Number words of ordinals (lower case, cardinal and ordinal forms) with their values. An
    /// ordinal's value is the sum of its words, a word in `multipliers` multiplying what stands
    /// before it ("quatre-vingt-onzième" = 4 × 20 + 11, "九十一" = 9 × 10 + 1); a connector
    /// ("soixante et onzième") is a word of value 0.
    public var numberWords: [String: Int] = [:]
    /// Number words that multiply the words before them ("vingt" of "quatre-vingt", "十").
    public var multipliers: Set<String> = []
    /// Agenda-item lines; group 1 holds the items ("Point 71 b) de l'ordre du jour").
    public var agendaPatterns: [String] = []
    /// Words joining several agenda items ("et", "y", "и").
    public var itemConnectors: [String] = []
    /// Adoption lines of a resolution; group 1 is the date as printed, when the line holds it.
    public var adoptionPatterns: [String] = []
    /// The formula that opens the body, as printed ("L'Assemblée générale,").
    public var formulas: Set<String> = []
    /// The closing meeting line ("57e séance plénière"), kept as printed in `meeting`.
    public var meetingPattern: String?
    /// The word that opens the meeting line where it does not open with its number ("الجلسة"
    /// of "الجلسة العامة 26"): the closing lines are looked for only among lines that open with
    /// a number or with such a word.
    public var meetingOpening: String?
    /// The nouns that open a subsidiary body's name in the left block ("اللجنة" of "اللجنة
    /// الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)").
    public var bodyNouns: Set<String> = []
    /// The meeting line of an executive committee that stands where a session line would
    /// ("الاجتماع الرابع", "Fourth meeting").
    public var bodyMeetingPattern: String?
    /// Sub-item letters of agenda items and the Latin letters the English edition prints
    /// for them ("أ" → "a").
    public var itemLetters: [String: String] = [:]
    /// Words opening a title that name the document's kind, and that kind: "تقرير" (report,
    /// "تقرير الدورة الثلاثين", E/ESCWA/30/18/Report, Arabic), "Rapport" (its French edition).
    /// Matched as the whole title or its first words.
    public var titleKinds: [String: DocumentType] = [:]

    public init() {}

    /// Value of an ordinal written in words by `vocabulary`, or nil when a word is not a number word.
    public func ordinalValue(_ words: String) -> Int? {
        let separators: Set<Character> = [" ", "-", "\u{2010}", "\u{2011}"]
        var tokens = words.lowercased().split(whereSeparator: { separators.contains($0) }).map(String.init)
        // Han numerals are written without separators: one character, one word.
        if tokens.count == 1, tokens[0].unicodeScalars.allSatisfy({ LanguageVocabulary.Script.of($0) == .han }) {
            tokens = tokens[0].map(String.init)
        }
        guard !tokens.isEmpty else { return nil }
        var total = 0, current = 0
        for token in tokens {
            guard let v = numberWords[token] else { return nil }
            if multipliers.contains(token) {
                current = (current == 0 ? 1 : current) * v
            } else {
                total += current
                current = v
            }
        }
        total += current
        return total > 0 ? total : nil
    }
}
