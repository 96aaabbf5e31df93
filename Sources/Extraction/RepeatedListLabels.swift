/// Limits of `PDFFile.droppingRepeatedLabelDigits`, in PDF points. Set on
/// E/ESCWA/SDD/2017/Technical Paper.8 (Arabic) p. 4 and ESCWA/EDID/2018/1/Summary (Arabic)
/// p. 19, where the two copies of a label meet within 0.002 pt and the copy's "1" is 7.41 pt
/// (one digit) or 2.62 pt (two) wide beside the drawn 4.38 or 4.47 pt.
public struct RepeatedLabelParameters: Sendable {
    /// Two boxes closer than this along x touch (points).
    public var touch = 0.05
    /// The two copies' digits differ in width by more than this share of the wider (0.41
    /// and 0.41 on the two pages; digits of one font differ by rounding only).
    public var otherWidth = 0.15
    /// The bottoms of the two copies differ by no more than this (points).
    public var baseline = 1.0
    /// The longest number a label holds (digits).
    public var maxDigits = 3
    /// How far before the ActualText the drawn digits may come in content order (glyphs;
    /// right before it on both pages).
    public var contentWindow = 8

    public static let standard = RepeatedLabelParameters()
}

extension PDFFile {
    /// Word's right-to-left list labels ("1." to the right of a note or heading) are drawn as
    /// the digits, then the full stop and a tab inside a marked-content span whose ActualText
    /// repeats the number. Poppler keeps the drawn digits, drops the drawn full stop and
    /// spreads the ActualText over the span: the page reads "1" + "1." (one digit) or "11" +
    /// "11" (two), and the lines "Black’s Law1.1", "3.3يشير" (E/ESCWA/SDD/2017/Technical
    /// Paper.8, Arabic, p. 4: notes 1 to 9 and the heading "4.") and "1111نفذت"
    /// (ESCWA/EDID/2018/1/Summary, Arabic, p. 19, notes 11 to 18). Digits, each touching the
    /// next (and a full stop after them), that touch a copy of the same digits drawn before
    /// them on the same baseline are that ActualText when the copy's digits are set at other
    /// widths (one font draws one digit at one width: "1.1" or "1111" set in one font is a
    /// number). Its digits go; the full stop it holds, or else its glyph that touches the
    /// drawn copy, stays as the label's full stop, where the page prints it.
    static func droppingRepeatedLabelDigits(_ glyphs: [Glyph], parameters p: RepeatedLabelParameters = .standard) -> [Glyph] {
        var out = glyphs
        var dropped = Set<Int>()
        var start = 0
        while start < glyphs.count {
            guard isDigit(glyphs[start]) else { start += 1; continue }
            var end = start + 1
            while end < glyphs.count, isDigit(glyphs[end]), touches(glyphs[end - 1], glyphs[end], p) { end += 1 }
            defer { start = end }
            guard end - start <= p.maxDigits, start == 0 || !(isDigit(glyphs[start - 1]) && touches(glyphs[start - 1], glyphs[start], p)) else { continue }
            let stop = end < glyphs.count && glyphs[end].text == "." && touches(glyphs[end - 1], glyphs[end], p) ? end : nil
            guard let side = drawnCopy(of: start..<end, stop: stop, in: glyphs, parameters: p) else { continue }
            if let stop {
                if side == .left {
                    // The digits went from between the drawn copy and the full stop.
                    let width = glyphs[stop].box.width
                    out[stop].box.x0 = glyphs[start].box.x0
                    out[stop].box.x1 = out[stop].box.x0 + width
                }
                dropped.formUnion(start..<end)
            } else {
                let kept = side == .right ? end - 1 : start
                out[kept].text = "."
                dropped.formUnion(Set(start..<end).subtracting([kept]))
            }
        }
        return dropped.isEmpty ? glyphs : out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    private enum Side { case left, right }

    private static func isDigit(_ g: Glyph) -> Bool {
        g.text.utf8.count == 1 && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(g.text.utf8.first!)
    }

    private static func touches(_ a: Glyph, _ b: Glyph, _ p: RepeatedLabelParameters) -> Bool {
        abs(b.box.x0 - a.box.x1) <= p.touch
    }

    /// The side on which glyphs drawn before `run` (digits, then the full stop at `stop` if
    /// any) spell its digits and touch it, each at another width than the run's digit in its
    /// place, or nil.
    private static func drawnCopy(of run: Range<Int>, stop: Int?, in glyphs: [Glyph], parameters p: RepeatedLabelParameters) -> Side? {
        let digits = Array(run)
        let left = glyphs[run.lowerBound].box, right = glyphs[stop ?? run.upperBound - 1].box
        func spells(from edge: Double, rightward: Bool) -> Bool {
            var x = edge
            for step in digits.indices {
                let copy = glyphs[rightward ? digits[step] : digits[digits.count - 1 - step]]
                // Drawn before the span: "5.5" draws its second digit after the full stop.
                let window = max(0, run.lowerBound - p.contentWindow)..<run.lowerBound
                guard let next = window.reversed().first(where: { i in
                    glyphs[i].text == copy.text
                        && abs(glyphs[i].box.y1 - right.y1) <= p.baseline
                        && abs((rightward ? glyphs[i].box.x0 : glyphs[i].box.x1) - x) <= p.touch
                        && abs(glyphs[i].box.width - copy.box.width) > p.otherWidth * max(glyphs[i].box.width, copy.box.width)
                }) else { return false }
                x = rightward ? glyphs[next].box.x1 : glyphs[next].box.x0
            }
            // The copy is a whole number: "20101" holds "01" beside "01".
            return !glyphs.indices.contains { i in
                isDigit(glyphs[i]) && abs(glyphs[i].box.y1 - right.y1) <= p.baseline
                    && abs((rightward ? glyphs[i].box.x0 : glyphs[i].box.x1) - x) <= p.touch
            }
        }
        if spells(from: right.x1, rightward: true) { return .right }
        if spells(from: left.x0, rightward: false) { return .left }
        return nil
    }
}
