import DocumentModel
import Foundation
import Layout

/// Glyph accounting at the word level: every word of a body or note line must end somewhere
/// in the output (a block's text, number or cell, an item, a footnote's text or marker, a
/// footnote reference). What ends nowhere is reported, so a printed word the structure stage
/// loses is a finding the tool reports itself (`text.unplaced`).
///
/// Lines the header parser read (metadata, `headerLine` furniture) and furniture lines are
/// placed by construction and are not asked. Words are compared as runs of letters and digits,
/// lower-cased, so "Secretary-General" is the words "secretary" and "general"; a word the
/// joiner re-joined across a line end ("develop-" / "ment" → "development") is found as the
/// two halves together.
public enum TextAccounting {
    /// One run of words of one page that no part of the output holds.
    public struct Unplaced: Sendable, Equatable {
        /// 1-based page.
        public var page: Int
        /// The words, as printed in the line (lower-cased, letters and digits only).
        public var text: String
    }

    /// The words of `lines` (in reading order) that are missing from `blocks` and `footnotes`.
    /// `vocabulary` is the document's (`TextJoiner.vocabulary`): a word broken at a line-end
    /// hyphen is looked for as the joiner wrote it, whole or as its hyphenated compound.
    public static func unplaced(lines: [Line], blocks: [Block], footnotes: [Footnote],
                                vocabulary: Set<String> = []) -> [Unplaced] {
        var folding = Folding()
        var found: [Substring: Int] = [:]
        func add(_ s: String) { for w in folding.words(s) { found[w, default: 0] += 1 } }
        func walk(_ bs: [Block]) {
            for b in bs {
                add(b.text)
                if let n = b.number { add(n) }
                b.footnoteRefs.forEach(add)
                b.rows?.forEach { $0.forEach(add) }
                walk(b.items)
            }
        }
        walk(blocks)
        for n in footnotes { add(n.marker); add(n.text) }

        // The printed words, read one ahead as they are needed: a list of all of them held
        // 48 bytes a word, 38 MB at its largest on a 1,000-page document.
        var printed = PrintedWords(lines: lines, folding: folding, vocabulary: vocabulary)
        var left = raisedLeft(lines, folding: folding)
        var out: [Unplaced] = []
        var previousUnplaced = false
        /// Takes one of `key` from `found` when there is one left (hashing the key once).
        func take(_ key: Substring) -> Bool {
            guard let i = found.index(forKey: key), found.values[i] > 0 else { return false }
            found.values[i] -= 1
            return true
        }
        var current = printed.next()
        var following = printed.next()
        while let item = current {
            let w = item.word
            if let i = left.index(forKey: w) { left.values[i] -= 1 }
            // The word with the next one, built only when asked for.
            func pair() -> Substring { Substring(w + following!.word) }
            // A raised run of letters after a word may be in the output glued to it: a table
            // cell's note letter ("2026a", A/RES/80/239 p. 2) or an abbreviation ("Mme",
            // E/ESCWA/30/18/Report, French, p. 52). The pair is asked first while the output
            // holds fewer of the letters alone than printed ones remain (the note under the
            // table keeps its own "a").
            let gluedRaised = following.map { $0.raised && (found[$0.word] ?? 0) < (left[$0.word] ?? 0) } ?? false
            var tookPair = false
            if following != nil, item.lineEndDash || gluedRaised, take(pair()) {
                tookPair = true
            } else if take(w) {
                previousUnplaced = false
            } else if following != nil, take(pair()) {
                tookPair = true
            } else if previousUnplaced, let last = out.last, last.page == item.page {
                out[out.count - 1].text += " " + w
            } else {
                out.append(Unplaced(page: item.page, text: String(w)))
                previousUnplaced = true
            }
            if tookPair {
                previousUnplaced = false
                if let next = following, let i = left.index(forKey: next.word) { left.values[i] -= 1 }
                current = printed.next()
                following = printed.next()
            } else {
                current = following
                following = printed.next()
            }
        }
        return out
    }

    /// How many times each raised run of letters of `lines` is printed (raised or not): only
    /// pages with such a run pay for the count.
    static func raisedLeft(_ lines: [Line], folding: Folding) -> [Substring: Int] {
        var folding = folding
        var raisedTexts = Set<Substring>()
        for line in lines {
            for (k, word) in line.words.enumerated() where k > 0 && word.isSuperscript && word.text.allSatisfy(\.isLetter) {
                raisedTexts.formUnion(folding.words(word.text))
            }
        }
        guard !raisedTexts.isEmpty else { return [:] }
        var left: [Substring: Int] = [:]
        func count(_ w: Substring) { if raisedTexts.contains(w) { left[w, default: 0] += 1 } }
        // The words `PrintedWords` gives, counted here without it: an ASCII word's runs are read
        // from its bytes and made strings only at the length of a raised run (the second walk
        // over the document cost 64M instructions on A/80/605).
        let longest = raisedTexts.map(\.utf8.count).max()!
        var run: [UInt8] = []
        for line in lines {
            for word in line.words where !Self.countASCIIRuns(word.text, longest: longest, run: &run, count) {
                folding.words(word.text).forEach(count)
            }
        }
        return left
    }

    /// Hands `count` each run of ASCII letters and digits of `text`, lower-cased, that is no
    /// longer than `longest` bytes (the runs `Folding.words` gives, the longer ones aside);
    /// false, having handed none, when `text` holds a byte beyond ASCII or a carriage return.
    static func countASCIIRuns(_ text: String, longest: Int, run: inout [UInt8], _ count: (Substring) -> Void) -> Bool {
        if text.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return false }
        run.removeAll(keepingCapacity: true)
        var length = 0
        func flush() {
            if length > 0 && length <= longest { count(Substring(String(decoding: run, as: UTF8.self))) }
            run.removeAll(keepingCapacity: true)
            length = 0
        }
        for b in text.utf8 {
            let lower = (0x41...0x5A).contains(b) ? b + 0x20 : b
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                length += 1
                if length <= longest { run.append(lower) }
            } else {
                flush()
            }
        }
        flush()
        return true
    }

    /// Each printed word of some lines (in reading order) with its page, and whether it ends
    /// its line with a hyphen before a lower-case word: only there may the joiner have dropped
    /// the hyphen ("develop-" / "ment" → "development"), so the joined word is looked for
    /// first, unless the document prints the hyphenated compound whole, which the joiner keeps
    /// ("by-" / "catch" → "by-catch", A/80/L.17 p. 51, `TextJoiner.lineEndJoin`). The words
    /// come one at a time, a line's word split into its parts as reached.
    struct PrintedWords: IteratorProtocol {
        let lines: [Line]
        var folding: Folding
        /// The document's vocabulary (`TextJoiner.vocabularyKey` of each printed word).
        let vocabulary: Set<String>
        /// The line and word reached, and the parts of that word not yet given.
        private var line = 0, word = 0
        private var parts: [Substring] = []
        private var part = 0
        private var dashEnd = false
        /// Set for a raised run of letters after another word of its line.
        private var raised = false

        init(lines: [Line], folding: Folding, vocabulary: Set<String> = []) {
            self.lines = lines
            self.folding = folding
            self.vocabulary = vocabulary
        }

        mutating func next() -> (word: Substring, page: Int, lineEndDash: Bool, raised: Bool)? {
            while part == parts.count {
                guard line < lines.count else { return nil }
                let words = lines[line].words
                guard word < words.count else {
                    line += 1
                    word = 0
                    continue
                }
                let text = words[word].text
                parts = folding.words(text)
                raised = word > 0 && words[word].isSuperscript && text.allSatisfy(\.isLetter)
                part = 0
                // The next line's first letter is asked only of a line's last word ending in a dash.
                // A dash ends in byte 2D or (U+2010…U+2014) 90…94: other words skip the Character test.
                dashEnd = word == words.count - 1 && text.utf8.last.map { $0 == 0x2D || (0x90...0x94).contains($0) } == true
                    && text.last.map { TextJoiner.lineEndDashes.contains($0) } == true
                    && line + 1 < lines.count && lines[line + 1].words.first?.text.first?.isLowercase == true
                    && !keepsHyphen(text, lines[line + 1].words[0].text)
                word += 1
            }
            defer { part += 1 }
            return (parts[part], lines[line].page, dashEnd && part == parts.count - 1, raised)
        }

        /// Whether the joiner keeps the hyphen of `text` ending a line before `next`: the
        /// document prints the compound whole.
        private func keepsHyphen(_ text: String, _ next: String) -> Bool {
            TextJoiner.printsCompound(text.dropLast(), next, vocabulary: vocabulary)
        }
    }

    /// Runs of letters and digits, lower-cased, without combining marks (Poppler may give an
    /// Arabic vowel sign as a glyph of its own, while the output sets it on its letter).
    static func words(_ s: String) -> [Substring] {
        var folding = Folding()
        return folding.words(s)
    }

    /// The reference form of `words`, character by character through Foundation's
    /// decomposition: what `Folding.words` computes faster, scalar by scalar, and falls back
    /// to for text it cannot read that way.
    static func slowWords(_ s: String) -> [Substring] {
        var lower = s.lowercased()
        if lower.utf8.contains(where: { $0 >= 0x80 }) {
            // Chinese and Japanese have no word spaces: each character counts as a word, so that
            // "人 人 生" as printed and "人人生" as written compare alike.
            if lower.unicodeScalars.contains(where: TextJoiner.isCJK) {
                var spaced = String.UnicodeScalarView()
                for c in lower.unicodeScalars {
                    if TextJoiner.isCJK(c) { spaced.append(" "); spaced.append(c); spaced.append(" ") } else { spaced.append(c) }
                }
                lower = String(spaced)
            }
            // An exponent the joiner set against its unit ("km²") is a word of its own, its digit.
            if lower.unicodeScalars.contains(where: { Folding.superscriptDigits[$0] != nil }) {
                var spaced = String.UnicodeScalarView()
                for c in lower.unicodeScalars {
                    if let digit = Folding.superscriptDigits[c] { spaced.append(" "); spaced.append(digit) } else { spaced.append(c) }
                }
                lower = String(spaced)
            }
            // Decomposed first, so that "é" and "e" + U+0301 compare alike (A/RES/79/287's "communiqué").
            lower = String(String.UnicodeScalarView(lower.decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }))
        }
        return lower.split { !($0.isLetter || $0.isNumber) }
    }

    /// `words` scalar by scalar, with each non-ASCII scalar's folding (lower case, canonical
    /// decomposition, nonspacing marks dropped, letter-or-digit or not) looked up once per
    /// accounting: the same words as `slowWords`, at a fraction of the instructions on Arabic
    /// and accented text (E/ESCWA/30/18/Report, Arabic: `unplacedText` was 20 % of the worker).
    ///
    /// Lower-casing and canonical decomposition act scalar by scalar; decomposition then
    /// reorders combining marks, which are dropped, so a scalar-by-scalar folding equals the
    /// whole string's when no non-starter survives. The split into words goes by characters
    /// (grapheme clusters): it equals a split by scalars when no scalar can join its
    /// neighbour into one cluster. Text with a scalar outside those cases (Chinese and
    /// Japanese, Indic spacing marks, joiners, format characters, Hangul, emoji) takes
    /// `slowWords`.
    struct Folding {
        /// One scalar folded: its scalars and, for each, whether it is a letter or digit.
        struct Entry {
            var scalars: [Unicode.Scalar]
            var isWord: [Bool]
            /// False: the scalar needs `slowWords`.
            var simple: Bool
        }
        /// Each scalar's folding, found once; `plane0` gives the index + 1 of a Basic Multilingual
        /// Plane scalar's entry (0: not folded yet), read by index rather than hashed per scalar.
        private var folded: [Entry] = []
        private var plane0: [Int32] = []
        private var otherPlanes: [Unicode.Scalar: Int] = [:]

        mutating func words(_ s: String) -> [Substring] {
            if let ascii = Folding.asciiWords(s) { return ascii }
            var out: [Substring] = []
            // The word being read as UTF-8: appending a scalar to a String's scalar view costs
            // more than the bytes.
            var current: [UInt8] = []
            func flush() {
                if !current.isEmpty { out.append(Substring(String(decoding: current, as: UTF8.self))); current.removeAll(keepingCapacity: true) }
            }
            for c in s.unicodeScalars {
                let v = c.value
                if v < 0x80 {
                    if v == 0x0D { return TextAccounting.slowWords(s) }
                    if (0x41...0x5A).contains(v) {
                        current.append(UInt8(v + 0x20))
                    } else if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                        current.append(UInt8(v))
                    } else {
                        flush()
                    }
                    continue
                }
                let k = index(c)
                guard folded[k].simple else { return TextAccounting.slowWords(s) }
                for (j, e) in folded[k].scalars.enumerated() {
                    if folded[k].isWord[j] {
                        current.append(contentsOf: e.utf8)
                    } else {
                        flush()
                    }
                }
            }
            flush()
            return out
        }

        /// The index in `folded` of `c`'s entry, folded now when first met.
        private mutating func index(_ c: Unicode.Scalar) -> Int {
            let v = Int(c.value)
            if v < Self.plane0Size {
                if plane0.isEmpty { plane0 = [Int32](repeating: 0, count: Self.plane0Size) }
                if plane0[v] != 0 { return Int(plane0[v]) - 1 }
                folded.append(entry(c))
                plane0[v] = Int32(folded.count)
                return folded.count - 1
            }
            if let k = otherPlanes[c] { return k }
            folded.append(entry(c))
            otherPlanes[c] = folded.count - 1
            return folded.count - 1
        }

        private static let plane0Size = 0x10000

        /// The words of ASCII text (most UN text), lower-cased; nil for other text (and for a
        /// carriage return). The bytes are read in place and each word made a string of its own
        /// bytes (inline, up to 15 bytes) instead of lower-casing the whole text and slicing
        /// it at character-checked indices.
        static func asciiWords(_ s: String) -> [Substring]? {
            var s = s
            return s.withUTF8 { bytes -> [Substring]? in
                var count = 0, inWord = false
                for b in bytes {
                    if b >= 0x80 || b == 0x0D { return nil }
                    let isWord = (0x61...0x7A).contains(b | 0x20) || (0x30...0x39).contains(b)
                    if isWord && !inWord { count += 1 }
                    inWord = isWord
                }
                var out: [Substring] = []
                out.reserveCapacity(count)
                var word: [UInt8] = []
                for b in bytes {
                    if (0x61...0x7A).contains(b | 0x20) || (0x30...0x39).contains(b) {
                        word.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
                    } else if !word.isEmpty {
                        out.append(Substring(String(decoding: word, as: UTF8.self)))
                        word.removeAll(keepingCapacity: true)
                    }
                }
                if !word.isEmpty { out.append(Substring(String(decoding: word, as: UTF8.self))) }
                return out
            }
        }

        func entry(_ c: Unicode.Scalar) -> Entry {
            // An exponent the joiner set against its unit ("km²") was printed as a raised digit
            // of its own: it is a word of its own, the digit.
            if let digit = Self.superscriptDigits[c] {
                return Entry(scalars: [" ", digit], isWord: [false, true], simple: true)
            }
            let lower = String(c).lowercased()
            var entry = Entry(scalars: [], isWord: [], simple: !lower.unicodeScalars.contains(where: TextJoiner.isCJK))
            for e in lower.decomposedStringWithCanonicalMapping.unicodeScalars
            where e.properties.generalCategory != .nonspacingMark {
                entry.scalars.append(e)
                entry.isWord.append(e.properties.isAlphabetic || e.properties.numericType != nil)
                if !Folding.standsAlone(e) { entry.simple = false }
            }
            return entry
        }

        /// The superscript digits the joiner writes for exponents, and the digits they raise.
        static let superscriptDigits: [Unicode.Scalar: Unicode.Scalar] = ["²": "2", "³": "3"]

        /// True when `e` is a starter that forms a grapheme cluster of its own whatever its
        /// neighbours (among scalars that are no nonspacing marks): no spacing or enclosing
        /// mark, format or control character, carriage return, joiner, Hangul jamo, regional
        /// indicator or emoji modifier, and canonical combining class 0. Checked in the ranges
        /// where that is known; other ranges answer false.
        static func standsAlone(_ e: Unicode.Scalar) -> Bool {
            let v = e.value
            if v < 0x80 { return v != 0x0D }
            let known = v < 0x0D00 || (0x1E00...0x2BFF).contains(v) || (0xFB00...0xFDFF).contains(v)
                || (0xFE70...0xFEFE).contains(v) || (0xFF00...0xFF9D).contains(v)
            guard known, e.properties.canonicalCombiningClass == .notReordered else { return false }
            switch e.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control, .lineSeparator,
                 .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                return false
            default:
                return true
            }
        }
    }
}
