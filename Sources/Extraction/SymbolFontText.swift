/// Text for the glyphs of symbolic TrueType fonts, which Poppler reports in the private-use
/// range U+F020…U+F0FF (the font's byte code plus 0xF000, from its Microsoft "symbol" cmap).
///
/// Word documents set footnote asterisks, list bullets and "±" this way, and barcode fonts
/// their digits: the "*" note of E/ESCWA/EDID/2017/IG.3/10 p. 5 (SymbolMT), the "•" items of
/// E/ESCWA/30/6 (Arabic, Symbol), the "▪" items of FRA.pdf (Wingdings), the barcode
/// "*1510722*" of g1510722 (a Code 39 font). Which character a byte code stands for depends
/// on the font: the Symbol font's own encoding, the Wingdings dingbats, and for any other font
/// Windows-1252, the encoding such fonts are built on. A code with no known character stays as
/// Poppler gave it.
public enum SymbolFontText {
    /// The text for private-use scalar `value` (U+F020…U+F0FF) of a glyph set in the font named
    /// `fontName` (subset prefix removed), or `nil` when the code has no known character.
    public static func text(_ value: UInt32, fontName: String) -> String? {
        guard (0xF020...0xF0FF).contains(value) else { return nil }
        let code = UInt8(value - 0xF000)
        let lower = fontName.lowercased()
        if lower.contains("symbol") { return symbol[code].map { String(Character($0)) } }
        if lower.contains("wingding") { return wingdings[code].map { String(Character($0)) } }
        if lower.contains("webding") || lower.contains("dingbat") { return nil }
        return windows1252(code).map { String(Character($0)) }
    }

    /// Windows-1252: ASCII, Latin-1 from 0xA0, and the punctuation Windows puts at 0x80…0x9F.
    static func windows1252(_ code: UInt8) -> Unicode.Scalar? {
        switch code {
        case 0x20...0x7E, 0xA0...0xFF: return Unicode.Scalar(code)
        default: return cp1252High[code]
        }
    }

    private static let cp1252High: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}",
        0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}", 0x99: "\u{2122}",
    ]

    /// The Symbol font's encoding. 0x2A, the font's "asteriskmath", is given as "*": Word's
    /// footnote asterisk is set in it and reads as the text asterisk (E/ESCWA/EDID/2017/IG.3/10).
    private static let symbol: [UInt8: Unicode.Scalar] = {
        var table: [UInt8: Unicode.Scalar] = [:]
        for code in UInt8(0x20)...0x7E { table[code] = Unicode.Scalar(code) }
        let greekUpper = Array("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ".unicodeScalars)
        let greekLower = Array("αβχδεφγηιϕκλμνοπθρστυϖωξψζ".unicodeScalars)
        for (offset, scalar) in greekUpper.enumerated() { table[0x41 + UInt8(offset)] = scalar }
        for (offset, scalar) in greekLower.enumerated() { table[0x61 + UInt8(offset)] = scalar }
        let others: [UInt8: Unicode.Scalar] = [
            0x22: "\u{2200}", 0x24: "\u{2203}", 0x27: "\u{220B}", 0x2D: "\u{2212}", 0x40: "\u{2245}",
            0x5C: "\u{2234}", 0x5E: "\u{22A5}", 0x60: "\u{203E}", 0x7E: "\u{223C}",
        ]
        table.merge(others) { _, new in new }
        let upper = Array("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑".unicodeScalars)
        for (offset, scalar) in upper.enumerated() { table[0xA0 + UInt8(offset)] = scalar }
        table[0xF1] = "\u{232A}"; table[0xF2] = "\u{222B}"
        return table
    }()

    /// The Wingdings codes Word uses for list bullets and marks.
    private static let wingdings: [UInt8: Unicode.Scalar] = [
        0x6C: "\u{25CF}", 0x6E: "\u{25A0}", 0x6F: "\u{25A1}", 0x71: "\u{2751}", 0x75: "\u{25C6}",
        0x76: "\u{2756}", 0x9F: "\u{2022}", 0xA7: "\u{25AA}", 0xA8: "\u{25FB}", 0xD8: "\u{27A2}",
        0xE0: "\u{2192}", 0xE8: "\u{2794}", 0xFB: "\u{2717}", 0xFC: "\u{2713}", 0xFE: "\u{2611}",
    ]
}
