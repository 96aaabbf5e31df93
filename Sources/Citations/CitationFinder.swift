import Foundation

/// Finds the citations of UN documents in a text (see `Citation`), and the symbol-like strings
/// it could not read.
///
/// Two readings: a document symbol of a known series standing in the text ("A/78/481/Add.2",
/// "S/RES/2803 (2025)"), and "resolution"/"decision" followed by a list of numbers, each with
/// its date ("General Assembly resolutions 53/199 of 15 December 1998 and 61/185 of 20
/// December 2006"). The organ comes from the words before "resolution" or, when none is
/// printed, from the form of the number (see `SymbolRules`).
public struct CitationFinder: Sendable {
    public let vocabulary: CitationVocabulary
    /// The organ of the citing document (its `metadata.organ`): what "its resolution" means.
    public let documentOrgan: String?
    private let mention: NSRegularExpression
    private let item: NSRegularExpression
    private let symbol: NSRegularExpression
    private let continuation: NSRegularExpression
    private let symbolLike: NSRegularExpression
    /// The words that open a mention, as UTF-8: a text holding none of them has no mention, and
    /// the mention regex (the costliest) is not run on it.
    private let mentionWords: [[UInt8]]

    /// - Parameters:
    ///   - language: BCP 47 tag of the text (the document's `metadata.language`); English when nil or unknown.
    ///   - documentOrgan: the citing document's organ, e.g. `"General Assembly"`.
    public init(language: String? = nil, documentOrgan: String? = nil) {
        vocabulary = CitationVocabulary.forLanguage(language)
        self.documentOrgan = documentOrgan
        let patterns = Patterns.compiled(language: language, vocabulary: vocabulary)
        (mention, item, symbol, continuation, symbolLike) =
            (patterns.mention, patterns.item, patterns.symbol, patterns.continuation, patterns.symbolLike)
        mentionWords = patterns.mentionWords
    }

    /// The regular expressions of one vocabulary, compiled once per language and process: ICU
    /// compiling them cost 4 million instructions per document (a worker converts many).
    private final class Patterns: @unchecked Sendable {
        let mention, item, symbol, continuation, symbolLike: NSRegularExpression
        let mentionWords: [[UInt8]]

        private static let lock = NSLock()
        nonisolated(unsafe) private static var cache: [String?: Patterns] = [:]

        /// The patterns of `vocabulary`, the vocabulary of `language`.
        static func compiled(language: String?, vocabulary: CitationVocabulary) -> Patterns {
            lock.lock()
            defer { lock.unlock() }
            if let known = cache[language] { return known }
            let made = Patterns(vocabulary)
            cache[language] = made
            return made
        }

        private init(_ v: CitationVocabulary) {
            let months = v.months.map(NSRegularExpression.escapedPattern).joined(separator: "|")
            // One number of a list and its date; `capturing` numbers the groups (number, day, month, year).
            func itemPattern(capturing: Bool) -> String {
                let open = capturing ? "(" : "(?:"
                return open + SymbolRules.numberPattern + ")(?:\\s+" + NSRegularExpression.escapedPattern(for: v.dateIntroducer)
                    + "\\s+" + open + "\\d{1,2})\\s+" + open + months + ")\\s+" + open + "\\d{4}))?"
            }
            let joiners = v.listJoiners.map(NSRegularExpression.escapedPattern).joined(separator: "|")
            let organs = v.organNames.map { NSRegularExpression.escapedPattern(for: $0.printed) }.joined(separator: "|")
            let words = (v.resolutionWords + v.decisionWords).map(NSRegularExpression.escapedPattern).joined(separator: "|")
            mentionWords = (v.resolutionWords + v.decisionWords).map { Array($0.utf8) }
            let listed = itemPattern(capturing: false)
            let mentionPattern = #"(?:\b("# + organs + #")\s+)?\b("# + words + #")\s+"# + listed
                + #"(?:(?:\s*,\s*(?:(?:"# + joiners + #")\s+)?|\s+(?:"# + joiners + #")\s+)"# + listed + ")*"
            // A dated number that resumes a list after a clause ("its resolutions 60/251 of 15 March
            // 2006, by which it established the Human Rights Council, and 65/281 of 17 June 2011",
            // A/RES/80/189): the date is required, the kind and organ are those of the list before.
            let dated = String(itemPattern(capturing: true).dropLast())  // the date group made compulsory
            let continuationPattern = #"(?:\b(?:"# + joiners + #")\s+|,\s+)"# + dated
            // The patterns are built from fixed parts and escaped vocabulary: they always compile.
            mention = try! NSRegularExpression(pattern: mentionPattern)
            item = try! NSRegularExpression(pattern: itemPattern(capturing: true))
            symbol = try! NSRegularExpression(pattern: SymbolRules.symbolPattern)
            continuation = try! NSRegularExpression(pattern: continuationPattern)
            symbolLike = try! NSRegularExpression(pattern: SymbolRules.symbolLikePattern)
        }
    }

    /// Every citation in `text`, in the order of their offsets.
    public func citations(in text: String) -> [Citation] {
        // Cheap tests first: a mention needs one of its words, a symbol a slash; most texts have neither.
        let mayMention = Self.containsAny(text, mentionWords)
        let hasSlash = text.utf8.contains(UInt8(ascii: "/"))
        guard mayMention || hasSlash else { return [] }
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var found: [(range: NSRange, citation: Citation)] = []
        let mentions = mayMention ? mention.matches(in: text, range: whole) : []
        for m in mentions {
            found += citations(inMention: m, of: ns)
        }
        // A continuation only resumes a list found before it.
        for c in mentions.isEmpty ? [] : continuation.matches(in: text, range: whole)
        where !found.contains(where: { NSIntersectionRange($0.range, c.range).length > 0 }) {
            guard let list = mentions.last(where: { $0.range.location + $0.range.length <= c.range.location }) else { continue }
            found += citations(inMention: list, of: ns, items: [c])
        }
        for m in hasSlash ? symbol.matches(in: text, range: whole) : []
        where !found.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }) {
            let printed = ns.substring(with: m.range)
            found.append((m.range, Citation(text: printed, offset: 0, kind: .symbol, symbol: printed,
                                            organ: SymbolRules.organ(ofSymbol: printed))))
        }
        found.sort { $0.range.location < $1.range.location }
        let offsets = ScalarOffsets(text)
        return found.map { var c = $0.citation; c.offset = offsets.scalarOffset(utf16: $0.range.location); return c }
    }

    /// The strings of `text` that look like document symbols (capitals, a slash, a digit) but are
    /// not part of any citation found: "A/ 78/481" broken by a space, a series the rules do not know.
    public func unparsedSymbolLike(in text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "/")) else { return [] }  // the pattern needs a slash
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var covered = mention.matches(in: text, range: whole).map(\.range)
        covered += symbol.matches(in: text, range: whole).map(\.range)
        covered += continuation.matches(in: text, range: whole).map(\.range)
        return symbolLike.matches(in: text, range: whole).compactMap { m in
            if covered.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) { return nil }
            var s = ns.substring(with: m.range)
            // A closing parenthesis or full stop after the string is the sentence's, not the symbol's.
            while let last = s.last, last == "." || last == "-" || (last == ")" && s.filter({ $0 == ")" }).count > s.filter({ $0 == "(" }).count) {
                s.removeLast()
            }
            return s.contains(where: \.isNumber) ? s : nil
        }
    }

    /// Whether the UTF-8 bytes of `text` hold any of `needles` (code units, as the regex sees them).
    private static func containsAny(_ text: String, _ needles: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            needles.contains { needle in
                guard let first = needle.first, needle.count <= bytes.count else { return false }
                var i = 0
                while i <= bytes.count - needle.count {
                    if bytes[i] == first && needle.indices.allSatisfy({ bytes[i + $0] == needle[$0] }) { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// The citations of a list ("resolutions 53/199 of … and 61/185 of …"): one per number, kind and
    /// organ from the words before the first; `items` overrides the numbers read (a list resumed).
    private func citations(inMention m: NSTextCheckingResult, of ns: NSString,
                           items override: [NSTextCheckingResult]? = nil) -> [(range: NSRange, citation: Citation)] {
        let printedOrgan = m.range(at: 1).location == NSNotFound ? nil : ns.substring(with: m.range(at: 1))
        let word = ns.substring(with: m.range(at: 2))
        let kind: Citation.Kind = vocabulary.decisionWords.contains(word) ? .decision : .resolution
        let organName = printedOrgan.flatMap { p in vocabulary.organNames.first { $0.printed == p }?.organ }
        // "its resolution": the text starts at the word "resolution"; a named organ is part of it.
        let startsAtOrgan = organName != nil && organName != CitationVocabulary.ownOrgan
        let listStart = m.range(at: 2).location + m.range(at: 2).length
        let listRange = NSRange(location: listStart, length: m.range.location + m.range.length - listStart)
        var result: [(range: NSRange, citation: Citation)] = []
        for (i, im) in (override ?? item.matches(in: ns as String, range: listRange)).enumerated() {
            let numberRange = im.range(at: 1)
            let number = ns.substring(with: numberRange)
            var date: String?
            if im.range(at: 2).location != NSNotFound, let day = Int(ns.substring(with: im.range(at: 2))),
               let month = vocabulary.months.firstIndex(of: ns.substring(with: im.range(at: 3))) {
                date = String(format: "%@-%02d-%02d", ns.substring(with: im.range(at: 4)), month + 1, day)
            }
            let organ = SymbolRules.organ(printed: organName, number: number, documentOrgan: documentOrgan)
            let start = override != nil ? numberRange.location
                : i == 0 ? (startsAtOrgan ? m.range.location : m.range(at: 2).location) : im.range.location
            let range = NSRange(location: start, length: im.range.location + im.range.length - start)
            result.append((range, Citation(text: ns.substring(with: range), offset: 0, kind: kind,
                                           symbol: SymbolRules.symbol(kind: kind, organ: organ, number: number),
                                           organ: organ, number: number, date: date)))
        }
        return result
    }
}

/// Converts UTF-16 offsets (NSString) into Unicode scalar offsets (what a Python `str` or a
/// JSON consumer counting code points sees).
struct ScalarOffsets {
    private var scalarAtUTF16: [Int]
    init(_ text: String) {
        var table: [Int] = []
        table.reserveCapacity(text.utf16.count + 1)
        var scalars = 0
        for s in text.unicodeScalars {
            for _ in 0..<UTF16.width(s) { table.append(scalars) }
            scalars += 1
        }
        table.append(scalars)
        scalarAtUTF16 = table
    }
    func scalarOffset(utf16 offset: Int) -> Int { scalarAtUTF16[min(offset, scalarAtUTF16.count - 1)] }
}
