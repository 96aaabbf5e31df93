import Foundation
import JSONSchema
import Writer

/// Checks of one output on its own, without an expected file: numbering, sub-items,
/// footnotes, header fields, furniture or notes leaking into the body, symbol-like strings read
/// as no citation, schema violations, and
/// the diagnostics the convert step recorded.
public struct OutputChecks: Sendable {
    let writer: DocumentWriter?

    /// Checks with schema validation (`writer` loads the bundled schema).
    public init(writer: DocumentWriter?) { self.writer = writer }

    /// Every finding for `document`.
    public func run(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        if let writer {
            for v in writer.validate(document) {
                findings.append(Finding(source: .schema, code: "schema.\(v.keyword)", severity: .error,
                                        message: "\(v.instancePointer.isEmpty ? "/" : v.instancePointer): \(v.message)",
                                        pointer: v.instancePointer,
                                        regions: PageRegion.of(block: JSONPointer.resolve(blockPointer(v.instancePointer), in: document))))
            }
        }
        findings += Self.numbering(document)
        findings += Self.subItems(document)
        findings += Self.footnotes(document)
        findings += Self.header(document)
        findings += Self.leaks(document)
        findings += Self.text(document)
        findings += Self.citations(document)
        // A diagnostic the convert step recorded and a check found again is shown once, as the
        // check's finding (which carries the block's pointer and boxes).
        let checked = Set(findings.map(\.code))
        findings += Self.diagnostics(document).filter { !checked.contains($0.code) }
        return findings
    }

    /// The pointer of the block holding `pointer` (`/blocks/2/items/0/text` → `/blocks/2/items/0`).
    private func blockPointer(_ pointer: String) -> String {
        guard let tokens = JSONPointer.tokens(pointer), tokens.first == "blocks" else { return "/nonexistent" }
        var kept: [String] = []
        var i = 0
        while i + 1 < tokens.count, tokens[i] == "blocks" || tokens[i] == "items", Int(tokens[i + 1]) != nil {
            kept += [tokens[i], tokens[i + 1]]; i += 2
        }
        return JSONPointer.make(kept)
    }

    // MARK: - Numbering

    /// Paragraph numbers ("1.", "2.") under each heading must run 1, 2, 3…: gaps, repeats and
    /// numbers out of order are reported, at the block where the run breaks.
    public static func numbering(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        var previous: Int? = nil, lastNumber: Int? = nil
        var afterHeading = false
        for (i, block) in (document["blocks"]?.arrayValue ?? []).enumerated() {
            if block["kind"]?.stringValue == "heading" { afterHeading = previous != nil || afterHeading; previous = nil; continue }
            guard block["kind"]?.stringValue == "paragraph", let label = block["number"]?.stringValue,
                  let n = arabicNumber(label) else { continue }
            let pointer = "/blocks/\(i)"
            let role = block["role"]?.stringValue.map { "\($0) " } ?? ""
            let expected = (previous ?? 0) + 1
            // After a heading the numbers may restart at 1 or run on (reports number paragraphs
            // through their sections); a document may also open past 1 only at its first number.
            if n != expected && !(afterHeading && (n == 1 || n == (lastNumber ?? 0) + 1)) {
                let (code, what): (String, String)
                if let p = previous, n == p { (code, what) = ("numbering.repeat", "repeats \(p)") }
                else if let p = previous, n < p { (code, what) = ("numbering.order", "comes after \(p)") }
                else { (code, what) = ("numbering.gap", previous.map { "follows \($0)" } ?? "opens the series") }
                findings.append(Finding(source: .check, code: code, severity: .warning,
                                        message: "\(role)paragraph \(label) \(what); expected \(expected).",
                                        pointer: pointer, regions: PageRegion.of(block: block)))
            }
            previous = n
            lastNumber = n
            afterHeading = false
        }
        return findings
    }

    /// `12` for "12." or "12"; nil for other labels.
    static func arabicNumber(_ label: String) -> Int? {
        var s = label.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix(".") { s.removeLast() }
        guard !s.isEmpty, s.count <= 4, s.allSatisfy(\.isASCII), let n = Int(s) else { return nil }
        return n
    }

    // MARK: - Sub-items

    /// Sub-items must run (a), (b), (c)… or (i), (ii), (iii)… from the first: "(a), (b), (d)" is broken.
    public static func subItems(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        func visit(_ blocks: [JSONValue], pointer: String) {
            for (i, block) in blocks.enumerated() {
                let p = "\(pointer)/\(i)"
                let items = block["items"]?.arrayValue ?? []
                if !items.isEmpty {
                    findings += itemSequence(items, pointer: p + "/items", parent: block)
                    visit(items, pointer: p + "/items")
                }
            }
        }
        visit(document["blocks"]?.arrayValue ?? [], pointer: "/blocks")
        return findings
    }

    private static func itemSequence(_ items: [JSONValue], pointer: String, parent: JSONValue) -> [Finding] {
        let labels = items.map { itemLabel($0["number"]?.stringValue) }
        guard let first = labels.first, let firstLabel = first else { return [] }
        // Decide the series from the first label: (i) opens a roman series, any other letter a latin one.
        let roman = firstLabel == "i" || (romanValue(firstLabel) != nil && labels.count > 1 && labels[1].flatMap(romanValue) == 2)
        var findings: [Finding] = []
        var expected = 1
        for (k, label) in labels.enumerated() {
            guard let label else { continue }
            let value = roman ? romanValue(label) : latinValue(label)
            let printed = items[k]["number"]?.stringValue ?? label
            if value != expected {
                let want = roman ? romanNumeral(expected) : latinLetter(expected)
                let parentLabel = parent["number"]?.stringValue.map { " of \($0)" } ?? ""
                findings.append(Finding(source: .check, code: "items.sequence", severity: .warning,
                                        message: "item \(printed)\(parentLabel) where (\(want)) was expected.",
                                        pointer: "\(pointer)/\(k)", regions: PageRegion.of(block: items[k])))
            }
            expected = (value ?? expected) + 1
        }
        return findings
    }

    /// "a" for "(a)", "a)" or "a."; nil for bullets and numbers.
    static func itemLabel(_ number: String?) -> String? {
        guard var s = number?.trimmingCharacters(in: .whitespaces) else { return nil }
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: "()."))
        guard !s.isEmpty, s.count <= 6, s.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return s.lowercased()
    }

    static func latinValue(_ s: String) -> Int? {
        guard s.count == 1, let v = s.unicodeScalars.first?.value, v >= 97, v <= 122 else {
            // (aa), (bb): doubled letters continue after (z).
            if s.count == 2, Set(s).count == 1, let v = s.unicodeScalars.first?.value, v >= 97, v <= 122 { return Int(v) - 96 + 26 }
            return nil
        }
        return Int(v) - 96
    }

    static func latinLetter(_ n: Int) -> String {
        n <= 26 ? String(UnicodeScalar(UInt8(96 + n))) : String(repeating: String(UnicodeScalar(UInt8(96 + n - 26))), count: 2)
    }

    static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0, last = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            if v < last { total -= v } else { total += v; last = v }
        }
        return romanNumeral(total) == s ? total : nil
    }

    static func romanNumeral(_ n: Int) -> String {
        let table: [(Int, String)] = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }

    // MARK: - Footnotes

    /// Markers with no note, notes with no marker, and numbered notes out of sequence.
    public static func footnotes(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        let notes = document["footnotes"]?.arrayValue ?? []
        let noteMarkers = notes.compactMap { $0["marker"]?.stringValue }
        var referenced: [String] = []
        for block in FlatBlock.flatten(document["blocks"]) {
            for ref in block.value["footnoteRefs"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                if !referenced.contains(ref) { referenced.append(ref) }
                if !noteMarkers.contains(ref) {
                    findings.append(Finding(source: .check, code: "footnote.markerWithoutNote", severity: .warning,
                                            message: "marker \(ref) in \(blockName(block.value)) has no note.",
                                            pointer: block.pointer + "/footnoteRefs", regions: PageRegion.of(block: block.value)))
                }
            }
        }
        for (i, note) in notes.enumerated() {
            guard let marker = note["marker"]?.stringValue else { continue }
            if !referenced.contains(marker) {
                findings.append(Finding(source: .check, code: "footnote.noteWithoutMarker", severity: .info,
                                        message: "note \(marker) is never referenced in the body.",
                                        pointer: "/footnotes/\(i)", pages: note["page"]?.intValue.map { [$0] } ?? []))
            }
        }
        // Numbered notes run 1, 2, 3 across the document (a document may start later, e.g. at 2 when note 1 is on the sponsors line).
        var previous: Int? = nil
        for (i, note) in notes.enumerated() {
            guard let marker = note["marker"]?.stringValue, let n = Int(marker) else { continue }
            if let p = previous, n != p + 1 {
                findings.append(Finding(source: .check, code: "footnote.sequence", severity: .warning,
                                        message: "note \(marker) follows note \(p); expected \(p + 1).",
                                        pointer: "/footnotes/\(i)", pages: note["page"]?.intValue.map { [$0] } ?? []))
            }
            previous = n
        }
        // Markers must also first appear in the body in the order of their numbers.
        var last: Int? = nil
        for ref in referenced {
            guard let n = Int(ref) else { continue }
            if let l = last, n < l {
                findings.append(Finding(source: .check, code: "footnote.referenceOrder", severity: .warning,
                                        message: "marker \(ref) first appears in the body after marker \(l)."))
            }
            last = max(last ?? n, n)
        }
        return findings
    }

    static func blockName(_ block: JSONValue) -> String {
        let kind = block["kind"]?.stringValue ?? "block"
        if let n = block["number"]?.stringValue { return "\(kind) \(n)" }
        let words = (block["text"]?.stringValue ?? "").split(separator: " ").prefix(5).joined(separator: " ")
        return "\(kind) “\(words)…”"
    }

    // MARK: - Header

    /// Missing or malformed header fields: the symbol's grammar, ISO dates, the session number
    /// against the symbol and the session line, the resolution number against the symbol.
    public static func header(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        let meta = document["metadata"]
        func add(_ code: String, _ severity: Severity, _ field: String, _ message: String) {
            findings.append(Finding(source: .check, code: code, severity: severity, message: message,
                                    pointer: "/metadata/\(field)", pages: [1]))
        }
        let symbol = meta?["symbol"]?.stringValue
        let type = meta?["documentType"]?.stringValue
        if let symbol {
            if symbol.range(of: #"^[A-Z]{1,8}(\.[0-9]+)?(/[A-Za-z0-9.\-]+)+( \([0-9]{4}\))?\*{0,3}$"#, options: .regularExpression) == nil {
                add("header.symbolMalformed", .warning, "symbol", "symbol “\(symbol)” does not follow the UN symbol grammar (A/RES/73/6, S/RES/2803 (2025)).")
            }
        } else if document["source"]?["fileName"] != nil {
            add("header.missing", .warning, "symbol", "no document symbol.")
        }
        for field in ["issuedDate", "adoptionDate"] {
            guard let value = meta?[field]?.stringValue else { continue }
            if !isISODate(value) { add("header.dateMalformed", .warning, field, "\(field) “\(value)” is not an ISO 8601 date.") }
        }
        if let issued = meta?["issuedDate"]?.stringValue, let adopted = meta?["adoptionDate"]?.stringValue,
           isISODate(issued), isISODate(adopted), adopted > issued, type == "resolution" || type == "decision" {
            add("header.dateOrder", .warning, "adoptionDate", "adopted \(adopted), after the issue date \(issued).")
        }
        let sessionNumber = meta?["sessionNumber"]?.intValue
        if let symbol, let sessionNumber, symbol.hasPrefix("A/"),
           let first = symbol.split(separator: "/").first(where: { Int($0) != nil }).flatMap({ Int($0) }),
           first != sessionNumber, first < 100 {
            add("header.sessionMismatch", .warning, "sessionNumber", "session number \(sessionNumber) but the symbol \(symbol) names session \(first).")
        }
        if let session = meta?["session"]?.stringValue, let sessionNumber, let spelled = ordinalValue(session), spelled != sessionNumber {
            add("header.sessionMismatch", .warning, "session", "“\(session)” is session \(spelled), but sessionNumber is \(sessionNumber).")
        }
        if let symbol, let number = meta?["resolutionNumber"]?.stringValue, symbol.contains("/RES/") || symbol.contains("/DEC/"),
           !symbol.hasSuffix(number) && !symbol.replacingOccurrences(of: "*", with: "").hasSuffix(number) {
            add("header.resolutionNumberMismatch", .warning, "resolutionNumber", "resolution number \(number) is not the end of the symbol \(symbol).")
        }
        if type == "resolution" {
            for field in ["resolutionNumber", "adoptionDate"] where meta?[field]?.stringValue == nil {
                add("header.missing", .warning, field, "a resolution without \(field).")
            }
        }
        return findings
    }

    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        guard s.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts[0].count == 4, (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// 73 for "Seventy-third session"; nil when the line spells no ordinal.
    static func ordinalValue(_ session: String) -> Int? {
        let units = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                     "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                     "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19]
        let tensOrdinal = ["twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                           "seventieth": 70, "eightieth": 80, "ninetieth": 90]
        let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
        guard let word = session.lowercased().split(separator: " ").first.map(String.init) else { return nil }
        if let v = units[word] ?? tensOrdinal[word] { return v }
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let t = tens[parts[0]], let u = units[parts[1]], u < 10 { return t + u }
        return nil
    }

    // MARK: - Leaks

    /// Body blocks that look like furniture (page numbers, job numbers, barcodes, the symbol,
    /// a footnote separator) or like a footnote that stayed in the body.
    public static func leaks(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        let symbol = document["metadata"]?["symbol"]?.stringValue
        let furnitureTexts = Set((document["furniture"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue.map(ScoreText.norm) })
        let noteTexts = (document["footnotes"]?.arrayValue ?? []).compactMap { n -> (String, String)? in
            guard let m = n["marker"]?.stringValue, let t = n["text"]?.stringValue else { return nil }
            return (m, ScoreText.norm(t))
        }
        let furniturePatterns = [
            #"^[0-9]{1,3}/[0-9]{1,3}$"#,                          // page number 2/5
            #"^[0-9]{2}-[0-9]{5}( ?\([A-Z]\))?( [0-9]{6})?$"#,    // job number 18-17962 (E) 021118
            #"^GE\.[0-9]{2}-[0-9]{5}"#,                           // Geneva job number
            #"^\*[0-9]{7,}\*$"#,                                  // barcode
            #"^_{5,}$"#,                                          // footnote separator
        ]
        for block in FlatBlock.flatten(document["blocks"]) {
            let text = ScoreText.norm(block.value["text"])
            guard !text.isEmpty else { continue }
            var reason: String? = nil
            if furniturePatterns.contains(where: { text.range(of: $0, options: .regularExpression) != nil }) {
                reason = "looks like page furniture"
            } else if let symbol, text == symbol, block.value["kind"]?.stringValue != "heading" {
                reason = "is the document symbol (a running header?)"
            } else if furnitureTexts.contains(text), text.count >= 8, block.value["kind"]?.stringValue != "heading" {
                reason = "repeats a furniture line"
            } else if let (m, _) = noteTexts.first(where: { $0.1.count >= 20 && (text == $0.1 || text.hasSuffix($0.1) || text.hasPrefix("\($0.0) \($0.1.prefix(30))")) }) {
                reason = "repeats the text of footnote \(m)"
            } else if text.range(of: #"^[0-9]{1,3} (See |Resolution |Official Records|A/|E/|S/|Ibid|United Nations, Treaty Series)"#, options: .regularExpression) != nil,
                      block.value["number"] == nil || block.value["number"] == .null, text.count < 300 {
                reason = "reads like a footnote"
            }
            if let reason {
                findings.append(Finding(source: .check, code: reason.contains("footnote") ? "body.footnoteLeak" : "body.furnitureLeak",
                                        severity: .warning, message: "\(blockName(block.value)) \(reason): “\(text.prefix(80))”.",
                                        pointer: block.pointer, regions: PageRegion.of(block: block.value)))
            }
        }
        return findings
    }

    // MARK: - Diagnostics

    /// Every diagnostic the convert step recorded, with its severity.
    public static func diagnostics(_ document: JSONValue) -> [Finding] {
        (document["diagnostics"]?.arrayValue ?? []).enumerated().map { i, d in
            let page = d["page"]?.intValue
            return Finding(source: .diagnostic, code: d["code"]?.stringValue ?? "diagnostic",
                           severity: Severity(rawValue: d["severity"]?.stringValue ?? "") ?? .warning,
                           message: d["message"]?.stringValue ?? "", pointer: "/diagnostics/\(i)", pages: page.map { [$0] } ?? [])
        }
    }
}
