/// A rectangle in PDF points (1/72 in), origin at the top-left corner of the page, y growing down.
public struct Rect: Sendable, Equatable, CustomStringConvertible {
    public var x0: Double, y0: Double, x1: Double, y1: Double
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
    }
    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }
    /// The smallest rectangle holding both.
    public func union(_ o: Rect) -> Rect {
        Rect(x0: min(x0, o.x0), y0: min(y0, o.y0), x1: max(x1, o.x1), y1: max(y1, o.y1))
    }
    public var description: String {
        func f(_ v: Double) -> String { String(Double((v * 10).saturatingInt()) / 10) }
        return "[\(f(x0)),\(f(y0)) \(f(x1)),\(f(y1))]"
    }
}

/// The font a run of glyphs is set in.
public struct FontStyle: Sendable, Equatable, Hashable {
    /// Font name without the subset prefix, e.g. `"TimesNewRomanPS-ItalicMT"`.
    public var name: String
    /// Font size in points.
    public var size: Double
    public var isBold: Bool
    public var isItalic: Bool

    public init(name: String, size: Double, isBold: Bool, isItalic: Bool) {
        self.name = name; self.size = size; self.isBold = isBold; self.isItalic = isItalic
    }

    /// Builds the style from a PDF font name, deciding bold and italic from the name's words
    /// ("Bold", "Semibold", "Black", "Heavy"; "Italic", "Oblique", "Slanted", Arial's ",Italic").
    /// A subset prefix such as `ABCDEF+` is removed.
    public init(pdfFontName raw: String, size: Double) {
        var name = raw
        if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
            name = String(name[name.index(after: plus)...])
        }
        let lower = name.lowercased()
        let bold = ["bold", "black", "heavy", "semibold", "demi"].contains { FontStyle.contains(lower, $0) }
            || lower.hasSuffix("-bd") || lower.hasSuffix(",bd") || lower.hasSuffix("-bdit")
        let italic = ["italic", "oblique", "slanted", "kursiv"].contains { FontStyle.contains(lower, $0) }
            || lower.hasSuffix("-it") || lower.hasSuffix("-bdit") || lower.hasSuffix(",it")
        self.init(name: name, size: size, isBold: bold, isItalic: italic)
    }

    /// Whether `text` holds the ASCII word `word`. An ASCII name (all of them in practice) is
    /// searched byte by byte; Foundation's `contains`, which each page's fonts paid about 6,700
    /// instructions a word for, is asked only of other names (it compares by canonical
    /// equivalence, which for ASCII text is byte equality).
    static func contains(_ text: String, _ word: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(word) }
        let t = Array(text.utf8), w = Array(word.utf8)
        guard t.count >= w.count else { return false }
        return (0...(t.count - w.count)).contains { start in t[start..<(start + w.count)].elementsEqual(w) }
    }
}

/// One glyph as Poppler reports it: its Unicode text (usually one character; a ligature glyph
/// already expanded, e.g. "ﬁ" → "fi"), its bounding box and its font.
public struct Glyph: Sendable, Equatable {
    public var text: String
    /// Bounding box in PDF points, origin top-left.
    public var box: Rect
    /// Index into `Page.fonts`.
    public var fontIndex: Int32
    /// Whether Poppler's text put white space right before this glyph (its own word break).
    public var spaceBefore: Bool

    public init(text: String, box: Rect, fontIndex: Int32, spaceBefore: Bool = false) {
        self.text = text; self.box = box; self.fontIndex = fontIndex; self.spaceBefore = spaceBefore
    }
}

/// One page: its size, its rotation and every glyph in Poppler's content order.
public struct Page: Sendable {
    /// 1-based page number.
    public var number: Int
    /// Width and height in PDF points after rotation.
    public var width: Double
    public var height: Double
    /// 90 when the page is turned a quarter (90° or 270°: Poppler's GLib API does not tell which), else 0.
    public var rotation: Int
    /// Every glyph except white space, in Poppler's reading order.
    public var glyphs: [Glyph]
    /// The fonts glyphs point to by `fontIndex`.
    public var fonts: [FontStyle]
    /// Glyphs left out because their text is a control character (C0 other than white space,
    /// DEL, C1): a backspace in a footer of S/PV.10011, unmapped codes of fonts without a
    /// Unicode map. They are counted, never written.
    public var controlGlyphs: Int
    /// Labels read from pictures ("12.", "B.", "(c)"), in the page's picture order; their
    /// glyphs are among `glyphs` (`PictureLabelReader`).
    public var pictureLabels: [String]
    /// Text Poppler read but a clipping path hides, so the page does not show it (`ClippedText`):
    /// left out of `glyphs`, kept here to be reported.
    public var clippedText: [String]
    public init(number: Int, width: Double, height: Double, rotation: Int, glyphs: [Glyph], fonts: [FontStyle],
                controlGlyphs: Int = 0, pictureLabels: [String] = [], clippedText: [String] = []) {
        self.number = number; self.width = width; self.height = height; self.rotation = rotation
        self.glyphs = glyphs; self.fonts = fonts; self.controlGlyphs = controlGlyphs
        self.pictureLabels = pictureLabels; self.clippedText = clippedText
    }

    public func font(of glyph: Glyph) -> FontStyle { fonts[Int(glyph.fontIndex)] }
}

/// Facts from the PDF's Info dictionary and catalog.
public struct DocumentInfo: Sendable, Equatable {
    public var pageCount: Int
    public var producer: String?
    public var creator: String?
    public var title: String?
    /// ISO 8601, e.g. `"2018-10-31T10:12:00Z"`.
    public var creationDate: String?
    public var modificationDate: String?
    /// True when the catalog has a structure tree (a tagged PDF).
    public var isTagged: Bool
    public init(pageCount: Int, producer: String?, creator: String?, title: String?, creationDate: String?,
                modificationDate: String?, isTagged: Bool) {
        self.pageCount = pageCount; self.producer = producer; self.creator = creator; self.title = title
        self.creationDate = creationDate; self.modificationDate = modificationDate; self.isTagged = isTagged
    }
}
