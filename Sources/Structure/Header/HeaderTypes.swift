import DocumentModel
import Foundation

/// One text line as the layout stage hands it to the header parser.
///
/// Coordinates are PDF points (1/72 in) with the origin at the top-left corner of the page and
/// y growing downwards; `page` is 1-based. `text` holds the line's words joined by single spaces,
/// in Unicode NFC.
public struct HeaderLine: Sendable, Equatable {
    /// The words of the line joined by single spaces, NFC.
    public var text: String
    /// 1-based page number.
    public var page: Int
    /// Left edge, in points from the left of the page.
    public var x0: Double
    /// Top edge, in points from the top of the page.
    public var y0: Double
    /// Right edge, in points from the left of the page.
    public var x1: Double
    /// Bottom edge, in points from the top of the page.
    public var y1: Double
    /// Dominant font size of the line, in points.
    public var fontSize: Double
    /// True when most glyphs are bold (informative only: the parser does not rely on it).
    public var isBold: Bool
    /// True when most glyphs are italic (informative only: the parser does not rely on it).
    public var isItalic: Bool

    public init(text: String, page: Int, x0: Double, y0: Double, x1: Double, y1: Double,
                fontSize: Double, isBold: Bool = false, isItalic: Bool = false) {
        self.text = text
        self.page = page
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.fontSize = fontSize
        self.isBold = isBold
        self.isItalic = isItalic
    }
}

/// What `HeaderParser.parse` found.
public struct HeaderParseResult: Sendable {
    /// The header block and closing lines, as `DocumentModel.Metadata`.
    public var metadata: Metadata
    /// Indices into the input `lines` that the parser read as header or metadata (masthead,
    /// symbol, distribution and date, session, agenda item and its title, adoption line,
    /// bracketed reference, resolution number and title, sponsors, committee, closing meeting
    /// line and its date, voting line, page-1 footer job number / barcode lines). The body
    /// builder must leave them out of the blocks.
    public var consumed: Set<Int>
    /// Doubts: `header.noSymbol` (warning), `header.unrecognisedLine` (info), `header.reissued` (info)…
    public var diagnostics: [Diagnostic]
    /// Indices into `lines` (a subset of `consumed`, ascending) of header lines that no
    /// metadata field holds: "Original: English", a joint document's "Eightieth year", a line
    /// the parser did not understand. The builder keeps them as furniture of kind `headerLine`.
    public var headerLines: [Int]

    public init(metadata: Metadata = Metadata(), consumed: Set<Int> = [], diagnostics: [Diagnostic] = [],
                headerLines: [Int] = []) {
        self.metadata = metadata
        self.consumed = consumed
        self.diagnostics = diagnostics
        self.headerLines = headerLines
    }
}
