import Extraction

/// Builds words and lines from a page's glyphs.
///
/// Glyphs are grouped into lines by vertical overlap (not by Poppler's own lines, which break
/// at superscripts), a line is split where a horizontal gap is wider than a column gap, and
/// words are cut where the gap between glyphs exceeds `wordGap` em — which keeps kerned words
/// of justified text whole.
public struct LineBuilder: Sendable {
    public var parameters: LayoutParameters
    public init(parameters: LayoutParameters = LayoutParameters()) { self.parameters = parameters }

    private struct Item { var glyph: Glyph; var size: Double; var style: FontStyle }

    /// All lines of `page`, top to bottom, then left to right.
    public func lines(of page: Page) -> [Line] {
        let items = page.glyphs.compactMap { g -> Item? in
            if g.text.isEmpty || g.box.height <= 0 { return nil }
            let style = page.font(of: g)
            let size = style.size > 0 ? style.size : g.box.height
            return Item(glyph: g, size: size, style: style)
        }
        // Cluster into rows by vertical overlap, scanning glyphs sorted by their vertical centre.
        let order = items.indices.sorted {
            let a = items[$0].glyph.box, b = items[$1].glyph.box
            return a.midY != b.midY ? a.midY < b.midY : a.x0 < b.x0
        }
        var rows: [[Int]] = []
        var rowBoxes: [Rect] = []
        // Only the last few rows can still receive glyphs (they are sorted by centre).
        for i in order {
            let box = items[i].glyph.box
            var target: Int?
            var k = rows.count - 1
            while k >= 0 && k >= rows.count - 4 {
                let r = rowBoxes[k]
                let overlap = min(r.y1, box.y1) - max(r.y0, box.y0)
                if overlap >= parameters.sameLineOverlap * min(r.height, box.height) { target = k; break }
                k -= 1
            }
            if let t = target {
                // The row keeps its first glyph's box as reference: growing it would let a large
                // masthead word bridge two small lines beside it (Distr. and date lines).
                rows[t].append(i)
            } else {
                rows.append([i])
                rowBoxes.append(box)
            }
        }
        var lines: [Line] = []
        for row in rows {
            let sorted = row.sorted { items[$0].glyph.box.x0 < items[$1].glyph.box.x0 }
            // Split at column gaps.
            var segment: [Int] = []
            for i in sorted {
                if let last = segment.last {
                    let gap = items[i].glyph.box.x0 - items[last].glyph.box.x1
                    if gap > parameters.columnGap * min(items[i].size, items[last].size) {
                        if let line = makeLine(segment.map { items[$0] }, page: page.number) { lines.append(line) }
                        segment = []
                    }
                }
                segment.append(i)
            }
            if let line = makeLine(segment.map { items[$0] }, page: page.number) { lines.append(line) }
        }
        lines.sort { a, b in
            if abs(a.bottom - b.bottom) > 0.5 * min(a.fontSize, b.fontSize) { return a.bottom < b.bottom }
            return a.box.x0 < b.box.x0
        }
        return lines
    }

    /// "(" + superscript "1" + ")" — footnote markers of EU acts, set as "( ¹ )" — become one
    /// superscript word "1".
    static func collapseBracketedMarkers(_ words: [Word]) -> [Word] {
        guard words.count >= 3, words.contains(where: \.isSuperscript) else { return words }
        var out: [Word] = []
        var i = 0
        while i < words.count {
            if i + 2 < words.count, words[i].text == "(", words[i + 1].isSuperscript, words[i + 2].text == ")" {
                var marker = words[i + 1]
                marker.box = words[i].box.union(words[i + 2].box).union(marker.box)
                marker.gapBefore = words[i].gapBefore
                out.append(marker)
                i += 3
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out
    }

    private func makeLine(_ glyphs: [Item], page: Int) -> Line? {
        guard !glyphs.isEmpty else { return nil }
        // Dominant size by character count.
        var weight: [Double: Int] = [:]
        for g in glyphs { weight[(g.size * 10).rounded() / 10, default: 0] += 1 }
        let lineSize = weight.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }!.key
        let main = glyphs.filter { $0.size >= lineSize * parameters.superscriptSize }
        let bottoms = main.map(\.glyph.box.y1).sorted()
        let bottom = bottoms.isEmpty ? glyphs[0].glyph.box.y1 : bottoms[bottoms.count / 2]

        func isSuperscript(_ g: Item) -> Bool {
            g.size <= lineSize * parameters.superscriptSize
                && g.glyph.box.y1 < bottom - parameters.superscriptRise * lineSize
        }
        var words: [Word] = []
        var current: [Item] = []
        var currentSup = false
        var gapBefore = 0.0
        func flush() {
            guard let first = current.first else { return }
            var box = first.glyph.box
            var text = ""
            var bold = 0, italic = 0
            for g in current {
                box = box.union(g.glyph.box)
                text += g.glyph.text
                if g.style.isBold { bold += 1 }
                if g.style.isItalic { italic += 1 }
            }
            words.append(Word(text: text, box: box, fontSize: first.size, isBold: bold * 2 > current.count,
                              isItalic: italic * 2 > current.count, isSuperscript: currentSup, gapBefore: gapBefore))
            current = []
        }
        for g in glyphs {
            let sup = isSuperscript(g)
            if let last = current.last {
                let gap = g.glyph.box.x0 - last.glyph.box.x1
                let breakHere = gap > parameters.wordGap * min(g.size, last.size) || sup != currentSup
                if breakHere {
                    flush()
                    gapBefore = max(0, gap)
                }
            }
            if current.isEmpty { currentSup = sup }
            current.append(g)
        }
        flush()
        words = Self.collapseBracketedMarkers(words)
        var box = words[0].box
        for w in words { box = box.union(w.box) }
        return Line(page: page, words: words, box: box, fontSize: lineSize, bottom: bottom)
    }
}
