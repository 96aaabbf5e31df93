/// The words of one language that the structure rules read, kept as data beside the rules.
///
/// Adding a language is adding one file in this folder that defines a `LanguageVocabulary`
/// value and listing it in `LanguageVocabulary.all`. Each entry names the document it was
/// taken from.
public struct LanguageVocabulary: Sendable {
    /// BCP 47 tag, e.g. `"en"`.
    public var tag: String
    /// Words before which a line-final hyphen is a suspended compound, not a broken word:
    /// "short- and long-term", "pre- or post-conflict". The hyphen keeps a space after it.
    public var suspensionConnectors: Set<String>

    public init(tag: String, suspensionConnectors: Set<String>) {
        self.tag = tag
        self.suspensionConnectors = suspensionConnectors
    }

    /// Every language the rules know, in the order they are tried.
    public static let all: [LanguageVocabulary] = [.english, .french, .spanish]

    /// The suspension connectors of every known language: a rule that does not know the
    /// document's language yet asks all of them (none is a word of another language's text).
    public static let anySuspensionConnector: Set<String> = all.reduce(into: []) { $0.formUnion($1.suspensionConnectors) }
}
