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
    /// The script the language is written in; language detection counts letters by script.
    public var script: Script
    /// Short words frequent in running text of the language and rare in the others' (lower
    /// case): language detection tells languages of one script apart by them.
    public var commonWords: Set<String>

    /// Writing systems that language detection tells apart.
    public enum Script: Sendable, Equatable, CaseIterable {
        case latin, arabic, cyrillic, han

        /// The script of a letter, or nil for a letter of another script (kana, Greek …).
        public static func of(_ s: Unicode.Scalar) -> Script? {
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return .latin
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFE: return .arabic
            case 0x0400...0x04FF: return .cyrillic
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .han
            default: return nil
            }
        }
    }

    /// Words that label a part when a number follows them on a line of its own ("Article 5",
    /// "Статья 1"): the part is a heading whose number is the label as printed.
    public var partLabels: Set<String>
    /// Those of `partLabels` that name an outer part (a chapter, a part, a title), above articles.
    public var outerPartLabels: Set<String>

    /// The labels and formulas of page 1 that the header parser reads (empty for English, whose
    /// words the parser reads by name: `HeaderVocabulary.englishOrgans` and the others in
    /// English.swift).
    public var header: HeaderVocabulary

    /// Lines that head a table of contents, whole ("Contents"); the list under such a line on
    /// one of the first pages becomes one table (`ContentsTable`).
    public var contentsHeadings: Set<String>

    /// Words that stand for the section letters "A.", "B.", "C." … in order, where a language
    /// names its letters instead of printing them ("ألف-", "باء-" in Arabic); empty otherwise.
    public var sectionLetters: [String] = []
    /// Words that stand for the section numerals "I.", "II." … in order ("أولاً-", "ثانياً-").
    public var sectionOrdinals: [String] = []
    /// Whether "(1)", "(2)" … label points of a paragraph, as "(a)" and "(i)" do in English,
    /// rather than paragraphs of their own (EU recitals "(12)"): the language has no roman
    /// numerals and no Latin letters to number points with.
    public var numberedPoints = false
    /// Words that title a part of a report standing alone on their line ("Summary" over the
    /// summary box of a report); with `contentsHeadings` they make a heading.
    public var partTitles: Set<String> = []
    /// Numbers spelled out after a part label, lower-cased: "PART ONE" (the articles on State
    /// responsibility, ILC 2001, p. 2), "Chapter Two".
    public var partNumberWords: Set<String> = []
    /// Lines that head a list of endnotes, whole ("Endnotes"): the numbered list under such a
    /// line holds the notes the text's raised numbers refer to (`EndnoteSection`).
    public var endnoteHeadings: Set<String> = []
    /// Letters some fonts draw in place of another, mapped to the one the vocabulary spells:
    /// the section words are compared through it.
    public var letterVariants: [Unicode.Scalar: Unicode.Scalar] = [:]

    public init(tag: String, suspensionConnectors: Set<String>, script: Script = .latin, commonWords: Set<String> = [],
                partLabels: Set<String> = [], outerPartLabels: Set<String> = [], contentsHeadings: Set<String> = [],
                header: HeaderVocabulary = HeaderVocabulary()) {
        self.tag = tag
        self.contentsHeadings = contentsHeadings
        self.suspensionConnectors = suspensionConnectors
        self.script = script
        self.commonWords = commonWords
        self.partLabels = partLabels
        self.outerPartLabels = outerPartLabels
        self.header = header
    }

    /// The part labels of every language, lower-cased.
    public static let anyPartLabel: Set<String> = all.reduce(into: []) { $0.formUnion($1.partLabels.map { $0.lowercased() }) }
    /// The outer part labels of every language, lower-cased.
    public static let anyOuterPartLabel: Set<String> = all.reduce(into: []) { $0.formUnion($1.outerPartLabels.map { $0.lowercased() }) }

    /// Every language's `partNumberWords`.
    public static let anyPartNumberWord: Set<String> = all.reduce(into: []) { $0.formUnion($1.partNumberWords) }
    /// The part titles and table-of-contents headings of every language.
    /// Every language's `endnoteHeadings`.
    public static let anyEndnoteHeading: Set<String> = all.reduce(into: []) { $0.formUnion($1.endnoteHeadings) }
    public static let anyPartTitle: Set<String> = all.reduce(into: []) { $0.formUnion($1.partTitles.union($1.contentsHeadings)) }

    /// The table-of-contents headings of every language.
    public static let anyContentsHeading: Set<String> = all.reduce(into: []) { $0.formUnion($1.contentsHeadings) }

    /// Every language the rules know, in the order they are tried.
    public static let all: [LanguageVocabulary] = [.english, .french, .spanish, .russian, .arabic, .chinese]

    /// The header vocabulary of every language other than English, in the order of `all`.
    public static let otherHeaders: [HeaderVocabulary] = all.filter { $0.tag != "en" }.map(\.header)
    /// The formulas of `otherHeaders`, in one set: one lookup for a line instead of one a language.
    public static let otherFormulas: Set<String> = otherHeaders.reduce(into: []) { $0.formUnion($1.formulas) }

    /// The section-letter words of every language, without vowel marks, mapped to their place (1 for "A.").
    public static let anySectionLetter: [String: Int] = all.reduce(into: [:]) { map, v in
        for (i, w) in v.sectionLetters.enumerated() { map[withoutMarks(w)] = i + 1 }
    }
    /// The section-ordinal words of every language, without vowel marks, mapped to their value (1 for "I.").
    public static let anySectionOrdinal: [String: Int] = all.reduce(into: [:]) { map, v in
        for (i, w) in v.sectionOrdinals.enumerated() { map[withoutMarks(w)] = i + 1 }
    }

    /// The letter variants of every language (`letterVariants`), in one map.
    static let anyLetterVariant: [Unicode.Scalar: Unicode.Scalar] = all.reduce(into: [:]) { $0.merge($1.letterVariants) { a, _ in a } }

    /// This vocabulary with one of its entries set to `value` (the entries the initialiser
    /// does not take: `numberedPoints`, `partTitles`, `letterVariants`, `endnoteHeadings`).
    func setting<Value>(_ entry: WritableKeyPath<LanguageVocabulary, Value>, _ value: Value) -> LanguageVocabulary {
        var v = self
        v[keyPath: entry] = value
        return v
    }

    /// `word` without combining marks (Arabic vowel signs: "أولاً" and "أولا" are one word) and
    /// with each letter variant spelt as the vocabulary spells it.
    public static func withoutMarks(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.lazy.filter { $0.properties.generalCategory != .nonspacingMark }
            .map { anyLetterVariant[$0] ?? $0 }))
    }

    /// The suspension connectors of every known language: a rule that does not know the
    /// document's language yet asks all of them (none is a word of another language's text).
    public static let anySuspensionConnector: Set<String> = all.reduce(into: []) { $0.formUnion($1.suspensionConnectors) }
}

/// The words that tell a lead-in's kind (the italic words opening a paragraph of a resolution):
/// preambular ("Recalling", "Deeply concerned") or operative ("Decides", "Also reaffirms").
/// Words are compared lower-cased, without punctuation.
public struct LeadInWords: Sendable {
    /// Adverbs passed over before the verb ("Also", "Further", "Once again")...
    public var adverbs: Set<String>
    /// ...and any word with this ending ("Strongly condemns"), but for `notAdverbs` ("only").
    public var adverbEnding: String
    public var notAdverbs: Set<String>
    /// A lead-in opening with one of these words is preambular ("Having considered")...
    public var preambleOpeners: Set<String>
    /// ...and so is one whose verb has one of these endings ("Recalling", "Convinced")...
    public var preambleEndings: [String]
    /// ...or is one of these adjectives and participles ("Mindful", "Deeply concerned").
    public var preambleWords: Set<String>
    /// A verb with this ending ("Decides") is operative, unless it has one of `notOperativeEndings`
    /// (English nouns in "-ss", adjectives in "-ous") or is too short
    /// (`StructureParameters.operativeVerbMinLength`).
    public var operativeEnding: String
    public var notOperativeEndings: [String]

    public init(adverbs: Set<String>, adverbEnding: String, notAdverbs: Set<String>, preambleOpeners: Set<String>,
                preambleEndings: [String], preambleWords: Set<String>, operativeEnding: String, notOperativeEndings: [String]) {
        self.adverbs = adverbs; self.adverbEnding = adverbEnding; self.notAdverbs = notAdverbs
        self.preambleOpeners = preambleOpeners; self.preambleEndings = preambleEndings; self.preambleWords = preambleWords
        self.operativeEnding = operativeEnding; self.notOperativeEndings = notOperativeEndings
    }
}
