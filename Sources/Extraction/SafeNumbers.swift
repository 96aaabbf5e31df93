/// Arithmetic on numbers that come from a PDF must never trap: page sizes, coordinates and font
/// sizes are whatever the file says (1e300, NaN, -inf in a damaged or hostile file).

extension Double {
    /// The largest magnitude `saturatingInt` returns: 2^53, beyond which every Double is already
    /// a whole number. Small sums and products of such Ints cannot overflow.
    public static let saturationBound: Double = 9_007_199_254_740_992

    /// This value rounded by `rule` as an `Int` that never traps: NaN becomes 0, and values
    /// beyond ±2^53 (infinities included) become ±2^53.
    /// Inlinable: layout calls it per glyph, and inlined the rounding rule is known where it is
    /// called instead of dispatched at run time.
    @inlinable
    public func saturatingInt(_ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Int {
        guard !isNaN else { return 0 }
        return Int(Swift.min(Swift.max(rounded(rule), -Self.saturationBound), Self.saturationBound))
    }

    /// This value limited to `-limit...limit`; NaN becomes `nan` (0 unless given).
    public func clamped(to limit: Double, nan: Double = 0) -> Double {
        isNaN ? nan : Swift.min(Swift.max(self, -limit), limit)
    }
}

extension Rect {
    /// True when all four coordinates are finite numbers.
    public var isFinite: Bool { x0.isFinite && y0.isFinite && x1.isFinite && y1.isFinite }
}

extension Page {
    /// The page with every number the PDF gave limited to `limit` points, so later stages can
    /// compute with them without overflow, traps or huge allocations: width, height and font
    /// sizes to `0...limit` (NaN becomes 0), glyph coordinates to `-limit...limit`. A glyph
    /// with a NaN coordinate has no place on the page and is dropped. A page whose numbers are
    /// all within the limit is returned unchanged.
    public func clamped(to limit: Double) -> Page {
        func inRange(_ v: Double, _ lo: Double) -> Bool { v >= lo && v <= limit }
        func box(_ r: Rect) -> Bool { inRange(r.x0, -limit) && inRange(r.y0, -limit) && inRange(r.x1, -limit) && inRange(r.y1, -limit) }
        if inRange(width, 0), inRange(height, 0), fonts.allSatisfy({ inRange($0.size, 0) }), glyphs.allSatisfy({ box($0.box) }) {
            return self
        }
        var out = self
        out.width = max(0, width.clamped(to: limit))
        out.height = max(0, height.clamped(to: limit))
        out.fonts = fonts.map { var f = $0; f.size = max(0, f.size.clamped(to: limit)); return f }
        out.glyphs = glyphs.compactMap { g in
            let r = g.box
            guard !r.x0.isNaN, !r.y0.isNaN, !r.x1.isNaN, !r.y1.isNaN else { return nil }
            var c = g
            c.box = Rect(x0: r.x0.clamped(to: limit), y0: r.y0.clamped(to: limit),
                         x1: r.x1.clamped(to: limit), y1: r.y1.clamped(to: limit))
            return c
        }
        return out
    }
}
