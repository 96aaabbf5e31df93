import Extraction

/// A word: glyphs of one line with no gap wider than `LayoutParameters.wordGap` between them.
public struct Word: Sendable, Equatable {
    public var text: String
    /// Bounding box in PDF points, origin top-left.
    public var box: Rect
    /// Font size in points (of the word's first glyph).
    public var fontSize: Double
    public var isBold: Bool
    public var isItalic: Bool
    /// Set in a smaller size on a raised baseline (a footnote marker, an ordinal suffix).
    public var isSuperscript: Bool
    /// Horizontal gap to the previous word of the line (points); 0 for the first word.
    public var gapBefore: Double
    /// Holds text set at a quarter turn (`TurnedText`): a chart's axis label, never running text.
    public var isTurned: Bool

    public init(text: String, box: Rect, fontSize: Double, isBold: Bool, isItalic: Bool, isSuperscript: Bool, gapBefore: Double,
                isTurned: Bool = false) {
        self.text = text; self.box = box; self.fontSize = fontSize; self.isBold = isBold
        self.isItalic = isItalic; self.isSuperscript = isSuperscript; self.gapBefore = gapBefore; self.isTurned = isTurned
    }
}

/// One line of text: words on one baseline in reading order (left to right, or right to left
/// on an Arabic line).
public struct Line: Sendable, Equatable {
    /// 1-based page number.
    public var page: Int
    /// Setting the words sets `text` and `isRightToLeft` anew.
    public var words: [Word] { didSet { text = Line.joined(words); isRightToLeft = Line.readsRightToLeft(words) } }
    /// Bounding box in PDF points, origin top-left.
    public var box: Rect
    /// The font size most of the line's characters are set in (points).
    public var fontSize: Double
    /// Bottom of the main (non-superscript) glyph boxes: a stand-in for the baseline (points).
    public var bottom: Double
    public init(page: Int, words: [Word], box: Rect, fontSize: Double, bottom: Double, margin: MarginKind? = nil) {
        self.page = page; self.words = words; self.box = box; self.fontSize = fontSize; self.bottom = bottom
        self.margin = margin
        self.text = Line.joined(words)
        self.isRightToLeft = Line.readsRightToLeft(words)
    }

    /// Words joined by single spaces; a superscript made of letters (an ordinal suffix, as in
    /// "22nd meeting" of A/HRC/DEC/14/105) is joined to the word before it.
    /// Stored: it was asked about ten times a line and rebuilt each time (41M instructions on
    /// A/80/605); `words` keeps it current.
    public private(set) var text: String

    /// `text` of `words`: the bytes are gathered first and made a string once (appending
    /// string to string costs a check of each piece, Arabic above all).
    static func joined(_ words: [Word]) -> String {
        if words.count == 1 { return words[0].text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.reduce(words.count) { $0 + $1.text.utf8.count })
        for w in words {
            if !bytes.isEmpty && !(w.isSuperscript && w.text.allSatisfy(\.isLetter)) { bytes.append(0x20) }
            bytes.append(contentsOf: w.text.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when the line reads right to left: it holds right-to-left letters and its first
    /// word stands right of its last (the layout puts the words of an Arabic line in reading
    /// order), or its one word is Arabic. Latin text whose words merely sit out of order (the
    /// rotated labels of a chart) is not.
    /// Stored, as `text` is: asked of most lines several times, each a scan of the words.
    public private(set) var isRightToLeft: Bool
    /// Set when the line is text of the page margin, not of the page: a stamp set vertically or
    /// a pleading-paper line number. Such lines go to the `margin` zone.
    /// (Declared after the other stored fields, beside `isRightToLeft`: the two one-byte fields
    /// side by side make a line 88 bytes instead of 96.)
    public var margin: MarginKind?

    /// `isRightToLeft` of `words`.
    static func readsRightToLeft(_ words: [Word]) -> Bool {
        guard let first = words.first, let last = words.last,
              // A word's direction is right exactly when it holds a right-to-left scalar.
              words.contains(where: { RightToLeft.holdsRightToLeft($0.text) }) else { return false }
        return words.count == 1 || first.box.midX > last.box.midX
    }

    /// True when most characters are bold.
    public var isBold: Bool { mostCharacters { $0.isBold } }
    /// True when most characters are italic.
    public var isItalic: Bool { mostCharacters { $0.isItalic } }

    /// True when words holding most of the line's characters (superscripts aside) have `flag`.
    private func mostCharacters(_ flag: (Word) -> Bool) -> Bool {
        var yes = 0, all = 0
        for w in words where !w.isSuperscript {
            let n = w.text.utf8.count
            all += n
            if flag(w) { yes += n }
        }
        return all > 0 && yes * 2 > all
    }
}

/// Where on the page a line sits.
public enum Zone: String, Sendable, Equatable {
    /// Running header (top band, pages after the first).
    case header
    /// The text of the page.
    case body
    /// The footnote area below the separator.
    case footnotes
    /// Running footer: page number, job number, barcode, recycling notes.
    case footer
    /// Text in the margin beside the page's text: a vertical stamp, line numbers.
    case margin
}

/// What a margin line is.
public enum MarginKind: String, Sendable, Equatable {
    /// Text set vertically in the outer margin (the Federal Register's production stamp).
    case stamp
    /// A line number of pleading paper (United States court filings number lines 1–28).
    case lineNumber
}

/// A page after layout: its lines in reading order, each with its zone.
public struct PageLayout: Sendable {
    public var number: Int
    public var width: Double
    public var height: Double
    public var lines: [Line]
    /// Parallel to `lines`.
    public var zones: [Zone]

    public func lines(in zone: Zone) -> [Line] {
        zip(lines, zones).filter { $0.1 == zone }.map(\.0)
    }
}
