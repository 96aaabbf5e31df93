import Extraction
import Foundation

/// Text printed in the margin beside a page's text, not part of it: stamps set vertically and
/// pleading-paper line numbers. Found here so that they go to the `margin` zone (and from there
/// to `furniture`) instead of being read into the lines they stand beside.
public enum MarginText {
    /// Runs of glyphs stacked one above the other in the outer margin, as index lists into
    /// `boxes` (content order). The Federal Register prints "jbell on DSKJLSW7X2PROD with
    /// PROPOSALS" up the left edge of every page (federal-register-2020-17221); read as
    /// horizontal text its letters land one per line among the first column's lines.
    ///
    /// - Parameters:
    ///   - boxes: glyph boxes in content order (PDF points, origin top-left).
    ///   - sizes: the glyphs' font sizes (points), parallel to `boxes`.
    ///   - texts: the glyphs' text, parallel to `boxes`.
    ///   - pageWidth: page width in points.
    ///   - opensOrEndsLine: whether a glyph (box, font size) has another glyph of the page beside
    ///     it on its baseline (`LayoutParameters.stampNeighbourGap`); a run most of whose glyphs
    ///     do is the first or last letters of lines (an OCR layer), not a stamp.
    /// A run must hold letters (a quarter of its glyphs at least): a column of single digits at
    /// the edge of a sideways table (nics-background-checks-2015-11-rotated) stacks the same
    /// way; arXiv's "arXiv:1601.03642v1 [cs.CV] 12 Jan 2016" up the left edge is a stamp, and
    /// so is a symbol or job number set sideways beside a landscape table ("A/80/605").
    static func verticalRuns(_ boxes: [Rect], sizes: [Double], texts: [String], pageWidth: Double,
                             parameters: LayoutParameters, opensOrEndsLine: (Rect, Double) -> Bool) -> [[Int]] {
        func stacked(_ a: Rect, _ b: Rect, size: Double) -> Bool {
            // Same column of the page, the next glyph directly above or below, at most about a
            // word space away (spaces are not glyphs).
            let align = parameters.stampAlignment * size, overlap = parameters.stampOverlap * size
            guard abs(a.x0 - b.x0) < align, abs(a.x1 - b.x1) < align else { return false }
            let up = a.y0 - b.y1, down = b.y0 - a.y1
            return (up > -overlap && up < size) || (down > -overlap && down < size)
        }
        let margin = pageWidth * parameters.marginWidth
        var runs: [[Int]] = []
        var run: [Int] = []
        func close() {
            let scalars = run.flatMap { texts[$0].unicodeScalars }
            let letters = scalars.filter { CharacterSet.letters.contains($0) }.count
            // Chinese and Japanese set whole pages vertically (kampo.pdf): a column at the edge
            // of such a page is text, not a stamp.
            let cjk = scalars.filter { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }.count
            let isFurniture = { FurnitureText.kind(of: text(ofRun: run, texts: texts, boxes: boxes, sizes: sizes, parameters: parameters)) != nil }
            if run.count >= parameters.verticalStampMinGlyphs,
               (letters >= parameters.stampMinLetters && letters * parameters.stampGlyphsPerLetter >= run.count && cjk * 2 < letters) || isFurniture() {
                let x0 = run.map { boxes[$0].x0 }.min() ?? 0, x1 = run.map { boxes[$0].x1 }.max() ?? 0
                // Most glyphs of the run open or end a line of text: letters of lines, not a stamp.
                if x1 < margin || x0 > pageWidth - margin,
                   run.filter({ opensOrEndsLine(boxes[$0], sizes[$0]) }).count * 2 <= run.count { runs.append(run) }
            }
            run = []
        }
        for i in boxes.indices {
            if let last = run.last, stacked(boxes[last], boxes[i], size: sizes[i]) {
                run.append(i)
            } else {
                close()
                run = [i]
            }
        }
        close()
        return runs
    }

    /// The text of a vertical run: glyphs in content order, a space where the gap between two
    /// boxes exceeds `parameters.stampWordGap` of the font size.
    static func text(ofRun run: [Int], texts: [String], boxes: [Rect], sizes: [Double], parameters: LayoutParameters) -> String {
        var s = ""
        for (k, i) in run.enumerated() {
            if k > 0 {
                let a = boxes[run[k - 1]], b = boxes[i]
                if max(a.y0 - b.y1, b.y0 - a.y1) > parameters.stampWordGap * sizes[i] { s += " " }
            }
            s += texts[i]
        }
        return s
    }

    /// Splits pleading-paper line numbers off a page's lines. A number is the first word of a
    /// line, an integer, in a narrow band left of where the page's text starts; the numbers of
    /// the band must run 1, 2, 3 … from the top of the page down (gov.uscourts.azd.1085839.3.0
    /// numbers lines 1–28 at x 76–88 pt, its text starting at 108 pt). Each number becomes a
    /// line of its own marked `.lineNumber`; the rest of its line stays as it was.
    ///
    /// - Parameter lines: one page's lines, top to bottom (PDF points, origin top-left).
    /// - Returns: the lines with the numbers split off, in the same order (a number before the
    ///   rest of its line); `lines` unchanged when the page has no such band.
    public static func separatingLineNumbers(_ lines: [Line], parameters: LayoutParameters) -> [Line] {
        let candidates = lines.indices.filter { i in
            guard let w = lines[i].words.first, !w.isSuperscript, w.text.count <= parameters.lineNumberMaxDigits, let n = Int(w.text) else { return false }
            return n > 0
        }
        guard candidates.count >= parameters.lineNumbersMinCount else { return lines }
        // The band: the right edge most candidates share (numbers are set flush right: 9, 10).
        var byRightEdge: [Int: [Int]] = [:]
        for i in candidates { byRightEdge[lines[i].words[0].box.x1.saturatingInt(), default: []].append(i) }
        guard let edge = byRightEdge.max(by: { $0.value.count < $1.value.count })?.key else { return lines }
        let band = candidates.filter {
            let b = lines[$0].words[0].box
            return abs(b.x1 - Double(edge)) <= parameters.lineNumbersEdgeTolerance && b.x1 - b.x0 <= parameters.lineNumbersBandWidth
        }.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
        guard band.count >= parameters.lineNumbersMinCount else { return lines }
        let numbers = band.map { Int(lines[$0].words[0].text)! }
        guard zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return lines }
        // The page's text starts clearly to the right of the band.
        let textStarts = lines.indices.filter { !band.contains($0) }.map { lines[$0].box.x0 }
            + band.compactMap { lines[$0].words.count > 1 ? lines[$0].words[1].box.x0 : nil }
        guard let textLeft = textStarts.min(), textLeft - Double(edge) >= parameters.lineNumbersMinGap else { return lines }

        let inBand = Set(band)
        var out: [Line] = []
        for (i, line) in lines.enumerated() {
            guard inBand.contains(i) else { out.append(line); continue }
            let number = line.words[0]
            out.append(Line(page: line.page, words: [number], box: number.box, fontSize: number.fontSize,
                            bottom: number.box.y1, margin: .lineNumber))
            let rest = Array(line.words.dropFirst())
            guard let first = rest.first else { continue }
            var words = rest
            words[0].gapBefore = 0
            let box = rest.dropFirst().reduce(first.box) { $0.union($1.box) }
            out.append(Line(page: line.page, words: words, box: box, fontSize: line.fontSize, bottom: line.bottom))
        }
        return out
    }
}
