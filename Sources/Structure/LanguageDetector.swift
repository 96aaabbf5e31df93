import Foundation

/// Tells the language of a document from its text: by script (Arabic, Cyrillic, Han) and, among
/// languages of one script, by their common words (`LanguageVocabulary.commonWords`).
public enum LanguageDetector {
    /// The BCP 47 tag of the language `texts` are clearly written in ("ar", "zh", "ru", "en",
    /// "fr", "es"), or nil when the text is too short, in another language, or unclear.
    public static func detect<S: Sequence>(_ texts: S, parameters: StructureParameters = .standard) -> String?
        where S.Element == String {
        var letters: [LanguageVocabulary.Script: Int] = [:]
        var kana = 0, total = 0
        var hits: [String: Int] = [:]
        let vocabularies = LanguageVocabulary.all
        for text in texts {
            for s in text.unicodeScalars where s.properties.isAlphabetic {
                total += 1
                if (0x3040...0x30FF).contains(s.value) { kana += 1 }
                if let script = LanguageVocabulary.Script.of(s) { letters[script, default: 0] += 1 }
            }
            for word in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) {
                // Punctuation (P*) trimmed scalar by scalar, as `TextJoiner.vocabularyKey` does:
                // Foundation's trimming bridged every word to NSString.
                let scalars = word.unicodeScalars
                guard let first = scalars.firstIndex(where: { !TextJoiner.isPunctuation($0) }),
                      let last = scalars.lastIndex(where: { !TextJoiner.isPunctuation($0) }) else { continue }
                let w = String(scalars[first...last])
                for v in vocabularies where v.commonWords.contains(w) { hits[v.tag, default: 0] += 1 }
            }
            if total > parameters.languageMaxLetters { break }
        }
        guard total >= parameters.languageMinLetters else { return nil }
        guard let (script, count) = letters.max(by: { $0.value < $1.value }),
              Double(count) >= parameters.languageScriptShare * Double(total) else { return nil }
        let candidates = vocabularies.filter { $0.script == script }
        if script == .han && Double(kana) >= parameters.languageKanaShare * Double(kana + count) { return nil }
        if candidates.count == 1 { return candidates[0].tag }
        let ranked = candidates.map { ($0.tag, hits[$0.tag] ?? 0) }.sorted { $0.1 > $1.1 }
        guard let best = ranked.first, best.1 >= parameters.languageMinWordHits else { return nil }
        let second = ranked.dropFirst().first?.1 ?? 0
        return Double(best.1) >= parameters.languageWordRatio * Double(second) ? best.0 : nil
    }
}
