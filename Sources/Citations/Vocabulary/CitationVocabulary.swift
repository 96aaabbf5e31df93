/// The words of one language that citations are read by, kept as data beside the rules.
///
/// Adding a language is adding one file in this folder that defines a `CitationVocabulary`
/// and listing it in `all`. Each entry names the document it was taken from.
public struct CitationVocabulary: Sendable {
    /// BCP 47 tag, e.g. `"en"`.
    public var tag: String
    /// The words for "resolution" (singular and plural), as they stand before a number.
    public var resolutionWords: [String]
    /// The words for "decision" (singular and plural).
    public var decisionWords: [String]
    /// The words joining numbers in a list ("and"); commas are always accepted.
    public var listJoiners: [String]
    /// The word introducing the date after a number ("of" in "70/1 of 25 September 2015").
    public var dateIntroducer: String
    /// Month names, January first, as printed in dates ("25 September 2015").
    public var months: [String]
    /// Names of organs as printed before "resolution", longest first, with the organ's full name.
    /// A name that stands for "the document's own organ" ("its") maps to `ownOrgan`.
    public var organNames: [(printed: String, organ: String)]
    /// The full name standing for the organ of the citing document.
    public static let ownOrgan = "<own>"

    public init(tag: String, resolutionWords: [String], decisionWords: [String], listJoiners: [String],
                dateIntroducer: String, months: [String], organNames: [(printed: String, organ: String)]) {
        self.tag = tag
        self.resolutionWords = resolutionWords
        self.decisionWords = decisionWords
        self.listJoiners = listJoiners
        self.dateIntroducer = dateIntroducer
        self.months = months
        self.organNames = organNames
    }

    /// Every language whose citations are read.
    public static let all: [CitationVocabulary] = [.english]

    /// The vocabulary for a BCP 47 tag (its primary subtag), English when unknown.
    public static func forLanguage(_ tag: String?) -> CitationVocabulary {
        let primary = tag?.split(separator: "-").first.map { $0.lowercased() }
        return all.first { $0.tag == primary } ?? .english
    }
}
