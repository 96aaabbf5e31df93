import Extraction

/// Turns a page whose text runs sideways or upside down into its reading frame, so that the
/// layout rules (lines run left to right, lines follow each other downwards) apply unchanged.
///
/// The direction is read from how consecutive glyphs advance in Poppler's order: rightwards
/// (ordinary text), leftwards (the page turned upside down), downwards or upwards (a page or a
/// landscape table turned a quarter). pdfplumber's issue 848 sample shows all four on pages 1–8.
/// Boxes of a turned page are given in its reading frame: x along the line, y down the lines.
public enum ReadingFrame {
    public enum Direction: String, Sendable { case right, left, down, up }

    /// The direction most glyphs advance in, or `.right` when the page has too few glyphs to tell.
    public static func direction(of page: Page) -> Direction {
        var votes: [Direction: Int] = [:]
        let glyphs = page.glyphs
        guard glyphs.count > 20 else { return .right }
        // A few hundred neighbouring pairs decide; a long page need not be read to the end.
        for (a, b) in zip(glyphs, glyphs.dropFirst()).prefix(400) {
            let size = max(a.box.height, a.box.width, 1)
            let dx = b.box.midX - a.box.midX, dy = b.box.midY - a.box.midY
            guard abs(dx) + abs(dy) < 2 * size else { continue }  // same word, not a line break
            if abs(dx) >= abs(dy) { votes[dx >= 0 ? .right : .left, default: 0] += 1 } else { votes[dy >= 0 ? .down : .up, default: 0] += 1 }
        }
        let total = votes.values.reduce(0, +)
        guard let best = votes.max(by: { $0.value < $1.value }), total > 0, best.key != .right,
              Double(best.value) > 0.6 * Double(total) else { return .right }
        return best.key
    }

    /// The page with every glyph box mapped into the reading frame (width and height swapped for
    /// a quarter turn). An ordinary page is returned as it is.
    public static func oriented(_ page: Page) -> Page {
        let d = direction(of: page)
        guard d != .right else { return page }
        let w = page.width, h = page.height
        func map(_ r: Rect) -> Rect {
            switch d {
            case .right: return r
            case .left: return Rect(x0: w - r.x1, y0: h - r.y1, x1: w - r.x0, y1: h - r.y0)
            case .down: return Rect(x0: r.y0, y0: w - r.x1, x1: r.y1, y1: w - r.x0)
            case .up: return Rect(x0: h - r.y1, y0: r.x0, x1: h - r.y0, y1: r.x1)
            }
        }
        var out = page
        out.glyphs = page.glyphs.map { Glyph(text: $0.text, box: map($0.box), fontIndex: $0.fontIndex) }
        if d == .down || d == .up { out.width = h; out.height = w }
        return out
    }
}
