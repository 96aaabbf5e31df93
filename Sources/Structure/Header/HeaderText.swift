import DocumentModel
import Foundation

/// Small text parsers used by the header parser: dates, English ordinal words, agenda items,
/// symbols, sponsor lists, job numbers. Pure functions of strings.
enum HeaderText {

    // MARK: Regular expressions

    /// Matches `pattern` against the whole of `text` (anchored by the pattern itself) and returns
    /// the capture groups (index 0 = whole match), nil groups as nil; nil when no match.
    static func match(_ pattern: String, _ text: String, options: NSRegularExpression.Options = []) -> [String?]? {
        guard let re = RegexCache.shared.regex(pattern, options: options) else { return nil }
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
    }

    /// `text` with every match of `pattern` replaced (the pattern compiled once, in the cache).
    static func replacing(_ pattern: String, in text: String, with template: String) -> String {
        guard let re = RegexCache.shared.regex(pattern) else { return text }
        return re.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    static func matches(_ pattern: String, _ text: String, options: NSRegularExpression.Options = []) -> Bool {
        match(pattern, text, options: options) != nil
    }

    /// Collapses runs of white space (including NBSP) into one space and trims. The Arabic
    /// tatweel (U+0640), which stretches a word for justification, goes: "الأمـم المتحـدة" on
    /// page 2 of E/ESCWA/30/INF.1 (Arabic) is "الأمم المتحدة", "تقريـر" a report's "تقرير".
    static func collapse(_ s: String) -> String {
        if let ascii = collapsedASCII(s) { return ascii }
        let parts = s.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" })
        let joined = parts.joined(separator: " ")
        // Looked for scalar by scalar: String.contains goes through Foundation's search.
        guard joined.unicodeScalars.contains(where: { $0.value == 0x0640 }) else { return joined }
        return String(String.UnicodeScalarView(joined.unicodeScalars.filter { $0.value != 0x0640 }))
    }

    /// `collapse` of an ASCII string, read byte by byte (nil for any other string). In ASCII
    /// every character is one byte ("\r\n" aside: two white-space bytes), and the characters
    /// `isWhitespace` holds for are exactly tab, line feed, vertical tab, form feed, carriage
    /// return and space; splitting by Character cost a grapheme break and a Unicode property
    /// lookup per character (80M instructions over 20 bulk documents). A string that needs no
    /// change (single spaces between words, none at either end: most lines) is returned as is.
    static func collapsedASCII(_ s: String) -> String? {
        @inline(__always) func isWhite(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }  // lint: ASCII white space
        let answer: String?? = s.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var clean = true
            var previousWhite = true  // a leading white space is a change
            for b in bytes {
                if b >= 0x80 { return nil }
                let white = isWhite(b)
                if white && (b != 0x20 || previousWhite) { clean = false }
                previousWhite = white
            }
            if previousWhite && !bytes.isEmpty { clean = false }  // a trailing one too
            if clean { return s }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            for b in bytes {
                if isWhite(b) { space = !out.isEmpty; continue }
                if space { out.append(0x20); space = false }
                out.append(b)
            }
            return String(decoding: out, as: UTF8.self)
        }
        return answer ?? nil
    }

    /// Joins wrapped lines into one string: one space between lines, except after a line-final
    /// hyphen or dash that joins a compound or range ("Guinea-" + "Bissau" → "Guinea-Bissau",
    /// "2015–" + "2030"), the rule of `TextJoiner.lineEndJoin`.
    static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for raw in lines {
            let l = collapse(raw)
            if l.isEmpty { continue }
            out = out.isEmpty ? l : TextJoiner.appending(out, l)
        }
        return out
    }

    /// Removes footnote asterisks (and a dagger) printed after a word or at the end: "Brazil:*" → "Brazil:",
    /// "Review*" → "Review".
    static func stripMarkers(_ s: String) -> String {
        var t = replacing(HeaderPatterns.trailingMarkers, in: s, with: "")
        t = collapse(t)
        return t
    }

    // MARK: Dates

    static let monthNames: [String: Int] = {
        var names = HeaderVocabulary.englishMonths
        // The other languages' month names (French and Spanish mastheads, Russian dates).
        for h in LanguageVocabulary.otherHeaders { names.merge(h.months) { a, _ in a } }
        return names
    }()

    static let datePattern = EnglishPatterns.date

    /// ISO 8601 form of a date printed as "31 October 2018" (also "1er août 2020", "5 de mayo de 2021");
    /// `text` must be the date alone (trailing full stop and asterisks tolerated). Nil otherwise.
    static func isoDate(_ text: String) -> String? {
        var t = stripMarkers(collapse(text)).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        for h in LanguageVocabulary.otherHeaders {
            for suffix in h.dateSuffixes where t.hasSuffix(" " + suffix) { t = String(t.dropLast(suffix.count + 1)) }
            if let p = h.figureDatePattern, let g = match(HeaderPatterns.whole(p), t) { return iso(year: g[1]!, month: g[2]!, day: g[3]!) }
            if let p = h.namedDatePattern, let g = match(HeaderPatterns.whole(p), t) { return iso(day: g[1]!, month: g[2]!, year: g[3]!) }
        }
        guard let g = match(HeaderPatterns.whole(datePattern), t) else { return nil }
        return iso(day: g[1]!, month: g[2]!, year: g[3]!)
    }

    /// The first date printed anywhere in `text` ("… on 26 October 2018") in ISO 8601, or nil.
    static func firstDate(in text: String) -> String? {
        let t = collapse(text)
        if let g = match(datePattern, t) { return iso(day: g[1]!, month: g[2]!, year: g[3]!) }
        for h in LanguageVocabulary.otherHeaders {
            if let p = h.figureDatePattern, let g = match(p, t) { return iso(year: g[1]!, month: g[2]!, day: g[3]!) }
            if let p = h.namedDatePattern, let g = match(p, t) { return iso(day: g[1]!, month: g[2]!, year: g[3]!) }
        }
        return nil
    }

    /// A date printed in figures with its units ("2018年10月26日").
    private static func iso(year: String, month: String, day: String) -> String? {
        guard let y = Int(year), let m = Int(month), LanguageVocabulary.monthNumbers.contains(m), let d = Int(day),
              LanguageVocabulary.dayNumbers.contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    private static func iso(day: String, month: String, year: String) -> String? {
        guard let d = Int(day), LanguageVocabulary.dayNumbers.contains(d), let m = monthNames[month.lowercased()], let y = Int(year) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    // MARK: Ordinals

    private static let units = HeaderVocabulary.englishCardinals
    private static let ordinalUnits = HeaderVocabulary.englishOrdinals
    private static let hundred = HeaderVocabulary.englishHundred
    private static let hundredWord = HeaderVocabulary.englishHundredWord
    private static let connector = HeaderVocabulary.englishOrdinalConnector

    /// Value of an English ordinal written in words, 1st to 199th: "Seventy-third" → 73,
    /// "Eightieth" → 80, "One hundred and first" → 101, "Hundredth" → 100,
    /// "One hundred twenty-fifth" → 125. Case-insensitive; nil if the words are not an ordinal.
    static func ordinalValue(_ words: String) -> Int? {
        let tokens = words.lowercased()
            .replacingOccurrences(of: "\u{2011}", with: "-")
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" })
            .map(String.init)
            .filter { $0 != connector }
        guard let last = tokens.last, let lastValue = ordinalUnits[last] else { return nil }
        var total = 0
        var current = 0
        for tok in tokens.dropLast() {
            if tok == hundredWord {
                current = (current == 0 ? 1 : current) * hundred
                total += current
                current = 0
            } else if let v = units[tok] {
                current += v
            } else {
                return nil
            }
        }
        if lastValue == hundred {
            // "hundredth" / "one hundredth"
            guard total == 0, current <= 1 else { return nil }
            return hundred
        }
        total += current + lastValue
        return HeaderVocabulary.englishOrdinalRange.contains(total) ? total : nil
    }

    /// Parses a session line: "Seventy-third session" → 73, "Tenth emergency special session" → 10,
    /// "Fourteenth session" (Human Rights Council) → 14. Nil when the line is not a session line.
    static func sessionNumber(_ line: String) -> Int? {
        let t = stripMarkers(collapse(line))
        guard let g = match(EnglishPatterns.session, t,
                            options: [.caseInsensitive]) else { return otherSessionNumber(t) }
        return ordinalValue(g[1]!) ?? otherSessionNumber(t)
    }

    /// A session line of another language: "Quatre-vingt-onzième session" → 91,
    /// "Nonagésimo primer período de sesiones" → 91, "Девяносто первая сессия" → 91, "第九十一届会议" → 91.
    static func otherSessionNumber(_ t: String) -> Int? {
        for h in LanguageVocabulary.otherHeaders {
            if let p = h.sessionPattern, let g = match(p, t, options: [.caseInsensitive]), let n = h.ordinalValue(g[1]!) { return n }
        }
        return nil
    }

    // MARK: Agenda items

    /// Splits what follows "Agenda item(s)": "71 (b)" → ["71 (b)"], "14 and 117" → ["14", "117"],
    /// "12, 13 (a) and 120" → ["12", "13 (a)", "120"]. Footnote asterisks are dropped.
    static func agendaItems(_ rest: String) -> [String] {
        let t = stripMarkers(collapse(rest))
        var items: [String] = []
        for part in t.components(separatedBy: ",") {
            for sub in part.components(separatedBy: " and ").flatMap(splitOnOtherConnectors) {
                let s = collapse(sub).trimmingCharacters(in: CharacterSet(charactersIn: ".;"))
                if !s.isEmpty { items.append(s) }
            }
        }
        return items
    }

    /// Splits agenda items on the other languages' connectors ("71 et 72", "71 и 72", "71和72").
    private static func splitOnOtherConnectors(_ s: String) -> [String] {
        var parts = [s]
        for h in LanguageVocabulary.otherHeaders {
            for c in h.itemConnectors {
                let separator = c.unicodeScalars.allSatisfy({ LanguageVocabulary.Script.of($0) == .han }) ? c : " \(c) "
                parts = parts.flatMap { $0.components(separatedBy: separator) }
            }
        }
        return parts
    }

    /// If `line` is an agenda-item line ("Agenda item 30", "Agenda items 14 and 117",
    /// "Provisional agenda item 5"), returns its items; else nil.
    static func agendaLine(_ line: String) -> [String]? {
        let t = collapse(line)
        // "Agenda item 30", "Agenda items 14 and 117"; "Item 35 of the provisional agenda" (A/80/L.1).
        guard let g = match(EnglishPatterns.agendaItemLine, t, options: [.caseInsensitive])
                ?? match(EnglishPatterns.itemsOfAgenda, t)
                ?? LanguageVocabulary.otherHeaders.lazy.flatMap(\.agendaPatterns).compactMap({ match($0, t) }).first else { return nil }
        let items = agendaItems(g[1]!).map(latinItemLetters)
        // Every item must start with a digit (optionally followed by a letter or parenthesised
        // letter; French, Spanish and Russian print "71 b)").
        guard !items.isEmpty, items.allSatisfy({ matches(HeaderPatterns.agendaItem, $0) }) else { return nil }
        return items
    }

    /// An agenda item's sub-item letter of another script in Latin, as the English edition
    /// prints it: "3 (أ)" → "3 (a)", "4 (ھ)" → "4 (e)" (E/ESCWA/2017/EC.4/3(Part I) and
    /// EC.4/4(Part V), Arabic; `HeaderVocabulary.itemLetters`).
    static func latinItemLetters(_ item: String) -> String {
        guard let open = item.lastIndex(of: "("), item.hasSuffix(")") else { return item }
        let letter = String(item[item.index(after: open)..<item.index(before: item.endIndex)])
        guard let latin = LanguageVocabulary.otherHeaders.lazy.compactMap({ $0.itemLetters[letter] }).first else { return item }
        return item[..<open] + "(" + latin + ")"
    }

    // MARK: Symbols

    /// Normalises a symbol candidate: removes spaces the layout put around "/" and after a
    /// leading series letter ("A /RES/73/6" → "A/RES/73/6"); returns nil unless the result looks
    /// like a UN symbol: series letters, then at least one "/" part, optionally a year in
    /// parentheses ("S/RES/2803 (2025)") and reissue asterisks (returned separately).
    static func symbol(_ raw: String) -> (symbol: String, asterisks: Int)? {
        var t = collapse(raw)
        t = replacing(HeaderPatterns.spacedSlash, in: t, with: "/")
        t = replacing(HeaderPatterns.jointSymbolSeparator, in: t, with: "-")
        var stars = 0
        while t.hasSuffix("*") { t.removeLast(); stars += 1 }
        t = collapse(t)
        // "A/81/6 (Sect. 13)/Part A": a part may carry a bracketed section and be a "Part A".
        guard matches(HeaderPatterns.symbol, t), t.contains("/") else { return nil }
        // A date-like "1/2" or a bare fraction is not a symbol: require a letter series first.
        return (t, stars)
    }

    /// Every document symbol inside running text, in order, as printed: "amendment to draft
    /// resolution A/C.3/80/L.20/Rev.1" → ["A/C.3/80/L.20/Rev.1"] (bulk A/C.3/80/L.63). A
    /// sentence's full stop or comma after the symbol is not part of it.
    static func symbols(in text: String) -> [String] {
        guard let re = RegexCache.shared.regex(HeaderPatterns.symbolInText) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            var symbol = ns.substring(with: m.range)
            while let last = symbol.last, ".,-".contains(last) { symbol.removeLast() }
            return symbol.contains("/") ? symbol : nil
        }
    }

    /// A joint document's symbols, first the one it is filed under: "A/80/434-S/2025/632" →
    /// ["A/80/434", "S/2025/632"] (un/sc/A_80_434-S_2025_632-EN). A hyphen inside one symbol
    /// ("A/RES/ES-10/20") does not split it: a joint symbol's next part starts with letters and "/".
    static func jointSymbols(_ symbol: String) -> [String] {
        guard let re = RegexCache.shared.regex(HeaderPatterns.jointSymbolBreak) else { return [symbol] }
        let ns = symbol as NSString
        var parts: [String] = []
        var start = 0
        for m in re.matches(in: symbol, range: NSRange(location: 0, length: ns.length)) {
            parts.append(ns.substring(with: NSRange(location: start, length: m.range.location - start)))
            start = m.range.location + m.range.length
        }
        parts.append(ns.substring(from: start))
        return parts
    }

    // MARK: Sponsors

    /// Country names that contain " and " and must not be split (`HeaderVocabulary.englishCompoundNames`).
    static let compoundNames = HeaderVocabulary.englishCompoundNames

    /// Splits a sponsor list as printed before ": draft resolution": commas and the final " and "
    /// separate sponsors, except inside parentheses ("Netherlands (Kingdom of the)",
    /// "Iraq (on behalf of … Group of 77 and China)") and inside compound names
    /// ("Bosnia and Herzegovina"). Footnote asterisks are dropped.
    static func splitSponsors(_ text: String) -> [String] {
        var t = stripMarkers(collapse(text))
        let guardMark = "\u{E000}"
        for name in compoundNames where t.contains(name) {
            t = t.replacingOccurrences(of: name, with: name.replacingOccurrences(of: " and ", with: " \(guardMark) "))
        }
        var parts: [String] = []
        var depth = 0
        var cur = ""
        var i = t.startIndex
        func flush() {
            let s = collapse(cur).trimmingCharacters(in: CharacterSet(charactersIn: ",;"))
            if !s.isEmpty { parts.append(s) }
            cur = ""
        }
        while i < t.endIndex {
            let c = t[i]
            if c == "(" { depth += 1 }
            if c == ")" { depth = max(0, depth - 1) }
            if depth == 0 && c == "," {
                flush()
                i = t.index(after: i)
                continue
            }
            if depth == 0 && t[i...].hasPrefix(" and ") {
                flush()
                i = t.index(i, offsetBy: " and ".count)
                continue
            }
            cur.append(c)
            i = t.index(after: i)
        }
        flush()
        return parts.map { $0.replacingOccurrences(of: " \(guardMark) ", with: " and ") }
    }

    // MARK: Job numbers

    /// Reads a page-1 footer job number: "18-17962 (E) 021118" → ("18-17962", "E");
    /// "GE.10-14611" → ("GE.10-14611", nil); "GE.19-21936(E)" → ("GE.19-21936", "E").
    static func jobNumber(_ line: String) -> (job: String, languageLetter: String?)? {
        let t = collapse(line)
        // "GE. 10-21132" (ECE/TRANS/WP.29/GRSP/2010/20) sets a space after the prefix.
        guard let g = match(HeaderPatterns.jobNumber, t) else {
            return nil
        }
        return (g[1]!.replacingOccurrences(of: " ", with: ""), g[2])
    }

    /// BCP 47 tag for the one-letter language code of a job number: E→en, F→fr, S→es, R→ru, A→ar, C→zh, G→de.
    static func languageTag(forJobLetter letter: String) -> String? {
        ["E": "en", "F": "fr", "S": "es", "R": "ru", "A": "ar", "C": "zh", "G": "de"][letter]
    }
}
