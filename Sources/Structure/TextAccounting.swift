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
    public static func unplaced(lines: [Line], blocks: [Block], footnotes: [Footnote]) -> [Unplaced] {
        var found: [Substring: Int] = [:]
        func add(_ s: String) { for w in words(s) { found[w, default: 0] += 1 } }
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

        // Each printed word with its page, and whether it ends its line with a hyphen before a
        // lower-case word: only there may the joiner have dropped the hyphen ("by-" / "catch" →
        // "bycatch", A/80/L.17 p. 51), so the joined word is looked for first.
        var printed: [(word: Substring, page: Int, lineEndDash: Bool)] = []
        for (n, line) in lines.enumerated() {
            let nextLower = n + 1 < lines.count && lines[n + 1].words.first?.text.first?.isLowercase == true
            for (k, word) in line.words.enumerated() {
                let parts = words(word.text)
                let dashEnd = nextLower && k == line.words.count - 1 && word.text.last.map { TextJoiner.lineEndDashes.contains($0) } == true
                for (p, part) in parts.enumerated() { printed.append((part, line.page, dashEnd && p == parts.count - 1)) }
            }
        }
        var out: [Unplaced] = []
        var previousUnplaced = false
        var i = 0
        while i < printed.count {
            let (w, page, lineEndDash) = printed[i]
            let pair = i + 1 < printed.count ? Substring(w + printed[i + 1].word) : nil
            if lineEndDash, let pair, let c = found[pair], c > 0 {
                found[pair] = c - 1
                previousUnplaced = false
                i += 1
            } else if let c = found[w], c > 0 {
                found[w] = c - 1
                previousUnplaced = false
            } else if let pair, let c = found[pair], c > 0 {
                found[pair] = c - 1
                previousUnplaced = false
                i += 1
            } else if previousUnplaced, let last = out.last, last.page == page {
                out[out.count - 1].text += " " + w
            } else {
                out.append(Unplaced(page: page, text: String(w)))
                previousUnplaced = true
            }
            i += 1
        }
        return out
    }

    /// Runs of letters and digits, lower-cased, without combining marks (Poppler may give an
    /// Arabic vowel sign as a glyph of its own, while the output sets it on its letter).
    static func words(_ s: String) -> [Substring] {
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
            // Decomposed first, so that "é" and "e" + U+0301 compare alike (A/RES/79/287's "communiqué").
            lower = String(String.UnicodeScalarView(lower.decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }))
        }
        return lower.split { !($0.isLetter || $0.isNumber) }
    }
}
