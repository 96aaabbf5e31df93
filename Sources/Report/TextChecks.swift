import Foundation
import JSONSchema
import Structure

/// Checks for the fault kinds a reader sees in the text itself, without an expected file:
/// a word broken by a hyphen and a space, paragraphs of a resolution left without a role, and
/// a table read as a footnote. Each finding names its block and page.
extension OutputChecks {
    /// Every text finding of `document`.
    public static func text(_ document: JSONValue) -> [Finding] {
        brokenWords(document) + rolelessParagraphs(document) + tableLikeNotes(document)
    }

    // MARK: Broken words

    /// "Secretary- General", "2015– 2030": a hyphen or dash right after a letter or digit and
    /// followed by a space and a word, unless that word is a suspension connector of one of the
    /// languages ("small- and medium-sized"; `LanguageVocabulary.anySuspensionConnector`).
    public static func brokenWords(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        func check(_ text: String, pointer: String, regions: [PageRegion]) {
            for (broken, after) in hyphenSpaces(in: text) where !LanguageVocabulary.anySuspensionConnector.contains(after.lowercased()) {
                findings.append(Finding(source: .check, code: "text.hyphenSpace", severity: .warning,
                                        message: "\"\(broken)\": a hyphen or dash followed by a space inside a word",
                                        pointer: pointer, regions: regions))
            }
        }
        // A table's text is its cells joined by spaces ("P-5– P" is two cells): not asked.
        visitBlocks(document) { block, pointer in
            guard block["kind"]?.stringValue != "table" else { return }
            check(block["text"]?.stringValue ?? "", pointer: pointer, regions: PageRegion.of(block: block))
        }
        for (i, note) in (document["footnotes"]?.arrayValue ?? []).enumerated() {
            check(note["text"]?.stringValue ?? "", pointer: "/footnotes/\(i)", regions: [])
        }
        return findings
    }

    /// The places in `text` where a letter or digit is followed by a hyphen or dash, a space
    /// and a word: the broken string ("Secretary- General") and the word after the space.
    static func hyphenSpaces(in text: String) -> [(String, String)] {
        let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}"]
        let chars = Array(text)
        var out: [(String, String)] = []
        var i = 1
        while i + 2 < chars.count {
            if dashes.contains(chars[i]), chars[i + 1] == " ", chars[i - 1].isLetter || chars[i - 1].isNumber,
               chars[i + 2].isLetter || chars[i + 2].isNumber {
                var start = i - 1
                while start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber || dashes.contains(chars[start - 1]) { start -= 1 }
                var end = i + 2
                while end < chars.count, chars[end].isLetter || chars[end].isNumber { end += 1 }
                out.append((String(chars[start..<end]), String(chars[(i + 2)..<end])))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Roles

    /// In a resolution's own text (after its formula, before an annex heading or the closing
    /// meeting lines), a top-level paragraph with a number or a lead-in has a role. One that has
    /// none was misread (the roles lost after a table in A/RES/78/253 before this check existed).
    /// A note set right under a table is exempt (contract: it has no role).
    public static func rolelessParagraphs(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        var inResolution = false
        var previousKind: String?, previousText = ""
        for (i, block) in (document["blocks"]?.arrayValue ?? []).enumerated() {
            defer { previousKind = block["kind"]?.stringValue; previousText = block["text"]?.stringValue ?? "" }
            let kind = block["kind"]?.stringValue, role = block["role"]?.stringValue
            let text = block["text"]?.stringValue ?? ""
            if role == "formula" { inResolution = true; continue }
            if kind == "heading", role == "annex" || role == "appendix" { inResolution = false; continue }
            // A text the resolution adopts: an unlabelled title after "Adopts the following
            // political declaration …:" (A/RES/73/3), as the structure stage reads it.
            if kind == "heading", block["number"]?.stringValue == nil, previousText.hasSuffix(":") { inResolution = false; continue }
            if kind == "paragraph", role == nil, DocumentBuilder.closesResolution(text) { inResolution = false; continue }
            guard inResolution, kind == "paragraph", role == nil, previousKind != "table",
                  block["number"]?.stringValue != nil || block["leadIn"]?.stringValue != nil else { continue }
            findings.append(Finding(source: .check, code: "body.noRole", severity: .warning,
                                    message: "\(blockName(block)) inside the resolution has no role",
                                    pointer: "/blocks/\(i)", regions: PageRegion.of(block: block)))
        }
        return findings
    }

    // MARK: Tables in the note area

    /// A footnote made mostly of figures ("92% 92% 98.0% 99.1%") is a chart's or a table's
    /// labels caught in the note area (A/80/605, notes 2 and 6), not a note.
    public static func tableLikeNotes(_ document: JSONValue) -> [Finding] {
        var findings: [Finding] = []
        for (i, note) in (document["footnotes"]?.arrayValue ?? []).enumerated() {
            let words = (note["text"]?.stringValue ?? "").split(separator: " ")
            guard words.count >= tableLikeMinWords else { continue }
            // Figures: numbers, percentages, amounts; "58/200," in a list of resolutions is a symbol.
            let figures = words.filter { w in w.contains { $0.isNumber } && w.allSatisfy { $0.isNumber || ".,%()–-".contains($0) } }.count
            guard Double(figures) >= tableLikeFigureShare * Double(words.count) else { continue }
            findings.append(Finding(source: .check, code: "footnote.tableLike", severity: .warning,
                                    message: "footnote \(note["marker"]?.stringValue ?? "?") is mostly figures (\(figures) of \(words.count) words): a table or chart in the note area?",
                                    pointer: "/footnotes/\(i)", pages: note["page"]?.intValue.map { [$0] }))
        }
        return findings
    }

    /// A note of at least this many words (count)...
    static let tableLikeMinWords = 8
    /// ...of which at least this share are figures (fraction) reads as a table's cells.
    static let tableLikeFigureShare = 0.6

    /// Calls `body` for every block and item, with its JSON pointer.
    static func visitBlocks(_ document: JSONValue, _ body: (JSONValue, String) -> Void) {
        func visit(_ blocks: [JSONValue], _ pointer: String) {
            for (i, b) in blocks.enumerated() {
                body(b, "\(pointer)/\(i)")
                visit(b["items"]?.arrayValue ?? [], "\(pointer)/\(i)/items")
            }
        }
        visit(document["blocks"]?.arrayValue ?? [], "/blocks")
    }
}
