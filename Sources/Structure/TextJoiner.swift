import Foundation
import DocumentModel
import Layout

/// Joins the words of a paragraph's lines into the output text, following
/// `../shared/CONTRACT.md`: lines joined by one space, words split across lines re-joined,
/// footnote markers removed (and reported), whitespace collapsed, NFC.
public struct TextJoiner: Sendable {
    /// Words (lower-cased) seen anywhere in the document, to decide line-end hyphens.
    public var vocabulary: Set<String>
    /// Markers of the document's footnotes: a superscript is taken as a reference only if it
    /// names one, or looks like a number or asterisk.
    public var knownMarkers: Set<String>

    /// The structure stage's thresholds (`raisedSuffixGap`).
    public var parameters: StructureParameters

    public init(vocabulary: Set<String>, knownMarkers: Set<String>, parameters: StructureParameters = .standard) {
        self.vocabulary = vocabulary
        self.knownMarkers = knownMarkers
        self.parameters = parameters
    }

    /// A word of the assembled paragraph, with what the joiner decided about it.
    public struct Token: Sendable {
        public var text: String
        public var isItalic: Bool
        public var isBold: Bool
        /// Set when the word is a footnote reference (its text is the marker).
        public var isMarker: Bool
        /// Set when the word joins the next word with no space: the first half of a word or
        /// compound broken at a line end ("Secretary-" + "General").
        public var gluesToNext: Bool = false
    }

    /// Turns lines into tokens: superscripts that are footnote markers become marker tokens,
    /// a marker glued to punctuation set at full size ("UNISPACE+50,1" in A/RES/73/6 repeats
    /// footnote 1) is split off, and a hyphen at a line end is kept or dropped.
    public func tokens(of lines: [Line]) -> [Token] {
        var out: [Token] = []
        var afterExponent = false
        for (li, line) in lines.enumerated() {
            for (wi, w) in line.words.enumerated() {
                var text = w.text
                // A raised 2 or 3 set against a unit of length is its exponent, not a note marker:
                // "104,000 km²" (S/2012/197 p. 22), "2,050 m³" (A/80/590 p. 9).
                if w.isSuperscript, let exponent = BodyPatterns.unitExponents[text], let last = out.indices.last,
                   !out[last].isMarker, !out[last].gluesToNext, w.gapBefore <= parameters.unitExponentGap * w.fontSize,
                   RegexCache.shared.matches(BodyPatterns.lengthUnitAtEnd, out[last].text) {
                    out[last].text += exponent
                    afterExponent = true
                    continue
                }
                // Punctuation after the exponent ends its word ("8,000 m².", A/80/605 p. 21).
                if afterExponent, !w.isSuperscript, text.allSatisfy({ ",.;:)".contains($0) }), let last = out.indices.last {
                    afterExponent = false
                    out[last].text += text
                    continue
                }
                afterExponent = false
                if w.isSuperscript, isMarker(text) {
                    out.append(Token(text: text, isItalic: false, isBold: false, isMarker: true))
                    continue
                }
                // Markers raised as one group, joined by commas: "conflict,¹⁰,¹¹" refers to notes
                // 10 and 11 (A/RES/80/112 p. 5).
                if w.isSuperscript, text.contains(","), case let parts = text.split(separator: ",", omittingEmptySubsequences: false),
                   parts.count > 1, parts.allSatisfy({ isMarker(String($0)) }) {
                    out += parts.map { Token(text: String($0), isItalic: false, isBold: false, isMarker: true) }
                    continue
                }
                // A raised "(1)" is the marker of note 1 (Arabic documents, E/ESCWA/30/6).
                if w.isSuperscript, let number = PageZoner.parenthesisedMarker(text) {
                    out.append(Token(text: number, isItalic: false, isBold: false, isMarker: true))
                    continue
                }
                // Punctuation right after a marker ("( ¹ )," in EU acts) joins the word before the marker.
                if !w.isSuperscript, out.last?.isMarker == true, text.allSatisfy({ ",.;:)".contains($0) }),
                   let last = out.lastIndex(where: { !$0.isMarker }), !out[last].gluesToNext {
                    out[last].text += text
                    continue
                }
                // A superscript ordinal suffix ("22nd") joins the number before it on its line, and
                // raised lower-case letters set against a word end its abbreviation ("M" + "me" is "Mme",
                // E/ESCWA/30/18/Report, French, p. 56); a single raised letter or a raised
                // lower-case Roman numeral after a word stays a note marker ("politique ⁱⁱⁱ",
                // FRA.pdf p. 6). A letter raised at the start of a line is a table note's label ("b
                // Includes 162 posts …", A/RES/80/242 page 15), not the end of the line above.
                if w.isSuperscript, wi > 0, text.allSatisfy(\.isLetter), let last = out.indices.last, !out[last].isMarker,
                   !out[last].gluesToNext, let end = out[last].text.last,
                   end.isNumber || (end.isLetter && text.count > 1 && text.allSatisfy(\.isLowercase)
                                    && w.gapBefore <= parameters.raisedSuffixGap * w.fontSize
                                    && !text.allSatisfy({ "ivxl".contains($0) })) {
                    out[last].text += text
                    continue
                }
                // Full-size marker glued after punctuation at a word's end.
                var trailingMarker: String?
                if let (stem, marker) = Self.splitTrailingMarker(text), knownMarkers.contains(marker) {
                    trailingMarker = marker
                    text = stem
                } else if li == lines.count - 1, wi == line.words.count - 1,
                          let (stem, stars) = Self.splitTrailingAsterisks(text), knownMarkers.contains(stars) {
                    // Asterisks set at full size after the last word of a title or heading refer
                    // to the note "*" ("Slovenia*" over A/HRC/WG.6/7/SVN/3, 2009, p. 1; "… these
                    // United Nations Regulations*", UN Regulation No. 17 p. 1). Inside a line an
                    // asterisk may mark an entry of a list instead ("one asterisk denotes …").
                    trailingMarker = stars
                    text = stem
                }
                let isLastOfLine = wi == line.words.count - 1 && li < lines.count - 1
                if isLastOfLine, let next = lines[li + 1].words.first?.text, let joined = lineEndJoin(text, next) {
                    out.append(Token(text: joined, isItalic: w.isItalic, isBold: w.isBold, isMarker: false, gluesToNext: true))
                } else {
                    out.append(Token(text: text, isItalic: w.isItalic, isBold: w.isBold, isMarker: false))
                }
                if let m = trailingMarker { out.append(Token(text: m, isItalic: false, isBold: false, isMarker: true)) }
            }
        }
        return out
    }

    /// A word as the vocabulary keeps it: lower-cased, punctuation (Unicode category P*, as in
    /// Foundation's `punctuationCharacters`) trimmed from both ends. Swift-native: bridging every
    /// word of the document to NSString for `trimmingCharacters(in:)` cost ~5% of a conversion.
    static func vocabularyKey(_ word: String) -> String {
        let scalars = (isCaseless(word) ? word : word.lowercased()).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isPunctuation($0) }),
              let last = scalars.lastIndex(where: { !isPunctuation($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Whether lower-casing leaves `word` as it is because no scalar of it has case: ASCII other
    /// than capitals, and Arabic (whose `lowercased()` builds a string per scalar).
    static func isCaseless(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { s in
            switch s.value {
            case 0x41...0x5A: return false
            case 0...0x7F, 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
            default: return false
            }
        }
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        // Every word of the document is trimmed with it (`vocabularyKey`): ASCII is answered
        // from a table of the same test, without a Unicode table search per scalar.
        c.value < 0x80 ? asciiPunctuation[Int(c.value)] : isPunctuationByCategory(c)
    }

    /// `isPunctuationByCategory` of each ASCII scalar.
    private static let asciiPunctuation: [Bool] = (0..<0x80).map { isPunctuationByCategory(Unicode.Scalar(UInt8($0))) }

    /// True for a scalar of a punctuation category (P*).
    private static func isPunctuationByCategory(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// "UNISPACE+50,1" → ("UNISPACE+50,", "1"): one to three digits right after closing
    /// punctuation that ends a word with letters in it ("4.5 million" in A/RES/78/220 is a number;
    /// a full stop never counts, so that "A/78/481/Add.2" stays a symbol).
    static func splitTrailingMarker(_ text: String) -> (String, String)? {
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), text.count >= digits.count + 2 else { return nil }
        let stem = text.dropLast(digits.count)
        guard let p = stem.last, ",;:”’)".contains(p), stem.contains(where: \.isLetter) else { return nil }
        return (String(stem), String(digits.reversed()))
    }

    /// "Slovenia*" → ("Slovenia", "*"): one to three asterisks after a word with letters.
    static func splitTrailingAsterisks(_ text: String) -> (String, String)? {
        let stars = text.reversed().prefix { $0 == "*" }
        guard (1...3).contains(stars.count) else { return nil }
        let stem = text.dropLast(stars.count)
        guard stem.contains(where: \.isLetter) else { return nil }
        return (String(stem), String(stars))
    }

    private func isMarker(_ text: String) -> Bool {
        if knownMarkers.contains(text) { return true }
        return RegexCache.shared.matches(BodyPatterns.bodyFootnoteMarker, text)
    }

    /// Joins non-marker tokens with single spaces, none after a token that glues to the next.
    public static func join(_ tokens: some Sequence<Token>) -> String {
        var s = ""
        var glue = false
        for t in tokens where !t.isMarker {
            if !s.isEmpty && !glue { s += " " }
            s += t.text
            glue = t.gluesToNext
        }
        return normalize(s)
    }

    /// Each marker of `tokens` with the place it stood in `join(tokens)`: the number of Unicode
    /// scalars of the text before it (a marker before any word stands at 0).
    public static func markers(_ tokens: [Token]) -> [FootnoteMarker] {
        tokens.indices.filter { tokens[$0].isMarker }.map {
            FootnoteMarker(marker: tokens[$0].text, offset: join(tokens[..<$0]).unicodeScalars.count)
        }
    }

    /// `text` continued by `more` (the next line of a table cell, the rest of a paragraph
    /// carried over a page or past its items): one space between them, none after a word or
    /// range broken at the line end ("non-" + "governmental organization" in a table of
    /// A/HRC/43/2). White space collapsed, NFC.
    public static func appending(_ text: String, _ more: String, vocabulary: Set<String> = []) -> String {
        guard let lastWord = lastWord(of: text), let nextWord = firstWord(of: more),
              let joined = lineEndJoin(String(lastWord), String(nextWord), vocabulary: vocabulary) else {
            return normalize(text + " " + more)
        }
        return normalize(String(text.dropLast(lastWord.count)) + joined + more.drop { $0 == " " })
    }

    /// `text.split(separator: " ").last`, found from the end: a cell's text grows line by line,
    /// and splitting all of it for each line cost 24M instructions on A/80/605.
    static func lastWord(of text: String) -> Substring? {
        guard let end = text.lastIndex(where: { $0 != " " }) else { return nil }
        let start = text[..<end].lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
        return text[start...end]
    }

    /// `text.split(separator: " ").first`, found from the start.
    static func firstWord(of text: String) -> Substring? {
        guard let start = text.firstIndex(where: { $0 != " " }) else { return nil }
        return text[start..<(text[start...].firstIndex(of: " ") ?? text.endIndex)]
    }

    /// Dashes that can end a line inside a word or a range: hyphen-minus, hyphen (U+2010),
    /// non-breaking hyphen (U+2011), en dash, em dash.
    static let lineEndDashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}"]

    /// The first half of a word or compound broken after a dash at a line end, as it joins
    /// the next line's first word `next` with no space; nil when the two stay apart.
    ///
    /// The rule the documents follow: a dash that ends a line right after letters or digits
    /// belongs to the text ("Secretary-" + "General", "Non-Self-" + "Governing", "2015–" +
    /// "2030", bulk A/C.2/80/L.47 and 92 other General Assembly drafts). Only before a lower-case
    /// word can a hyphen be the layout's own break ("develop-" + "ment"): it is dropped when the
    /// document spells the joined word elsewhere and never prints the hyphenated compound whole.
    /// Before a suspension connector ("small- and medium-sized") the words stay apart. A web
    /// address broken after a slash runs on with no space (`isWebAddress`).
    func lineEndJoin(_ text: String, _ next: String) -> String? {
        Self.lineEndJoin(text, next, vocabulary: vocabulary)
    }

    /// `lineEndJoin` with the vocabulary given; an empty vocabulary keeps every hyphen.
    static func lineEndJoin(_ text: String, _ next: String, vocabulary: Set<String>) -> String? {
        if let last = text.last, "/.-_".contains(last), isWebAddress(text), let nextFirst = next.first,
           nextFirst.isLetter || nextFirst.isNumber, last == "/" ? isAddressPart(next) : isAddressPath(next) {
            return text
        }
        // An address broken inside a word of its query runs on too when the rest holds the
        // query's marks: "…P13100_COMMENT_ID,P131" + "00_COUNTRY_ID:4366774,103533:NO."
        // (notes 71–83 of A/HRC/WG.6/48/SVN/2).
        if let last = text.last, last.isLetter || last.isNumber, text.contains("://"), text.contains("?"),
           let nextFirst = next.first, nextFirst.isLetter || nextFirst.isNumber,
           withoutClosingPunctuation(next).contains(where: { "_=&%:".contains($0) }) {
            return text
        }
        guard let dash = text.last, Self.lineEndDashes.contains(dash), text.count > 1,
              let before = text.dropLast().last, before.isLetter || before.isNumber,
              let nextFirst = next.first, nextFirst.isLetter || nextFirst.isNumber else { return nil }
        if LanguageVocabulary.anySuspensionConnector.contains(Self.vocabularyKey(next)) { return nil }
        guard nextFirst.isLowercase, dash == "-" || dash == "\u{2010}" else { return text }
        let stem = String(text.dropLast())
        // A compound the document also prints whole with its hyphen keeps it, though it may
        // spell the word closed elsewhere: A/80/L.17 prints "by-catch" 20 times in its lines and
        // "Bycatch" in three titles, and "by-" / "catch" at a line end is the compound.
        guard !printsCompound(stem, next, vocabulary: vocabulary) else { return text }
        return vocabulary.contains(Self.vocabularyKey(stem + next)) ? stem : text
    }

    /// Whether the document (its `vocabulary`) prints `stem` and `next` whole as one compound
    /// joined by a hyphen ("by-catch"): broken at a line end, the compound keeps its hyphen.
    /// The text accounting asks the same (`TextAccounting.PrintedWords`).
    static func printsCompound(_ stem: some StringProtocol, _ next: String, vocabulary: Set<String>) -> Bool {
        vocabulary.contains(vocabularyKey(stem + "-" + next))
    }

    /// Whether `word` is a web address ("https://…", "www.…"): one broken after a slash at a
    /// line end runs on into the next line with no space ("https://www.federalreserve.gov/" +
    /// "monetarypolicy/openmarket.htm.", note 1 of ESCWA/EDID/2018/1/Summary; 53 addresses in
    /// the corpus read with a space inside).
    /// A path of two slashes or more is one too: the second line of an address
    /// ("centre/news/WCMS_514537/" + "lang--en/index.htm.", note 15 of the same document) or
    /// a document symbol ("A/C.2/80/" + "L.47").
    static func isWebAddress(_ word: String) -> Bool {
        word.contains("://") || word.hasPrefix("www.") || word.hasPrefix("(www.") || word.utf8.count(where: { $0 == UInt8(ascii: "/") }) >= 2
    }

    /// Whether `word` (its closing punctuation aside) reads as the rest of an address: a
    /// path, a file name or a host holds one of "/._-%=?#&~" or a digit. A word of prose
    /// after an address that ends in a slash ("at https://www.faa.gov/" + "the applicable
    /// actions", federal-register-2020-17221) holds none.
    /// Whether `word` (its closing punctuation aside) holds a slash or a full stop: the rest
    /// of an address broken after ".", "-" or "_" ("ecb.mp171026." + "en.html.", "lang--" +
    /// "en/index.htm.", notes 2 and 4 of ESCWA/EDID/2018/1/Summary, Arabic), where a figure
    /// alone may start a new sentence.
    static func isAddressPath(_ word: String) -> Bool {
        withoutClosingPunctuation(word).contains { $0 == "/" || $0 == "." }
    }

    /// `word` without the full stops, commas, semicolons, colons and closing parentheses that
    /// end it.
    static func withoutClosingPunctuation(_ word: String) -> Substring {
        var core = Substring(word)
        while let last = core.last, ".,;:)".contains(last) { core = core.dropLast() }
        return core
    }

    static func isAddressPart(_ word: String) -> Bool {
        withoutClosingPunctuation(word).contains { "/._-%=?#&~".contains($0) || $0.isNumber }
    }

    /// Collapses white space and applies NFC.
    /// True when `s` is already collapsed (single spaces, none at the ends, no other white
    /// space) and in NFC, judged from its scalars: those below U+0300 and the general
    /// punctuation and currency signs ("“”’–€") never change under NFC. Most UN text is
    /// ASCII with curly quotes and dashes, and skips the slow path this way.
    static func isCollapsedNFC(_ s: String) -> Bool {
        var previousSpace = true
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            if v < 0x20 || v == 0x7F || v == 0x85 || v == 0xA0 { return false }
            if v < 0x300 || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x20A0...0x20C0).contains(v) {
                continue
            }
            if (0x0600...0x06FF).contains(v), arabicNFCStable[Int(v) - 0x0600] { continue }
            return false
        }
        return !previousSpace
    }

    /// Scalars of the Arabic block (U+0600…U+06FF) that NFC leaves as they are whatever
    /// surrounds them: canonical combining class 0 (never reordered) and none of the three
    /// marks that compose with a letter before them (U+0653…U+0655, "ا" + "ٔ" → "أ"). The
    /// letters, digits and punctuation of Arabic text; its vowel signs take the slow path.
    private static let arabicNFCStable: [Bool] = (0x0600...0x06FF).map { v in
        guard let s = Unicode.Scalar(UInt32(v)), !(0x0653...0x0655).contains(v) else { return false }
        return s.properties.canonicalCombiningClass == .notReordered && s.properties.generalCategory != .unassigned
    }

    public static func normalize(_ s: String) -> String {
        // Fast path: plain ASCII with single spaces needs neither collapsing nor NFC.
        var clean = true
        var previousSpace = true
        for b in s.utf8 {
            if b >= 0x80 || (b < 0x20) { clean = false; break }
            let space = b == 0x20
            if space && previousSpace { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace { return s }
        if isCollapsedNFC(s) { return s }
        let collapsed = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return closingCJKSpaces(collapsed.precomposedStringWithCanonicalMapping)
    }

    /// Chinese and Japanese are written without spaces: a space between two Han or kana
    /// characters, or after a punctuation mark that follows one, is the layout's tracking, not
    /// a word space (the Chinese UDHR spaces every character: "人 人 生 而 自 由, 在 尊 严"). A
    /// space beside a digit or a Latin letter stays ("1948 年 12 月").
    static func closingCJKSpaces(_ s: String) -> String {
        let chars = Array(s.unicodeScalars)
        guard chars.contains(where: isCJK) else { return s }
        var out = String.UnicodeScalarView()
        for (i, c) in chars.enumerated() {
            if c == " ", i > 0, i + 1 < chars.count, isCJK(chars[i + 1]) {
                let left = chars[i - 1]
                if isCJK(left) || (i > 1 && isCJK(chars[i - 2]) && isPunctuation(left)) { continue }
            }
            out.append(c)
        }
        return String(out)
    }

    /// Han ideographs, kana and the CJK and full-width punctuation that go with them.
    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFF60: return true
        default: return false
        }
    }
}
