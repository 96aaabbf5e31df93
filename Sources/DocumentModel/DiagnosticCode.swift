/// Every diagnostic a document may carry, with its severity and what it means. The table
/// "Diagnostics that may appear" in README.md lists the same codes, severities and meanings
/// (`DiagnosticCodeTests` checks it); a new diagnostic is a new case here and a row there.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    case footnoteMarkerWithoutNote = "footnote.markerWithoutNote"
    case footnoteNoteWithoutMarker = "footnote.noteWithoutMarker"
    case footnoteTextWithoutMarker = "footnote.textWithoutMarker"
    case numberingGap = "numbering.gap"
    case numberingMalformedLabel = "numbering.malformedLabel"
    case headerUnplacedLine = "header.unplacedLine"
    case headerUnrecognisedLine = "header.unrecognisedLine"
    case textControlCharacter = "text.controlCharacter"
    case textUnplaced = "text.unplaced"
    case textToUnicodeRepaired = "text.toUnicodeRepaired"
    case textPictureLabel = "text.pictureLabel"
    case textClipped = "text.clipped"
    case sourceBadDate = "source.badDate"
    case headerNoSymbol = "header.noSymbol"
    case headerReissued = "header.reissued"
    case pageNoText = "page.noText"
    case bodyEmpty = "body.empty"
    case headerNotUN = "header.notUN"
    case headerCoverPage = "header.coverPage"
    case taggedParagraphSplit = "tagged.paragraphSplit"
    case taggedParagraphMerged = "tagged.paragraphMerged"
    case taggedNoteMismatch = "tagged.noteMismatch"
    case taggedSummary = "tagged.summary"

    /// How much the diagnostic matters.
    public var severity: Diagnostic.Severity {
        switch self {
        case .footnoteNoteWithoutMarker, .headerUnplacedLine, .headerUnrecognisedLine, .textControlCharacter, .textToUnicodeRepaired, .textPictureLabel, .textClipped, .sourceBadDate, .headerReissued, .headerNotUN, .headerCoverPage, .taggedParagraphSplit, .taggedParagraphMerged, .taggedNoteMismatch, .taggedSummary: return .info
        case .footnoteMarkerWithoutNote, .footnoteTextWithoutMarker, .numberingGap, .numberingMalformedLabel, .textUnplaced, .headerNoSymbol, .pageNoText, .bodyEmpty: return .warning
        }
    }

    /// What the diagnostic means, as the README's table says it.
    public var meaning: String {
        switch self {
        case .footnoteMarkerWithoutNote: return "a marker in the body has no note"
        case .footnoteNoteWithoutMarker: return "a note is never referenced in the body (for example a note on the sponsors line)"
        case .footnoteTextWithoutMarker: return "text in a footnote area that no note can own"
        case .numberingGap: return "a paragraph number does not follow the one before under the same heading"
        case .numberingMalformedLabel: return "a paragraph number printed without its full stop, read as the next number"
        case .headerUnplacedLine: return "a line inside the header block that no metadata rule took (kept as `headerLine` furniture, not lost)"
        case .headerUnrecognisedLine: return "a masthead line no rule placed"
        case .textPictureLabel: return "labels the page drew as small pictures (paragraph numbers, section letters, item labels) were read from their shapes (the message lists them)"
        case .textClipped: return "text the page's content draws outside its clipping path, so the page does not show it, was left out (the message quotes it)"
        case .textControlCharacter: return "glyphs of a page whose text is a control character were left out (the message counts them)"
        case .textUnplaced: return "printed words of the body or notes that ended in no block, item, cell or footnote"
        case .textToUnicodeRepaired: return "a font's ToUnicode map named other digits or Arabic marks than its glyphs draw; they were read from the font's own character map (the message lists them)"
        case .sourceBadDate: return "a PDF creation or modification date the schema cannot take was dropped"
        case .headerNoSymbol: return "no document symbol found"
        case .headerReissued: return "the symbol carried reissue asterisks"
        case .pageNoText: return "a page with no text layer"
        case .bodyEmpty: return "no body text was found"
        case .headerCoverPage: return "the masthead stands on page 2: page 1 is a cover, its lines kept as `headerLine` furniture"
        case .headerNotUN: return "no UN document symbol: the message says whether the front matter was read as an EU act's or a court's, or all text was kept in the body"
        case .taggedParagraphSplit: return "a paragraph of the structure tree is not inside one block (the layout split it or lost text)"
        case .taggedParagraphMerged: return "a block is not inside one tagged paragraph (the layout merged two)"
        case .taggedNoteMismatch: return "a note of the structure tree is not among the footnotes"
        case .taggedSummary: return "how many tagged paragraphs were compared and how many disagreed"
        }
    }
}

extension Diagnostic {
    /// A diagnostic of a known code, with that code's severity.
    public init(_ code: DiagnosticCode, message: String, page: Int? = nil) {
        self.init(code: code.rawValue, severity: code.severity, message: message, page: page)
    }
}
