/// A reference in a text to another UN document: a document symbol ("A/78/481/Add.2"), or a
/// resolution or decision named by its number ("resolution 70/1 of 25 September 2015",
/// "Security Council resolution 2334 (2016)").
///
/// Written in the JSON as `citations: [{text, offset, kind, symbol, organ, number, date}]` on
/// the block, item or footnote whose `text` holds it.
public struct Citation: Sendable, Equatable, Hashable {
    /// What was cited.
    public enum Kind: String, Sendable, Equatable, Hashable {
        /// A document symbol printed as such ("A/RES/70/1", "S/2025/378").
        case symbol
        /// A resolution named by its number ("resolution 70/1").
        case resolution
        /// A decision named by its number ("decision 79/521").
        case decision
    }

    /// The words as they stand in the text: the organ and the word "resolution" for the first
    /// number of a list ("General Assembly resolution 70/1 of 25 September 2015"), the number
    /// (and date) alone for the next ones ("61/185 of 20 December 2006").
    public var text: String
    /// Where `text` starts in the holder's `text`, in Unicode scalars (code points) from 0.
    public var offset: Int
    public var kind: Kind
    /// The document symbol the words point to ("A/RES/70/1", "S/RES/2334 (2016)",
    /// "A/HRC/RES/53/11"), or nil when the words do not determine it (a UNFCCC decision
    /// "1/CP.21", a resolution of an unnamed council).
    public var symbol: String?
    /// The organ that adopted the cited text or issued the symbol ("General Assembly"), or nil.
    public var organ: String?
    /// The number as printed ("70/1", "2334 (2016)", "ES-10/23"); nil for a bare symbol.
    public var number: String?
    /// ISO 8601 date printed after the number ("of 25 September 2015" → "2015-09-25"), or nil.
    public var date: String?

    public init(text: String, offset: Int, kind: Kind, symbol: String? = nil, organ: String? = nil,
                number: String? = nil, date: String? = nil) {
        self.text = text
        self.offset = offset
        self.kind = kind
        self.symbol = symbol
        self.organ = organ
        self.number = number
        self.date = date
    }
}
