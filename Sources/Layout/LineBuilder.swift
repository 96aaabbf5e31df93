import Extraction

/// Builds words and lines from a page's glyphs.
///
/// Glyphs are grouped into lines by vertical overlap (not by Poppler's own lines, which break
/// at superscripts), a line is split where a horizontal gap is wider than a column gap, and
/// words are cut where the gap between glyphs exceeds `wordGap` em — which keeps kerned words
/// of justified text whole.
public struct LineBuilder: Sendable {
    public var parameters: LayoutParameters
    public init(parameters: LayoutParameters = .standard) { self.parameters = parameters }

    /// Closing quotation marks and apostrophes, after which `wordGapAfterClosingQuote` applies.
    static let closingQuotes: Set<String> = ["’", "”", "»", "'", "\""]

    /// `closingQuotes.contains(text)`, asking the set (which hashes by canonical equivalence)
    /// only for text that opens with the first byte of one of them: no other text is
    /// canonically equivalent to a quotation mark.
    static func isClosingQuote(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == 0x27 || first == 0x22 || first == 0xC2 || first == 0xE2 else { return false }
        return closingQuotes.contains(text)
    }

    /// A glyph with what line building needs of its font; bold and italic are copied out so that
    /// copying an item retains no font name.
    struct Item { var glyph: Glyph; var size: Double; var isBold: Bool; var isItalic: Bool; var order: Int; var isTurned = false }

    /// All lines of `page` in reading order: top to bottom, then left to right (column by
    /// column on a page set in columns). Stamps set vertically in the margin come last, each
    /// as one line marked `.stamp`.
    /// Numbers beyond `parameters.coordinateLimit` (or NaN) are clamped first (`Page.clamped`).
    public func lines(of page: Page) -> [Line] {
        let page = page.clamped(to: parameters.coordinateLimit)
        let fonts = page.fonts.map { (size: $0.size, isBold: $0.isBold, isItalic: $0.isItalic) }
        // Reserved: grown by compactMap, the array was copied item by item some 12 times a page.
        var items: [Item] = []
        items.reserveCapacity(page.glyphs.count)
        for (order, g) in page.glyphs.enumerated() where !g.text.isEmpty && g.box.height > 0 {
            let style = fonts[Int(g.fontIndex)]
            let size = style.size > 0 ? style.size : g.box.height
            items.append(Item(glyph: g, size: size, isBold: style.isBold, isItalic: style.isItalic, order: order))
        }
        // Vertical stamps: only glyphs in the outer margins can belong to one (few on most pages).
        var stamps: [Line] = []
        let margin = page.width * parameters.marginWidth
        let inMargin = items.indices.filter { items[$0].glyph.box.x1 < margin || items[$0].glyph.box.x0 > page.width - margin }
        if inMargin.count >= parameters.verticalStampMinGlyphs {
            let boxes = inMargin.map { items[$0].glyph.box }, sizes = inMargin.map { items[$0].size }
            let texts = inMargin.map { items[$0].glyph.text }
            let runs = MarginText.verticalRuns(boxes, sizes: sizes, texts: texts, pageWidth: page.width, parameters: parameters) { a, size in
                // Asked only of the glyphs of a run that passed the other tests (rare): a scan of
                // the page's glyphs each time costs little.
                let reach = parameters.stampNeighbourGap * size, level = parameters.stampNeighbourLevel * size
                return items.contains { item in
                    let b = item.glyph.box, gap = max(b.x0 - a.x1, a.x0 - b.x1)
                    return b != a && abs(a.y0 - b.y0) < level && abs(a.y1 - b.y1) < level && gap < reach && gap > -a.width
                }
            }
            for run in runs {
                let text = MarginText.text(ofRun: run, texts: texts, boxes: boxes, sizes: sizes, parameters: parameters)
                let box = run.dropFirst().reduce(boxes[run[0]]) { $0.union(boxes[$1]) }
                stamps.append(Self.stampLine(text, box: box, size: sizes[run[0]], page: page.number, turned: false))
            }
            if !runs.isEmpty {
                let removed = Set(runs.joined().map { inMargin[$0] })
                items = items.indices.filter { !removed.contains($0) }.map { items[$0] }
            }
        }
        let turned = joiningTurnedRuns(items, page: page)
        return textLines(turned.items, page: page) + stamps + turned.marginLines
    }

    /// A line of text set vertically in the margin, one word (`.stamp`).
    private static func stampLine(_ text: String, box: Rect, size: Double, page: Int, turned: Bool) -> Line {
        let word = Word(text: text, box: box, fontSize: size, isBold: false, isItalic: false, isSuperscript: false,
                        gapBefore: 0, isTurned: turned)
        return Line(page: page, words: [word], box: box, fontSize: size, bottom: box.y1, margin: .stamp)
    }

    /// `items` with each run of glyphs turned a quarter (`TurnedText`) replaced by one item
    /// standing for the run, in the run's place in content order; a run in the outer margin
    /// that reads as furniture is a margin line instead: the page number "34/34" set sideways
    /// beside the landscape annex of A/80/630 (p. 34), too short for a stamp.
    private func joiningTurnedRuns(_ items: [Item], page: Page) -> (items: [Item], marginLines: [Line]) {
        let runs = TurnedText.runs(items, parameters: parameters)
        guard !runs.isEmpty else { return (items, []) }
        let margin = page.width * parameters.marginWidth
        var joined: [Item] = []
        var marginLines: [Line] = []
        joined.reserveCapacity(items.count)
        var next = 0
        for run in runs {
            joined += items[next..<run[0]]
            next = run[run.count - 1] + 1
            var item = items[run[0]]
            item.glyph = TurnedText.glyph(ofRun: run, items)
            item.isTurned = true
            let box = item.glyph.box
            if box.x1 < margin || box.x0 > page.width - margin, FurnitureText.kind(of: item.glyph.text) != nil {
                marginLines.append(Self.stampLine(item.glyph.text, box: box, size: item.size, page: page.number, turned: true))
            } else {
                joined.append(item)
            }
        }
        return (joined + items[next...], marginLines)
    }

    /// The drawing-order numbers of the lams that open a lam-alef ligature Poppler split in two
    /// (`RightToLeft.isLamAlefPair`). A pair is a ligature
    /// - when an alef is drawn just right of it: read as two glyphs it would give two alefs in a
    ///   row ("االقتصادية", "األمم" in E/ESCWA/30/6), which Arabic never writes; or
    /// - when its two boxes have equal widths (Poppler splits a glyph evenly) and its alef has no
    ///   madda, unless lone lams
    ///   and alefs of the page (outside any pair) have those same widths at 0.001 em: the final
    ///   alef and medial lam of "الصالح" (E/ESCWA/30/6, page 2) are both 0.234 em wide.
    private func lamAlefLigatures(_ items: [Item]) -> Set<Int> {
        let scale = parameters.ligatureWidthScale, touch = parameters.touchTolerance
        func adjacent(_ k: Int) -> Bool { items[k + 1].order == items[k].order + 1 }
        var pairs: [Int] = []
        for k in items.indices.dropLast() where adjacent(k)
            && RightToLeft.isLamAlefPair(items[k].glyph.text, items[k].glyph.box, items[k + 1].glyph.text, items[k + 1].glyph.box, touch: touch) {
            pairs.append(k)
        }
        guard !pairs.isEmpty else { return [] }
        let inPair = Set(pairs + pairs.map { $0 + 1 })
        // A glyph's letter (lam or one of the alefs, by canonical equivalence) and its width in
        // thousandths of an em: the letter as its index in `members` instead of a string made
        // of the text and the width (which hashed by canonical equivalence).
        struct WidthKey: Hashable { let member: Int, width: Int }
        let members = ["\u{0644}"] + RightToLeft.alefs.sorted()
        func width(_ it: Item) -> Int { Int((it.glyph.box.width / max(it.size, 1) * scale).rounded()) }
        let lone = Set(items.indices.compactMap { k -> WidthKey? in
            guard !inPair.contains(k), let m = Self.lamOrAlef(items[k].glyph.text, members) else { return nil }
            return WidthKey(member: m, width: width(items[k]))
        })
        func isLone(_ k: Int) -> Bool {
            Self.lamOrAlef(items[k].glyph.text, members).map { lone.contains(WidthKey(member: $0, width: width(items[k]))) } ?? false
        }
        return Set(pairs.filter { k in
            if k + 2 < items.count, adjacent(k + 1), Self.lamOrAlef(items[k + 2].glyph.text, members).map({ $0 > 0 }) ?? false,
               abs(items[k + 1].glyph.box.x1 - items[k + 2].glyph.box.x0) < touch { return true }
            // Tanween fath sits on an alef (Arabic writes it after a lam only with an alef):
            // drawn just left of the pair, it closes "أولاً" (firstly, heading "أولاً-" of
            // E/ESCWA/EDID/2017/IG.2/8, whose halves differ in width by 0.02 pt).
            if k > 0, adjacent(k - 1), items[k - 1].glyph.text == RightToLeft.fathatan,
               abs(items[k - 1].glyph.box.x1 - items[k].glyph.box.x0) < touch { return true }
            // Alef madda opens words ("آليات", E/ESCWA/2017/EC.4/4): after a lam it is a ligature
            // only behind the article's alef ("الآن"), which the rule above takes.
            if items[k + 1].glyph.text == "\u{0622}" { return false }
            let (a, b) = (items[k].glyph.box, items[k + 1].glyph.box)
            return abs(a.width - b.width) < touch && !(isLone(k) && isLone(k + 1))
        }.map { items[$0].order })
    }

    /// The index in `members` (lam, then the alefs) of the letter `text` is canonically
    /// equivalent to, or nil. Any such text opens with the bytes of U+0644, U+0622, U+0623,
    /// U+0625 or U+0627: asked first, so that only those glyphs are compared by canonical
    /// equivalence, and that after a byte-for-byte match.
    private static func lamOrAlef(_ text: String, _ members: [String]) -> Int? {
        var bytes = text.utf8.makeIterator()
        guard let b0 = bytes.next(), let b1 = bytes.next(),
              b0 == 0xD9 ? b1 == 0x84 : b0 == 0xD8 && (b1 == 0xA2 || b1 == 0xA3 || b1 == 0xA5 || b1 == 0xA7) else { return nil }
        return members.firstIndex { $0.utf8.elementsEqual(text.utf8) } ?? members.firstIndex(of: text)
    }

    /// Left to right by left edge; at one left edge the narrower box first: a mark of no width
    /// where its letter begins lies left of the letter (and is read after it from the right).
    static func leftOf(_ a: Rect, _ b: Rect) -> Bool { a.x0 != b.x0 ? a.x0 < b.x0 : a.width < b.width }

    private func textLines(_ items: [Item], page: Page) -> [Line] {
        let ligatures = lamAlefLigatures(items)
        // On a page of Arabic text, a line holding Arabic reads right to left even when Latin
        // letters outnumber its Arabic ones (a symbol "E/ESCWA/2017/EC.4/4(Part II)" cited at the
        // end of a short Arabic line, E/ESCWA/2017/EC.4/4).
        // The texts taken out by a borrowing map: a lazy map copies each whole item.
        // A page without a byte of a right-to-left scalar has no right-to-left letter to count.
        let arabicPage = items.contains { RightToLeft.mayHoldRightToLeft($0.glyph.text) }
            && RightToLeft.isRightToLeftLine(items.map { $0.glyph.text })
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
            while k >= 0 && k >= rows.count - parameters.rowLookBack {
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
        mergeRowsUnderRaisedMarkers(&rows, &rowBoxes, items)
        separatingOverdrawnGlyphs(&rows, items)
        let layout = columnLayout(items, width: page.width, height: page.height)
        // A page whose columns change down the page has no gutter of its own: its bands have. A
        // page whose gutter runs the whole height may have more columns above a table across
        // the page (Federal Register 2020-17221 p. 5: three columns over "Estimated costs",
        // whose figures fill the second gutter): its bands count then.
        var bands = columnBands(rows, items, width: page.width, body: layout.band, rightToLeft: arabicPage)
        if !layout.gutters.isEmpty && !bands.contains(where: { $0.gutters.count > layout.gutters.count }) { bands = [] }
        let split = { (bands: [ColumnBand]) in
            self.splitRows(rows, items, page: page.number, ligatures: ligatures, arabicPage: arabicPage) { row in
                bands.isEmpty ? layout.gutters : ColumnBand.gutters(at: items[row[0]].glyph.box.midY, in: bands)
            }
        }
        var lines = split(bands)
        // A band that reads as a table keeps its rows whole, as on a page without columns.
        let tables = bands.filter { band in isTable(lines.filter { band.range.contains($0.box.midY) }, gutters: band.gutters) }
        if !tables.isEmpty {
            bands.removeAll { tables.contains($0) }
            lines = split(bands)
        }
        lines.sort { a, b in
            if abs(a.bottom - b.bottom) > 0.5 * min(a.fontSize, b.fontSize) { return a.bottom < b.bottom }
            return a.box.x0 < b.box.x0
        }
        if !bands.isEmpty { return bandOrder(lines, bands: bands, body: layout.band, rightToLeft: arabicPage) }
        guard !layout.gutters.isEmpty, !blocksAlignAcrossGutter(lines, gutters: layout.gutters, band: layout.band) else { return lines }
        return Self.columnOrder(lines, gutters: layout.gutters, band: layout.band)
    }

    /// The lines of `rows` (indexes into `items`, each row sorted left to right here): a row is
    /// split where a horizontal gap is wider than `columnGap` em, and where it crosses one of
    /// the `gutters` its first glyph's row has, unless a glyph of the row lies inside a
    /// gutter (a title across the columns, a running head).
    private func splitRows(_ rows: [[Int]], _ items: [Item], page: Int, ligatures: Set<Int>, arabicPage: Bool,
                           gutters: ([Int]) -> [ClosedRange<Double>]) -> [Line] {
        func rowSpans(_ row: [Int], _ gutters: [ClosedRange<Double>]) -> Bool {
            row.contains { i in
                let b = items[i].glyph.box
                return gutters.contains { b.x0 < $0.upperBound - 1 && b.x1 > $0.lowerBound + 1 }
            }
        }
        var lines: [Line] = []
        for row in rows {
            let sorted = row.sorted { Self.leftOf(items[$0].glyph.box, items[$1].glyph.box) }
            let gutters = gutters(row)
            // Once per row, not per glyph pair (it scans the whole row); nothing to ask of a page
            // without gutters.
            let spans = !gutters.isEmpty && rowSpans(row, gutters)
            var segment: [Int] = []
            for i in sorted {
                if let last = segment.last {
                    let a = items[last].glyph.box, b = items[i].glyph.box
                    let gap = b.x0 - a.x1
                    let crossesGutter = !spans
                        && gutters.contains { $0.lowerBound >= a.x1 - 1 && $0.upperBound <= b.x0 + 1 }
                    if crossesGutter || gap > parameters.columnGap * min(items[i].size, items[last].size) {
                        if let line = makeLine(segment.map { items[$0] }, page: page, ligatures: ligatures, arabicPage: arabicPage) { lines.append(line) }
                        segment = []
                    }
                }
                segment.append(i)
            }
            if let line = makeLine(segment.map { items[$0] }, page: page, ligatures: ligatures, arabicPage: arabicPage) { lines.append(line) }
        }
        return lines
    }

    /// Reading order on a multi-column page: lines that span the columns cut the page into
    /// sections; within a section, each column from top to bottom, left column first, or right
    /// column first where most lines read right to left (ESCWA_EDID_2018_1_SUMMARY in Arabic,
    /// p. 8: the section "1. السياق العالمي" opens the right column).
    /// - Parameters:
    ///   - lines: the page's lines, top to bottom.
    ///   - gutters: the x-ranges between columns (PDF points).
    ///   - band: the y-range of the body between the header and footer bands (PDF points).
    ///   - rightToLeft: whether the right column comes first; by default, when most lines
    ///     read right to left.
    static func columnOrder(_ lines: [Line], gutters: [ClosedRange<Double>], band: ClosedRange<Double>,
                            rightToLeft: Bool? = nil) -> [Line] {
        let rightToLeft = rightToLeft ?? (lines.reduce(0) { $0 + ($1.isRightToLeft ? 1 : 0) } * 2 > lines.count)
        var ordered: [Line] = []
        var section: [Line] = []
        func flush() {
            let column = { (l: Line) in gutters.filter { $0.upperBound <= l.box.x0 + 1 }.count }
            ordered += section.enumerated().sorted {
                let (a, b) = (column($0.element), column($1.element))
                return a != b ? (rightToLeft ? a > b : a < b) : $0.offset < $1.offset
            }.map(\.element)
            section = []
        }
        for l in lines {
            // Read right column first, a line of the header or footer band (the running header
            // "E/ESCWA/30/18/Report" over the left column of an Arabic list of participants,
            // p. 55) stands outside the columns; read left column first, it comes first as it is.
            if gutters.contains(where: { l.box.x0 < $0.lowerBound && l.box.x1 > $0.upperBound })
                || (rightToLeft && !band.contains(l.box.midY)) {
                flush()
                ordered.append(l)
            } else {
                section.append(l)
            }
        }
        flush()
        return ordered
    }

    /// Takes out of each row the glyphs drawn over its text: larger than the row's most common
    /// size by more than `LayoutParameters.overlappingSizeShare` and covering more than half the
    /// width of one of its glyphs of that size. They make a row of their own (two glyphs of one
    /// line never stand on each other). Only rows that hold such a size scan their glyphs.
    private func separatingOverdrawnGlyphs(_ rows: inout [[Int]], _ items: [Item]) {
        var added: [[Int]] = []
        for r in rows.indices where rows[r].count > 1 {
            // Most rows hold one size, or sizes within the share of each other: nothing to count.
            var (smallest, largest) = (Double.infinity, 0.0)
            for i in rows[r] { smallest = min(smallest, items[i].size); largest = max(largest, items[i].size) }
            guard largest > smallest * (1 + parameters.overlappingSizeShare) else { continue }
            var count: [Double: Int] = [:]
            for i in rows[r] { count[items[i].size, default: 0] += 1 }
            guard count.count > 1, let common = count.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key
            else { continue }
            let large = { (i: Int) in items[i].size > common * (1 + self.parameters.overlappingSizeShare) }
            guard rows[r].contains(where: large) else { continue }
            let under = rows[r].filter { items[$0].size == common }
            let over = rows[r].filter { i in
                guard large(i) else { return false }
                let box = items[i].glyph.box
                return under.contains { j in
                    let other = items[j].glyph.box
                    let narrower = min(box.width, other.width)
                    return narrower > 0 && min(box.x1, other.x1) - max(box.x0, other.x0) > 0.5 * narrower
                }
            }
            guard !over.isEmpty else { continue }
            let taken = Set(over)
            rows[r].removeAll { taken.contains($0) }
            added.append(over)
        }
        rows += added
    }

    /// Joins to a row the rows after it that belong to its line when the row was started by a
    /// raised footnote marker: rows are found in order of the glyphs' vertical centres, so the
    /// "*" over the small-capital heading "C. STRATEGY*" (E/ESCWA/EDID/2017/IG.3/10 p. 5) starts
    /// a row with its own small box, "C. S" (11 pt) joins it and "TRATEGY" (9 pt), overlapping
    /// the marker too little, would start another. The row's full-size glyphs decide instead.
    private func mergeRowsUnderRaisedMarkers(_ rows: inout [[Int]], _ rowBoxes: inout [Rect], _ items: [Item]) {
        var t = 0
        while t < rows.count {
            defer { t += 1 }
            guard let body = bodyBoxUnderRaisedMarker(rows[t], items) else { continue }
            var u = t + 1
            while u < rows.count && u <= t + parameters.rowLookBack {
                let r = rowBoxes[u]
                let overlap = min(r.y1, body.y1) - max(r.y0, body.y0)
                if overlap >= parameters.sameLineOverlap * min(r.height, body.height) {
                    rows[t] += rows[u]
                    rows.remove(at: u); rowBoxes.remove(at: u)
                } else {
                    u += 1
                }
            }
        }
    }

    /// The box of a row's full-size glyphs when its first glyph is a raised marker: at most
    /// `rowMarkerGlyphs` glyphs of superscript size whose bottoms lie above the full-size
    /// glyphs' bottom by `markerRaise` of their height; `nil` for any other row.
    private func bodyBoxUnderRaisedMarker(_ row: [Int], _ items: [Item]) -> Rect? {
        guard row.count > 1, let largest = row.max(by: { items[$0].size < items[$1].size }) else { return nil }
        let full = items[largest]
        func isMarker(_ k: Int) -> Bool {
            items[k].size <= parameters.superscriptSize * full.size
                && items[k].glyph.box.y1 < full.glyph.box.y1 - parameters.markerRaise * full.glyph.box.height
        }
        guard isMarker(row[0]) else { return nil }
        let markers = row.filter(isMarker)
        guard markers.count <= parameters.rowMarkerGlyphs else { return nil }
        return row.filter { !isMarker($0) }.map { items[$0].glyph.box }.reduce(full.glyph.box) { $0.union($1) }
    }

    /// Whether a page with one gutter is a table of two text columns rather than a page set in
    /// columns: each block of the left side (a run of lines with no gap of `tableBlockGap` em)
    /// starts on the baseline where a block of the right side starts, at least
    /// `tableAlignedBlocks` times. The request/action table of A/80/628 runs over page 38 with
    /// its rows at 97.9, 177.9, 326.0 and 405.9 pt on both sides; read as columns, each request
    /// came before all the actions. Running text in columns has no such rows.
    /// Lines outside the body `band` (running heads, page numbers) do not count.
    func blocksAlignAcrossGutter(_ lines: [Line], gutters: [ClosedRange<Double>], band: ClosedRange<Double>) -> Bool {
        guard gutters.count == 1, let gutter = gutters.first else { return false }
        let lines = lines.filter { band.contains($0.box.midY) }
        let blocks = alignedBlocks(lines.filter { $0.box.x1 <= gutter.lowerBound + 1 }, lines.filter { $0.box.x0 >= gutter.upperBound - 1 })
        return blocks.aligned >= parameters.tableAlignedBlocks && blocks.aligned == blocks.left
    }

    /// How many blocks of the `left` lines (`blockTops`) start within a point of where a block
    /// of the `right` lines starts, and how many blocks the left and the right lines make.
    func alignedBlocks(_ left: [Line], _ right: [Line]) -> (aligned: Int, left: Int, right: Int) {
        let leftTops = blockTops(left), rightTops = blockTops(right)
        return (leftTops.filter { top in rightTops.contains { abs($0 - top) <= 1 } }.count, leftTops.count, rightTops.count)
    }

    /// The tops of the blocks of `column` (PDF points): its lines top to bottom, a block opening
    /// after a gap wider than `tableBlockGap` em of the line above.
    func blockTops(_ column: [Line]) -> [Double] {
        var tops: [Double] = []
        var previous: Line?
        for line in column.sorted(by: { $0.box.y0 < $1.box.y0 }) {
            if let p = previous, line.box.y0 - p.box.y1 <= parameters.tableBlockGap * p.fontSize { previous = line; continue }
            tops.append(line.box.y0)
            previous = line
        }
        return tops
    }

    /// The gutters of a page set in columns (the Federal Register's three): x-ranges no glyph
    /// touches across the body band of the page, with running text on both sides. Aligned table
    /// columns do not count: their rows hold a word or two, not text.
    private func columnLayout(_ items: [Item], width: Double, height: Double)
        -> (gutters: [ClosedRange<Double>], band: ClosedRange<Double>) {
        let band = (height * parameters.headerBand)...(height * (1 - parameters.footerBand))
        // Label strips are joined to their columns only in bands (`columnBands`): across a whole
        // page a narrow column of figures ("8", "5", "Yes" in the output table of A/80/590
        // p. 15) would join the remarks beside it, and the table would be read as columns.
        return (gutters(items, width: width, band: band, minRows: parameters.columnMinRows, rightToLeft: nil), band)
    }

    /// The gutters between the columns of running text inside the y-range `band` (PDF points,
    /// origin top-left): x-ranges at least `gutterWidth` wide that no glyph centred in the band
    /// touches, with at least `minRows` rows of running text in every column; empty when the
    /// band is not set in columns, or when a strip of the outer margins stands more than
    /// `maxMarginGutter` points off the text (a table's first column, not a label).
    func gutters(_ items: [Item], width: Double, band: ClosedRange<Double>, minRows: Int, rightToLeft: Bool?,
                 maxMarginGutter: Double = .infinity) -> [ClosedRange<Double>] {
        guard let open = openGutters(items, width: width, band: band, minGlyphs: parameters.columnMinGlyphs, rightToLeft: rightToLeft),
              !open.gutters.isEmpty, open.marginGutter <= maxMarginGutter else { return [] }
        let gutters = open.gutters
        // Each column must hold running text: many rows, several words a row on average.
        let edges = [open.left] + gutters.map(\.lowerBound) + [open.right]
        for k in 0..<(edges.count - 1) {
            let lo = k == 0 ? edges[0] : gutters[k - 1].upperBound, hi = edges[k + 1]
            let column = items.filter { band.contains($0.glyph.box.midY) && $0.glyph.box.x0 >= lo - 1 && $0.glyph.box.x1 <= hi + 1 }
            let rows = Set(column.map { ($0.glyph.box.midY / parameters.columnRowBin).saturatingInt(.towardZero) }).count
            let chars = column.count
            let columnWidth = hi - lo
            if rows < minRows || columnWidth < width * parameters.columnMinWidthShare
                || Double(chars) / Double(max(rows, 1)) < parameters.columnMinGlyphsPerRow {
                return []
            }
        }
        return gutters
    }

    /// The x-ranges at least `gutterWidth` wide (PDF points) that no glyph centred in `band`
    /// touches, between the text's outer edges `left` and `right`, without the strips of the
    /// outer margins (`columnMinWidthShare`) and with label strips joined to their columns
    /// (`joiningLabelStrips`, unless `rightToLeft` is nil), or every such x-range when `raw`;
    /// `marginGutter` is the widest gap (PDF points) between a dropped
    /// strip and the text. Nil when the band holds no more than `minGlyphs` glyphs.
    func openGutters(_ items: [Item], width: Double, band: ClosedRange<Double>, minGlyphs: Int, rightToLeft: Bool?,
                     raw: Bool = false) -> (gutters: [ClosedRange<Double>], left: Double, right: Double, marginGutter: Double)? {
        // Each glyph covers the whole points lo...hi (its box shrunk by half a point each side);
        // a gutter is a run of uncovered whole points between the first and last covered one.
        // Computed from the sorted intervals, not one counter per point: memory follows the
        // glyph count, never the page width.
        let bins = max(1, width.saturatingInt(.up))
        var spans: [(lo: Int, hi: Int)] = []
        for k in items.indices where band.contains(items[k].glyph.box.midY) {
            let box = items[k].glyph.box
            let lo = max(0, (box.x0 + 0.5).saturatingInt(.down))
            let hi = min(bins - 1, (box.x1 - 0.5).saturatingInt(.up))
            spans.append((lo, hi))
        }
        let inBand = spans.count
        spans = spans.filter { $0.lo <= $0.hi }.sorted { $0.lo < $1.lo }
        guard inBand > minGlyphs, let firstSpan = spans.first else { return nil }
        let first = firstSpan.lo
        var last = firstSpan.hi
        var gutters: [ClosedRange<Double>] = []
        for span in spans.dropFirst() {
            let start = last + 1
            if span.lo > start, Double(span.lo - start) >= parameters.gutterWidth {
                gutters.append(Double(start)...Double(span.lo))
            }
            last = max(last, span.hi)
        }
        // Text in the outer margins (a stamp, line numbers) is not a column: drop gutters that
        // only separate such a narrow strip from the text.
        var left = Double(first), right = Double(last) + 1, marginGutter = 0.0
        if raw { return (gutters, left, right, marginGutter) }
        while let g = gutters.first, g.lowerBound - left < width * parameters.columnMinWidthShare {
            left = g.upperBound
            marginGutter = max(marginGutter, g.upperBound - g.lowerBound)
            gutters.removeFirst()
        }
        while let g = gutters.last, right - g.upperBound < width * parameters.columnMinWidthShare {
            right = g.lowerBound
            marginGutter = max(marginGutter, g.upperBound - g.lowerBound)
            gutters.removeLast()
        }
        if let rightToLeft {
            gutters = Self.joiningLabelStrips(gutters, left: left, right: right, minWidth: width * parameters.columnMinWidthShare,
                                              rightToLeft: rightToLeft)
        }
        return (gutters, left, right, marginGutter)
    }

    /// The gutters left when each strip narrower than `minWidth` (PDF points) between two of
    /// them joins the column its labels open: the numbers "4." to "6." hang 10 pt left of their
    /// notes in the middle column of endnotes (E/ESCWA/SDD/2017/Technical Paper.8, p. 4), so the
    /// gap right of them is no gutter; right to left, labels hang on the right.
    /// `left` and `right` are the text's outer edges (PDF points).
    static func joiningLabelStrips(_ gutters: [ClosedRange<Double>], left: Double, right: Double, minWidth: Double,
                                   rightToLeft: Bool) -> [ClosedRange<Double>] {
        var gutters = gutters
        var k = 1
        while k < gutters.count {
            if gutters[k].lowerBound - gutters[k - 1].upperBound < minWidth {
                gutters.remove(at: rightToLeft ? k - 1 : k)
            } else {
                k += 1
            }
        }
        return gutters
    }

    /// The word-gap threshold (em) of a tightly justified line, or nil: where most of the gaps
    /// at which Poppler's text breaks words are narrower than `wordGap` but at least
    /// `tightWordGapFloor`, those breaks are the line's word spaces (`tightWordGapShare`).
    private func tightWordGap(_ glyphs: [Item]) -> Double? {
        var gaps: [Double] = []
        for k in glyphs.indices.dropFirst() where glyphs[k].glyph.spaceBefore {
            let size = min(glyphs[k - 1].size, glyphs[k].size)
            guard size > 0 else { continue }
            let (a, b) = (glyphs[k - 1].glyph.box, glyphs[k].glyph.box)
            gaps.append(max(b.x0 - a.x1, a.x0 - b.x1) / size)
        }
        guard gaps.count >= parameters.tightWordGapMinBreaks else { return nil }
        gaps.sort()
        let median = gaps[gaps.count / 2]
        guard median < parameters.wordGap, median >= parameters.tightWordGapFloor else { return nil }
        return median * parameters.tightWordGapShare
    }

    /// A paragraph label set without its space ("(mm)Designing", A/RES/78/181) becomes a word of
    /// its own: a bracketed label of one to four letters or digits opening the line, followed by
    /// a capital letter.
    func splitGluedLabel(_ words: [Word]) -> [Word] {
        guard let first = words.first, first.text.hasPrefix("("), let close = first.text.firstIndex(of: ")") else { return words }
        let label = first.text[...close]
        let rest = first.text[first.text.index(after: close)...]
        guard (parameters.gluedLabelMinLength...parameters.gluedLabelMaxLength).contains(label.count), label.dropFirst().dropLast().allSatisfy({ $0.isLetter || $0.isNumber }),
              let initial = rest.first, initial.isUppercase else { return words }
        let share = Double(label.count) / Double(first.text.count)
        let split = first.box.x0 + first.box.width * share
        var head = first, tail = first
        head.text = String(label)
        head.box.x1 = split
        tail.text = String(rest)
        tail.box.x0 = split
        tail.gapBefore = 0
        return [head, tail] + words.dropFirst()
    }

    /// A left-to-right line of a right-to-left page whose last word is a number label drawn
    /// as ".1" (the full stop on the left, where a right-to-left label puts it) opens with
    /// that label, read "1.": the page's list labels stand at the right edge of the column,
    /// also before a note set in Latin ("Bryan A. Garner, ed., Black’s Law" with ".1" at its
    /// right, E/ESCWA/SDD/2017/Technical Paper.8, Arabic, p. 4; the URLs of notes 1, 2, 4 and 5
    /// of ESCWA/EDID/2018/1/Summary, Arabic, p. 19).
    static func rightEdgeLabelFirst(_ words: [Word]) -> [Word] {
        guard words.count > 1, let last = words.last, isRightEdgeLabel(last.text) else { return words }
        var label = last
        label.text = last.text.dropFirst() + "."
        label.gapBefore = 0
        var rest = Array(words.dropLast())
        rest[0].gapBefore = last.gapBefore
        return [label] + rest
    }

    /// Whether `glyphs` spell a number label, "1." to "999.".
    static func isNumberLabel(_ glyphs: ArraySlice<Item>) -> Bool {
        guard (2...4).contains(glyphs.count), glyphs.last?.glyph.text == "." else { return false }
        return glyphs.dropLast().allSatisfy { $0.glyph.text.count == 1 && $0.glyph.text.first!.isASCII && $0.glyph.text.first!.isNumber }
    }

    /// ".1" to ".999": a number label as a right-to-left page draws it.
    static func isRightEdgeLabel(_ text: String) -> Bool {
        text.first == "." && (2...4).contains(text.count) && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A Latin line of a right-to-left page that opens with closing punctuation right before
    /// a letter (".monetarypolicy/openmarket.htm", ".)Thomson Reuters Pvt. Ltd., 2014"): the
    /// page draws a left-to-right line of a right-to-left paragraph with the punctuation that
    /// ends it on its left, the paragraph's end side (the notes of ESCWA/EDID/2018/1/Summary
    /// and E/ESCWA/SDD/2017/Technical Paper.8, Arabic; 108 words in 30 Arabic files). The
    /// punctuation ends the line, in reading order (".)" → ")."). A line holding "(" after a
    /// leading ")" is a mirrored pair (".)E/ESCWA/EDID/2017/IG.2/9/Report(") and stays; a
    /// note number standing at the line's end (")1(", "(10)", ".16") stays last.
    static func closingPunctuationLast(_ words: [Word]) -> [Word] {
        guard let first = words.first, let opening = first.text.first, ".,;:)".contains(opening) else { return words }
        // A slash after the opening mark is the address's own last character ("./resources/…"
        // for "…/resources/resource/gas/.", note 12 of the same page).
        let lead = first.text.prefix { ".,;:)/".contains($0) }
        guard (1...3).contains(lead.count), let after = first.text.dropFirst(lead.count).first, after.isLetter,
              !(lead.contains(")") && words.contains { $0.text.contains("(") }) else { return words }
        var out = words
        out[0].text = String(first.text.dropFirst(lead.count))
        // Before the note number at the right end (")1(" of E/ESCWA/EDID/2017/IG.1/8, Arabic:
        // "(Geneva, 2015)." then the number).
        let end = words[words.count - 1].text
        let numbered = words.count > 1
            && (isRightEdgeLabel(end) || PageZoner.parenthesisedMarker(end) ?? PageZoner.mirroredMarker(end) != nil)
        let last = numbered ? words.count - 2 : words.count - 1
        out[last].text += String(lead.reversed())
        return out
    }

    /// Fake bold: some producers draw each glyph twice, a fraction of a point apart. The copy
    /// (same text, box shifted by under a fifth of its width) is dropped.
    private func dropFakeBold(_ glyphs: [Item]) -> [Item] {
        // Most lines have no copy: then no glyph follows one it copies, and the line is kept
        // as it is rather than copied item by item.
        guard glyphs.indices.dropFirst().contains(where: { isFakeBoldCopy(glyphs[$0], of: glyphs[$0 - 1]) }) else { return glyphs }
        var out: [Item] = []
        out.reserveCapacity(glyphs.count)
        // By index: iterating or taking `out.last` would copy whole items.
        for k in glyphs.indices {
            if !out.isEmpty, isFakeBoldCopy(glyphs[k], of: out[out.count - 1]) { continue }
            out.append(glyphs[k])
        }
        return out
    }

    /// Whether `item` is the fake-bold copy of the glyph `kept`: the same text, its box shifted by
    /// under `fakeBoldShift` of its size.
    private func isFakeBoldCopy(_ item: Item, of kept: Item) -> Bool {
        let shift = parameters.fakeBoldShift
        let (g, k) = (item.glyph.box, kept.glyph.box)
        // The boxes first: comparing texts costs a normalizing comparison on Arabic glyphs.
        return abs(k.x0 - g.x0) < shift * max(g.width, 0.5) && abs(k.y1 - g.y1) < shift * max(g.height, 0.5)
            && kept.glyph.text == item.glyph.text
    }

    /// "(" + superscript "1" + ")" — footnote markers of EU acts, set as "( ¹ )" — become one
    /// superscript word "1".
    static func collapseBracketedMarkers(_ words: [Word]) -> [Word] {
        guard words.count >= 3, words.contains(where: \.isSuperscript) else { return words }  // lint: "(", marker, ")"
        // A line with a raised marker but no bracketed one (most lines with a footnote marker)
        // is kept as it is, not copied word by word into a list grown by appending.
        guard words.indices.dropLast(2).contains(where: {
            words[$0].text == "(" && words[$0 + 1].isSuperscript && words[$0 + 2].text.hasPrefix(")")
        }) else { return words }
        var out: [Word] = []
        out.reserveCapacity(words.count)
        var i = 0
        while i < words.count {
            if i + 2 < words.count, words[i].text == "(", words[i + 1].isSuperscript, words[i + 2].text.hasPrefix(")") {
                var marker = words[i + 1]
                marker.box = words[i].box.union(marker.box)
                marker.gapBefore = words[i].gapBefore
                out.append(marker)
                // Punctuation set after the bracket ("( ¹ ),") stays, as a word of its own.
                var rest = words[i + 2]
                rest.text.removeFirst()
                if !rest.text.isEmpty { rest.gapBefore = 0; out.append(rest) }
                i += 3  // lint: "(", marker, ")"
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out
    }

    /// The words of a line holding right-to-left text, given as drawn (left to right), in
    /// reading order. The directions of the glyphs are resolved over the whole line, the gaps
    /// between words counting as neutral, so that the full stop drawn left of a symbol cited at
    /// the end of an Arabic sentence ends it: ".E/ESCWA/2017/EC.4/4(Part I)" as drawn reads
    /// "E/ESCWA/2017/EC.4/4(Part I)." (E/ESCWA/2017/EC.4/4, Arabic, page 1).
    private static func readingOrder(_ groups: [(items: [Item], sup: Bool)], rightToLeft: Bool) -> [(items: [Item], sup: Bool)] {
        // Tokens as (group, index in group), nil between words: no item is copied until the
        // words are made.
        var tokens: [(group: Int, index: Int)?] = []
        var texts: [String?] = []
        var directions: [RightToLeft.Direction] = []
        for (n, g) in groups.enumerated() {
            if !tokens.isEmpty { tokens.append(nil); texts.append(nil); directions.append(.neutral) }
            for (k, item) in g.items.enumerated() {
                tokens.append((n, k))
                texts.append(item.glyph.text)
                directions.append(RightToLeft.direction(of: item.glyph.text))
            }
        }
        directions = RightToLeft.pairBrackets(texts, directions, rightToLeft: rightToLeft)
        let order = rightToLeft ? RightToLeft.readingOrder(directions) : RightToLeft.leftToRightReadingOrder(directions)
        var out: [(items: [Item], sup: Bool)] = []
        var word: [Item] = []
        var sup = false
        for k in order {
            guard let t = tokens[k] else {
                if !word.isEmpty { out.append((word, sup)); word.removeAll(keepingCapacity: true) }
                continue
            }
            let tokenSup = groups[t.group].sup
            if !word.isEmpty && tokenSup != sup { out.append((word, sup)); word.removeAll(keepingCapacity: true) }
            if word.isEmpty { sup = tokenSup }
            word.append(groups[t.group].items[t.index])
        }
        if !word.isEmpty { out.append((word, sup)) }
        return out
    }

    /// One word of the items of `range`, in the order given; bold or italic when most glyphs are.
    /// The text is gathered as UTF-8 and made a string once (the same string as appending the
    /// glyphs' texts, without a string append per glyph).
    /// The items of `range` are read from the array in place (a slice's subscript copied each).
    private static func word(_ items: [Item], _ range: Range<Int>, isSuperscript: Bool) -> Word {
        let first = range.lowerBound
        var box = items[first].glyph.box
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        var bold = 0, italic = 0, turned = false
        for k in range {
            turned = turned || items[k].isTurned
            box = box.union(items[k].glyph.box)
            // Copied from the text's storage at once: appending the UTF-8 view went byte by byte.
            let text = items[k].glyph.text.utf8
            if text.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: text) }
            if items[k].isBold { bold += 1 }
            if items[k].isItalic { italic += 1 }
        }
        return Word(text: String(decoding: bytes, as: UTF8.self), box: box, fontSize: items[first].size, isBold: bold * 2 > range.count,
                    isItalic: italic * 2 > range.count, isSuperscript: isSuperscript, gapBefore: 0, isTurned: turned)
    }

    /// The word gap (em) between two glyphs of a line, `before` then `after`: `wordGap`, less
    /// after a closing quote; where Poppler broke the word there (`popplerBreak`), the line's
    /// tight gap if it has one, else `popplerBreakGap` before a letter or digit (not before "."
    /// or "-": "deductions.", "N-UNV" in i1040nr and A/80/605 stay whole), and
    /// `popplerCaseBreakGap` from a lower-case letter to a capital, where words almost never
    /// change case ("of Action", A/RES/78/163 p. 1, 0.149 em; "and Integration").
    private func wordGapThreshold(_ before: String, _ after: String, popplerBreak: Bool, tightGap: Double?) -> Double {
        var threshold = Self.isClosingQuote(before) ? parameters.wordGapAfterClosingQuote : parameters.wordGap
        guard popplerBreak else { return threshold }
        if let gap = tightGap { return min(threshold, gap) }
        if Self.opensWithLetterOrDigit(after) {
            threshold = min(threshold, parameters.popplerBreakGap)
            if Self.isCaseChange(before, after) { threshold = min(threshold, parameters.popplerCaseBreakGap) }
        }
        return threshold
    }

    /// Whether `before` ends in an ASCII lower-case letter and `after` opens with an ASCII
    /// capital (read from the bytes: two glyphs of every Poppler break are asked).
    static func isCaseChange(_ before: String, _ after: String) -> Bool {
        guard let a = before.utf8.last, let b = after.utf8.first else { return false }
        return (0x61...0x7A).contains(a) && (0x41...0x5A).contains(b)
    }

    /// Whether the first character of `text` is a letter or a digit; ASCII text is answered
    /// from its first byte, without the Unicode properties of a `Character`.
    static func opensWithLetterOrDigit(_ text: String) -> Bool {
        if let b = text.utf8.first, text.utf8.allSatisfy({ $0 < 0x80 }) {
            return (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
        }
        return text.first.map { $0.isLetter || $0.isNumber } == true
    }

    /// Glyphs left to right with each lam-alef ligature that Poppler split in two made one glyph
    /// again, its text lam + alef.
    private static func joinLamAlef(_ glyphs: [Item], ligatures: Set<Int>) -> [Item] {
        guard !ligatures.isEmpty else { return glyphs }
        var out: [Item] = []
        out.reserveCapacity(glyphs.count)
        for g in glyphs {
            if let last = out.last, ligatures.contains(last.order), g.order == last.order + 1,
               last.glyph.text.unicodeScalars.count == 1 {
                out[out.count - 1].glyph.text += g.glyph.text
                out[out.count - 1].glyph.box = last.glyph.box.union(g.glyph.box)
                continue
            }
            out.append(g)
        }
        return out
    }

    /// The size most of `glyphs` are set in (points, rounded by `fontSizeRoundingScale`); on a
    /// right-to-left line, most of its right-to-left glyphs. One pass over the glyphs.
    private func dominantSize(_ glyphs: [Item], rightToLeft: Bool) -> Double {
        var weight: [(size: Double, count: Int)] = []
        var rightToLeftWeight: [(size: Double, count: Int)] = []
        func count(_ size: Double, in weights: inout [(size: Double, count: Int)]) {
            if let i = weights.firstIndex(where: { $0.size == size }) { weights[i].count += 1 } else { weights.append((size, 1)) }
        }
        for k in glyphs.indices {
            let size = (glyphs[k].size * parameters.fontSizeRoundingScale).rounded() / parameters.fontSizeRoundingScale
            count(size, in: &weight)
            if rightToLeft && RightToLeft.holdsRightToLeft(glyphs[k].glyph.text) { count(size, in: &rightToLeftWeight) }
        }
        return (rightToLeftWeight.isEmpty ? weight : rightToLeftWeight)
            .max { $0.count != $1.count ? $0.count < $1.count : $0.size < $1.size }!.size
    }

    private func makeLine(_ segment: [Item], page: Int, ligatures: Set<Int>, arabicPage: Bool) -> Line? {
        guard !segment.isEmpty else { return nil }
        var glyphs = dropFakeBold(segment)
        // Whether the line holds a right-to-left scalar, asked once (a glyph without a byte that
        // may open one is answered from its bytes).
        let holdsRightToLeft = glyphs.contains { RightToLeft.holdsRightToLeft($0.glyph.text) }
        // Mirrored text (a negative horizontal scale, page 2 of pdfplumber's issue 848 sample)
        // draws Latin text right to left: its content order runs against x. Read it in content
        // order then, unless the script itself is written right to left.
        if glyphs.count >= parameters.mirroredMinGlyphs {
            let descending = glyphs.indices.dropFirst().filter { glyphs[$0 - 1].order > glyphs[$0].order }.count
            if !holdsRightToLeft && descending * parameters.mirroredDescendingWhole > (glyphs.count - 1) * parameters.mirroredDescendingPart {
                glyphs.reverse()
            }
        }
        // Right-to-left lines: the halves of a lam-alef ligature stay one glyph (see `RightToLeft`).
        let rightToLeft = holdsRightToLeft && (RightToLeft.isRightToLeftLine(glyphs.map { $0.glyph.text }) || arabicPage)
        // A left-to-right line with some Arabic in it reads each Arabic run from the right.
        let mixed = !rightToLeft && holdsRightToLeft
        if rightToLeft || mixed { glyphs = Self.joinLamAlef(glyphs, ligatures: ligatures) }
        // Dominant size by glyph count; a line has few distinct sizes, so a small list beats a dictionary.
        // A right-to-left line takes the size of its right-to-left glyphs: Arabic editions set
        // Latin words and digits smaller (11 pt in 14-pt text), and "لعام 2030(1)،", the last
        // line of a preambular paragraph at the foot of page 20 of E/ESCWA/30/18/Report
        // (Arabic), had the size of its notes.
        let lineSize = dominantSize(glyphs, rightToLeft: rightToLeft)
        // The bottoms of the main (not superscript-sized) glyphs, read without copying them.
        var bottoms: [Double] = []
        bottoms.reserveCapacity(glyphs.count)
        for k in glyphs.indices where glyphs[k].size >= lineSize * parameters.superscriptSize { bottoms.append(glyphs[k].glyph.box.y1) }
        bottoms.sort()
        let bottom = bottoms.isEmpty ? glyphs[0].glyph.box.y1 : bottoms[bottoms.count / 2]

        func isSuperscript(_ g: Item) -> Bool {
            g.size <= lineSize * parameters.superscriptSize
                && g.glyph.box.y1 < bottom - parameters.superscriptRise * lineSize
        }
        // Words as drawn, left to right: glyphs no more than a word gap apart.
        let tightGap = tightWordGap(glyphs)
        // Each word as the range of its glyphs: copying the glyphs into a buffer per word cost
        // a copy of each item.
        var groups: [(range: Range<Int>, sup: Bool)] = []
        var gaps: [Double] = [0]
        var start = 0
        var currentSup = false
        for k in glyphs.indices {
            let sup = isSuperscript(glyphs[k])
            if k > start {
                // The two glyphs' fields are read in place: copying the two items cost two
                // retains and releases a glyph.
                let (a, b) = (glyphs[k - 1].glyph.box, glyphs[k].glyph.box)
                let spaceBefore = glyphs[k].glyph.spaceBefore
                // Measured in the reading direction (mirrored lines run right to left).
                let gap = max(b.x0 - a.x1, a.x0 - b.x1)
                var threshold = wordGapThreshold(glyphs[k - 1].glyph.text, glyphs[k].glyph.text, popplerBreak: spaceBefore, tightGap: tightGap)
                // A Poppler break after the number label that opens the line: the section
                // headings of E/ESCWA/SDD/2017/Technical Paper.8 (English) leave 0.09 em
                // between "4." and "The Importance of a Legal Approach". Before a letter, on a
                // line read left to right ("13.6" ends an Arabic line drawn from the left).
                if spaceBefore, start == 0, !holdsRightToLeft, glyphs[k].glyph.text.first?.isLetter == true,
                   Self.isNumberLabel(glyphs[0..<k]) { threshold = 0 }
                if gap > threshold * min(glyphs[k].size, glyphs[k - 1].size) || sup != currentSup {
                    groups.append((start..<k, currentSup))
                    gaps.append(max(0, gap))
                    start = k
                }
            }
            if k == start { currentSup = sup }
        }
        if start < glyphs.count { groups.append((start..<glyphs.count, currentSup)) }
        var words: [Word]
        if rightToLeft || mixed {
            let drawn = groups.map { (items: Array(glyphs[$0.range]), sup: $0.sup) }
            words = Self.readingOrder(drawn, rightToLeft: rightToLeft).map { Self.word($0.items, $0.items.indices, isSuperscript: $0.sup) }
        } else {
            words = groups.map { Self.word(glyphs, $0.range, isSuperscript: $0.sup) }
        }
        for k in words.indices.dropFirst() {
            // In reading order the gap is between the word boxes; as drawn, between the glyphs
            // where the word broke.
            let a = words[k - 1].box, b = words[k].box
            words[k].gapBefore = rightToLeft || mixed ? max(0, b.x0 - a.x1, a.x0 - b.x1) : gaps[k]
        }
        words = splitGluedLabel(Self.collapseBracketedMarkers(words))
        if arabicPage && !rightToLeft {
            if !holdsRightToLeft { words = Self.closingPunctuationLast(words) }
            words = Self.rightEdgeLabelFirst(words)
        }
        var box = words[0].box
        for w in words { box = box.union(w.box) }
        return Line(page: page, words: words, box: box, fontSize: lineSize, bottom: bottom)
    }
}
