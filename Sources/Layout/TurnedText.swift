import Extraction
import Foundation

/// Words set at a quarter turn inside an upright page: the axis labels of a chart ("Cluster 1",
/// "Regional average" up the bars of figure 2, E/ESCWA/2017/EC.4/4(Part V) p. 5), column heads
/// of a table turned on their side. Poppler gives such a word's glyphs one after the other, each
/// box above (or below) the one before on one vertical; grouped by rows like upright text, every
/// letter became a line of its own ("r e t s u l C"). Here each run becomes one glyph holding
/// the run's text, with the union of its boxes, so that line building places it as one word.
///
/// A glyph turned a quarter has a box as wide as the font is high (ascent plus descent, about
/// 0.9 em, PDF points origin top-left) and as tall as its advance. Upright glyphs stacked in a
/// column of a table differ in width letter by letter and stand a row's leading apart, so they
/// are not joined: consecutive glyphs of a run share their left and right edges within
/// `turnedAlignment` em and touch (`turnedAbutment` em) unless Poppler put a word space between
/// them.
enum TurnedText {
    /// The runs of turned glyphs among `items` (content order), as index lists in that order.
    /// A run holds at least `turnedMinGlyphs` glyphs (the years "2000" … "2015" under a chart
    /// are runs too); Chinese and Japanese set in columns
    /// (official/kampo.pdf) are not runs: their columns are read where they stand.
    /// - Parameter items: the page's glyphs in content order with their font sizes (PDF points,
    ///   origin top-left).
    static func runs(_ items: [LineBuilder.Item], parameters: LayoutParameters) -> [[Int]] {
        func turned(_ i: Int) -> Bool { items[i].glyph.box.width >= parameters.turnedMinWidth * items[i].size }
        func continues(_ a: Int, _ b: Int) -> Bool {
            let p = items[a].glyph.box, q = items[b].glyph.box, size = items[b].size
            guard abs(items[a].size - size) <= parameters.turnedAlignment * size,
                  abs(p.x0 - q.x0) <= parameters.turnedAlignment * size,
                  abs(p.x1 - q.x1) <= parameters.turnedAlignment * size else { return false }
            let gap = max(p.y0 - q.y1, q.y0 - p.y1)
            let reach = items[b].glyph.spaceBefore ? parameters.turnedWordGap : parameters.turnedAbutment
            return gap >= -parameters.turnedAbutment * size && gap <= reach * size
        }
        var runs: [[Int]] = []
        var run: [Int] = []
        func close() {
            defer { run = [] }
            // A wide upright glyph ("M", "W", "—") opens a run of one.
            guard run.count >= parameters.turnedMinGlyphs else { return }
            let cjk = run.contains { items[$0].glyph.text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) } }
            if !cjk && Self.oneDirection(run, items) { runs.append(run) }
        }
        for i in items.indices {
            // Most glyphs are upright: they neither extend nor open a run.
            guard turned(i) else {
                if !run.isEmpty { close() }
                continue
            }
            if let last = run.last, continues(last, i) {
                run.append(i)
            } else {
                if !run.isEmpty { close() }
                run = [i]
            }
        }
        if !run.isEmpty { close() }
        return runs
    }

    /// Whether the run's glyphs advance one way only (all up the page or all down): a turned
    /// word reads in one direction, a zigzag is something else.
    private static func oneDirection(_ run: [Int], _ items: [LineBuilder.Item]) -> Bool {
        guard run.count > 1 else { return false }
        let steps = zip(run, run.dropFirst()).map { items[$1].glyph.box.midY - items[$0].glyph.box.midY }
        return steps.allSatisfy { $0 < 0 } || steps.allSatisfy { $0 > 0 }
    }

    /// The glyph standing for a run: its text in reading order, a space wherever Poppler put
    /// one, the union of the boxes, the first glyph's font. Poppler gives a turned word's
    /// glyphs in drawn order along its baseline; a run holding Arabic is read from the end of
    /// that baseline, its digits and Latin words kept in their order ("اللوجستية", a label of
    /// the chart on p. 9 of E/ESCWA/EDID/2017/IG.1/6 in Arabic, came out "ةيتسجوللا").
    static func glyph(ofRun run: [Int], _ items: [LineBuilder.Item]) -> Glyph {
        let texts = run.map { items[$0].glyph.text }
        let rightToLeft = texts.contains(where: RightToLeft.holdsRightToLeft)
        let order = rightToLeft ? RightToLeft.readingOrder(texts.map(RightToLeft.direction(of:))) : Array(run.indices)
        var text = ""
        for (k, position) in order.enumerated() {
            if k > 0 {
                // A space stood somewhere between the two glyphs along the baseline.
                let (a, b) = (min(order[k - 1], position), max(order[k - 1], position))
                if (a + 1...b).contains(where: { items[run[$0]].glyph.spaceBefore }) { text += " " }
            }
            text += texts[position]
        }
        let first = items[run[0]].glyph
        let box = run.dropFirst().reduce(first.box) { $0.union(items[$1].glyph.box) }
        return Glyph(text: text, box: box, fontIndex: first.fontIndex, spaceBefore: first.spaceBefore)
    }
}
