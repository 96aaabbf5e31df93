import Extraction

/// Reading order of right-to-left lines (Arabic, Hebrew).
///
/// Glyphs arrive sorted left to right by their boxes, as drawn. A line whose letters are
/// mostly right-to-left is read from the right: its words right to left, and the glyphs of
/// each word right to left, except that runs of Latin letters and digits keep their
/// left-to-right order ("E/ESCWA/30/6", "2018", "24-26" stand as printed).
public enum RightToLeft {
    /// How a glyph takes part in the ordering.
    public enum Direction: Sendable, Equatable { case right, left, neutral }

    /// True for a scalar of a script written right to left (Hebrew, Arabic and their
    /// presentation forms).
    public static func isRightToLeft(_ s: Unicode.Scalar) -> Bool { PopplerBidi.isRightToLeft(s) }

    /// The direction of a piece of text: right when it holds a right-to-left letter, left when
    /// it holds a letter or digit of another script, neutral otherwise (punctuation).
    public static func direction(of text: String) -> Direction {
        var left = false
        for s in text.unicodeScalars {
            let v = s.value
            // ASCII first: Unicode property look-ups cost a table search per scalar.
            if v < 0x80 {
                if !left && ((0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)) { left = true }
                continue
            }
            if isRightToLeft(s) { return .right }
            if !left && (s.properties.isAlphabetic || s.properties.numericType != nil) { left = true }
        }
        return left ? .left : .neutral
    }

    /// `isAlphabetic` of the scalars U+0590…U+08FF (Hebrew, Arabic), looked up once.
    private static let rightToLeftAlphabetic: [Bool] = (0x0590...0x08FF).map {
        Unicode.Scalar(UInt32($0)).map(\.properties.isAlphabetic) ?? false
    }

    /// `s.properties.isAlphabetic`, without a table search for ASCII, Hebrew and Arabic.
    public static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if (0x0590...0x08FF).contains(v) { return rightToLeftAlphabetic[Int(v) - 0x0590] }
        return s.properties.isAlphabetic
    }

    /// False when `text` holds no scalar of a right-to-left script for certain: such a scalar
    /// (U+0590 and above) opens with a UTF-8 byte of 0xD6 or more, so text without one is
    /// passed over a byte at a time, without decoding a scalar or a Unicode look-up.
    public static func mayHoldRightToLeft(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0xD6 }
    }

    /// True when `text` holds a scalar of a right-to-left script (`isRightToLeft`).
    public static func holdsRightToLeft(_ text: String) -> Bool {
        mayHoldRightToLeft(text) && text.unicodeScalars.contains(where: isRightToLeft)
    }

    /// True when most letters of `texts` are of a right-to-left script.
    public static func isRightToLeftLine<S: Sequence>(_ texts: S) -> Bool where S.Element == String {
        var rtl = 0, other = 0
        for t in texts {
            for s in t.unicodeScalars where isAlphabetic(s) {
                if isRightToLeft(s) { rtl += 1 } else { other += 1 }
            }
        }
        return rtl > other
    }

    /// The reading order of items given left to right on a right-to-left line, as indices.
    /// A neutral item between two left-to-right items (the "-" of "24-26", the "/" of a
    /// symbol) joins them; every other neutral follows the line's right-to-left direction.
    public static func readingOrder(_ directions: [Direction]) -> [Int] {
        let n = directions.count
        let resolved = resolve(directions, base: .right)
        // Reverse the whole line, then put each left-to-right run back in its own order.
        var order = Array((0..<n).reversed())
        var k = 0
        while k < n {
            guard resolved[order[k]] == .left else { k += 1; continue }
            var end = k
            while end + 1 < n && resolved[order[end + 1]] == .left { end += 1 }
            order[k...end].reverse()
            k = end + 1
        }
        return order
    }

    /// U+0644 (lam) in UTF-8.
    static let lamBytes: [UInt8] = [0xD9, 0x84]

    /// The alef letters that form a ligature with a lam before them.
    public static let alefs: Set<String> = ["\u{0627}", "\u{0623}", "\u{0625}", "\u{0622}"]

    /// The reading order of items given left to right on a left-to-right line that holds some
    /// right-to-left text (an Arabic name in a French address, official/MAR): each run of
    /// right-to-left items, with the neutrals between them, is read from the right.
    public static func leftToRightReadingOrder(_ directions: [Direction]) -> [Int] {
        let resolved = resolve(directions, base: .left)
        var order = Array(0..<directions.count)
        var k = 0
        while k < order.count {
            guard resolved[k] == .right else { k += 1; continue }
            var end = k
            while end + 1 < order.count && resolved[end + 1] == .right { end += 1 }
            order[k...end].reverse()
            k = end + 1
        }
        return order
    }

    /// Brackets drawn as a left-to-right pair, "(" left of ")", around left-to-right text only,
    /// take that direction: "(Part I)" in a symbol cited in Arabic text (E/ESCWA/2017/EC.4/4)
    /// stays whole, where its ")" alone would follow the line's right-to-left direction. A pair
    /// around Arabic text is drawn ")" … "(" and keeps the line's direction.
    ///
    /// On a right-to-left line (`rightToLeft`) a pair drawn mirrored, ")" left of "(", around
    /// left-to-right text only takes the line's direction instead: the brackets were laid out
    /// right to left and enclose the number or symbol, so neither joins the left-to-right word
    /// beside it. ")6(" right of "E/ESCWA/29/12/Report" opens note 6 of E/ESCWA/30/18/Report in
    /// Arabic (p. 9, "(6) E/ESCWA/29/12/Report، ص 5"), not "Report )6"; "2017 (E/ESCWA/SDD/2017/IG.1/6/Report)؛"
    /// ends an item on p. 43, not "Report( 2017)".
    public static func pairBrackets(_ texts: [String?], _ directions: [Direction], rightToLeft: Bool = false) -> [Direction] {
        var out = directions
        /// The closing bracket of an opening one ("(", "[", "{").
        /// Compared byte for byte: no other text is canonically equivalent to an ASCII bracket,
        /// and Arabic glyphs then cost no normalizing comparison.
        func closing(_ t: String?) -> String? {
            guard let t, t.utf8.count == 1, let b = t.utf8.first else { return nil }
            switch b {
            case 0x28: return ")"
            case 0x5B: return "]"
            case 0x7B: return "}"
            default: return nil
            }
        }
        func isText(_ t: String?, _ close: String) -> Bool {
            guard let t else { return false }
            return t.utf8.elementsEqual(close.utf8)
        }
        /// The opening bracket of a closing one drawn first on a mirrored pair.
        func opening(_ t: String?) -> String? {
            guard rightToLeft, let t, t.utf8.count == 1, let b = t.utf8.first else { return nil }
            switch b {
            case 0x29: return "("
            case 0x5D: return "["
            default: return nil
            }
        }
        /// The index of the bracket `end` closing the one at `i`, when only left-to-right text and
        /// neutrals stand between them and no bracket that `stops` comes first.
        func partner(of i: Int, _ end: String, stops: (String?) -> Bool) -> Int? {
            var j = i + 1
            var inner: Set<Direction> = []
            while j < texts.count, !isText(texts[j], end), !stops(texts[j]) {
                inner.insert(directions[j]); j += 1
            }
            guard j < texts.count, isText(texts[j], end), inner.contains(.left), !inner.contains(.right) else { return nil }
            return j
        }
        for i in texts.indices {
            // A ")" that closed a left-to-right pair above opens no mirrored one.
            if out[i] == .neutral, let open = opening(texts[i]) {
                if let j = partner(of: i, open, stops: { opening($0) != nil || closing($0) != nil }) { out[i] = .right; out[j] = .right }
                continue
            }
            guard let close = closing(texts[i]), let j = partner(of: i, close, stops: { closing($0) != nil }) else { continue }
            out[i] = .left; out[j] = .left
        }
        return out
    }

    /// Directions with each neutral resolved: it takes the direction of the strong items on
    /// both sides when they agree, and the line's own direction otherwise.
    static func resolve(_ directions: [Direction], base: Direction) -> [Direction] {
        var resolved = directions
        let other: Direction = base == .right ? .left : .right
        for i in directions.indices where directions[i] == .neutral {
            let before = directions[..<i].last { $0 != .neutral } ?? base
            let after = directions[(i + 1)...].first { $0 != .neutral } ?? base
            resolved[i] = before == other && after == other ? other : base
        }
        return resolved
    }

    /// Arabic fathatan (tanween fath), U+064B.
    public static let fathatan = "\u{064B}"

    /// True when two glyphs, left to right, may be the halves Poppler makes of one lam-alef
    /// ligature: a glyph whose text is lam + alef ("لا", "لأ", "لإ", "لآ") is split into two
    /// touching boxes, lam on the left. Read right to left they would give alef before lam,
    /// "االقتصادي" for "الاقتصادي" (E/ESCWA/30/6, page 2). A lam and an alef drawn as two glyphs
    /// touch the same way, so `LineBuilder` decides which pairs are ligatures.
    /// - Parameter touch: how close touching boxes lie (PDF points; `LayoutParameters.touchTolerance`).
    public static func isLamAlefPair(_ a: String, _ aBox: Rect, _ b: String, _ bBox: Rect, touch: Double) -> Bool {
        // Lam byte for byte (no other text is canonically equivalent to it); an alef's text
        // opens with U+0627, U+0622, U+0623 or U+0625 (bytes D8 A2…A7) before the set is asked.
        // Lam's first byte D9 is asked first: the comparison cost 90 instructions a glyph pair
        // on every page.
        return a.utf8.first == 0xD9 && a.utf8.elementsEqual(lamBytes) && b.utf8.first == 0xD8 && alefs.contains(b)
            && abs(aBox.x1 - bBox.x0) < touch && abs(aBox.y1 - bBox.y1) < touch
    }
}
