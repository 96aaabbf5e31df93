import JSONSchema

/// JSON Lines for search engines and warehouses: one object per block, item and footnote of a
/// document, in reading order (items after their block, footnotes last).
///
/// Each line: `{"symbol", "file", "id", "kind", "role", "number", "text", "page", "boxes"}` —
/// `symbol` the document symbol (null when none), `file` the PDF's file name, `id` the element's
/// id in the document JSON, `kind` the block kind or `"footnote"`, `page` the 1-based first page,
/// `boxes` in PDF points with the origin at the top-left of the page.
public enum JSONLinesExporter {
    /// The lines of `document`, each one compact JSON object without a line break.
    public static func lines(of document: JSONValue) -> [String] {
        let doc = DocumentView(json: document)
        let symbol: JSONValue = doc.meta("symbol").map(JSONValue.string) ?? .null
        var out: [String] = []
        func record(_ element: JSONValue, kind: String, page: Int?) -> String {
            JSONValue.object(JSONObject([
                ("symbol", symbol),
                ("file", .string(doc.fileName)),
                ("id", element["id"] ?? .null),
                ("kind", .string(kind)),
                ("role", element["role"] ?? .null),
                ("number", element["number"] ?? .null),
                ("text", element["text"] ?? .string("")),
                ("page", page.map(JSONValue.int) ?? .null),
                ("boxes", element["boxes"] ?? .array([])),
            ])).serialized(pretty: false)
        }
        func walk(_ block: JSONValue) {
            out.append(record(block, kind: block["kind"]?.str ?? "paragraph", page: block["pages"]?[0]?.intValue))
            block.items.forEach(walk)
        }
        doc.blocks.forEach(walk)
        for f in doc.footnotes { out.append(record(f, kind: "footnote", page: f["page"]?.intValue)) }
        return out
    }
}
