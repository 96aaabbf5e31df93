import JSONSchema

/// The formats a converted document can be written in besides its JSON.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The document JSON itself (`NAME.json`).
    case json
    /// Akoma Ntoso 3.0 XML (`NAME.xml`), see `AkomaNtosoExporter`.
    case akn
    /// Markdown (`NAME.md`), see `TextExporter`.
    case md
    /// Plain text (`NAME.txt`), see `TextExporter`.
    case text
    /// JSON Lines, one object per block, one stream per run (`run.jsonl`), see `JSONLinesExporter`.
    case jsonl

    /// The extension of the file written beside the JSON; nil for `jsonl`, whose records of all
    /// documents go to one stream.
    public var fileExtension: String? {
        switch self {
        case .json: return "json"
        case .akn: return "xml"
        case .md: return "md"
        case .text: return "txt"
        case .jsonl: return nil
        }
    }

    /// The text of `document` (a document JSON as the Writer writes it) in this format; nil for
    /// `jsonl` (use `JSONLinesExporter.lines(of:)`).
    public func render(_ document: JSONValue) -> String? {
        switch self {
        case .json: return document.serialized(pretty: true)
        case .akn: return AkomaNtosoExporter.xml(of: document)
        case .md: return TextExporter.markdown(of: document)
        case .text: return TextExporter.plainText(of: document)
        case .jsonl: return nil
        }
    }
}

/// Read access to the fields of a document JSON that the exporters use.
struct DocumentView {
    let json: JSONValue
    var metadata: JSONValue { json["metadata"] ?? .null }
    func meta(_ key: String) -> String? { metadata[key]?.stringValue }
    var blocks: [JSONValue] { json["blocks"]?.arrayValue ?? [] }
    var footnotes: [JSONValue] { json["footnotes"]?.arrayValue ?? [] }
    var fileName: String { json["source"]?["fileName"]?.stringValue ?? "document" }
    /// The first footnote of each marker, by marker.
    var footnotesByMarker: [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for f in footnotes { if let m = f["marker"]?.stringValue, out[m] == nil { out[m] = f } }
        return out
    }
}

extension JSONValue {
    var str: String { stringValue ?? "" }
    var items: [JSONValue] { self["items"]?.arrayValue ?? [] }
    /// `(marker, offset)` pairs of a block's `footnoteMarkers`.
    var markers: [(marker: String, offset: Int)] {
        (self["footnoteMarkers"]?.arrayValue ?? []).compactMap { m in
            guard let marker = m["marker"]?.stringValue, let offset = m["offset"]?.intValue else { return nil }
            return (marker, offset)
        }
    }
}

/// Text split at Unicode scalar offsets (the unit of `offset` in the JSON).
struct ScalarText {
    let scalars: [Unicode.Scalar]
    init(_ text: String) { scalars = Array(text.unicodeScalars) }
    /// The text from scalar `from` up to `to`, both clamped to the text.
    func slice(_ from: Int, _ to: Int) -> String {
        let a = max(0, min(from, scalars.count)), b = max(a, min(to, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[a..<b])
        return String(s)
    }
    var count: Int { scalars.count }
}
