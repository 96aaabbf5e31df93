import DocumentModel
import JSONSchema

/// Turns a `Document` into the JSON shape of `Schemas/document.schema.json`.
///
/// Field order is fixed and follows `shared/CONTRACT.md` and the model's declarations:
/// top level `schemaVersion`, `producer`, `source`, `metadata`, `blocks`, `footnotes`, `furniture`,
/// `diagnostics`. Every field is always present, `null` standing for nil; the only exception is a
/// block's `rows`, present only when the block has rows. A diagnostic's `page` is `null` when nil.
public enum DocumentEncoder {
    /// The JSON value of `document` (an `.object`), ready to validate and serialise.
    public static func encode(_ document: Document) -> JSONValue {
        .object(JSONObject([
            ("schemaVersion", .string(Document.schemaVersion)),
            ("producer", .object(JSONObject([
                ("name", .string(document.producer.name)),
                ("version", .string(document.producer.version)),
                ("pipelineVersion", .string(document.producer.pipelineVersion)),
            ]))),
            ("source", encode(document.source)),
            ("metadata", encode(document.metadata)),
            ("blocks", .array(document.blocks.map(encode))),
            ("footnotes", .array(document.footnotes.map(encode))),
            ("furniture", .array(document.furniture.map(encode))),
            ("diagnostics", .array(document.diagnostics.map(encode))),
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

    /// `{kind, role, number, level, text, leadIn, footnoteRefs, items, pages, boxes[, rows]}`.
    public static func encode(_ block: Block) -> JSONValue {
        var object = JSONObject([
            ("kind", .string(block.kind.rawValue)),
            ("role", string(block.role?.rawValue)),
            ("number", string(block.number)),
            ("level", block.level.map(JSONValue.int) ?? .null),
            ("text", .string(block.text)),
            ("leadIn", string(block.leadIn)),
            ("footnoteRefs", strings(block.footnoteRefs)),
            ("items", .array(block.items.map(encode))),
            ("pages", .array(block.pages.map(JSONValue.int))),
            ("boxes", .array(block.boxes.map(encode))),
        ])
        if let rows = block.rows {
            object["rows"] = .array(rows.map(strings))
        }
        return .object(object)
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

    /// `{marker, text, page}`.
    public static func encode(_ footnote: Footnote) -> JSONValue {
        .object(JSONObject([
            ("marker", .string(footnote.marker)),
            ("text", .string(footnote.text)),
            ("page", .int(footnote.page)),
        ]))
    }

    /// `{kind, text, page}`.
    public static func encode(_ furniture: Furniture) -> JSONValue {
        .object(JSONObject([
            ("kind", .string(furniture.kind.rawValue)),
            ("text", .string(furniture.text)),
            ("page", .int(furniture.page)),
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

    private static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
