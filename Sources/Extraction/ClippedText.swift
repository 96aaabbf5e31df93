/// Limits of the clipped-text rule (`ClippedText`), in PDF points. Set on
/// E/ESCWA/2017/EC.4/3(Part I) (English) p. 1: Word's text boxes of the masthead draw "E",
/// "UNITED NATIONS", "EC" and the letters of the emblem's ring ("ON", "OM", "IC", "AN" …)
/// under clipping rectangles they lie 50–70 pt away from, so the page shows none of them,
/// while Poppler's text keeps them all and the header read as one table.
public struct ClippedTextParameters: Sendable {
    /// A run of text is hidden only when it lies at least this far outside its clipping
    /// rectangle (points): text that touches the rectangle's edge is partly visible.
    public var margin = 1.0
    /// A glyph belongs to a run when its box holds the run's baseline within this much
    /// (points) and it starts no further than this to the left of the run's start.
    public var match = 0.5
    /// Where a glyph's baseline lies in its box, as a share of the box's height from its top
    /// (Poppler's boxes run from the font's ascent to its descent: 0.78 for "Executive
    /// Committee", 11.04-pt Times New Roman).
    public var baselineShare = 0.8
    /// A run is on a glyph's line when their baselines differ by no more than this share of
    /// the glyph's box height.
    public var baselineTolerance = 0.25
    /// Only the first pages are checked (count): reading a content stream costs about 2
    /// instructions of every 30 the whole conversion spends on a page (A/80/605, 71 pages of
    /// Word tables, each cell clipped), and the hidden text found in the corpus stands in the
    /// masthead of page 1 (seven ESCWA documents; none on pages 2 and 3 of any document, by a
    /// rendering of them). Page 2 is checked for a masthead printed after a cover
    /// (E/ESCWA/30/INF.1).
    public var pagesChecked = 2

    public static let standard = ClippedTextParameters()
}

/// One text-showing operation of a page's content stream: where its first glyph stands and
/// whether the clipping path in force hides it. Coordinates in PDF points, origin top-left of
/// the crop box (as Poppler reports glyph boxes).
struct TextRun: Equatable {
    /// The start of the run's baseline. A run that follows another show without a new
    /// position is given that show's start, at or left of where it really begins.
    var x: Double
    var baseline: Double
    var hidden: Bool
}

/// Reads which text a page's content stream draws outside its clipping path. Poppler's text
/// keeps every glyph a page shows, clipped or not; a glyph that the clip hides is no printed
/// word. Only rectangles are followed exactly: any other clipping path counts as its bounding
/// box (so text is never taken for hidden when the path might show it); text inside form
/// XObjects, pages turned by /Rotate and pages after `ClippedTextParameters.pagesChecked`
/// are not checked.
enum ClippedText {
    /// An affine matrix [a b c d e f] as PDF writes it.
    struct Matrix {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
        static let identity = Matrix()
        /// `self` applied first, then `m` (PDF's `self × m`).
        func then(_ m: Matrix) -> Matrix {
            Matrix(a: a * m.a + b * m.c, b: a * m.b + b * m.d, c: c * m.a + d * m.c, d: c * m.b + d * m.d,
                   e: e * m.a + f * m.c + m.e, f: e * m.b + f * m.d + m.f)
        }
        func apply(_ x: Double, _ y: Double) -> (Double, Double) { (x * a + y * c + e, x * b + y * d + f) }
        /// The length a unit of y grows to (the vertical scale).
        var yScale: Double { (c * c + d * d).squareRoot() }
    }

    /// An axis-aligned rectangle in device space (PDF points, origin bottom-left).
    struct Box {
        var x0 = -Double.infinity, y0 = -Double.infinity, x1 = Double.infinity, y1 = Double.infinity
        static let everything = Box()
        static let empty = Box(x0: .infinity, y0: .infinity, x1: -.infinity, y1: -.infinity)
        mutating func add(_ p: (Double, Double)) {
            x0 = min(x0, p.0); y0 = min(y0, p.1); x1 = max(x1, p.0); y1 = max(y1, p.1)
        }
        func intersection(_ o: Box) -> Box { Box(x0: max(x0, o.x0), y0: max(y0, o.y0), x1: min(x1, o.x1), y1: min(y1, o.y1)) }
    }

    /// Whether the decoded content `bytes` can clip at all: a `W` or `W*` operator.
    static func mayClip(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 1 else { return false }
        for i in 1..<bytes.count where bytes[i] == UInt8(ascii: "W") {
            let before = bytes[i - 1]
            let after = i + 1 < bytes.count ? bytes[i + 1] : 32
            if isSpace(before), isSpace(after) || after == UInt8(ascii: "*") { return true }
        }
        return false
    }

    /// The text runs of a page's decoded content stream, in content order, or [] when none is
    /// hidden. `cropLeft` and `cropTop` place the crop box (PDF points, origin bottom-left).
    static func runs(_ bytes: UnsafeBufferPointer<UInt8>, cropLeft: Double, cropTop: Double,
                     parameters: ClippedTextParameters = .standard) -> [TextRun] {
        var interpreter = Interpreter(margin: parameters.margin)
        interpreter.operands.reserveCapacity(16)
        var lexer = Lexer(bytes: bytes)
        while let token = lexer.next() {
            switch token {
            case .number(let value): interpreter.push(value)
            case .operand: interpreter.pushOther()
            case .op(let start, let end): interpreter.run(Interpreter.code(bytes, start, end))
            }
        }
        guard interpreter.runs.contains(where: \.hidden) else { return [] }
        return interpreter.runs.map {
            TextRun(x: $0.x - cropLeft, baseline: cropTop - $0.baseline, hidden: $0.hidden)
        }
    }

    /// Glyph indices of `glyphs` that a hidden run drew. A glyph's baseline is taken at
    /// `baselineShare` of its box's height; of the runs whose baseline lies within
    /// `baselineTolerance` of it and that start at or left of the glyph, those on the nearest
    /// baseline (within `match`) are its line's, and the one starting nearest the glyph drew
    /// it. (Word draws empty runs of its text boxes, hidden or not, a few points off the lines
    /// beside them: "Executive Committee" and a hidden empty run 3.8 pt above its baseline.)
    static func hiddenGlyphs(_ glyphs: [Glyph], runs: [TextRun], parameters p: ClippedTextParameters = .standard) -> [Int] {
        guard runs.contains(where: \.hidden) else { return [] }
        var out: [Int] = []
        for (i, g) in glyphs.enumerated() {
            let height = g.box.y1 - g.box.y0
            let baseline = g.box.y0 + height * p.baselineShare
            let reach = max(p.match, height * p.baselineTolerance)
            var nearestLine = Double.infinity
            for run in runs where run.x <= g.box.x0 + p.match && abs(run.baseline - baseline) <= reach {
                nearestLine = min(nearestLine, abs(run.baseline - baseline))
            }
            guard nearestLine.isFinite else { continue }
            var nearest: TextRun?
            for run in runs where run.x <= g.box.x0 + p.match && abs(run.baseline - baseline) <= nearestLine + p.match {
                // On a tie a visible run wins: a hidden copy under a shown one hides nothing.
                if let n = nearest, n.x > run.x || (n.x == run.x && !n.hidden) { continue }
                nearest = run
            }
            if nearest?.hidden == true { out.append(i) }
        }
        return out
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 13 || b == 9 || b == 12 || b == 0 }
}
