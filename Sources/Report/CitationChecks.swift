import Citations
import JSONSchema

extension OutputChecks {
    /// Strings of a block, item or footnote text that look like document symbols (capitals, a
    /// slash, a digit: "A/ 78/481" broken by a space, a series the citation rules do not know,
    /// "WHA58/…") but are part of no citation: `citation.unparsedSymbol`, one finding each.
    /// The text is read with the document's language and organ, as the Writer read it.
    public static func citations(_ document: JSONValue) -> [Finding] {
        let finder = CitationFinder(language: document["metadata"]?["language"]?.stringValue,
                                    documentOrgan: document["metadata"]?["organ"]?.stringValue)
        var findings: [Finding] = []
        func check(_ element: JSONValue, pointer: String, regions: [PageRegion]) {
            for s in finder.unparsedSymbolLike(in: element["text"]?.stringValue ?? "") {
                findings.append(Finding(source: .check, code: "citation.unparsedSymbol", severity: .info,
                                        message: "\"\(s)\" looks like a document symbol but was read as no citation",
                                        pointer: pointer + "/text", regions: regions))
            }
        }
        func visit(_ blocks: [JSONValue], pointer: String) {
            for (i, block) in blocks.enumerated() {
                let p = "\(pointer)/\(i)"
                check(block, pointer: p, regions: PageRegion.of(block: block))
                visit(block["items"]?.arrayValue ?? [], pointer: p + "/items")
            }
        }
        visit(document["blocks"]?.arrayValue ?? [], pointer: "/blocks")
        for (i, note) in (document["footnotes"]?.arrayValue ?? []).enumerated() {
            check(note, pointer: "/footnotes/\(i)", regions: [])
        }
        return findings
    }
}
