import Citations
import DocumentModel
import JSONSchema

/// Turns a `Document` into the JSON shape of `Schemas/document.schema.json`.
///
/// Field order is fixed and follows `shared/CONTRACT.md` and the model's declarations:
/// top level `schemaVersion`, `producer`, `source`, `coordinates`, `pages`, `metadata`, `blocks`,
/// `footnotes`, `furniture`, `diagnostics`. Ids (`Anchors`) and citations (`CitationFinder`, read
/// with the document's language and organ) are derived here, from the document alone. Every field is always present, `null` standing for nil; the only exception is a
/// block's `rows`, present only when the block has rows. A diagnostic's `page` is `null` when nil.
public enum DocumentEncoder {
    /// The JSON value of `document` (an `.object`), ready to validate and serialise.
    public static func encode(_ document: Document) -> JSONValue {
        let ids = Anchors.assign(blocks: document.blocks, footnoteCount: document.footnotes.count)
        let context = Context(finder: CitationFinder(language: document.metadata.language, documentOrgan: document.metadata.organ))
        return .object(JSONObject([
            ("schemaVersion", .string(Document.schemaVersion)),
            ("producer", .object(JSONObject([
                ("name", .string(document.producer.name)),
                ("version", .string(document.producer.version)),
                ("pipelineVersion", .string(document.producer.pipelineVersion)),
            ]))),
            ("source", encode(document.source)),
            ("coordinates", .object(JSONObject([
                ("unit", .string("pt")),
                ("origin", .string("top-left")),
                ("yAxis", .string("down")),
            ]))),
            ("pages", .array(document.pages.map(encode))),
            ("metadata", encode(document.metadata)),
            ("blocks", .array(zip(document.blocks, ids.blocks).map { context.encode($0, ids: $1) })),
            ("footnotes", .array(zip(document.footnotes, ids.footnotes).map { context.encode($0, id: $1) })),
            ("furniture", .array(document.furniture.map(encode))),
            ("diagnostics", .array(document.diagnostics.map(encode))),
        ]))
    }

    /// `{number, width, height, rotation}`.
    public static func encode(_ page: PageInfo) -> JSONValue {
        .object(JSONObject([
            ("number", .int(page.number)),
            ("width", .double(page.width)),
            ("height", .double(page.height)),
            ("rotation", .int(page.rotation)),
        ]))
    }

    /// `{fileName, sha256, byteCount, pageCount, producer, creator, creationDate, modificationDate, tagged}`.
    public static func encode(_ source: SourceInfo) -> JSONValue {
        .object(JSONObject([
            ("fileName", .string(source.fileName)),
            ("sha256", .string(source.sha256)),
            ("byteCount", .int(source.byteCount)),
            ("pageCount", .int(source.pageCount)),
            ("producer", string(source.producer)),
            ("creator", string(source.creator)),
            ("creationDate", string(source.creationDate)),
            ("modificationDate", string(source.modificationDate)),
            ("tagged", .bool(source.tagged)),
        ]))
    }

    /// Every `Metadata` field in declaration order (= the contract's metadata table).
    public static func encode(_ metadata: Metadata) -> JSONValue {
        .object(JSONObject([
            ("symbol", string(metadata.symbol)),
            ("organ", string(metadata.organ)),
            ("distribution", string(metadata.distribution)),
            ("issuedDate", string(metadata.issuedDate)),
            ("session", string(metadata.session)),
            ("sessionNumber", metadata.sessionNumber.map(JSONValue.int) ?? .null),
            ("agendaItems", strings(metadata.agendaItems)),
            ("agendaItemTitle", string(metadata.agendaItemTitle)),
            ("documentType", string(metadata.documentType?.rawValue)),
            ("resolutionNumber", string(metadata.resolutionNumber)),
            ("title", string(metadata.title)),
            ("adoptionDate", string(metadata.adoptionDate)),
            ("adoptionReference", string(metadata.adoptionReference)),
            ("meeting", string(metadata.meeting)),
            ("adoptionVote", string(metadata.adoptionVote)),
            ("committee", string(metadata.committee)),
            ("sponsors", strings(metadata.sponsors)),
            ("language", string(metadata.language)),
            ("jobNumber", string(metadata.jobNumber)),
            ("submittedBy", string(metadata.submittedBy)),
            ("amends", strings(metadata.amends)),
            ("otherSymbols", strings(metadata.otherSymbols)),
        ]))
    }

    /// `block` as a document holding it alone would write it: its ids from `Anchors`, its
    /// citations read as English with no document organ.
    public static func encode(_ block: Block) -> JSONValue {
        let ids = Anchors.assign(blocks: [block], footnoteCount: 0)
        return Context(finder: CitationFinder()).encode(block, ids: ids.blocks[0])
    }

    /// What encoding blocks and footnotes needs beyond the values: the citation reader of the document.
    struct Context {
        var finder: CitationFinder

        /// `{id, kind, role, number, level, text, leadIn, footnoteRefs, footnoteMarkers, citations,
        /// items, pages, boxes[, rows]}`.
        func encode(_ block: Block, ids: Anchors.Tree) -> JSONValue {
            let markers: [JSONValue] = block.footnoteMarkers.map { m in
                .object(JSONObject([("marker", .string(m.marker)), ("offset", .int(m.offset))]))
            }
            let citations: [JSONValue] = finder.citations(in: block.text).map { DocumentEncoder.encode($0) }
            let items: [JSONValue] = zip(block.items, ids.items).map { encode($0, ids: $1) }
            var object = JSONObject([
                ("id", .string(ids.id)),
                ("kind", .string(block.kind.rawValue)),
                ("role", DocumentEncoder.string(block.role?.rawValue)),
                ("number", DocumentEncoder.string(block.number)),
                ("level", block.level.map(JSONValue.int) ?? .null),
                ("text", .string(block.text)),
                ("leadIn", DocumentEncoder.string(block.leadIn)),
                ("footnoteRefs", DocumentEncoder.strings(block.footnoteRefs)),
                ("footnoteMarkers", .array(markers)),
                ("citations", .array(citations)),
                ("items", .array(items)),
                ("pages", .array(block.pages.map(JSONValue.int))),
                ("boxes", .array(block.boxes.map { DocumentEncoder.encode($0) })),
            ])
            if let rows = block.rows {
                object["rows"] = .array(rows.map(DocumentEncoder.strings))
            }
            return .object(object)
        }

        /// `{id, marker, text, page, boxes, citations}`.
        func encode(_ footnote: Footnote, id: String) -> JSONValue {
            let citations: [JSONValue] = finder.citations(in: footnote.text).map { DocumentEncoder.encode($0) }
            return .object(JSONObject([
                ("id", .string(id)),
                ("marker", .string(footnote.marker)),
                ("text", .string(footnote.text)),
                ("page", .int(footnote.page)),
                ("boxes", .array(footnote.boxes.map { DocumentEncoder.encode($0) })),
                ("citations", .array(citations)),
            ]))
        }
    }

    /// `{text, offset, kind, symbol, organ, number, date}`.
    public static func encode(_ citation: Citation) -> JSONValue {
        .object(JSONObject([
            ("text", .string(citation.text)),
            ("offset", .int(citation.offset)),
            ("kind", .string(citation.kind.rawValue)),
            ("symbol", string(citation.symbol)),
            ("organ", string(citation.organ)),
            ("number", string(citation.number)),
            ("date", string(citation.date)),
        ]))
    }

    /// `{page, x0, y0, x1, y1}`.
    public static func encode(_ box: PageBox) -> JSONValue {
        .object(JSONObject([
            ("page", .int(box.page)),
            ("x0", .double(box.x0)),
            ("y0", .double(box.y0)),
            ("x1", .double(box.x1)),
            ("y1", .double(box.y1)),
        ]))
    }

    /// `{kind, text, page, box}` (`box` null when unknown).
    public static func encode(_ furniture: Furniture) -> JSONValue {
        .object(JSONObject([
            ("kind", .string(furniture.kind.rawValue)),
            ("text", .string(furniture.text)),
            ("page", .int(furniture.page)),
            ("box", furniture.box.map(encode) ?? .null),
        ]))
    }

    /// `{code, severity, message, page}` (`page` null when nil).
    public static func encode(_ diagnostic: Diagnostic) -> JSONValue {
        .object(JSONObject([
            ("code", .string(diagnostic.code)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("page", diagnostic.page.map(JSONValue.int) ?? .null),
        ]))
    }

    fileprivate static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    fileprivate static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
