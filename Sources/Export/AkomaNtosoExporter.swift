import JSONSchema

/// Akoma Ntoso 3.0 XML (OASIS LegalDocML) of a document JSON, valid against
/// `shared/schemas/akn/akomantoso30.xsd`.
///
/// Mapping, after the UN's AKN4UN guidelines:
/// - resolutions and decisions: `<statement name="resolution">` (the document type); draft
///   resolutions and decisions: `<bill name="draftResolution">` with `preamble` and `body`;
///   amendments: `<amendment name="amendment">` whose `amendmentBody/amendmentContent` holds
///   each block as a `blockContainer`, the amended symbols as `activeRef` in `references`;
///   every other document (reports, letters, agendas): `<doc name="report">`; sponsors as
///   `docProponent` in the preface;
/// - `meta/identification`: FRBR work, expression and manifestation URIs
///   `/akn/un/statement/resolution/DATE/SYMBOL/LANG@` from the symbol (slashes as "-"), the
///   adoption or issue date (the PDF's creation date when neither is printed) and the language
///   as ISO 639-2 ("eng");
/// - `preface`: docNumber (symbol), docTitle, docDate; `preamble`: the formula and the
///   preambular paragraphs (`recitals`); `mainBody`: headings as `hcontainer`, paragraphs as
///   `paragraph eId=… <num>`, items as `list`/`point`, tables as `table`; `conclusions`: the
///   meeting line;
/// - footnotes: `<authorialNote marker=… placement="bottom">` at the marker's offset (notes no
///   block refers to go to the preface); citations with a symbol: `<ref href="/akn/un/SYMBOL">`.
public enum AkomaNtosoExporter {
    /// The Akoma Ntoso namespace.
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// The XML of `document` (UTF-8 text with its declaration).
    public static func xml(of document: JSONValue) -> String {
        var w = AKNWriter(doc: DocumentView(json: document))
        return w.write()
    }

    /// ISO 639-2 code of a BCP 47 tag's language, as FRBRlanguage wants it.
    static func iso6392(_ tag: String?) -> String {
        let codes = ["en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara", "zh": "zho", "de": "deu"]
        let primary = tag?.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return codes[primary] ?? (primary.count == 3 ? primary : "und")
    }

    /// A symbol as one URI path segment: "/" and spaces dropped to "-" and "", "A/RES/78/199" → "A-RES-78-199".
    static func slug(_ symbol: String) -> String {
        symbol.replacingOccurrences(of: "/", with: "-").filter { !$0.isWhitespace }
    }

    /// `s` with `&`, `<`, `>` and `"` escaped for XML text and attributes; characters XML 1.0
    /// forbids (C0 controls other than tab and newline) dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if u.value < 0x20 && u != "\t" && u != "\n" || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

/// Writes one document; keeps which footnotes were placed.
struct AKNWriter {
    let doc: DocumentView
    var out = ""
    var placedNotes: Set<String> = []
    let notes: [String: JSONValue]

    init(doc: DocumentView) {
        self.doc = doc
        notes = doc.footnotesByMarker
    }

    /// The Akoma Ntoso document element for the JSON's `metadata.documentType`.
    var element: AKNDocumentElement { AKNDocumentElement(documentType: doc.meta("documentType")) }

    mutating func write() -> String {
        let element = self.element
        let name = doc.meta("documentType") ?? "document"
        let preambleCount = element == .amendment ? 0
            : doc.blocks.prefix { ["formula", "preamble"].contains($0["role"]?.stringValue ?? "") }.count
        out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"\(AkomaNtosoExporter.namespace)\">\n"
        out += "<\(element.rawValue) name=\"\(AkomaNtosoExporter.escape(name))\">\n"
        writeMeta(element: element.rawValue, name: name)
        // Blocks placed first so that the preface can take the notes no block referred to.
        var body = ""
        swap(&body, &out)
        if preambleCount > 0 { writePreamble(Array(doc.blocks.prefix(preambleCount))) }
        writeBody(Array(doc.blocks.dropFirst(preambleCount)), element: element)
        if let meeting = doc.meta("meeting") { out += "<conclusions><p>\(AkomaNtosoExporter.escape(meeting))</p></conclusions>\n" }
        swap(&body, &out)
        writePreface()
        out += body
        out += "</\(element.rawValue)>\n</akomaNtoso>\n"
        return out
    }

    /// The main part: `mainBody` (statements, docs), `body` (bills: hierarchical elements only,
    /// so tables sit in an `hcontainer`), `amendmentBody/amendmentContent` (amendments: every
    /// block a `blockContainer`).
    mutating func writeBody(_ blocks: [JSONValue], element: AKNDocumentElement) {
        switch element {
        case .amendment:
            out += "<amendmentBody>\n<amendmentContent>\n"
            if blocks.isEmpty { out += "<p/>\n" }
            for block in blocks { writeBlockContainer(block) }
            out += "</amendmentContent>\n</amendmentBody>\n"
        case .bill:
            out += "<body>\n"
            if blocks.isEmpty { out += "<hcontainer name=\"empty\"><content><p/></content></hcontainer>\n" }
            for block in blocks { writeBlock(block, hierarchicalOnly: true) }
            out += "</body>\n"
        case .statement, .doc:
            out += "<mainBody>\n"
            if blocks.isEmpty { out += "<p/>\n" }
            for block in blocks { writeBlock(block) }
            out += "</mainBody>\n"
        }
    }
}

/// The Akoma Ntoso document types docstruct writes, after the AKN4UN guidelines: adopted texts
/// are statements, drafts are bills (the vocabulary of texts not yet adopted), amendments to a
/// draft are amendments, everything else (reports, letters, agendas, notes) is a doc.
enum AKNDocumentElement: String {
    case statement, bill, amendment, doc

    init(documentType: String?) {
        switch documentType {
        case "resolution", "decision": self = .statement
        case "draftResolution", "draftDecision": self = .bill
        case "amendment": self = .amendment
        default: self = .doc
        }
    }
}
