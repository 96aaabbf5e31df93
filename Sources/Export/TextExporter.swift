import JSONSchema

/// Reading-order text of a document JSON, for search indexers and readers: Markdown or plain text.
///
/// Both write the symbol and title first, then the blocks in reading order (headings, paragraph
/// numbers, items under their paragraph, tables), then the footnotes; furniture (running headers,
/// page numbers, header lines) is left out. Markdown sets the lead-in in italics, headings with
/// `#` by level, footnote references as `[^1]` at the marker's place and the notes as `[^1]: …`;
/// tables as pipe tables. Plain text keeps the words only and lists the notes as `[1] …`.
public enum TextExporter {
    /// Markdown of `document`.
    public static func markdown(of document: JSONValue) -> String {
        render(DocumentView(json: document), markdown: true)
    }

    /// Plain text of `document`.
    public static func plainText(of document: JSONValue) -> String {
        render(DocumentView(json: document), markdown: false)
    }

    private static func render(_ doc: DocumentView, markdown: Bool) -> String {
        var parts: [String] = []
        let heading = [doc.meta("symbol"), doc.meta("title")].compactMap { $0 }.joined(separator: " — ")
        if !heading.isEmpty { parts.append(markdown ? "# " + escape(heading) : heading) }
        let facts = [doc.meta("organ"), doc.meta("adoptionDate").map { "adopted " + $0 }, doc.meta("meeting")].compactMap { $0 }
        if !facts.isEmpty { parts.append(markdown ? "_" + facts.joined(separator: ", ") + "_" : facts.joined(separator: ", ")) }
        for block in doc.blocks { parts += paragraphs(block, markdown: markdown, depth: 0) }
        if !doc.footnotes.isEmpty {
            parts.append(markdown ? "---" : "Notes")
            for f in doc.footnotes {
                let m = f["marker"]?.str ?? "", t = f["text"]?.str ?? ""
                parts.append(markdown ? "[^\(m)]: \(escape(t))" : "[\(m)] \(t)")
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The block as paragraphs of output (its items after it).
    private static func paragraphs(_ block: JSONValue, markdown: Bool, depth: Int) -> [String] {
        let number = block["number"]?.stringValue
        let text = body(block, markdown: markdown)
        var out: [String] = []
        if block["kind"]?.str == "heading" {
            let line = [number, text.isEmpty ? nil : text].compactMap { $0 }.joined(separator: " ")
            let level = min(6, (block["level"]?.intValue ?? 1) + 1)
            out.append(markdown ? String(repeating: "#", count: level) + " " + line : line)
        } else if markdown, let rows = block["rows"]?.arrayValue, !rows.isEmpty {
            out.append(table(rows.map { ($0.arrayValue ?? []).map(\.str) }))
        } else {
            let indent = markdown ? "" : String(repeating: "  ", count: depth)
            out.append(indent + [number.map { markdown ? escape($0) : $0 }, text].compactMap { $0 }.joined(separator: " "))
        }
        for item in block.items { out += paragraphs(item, markdown: markdown, depth: depth + 1) }
        return out
    }

    /// The block's text; in Markdown with the lead-in in italics and `[^m]` at each marker.
    private static func body(_ block: JSONValue, markdown: Bool) -> String {
        let text = block["text"]?.str ?? ""
        guard markdown else { return text }
        let scalars = ScalarText(text)
        let leadIn = block["leadIn"]?.stringValue.flatMap { text.hasPrefix($0) ? $0.unicodeScalars.count : nil } ?? 0
        var cuts = block.markers.map { (offset: $0.offset, insert: "[^\($0.marker)]") }
        if leadIn > 0 { cuts += [(0, "*"), (leadIn, "*")] }
        cuts.sort { $0.offset < $1.offset }
        var out = "", at = 0
        for cut in cuts {
            out += escape(scalars.slice(at, cut.offset)) + cut.insert
            at = max(at, cut.offset)
        }
        return out + escape(scalars.slice(at, scalars.count))
    }

    private static func table(_ rows: [[String]]) -> String {
        let width = rows.map(\.count).max() ?? 0
        func line(_ cells: [String]) -> String {
            "| " + (cells + Array(repeating: "", count: width - cells.count))
                .map { escape($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return ([line(rows[0]), "|" + String(repeating: " --- |", count: width)] + rows.dropFirst().map(line)).joined(separator: "\n")
    }

    /// Markdown's emphasis and link characters escaped, so that printed text stays text.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\*_[]`<>".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
