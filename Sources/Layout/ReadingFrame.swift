import Extraction
import Foundation

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
    /// - Parameter p: the thresholds in force (`directionMinGlyphs`, `directionMajority`, …).
    public static func direction(of page: Page, parameters p: LayoutParameters = .standard) -> Direction {
        var votes: [Direction: Int] = [:]
        let glyphs = page.glyphs
        guard glyphs.count > p.directionMinGlyphs else { return .right }
        if isVerticalWriting(page, parameters: p) { return .down }
        // A few hundred neighbouring pairs decide, spread over the whole page: a chart drawn
        // first with its labels turned (E/ESCWA/2017/EC.4/4(Part V) p. 7, figure 4 over three
        // paragraphs) must not outvote the text under it.
        var rightToLeft = 0, sampled = 0
        let step = max(1, (glyphs.count - 1) / p.directionSamplePairs)
        for i in stride(from: 0, to: glyphs.count - 1, by: step) {
            let a = glyphs[i], b = glyphs[i + 1]
            sampled += 1
            if a.text.unicodeScalars.contains(where: RightToLeft.isRightToLeft) { rightToLeft += 1 }
            let size = max(a.box.height, a.box.width, 1)
            let dx = b.box.midX - a.box.midX, dy = b.box.midY - a.box.midY
            guard abs(dx) + abs(dy) < 2 * size else { continue }  // same word, not a line break
            if abs(dx) >= abs(dy) { votes[dx >= 0 ? .right : .left, default: 0] += 1 } else { votes[dy >= 0 ? .down : .up, default: 0] += 1 }
        }
        let total = votes.values.reduce(0, +)
        guard let best = votes.max(by: { $0.value < $1.value }), total > 0, best.key != .right,
              Double(best.value) > p.directionMajority * Double(total) else { return .right }
        // Right-to-left letters in reading order advance leftwards on an upright page.
        if best.key == .left, Double(rightToLeft) > p.directionRightToLeftShare * Double(sampled) { return .right }
        return best.key
    }

    /// Chinese or Japanese set in vertical columns, read top to bottom and the columns right to
    /// left (the Japanese official gazette, kampo.pdf). The content order cannot tell: kampo
    /// draws its characters row by row across the columns. The geometry does: in vertical
    /// writing a character touches the one below it, in horizontal writing the one beside it.
    static func isVerticalWriting(_ page: Page, parameters p: LayoutParameters) -> Bool {
        func isCJK(_ g: Glyph) -> Bool {
            g.text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
        }
        // Cheap test first: most pages have no such character among their first glyphs.
        guard page.glyphs.prefix(p.verticalWritingProbe).contains(where: isCJK) else { return false }
        let boxes = page.glyphs.filter(isCJK).map(\.box)
        guard boxes.count >= p.verticalWritingMinGlyphs, boxes.count * 2 >= page.glyphs.count else { return false }
        func touching(_ key: (Rect) -> Int, _ along: (Rect) -> (Double, Double), _ size: (Rect) -> Double) -> Int {
            var count = 0
            for group in Dictionary(grouping: boxes, by: key).values where group.count > 1 {
                let sorted = group.sorted { along($0).0 < along($1).0 }
                for (a, b) in zip(sorted, sorted.dropFirst()) {
                    let gap = along(b).0 - along(a).1
                    if gap > p.touchingMinGap, gap < p.touchingMaxGap * size(a) { count += 1 }
                }
            }
            return count
        }
        let below = touching({ $0.midX.saturatingInt() }, { ($0.y0, $0.y1) }, { $0.height })
        let beside = touching({ $0.midY.saturatingInt() }, { ($0.x0, $0.x1) }, { $0.width })
        return below > 2 * beside
    }

    /// The page with every glyph box mapped into the reading frame (width and height swapped for
    /// a quarter turn). An ordinary page is returned as it is.
    /// - Parameter parameters: the thresholds the direction is read with.
    public static func oriented(_ page: Page, parameters: LayoutParameters = .standard) -> Page {
        let d = direction(of: page, parameters: parameters)
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
        // Vertical writing uses presentation forms of its punctuation ("︑", "︵"); read in
        // lines, they are the ordinary marks ("、", "(").
        func text(_ t: String) -> String {
            guard t.unicodeScalars.contains(where: { (0xFE10...0xFE19).contains($0.value) || (0xFE30...0xFE4F).contains($0.value) }) else { return t }
            return t.precomposedStringWithCompatibilityMapping
        }
        out.glyphs = page.glyphs.map { Glyph(text: text($0.text), box: map($0.box), fontIndex: $0.fontIndex) }
        if d == .down || d == .up { out.width = h; out.height = w }
        return out
    }
}
