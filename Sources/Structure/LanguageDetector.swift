import Foundation

/// Tells the language of a document from its text: by script (Arabic, Cyrillic, Han) and, among
/// languages of one script, by their common words (`LanguageVocabulary.commonWords`).
public enum LanguageDetector {
    /// The BCP 47 tag of the language `texts` are clearly written in ("ar", "zh", "ru", "en",
    /// "fr", "es"), or nil when the text is too short, in another language, or unclear.
    public static func detect<S: Sequence>(_ texts: S, parameters: StructureParameters = .standard) -> String?
        where S.Element == String {
        // Letters counted per script in a fixed array (a dictionary hashed every letter); the
        // words are read only when the script leaves more than one candidate language.
        let scripts = LanguageVocabulary.Script.allCases
        var letters = [Int](repeating: 0, count: scripts.count)
        var kana = 0, total = 0
        var read: [String] = []
        for text in texts {
            // ASCII letters answered without Unicode's property table (in ASCII only the
            // letters are alphabetic).
            for s in text.unicodeScalars where s.value < 0x80 ? (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A : s.properties.isAlphabetic {  // lint: ASCII letters
                total += 1
                if (0x3040...0x30FF).contains(s.value) { kana += 1 }
                if let script = LanguageVocabulary.Script.of(s), let k = scripts.firstIndex(of: script) { letters[k] += 1 }
            }
            read.append(text)
            if total > parameters.languageMaxLetters { break }
        }
        guard total >= parameters.languageMinLetters else { return nil }
        guard let k = letters.indices.max(by: { letters[$0] < letters[$1] }), letters[k] > 0,
              Double(letters[k]) >= parameters.languageScriptShare * Double(total) else { return nil }
        let (script, count) = (scripts[k], letters[k])
        let candidates = LanguageVocabulary.all.filter { $0.script == script }
        if script == .han && Double(kana) >= parameters.languageKanaShare * Double(kana + count) { return nil }
        if candidates.count == 1 { return candidates[0].tag }
        let hits = commonWordHits(read, vocabularies: candidates)
        let ranked = candidates.map { ($0.tag, hits[$0.tag] ?? 0) }.sorted { $0.1 > $1.1 }
        guard let best = ranked.first, best.1 >= parameters.languageMinWordHits else { return nil }
        let second = ranked.dropFirst().first?.1 ?? 0
        return Double(best.1) >= parameters.languageWordRatio * Double(second) ? best.0 : nil
    }

    /// How many words of `texts` each vocabulary counts among its common words, by tag.
    static func commonWordHits(_ texts: [String], vocabularies: [LanguageVocabulary]) -> [String: Int] {
        var hits: [String: Int] = [:]
        // The sets taken out once: asking `vocabularies` in the loop copied a whole vocabulary
        // per word and language (15M instructions on A/80/605).
        let tags = vocabularies.map(\.tag), sets = vocabularies.map(\.commonWords)
        for text in texts {
            if let words = asciiWords(text) {
                for w in words { for k in sets.indices where sets[k].contains(w) { hits[tags[k], default: 0] += 1 } }
                continue
            }
            for word in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) {
                // Punctuation (P*) trimmed scalar by scalar, as `TextJoiner.vocabularyKey` does:
                // Foundation's trimming bridged every word to NSString.
                let scalars = word.unicodeScalars
                guard let first = scalars.firstIndex(where: { !TextJoiner.isPunctuation($0) }),
                      let last = scalars.lastIndex(where: { !TextJoiner.isPunctuation($0) }) else { continue }
                let w = String(scalars[first...last])
                for k in sets.indices where sets[k].contains(w) { hits[tags[k], default: 0] += 1 }
            }
        }
        return hits
    }

    /// The words `commonWordHits` reads in an ASCII `text`, read byte by byte (nil for any
    /// other text): lower-cased, split at spaces, punctuation trimmed from both ends, empty
    /// words left out. In ASCII every character is one byte ("\r\n" is no space either way),
    /// so this is the Character-by-Character reading without its grapheme breaks.
    static func asciiWords(_ text: String) -> [String]? {
        let answer: [String]?? = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            for k in 0...bytes.count {
                if k < bytes.count {
                    if bytes[k] >= 0x80 { return nil }
                    if bytes[k] != 0x20 { continue }
                }
                var first = start, last = k
                while first < last, TextJoiner.isPunctuation(Unicode.Scalar(bytes[first])) { first += 1 }
                while last > first, TextJoiner.isPunctuation(Unicode.Scalar(bytes[last - 1])) { last -= 1 }
                if first < last {
                    words.append(String(decoding: bytes[first..<last].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))  // lint: ASCII capitals
                }
                start = k + 1
            }
            return words
        }
        return answer ?? nil
    }
}
