import Extraction

/// A stretch of a page, top to bottom, set in its own columns: a page of a bulletin whose two
/// columns of running text stop for a title across the page and give way to three columns of
/// endnotes (page 4 of E/ESCWA/SDD/2017/Technical Paper.8, in English and in Arabic).
struct ColumnBand: Sendable, Equatable {
    /// The band's y-range (PDF points, origin top-left).
    var range: ClosedRange<Double>
    /// The x-ranges between its columns (PDF points), left to right; never empty.
    var gutters: [ClosedRange<Double>]

    /// The gutters of the band holding `y` (PDF points), or none where no band holds it.
    static func gutters(at y: Double, in bands: [ColumnBand]) -> [ClosedRange<Double>] {
        bands.first { $0.range.contains(y) }?.gutters ?? []
    }
}

extension LineBuilder {
    /// The bands of a page set in columns that change down the page. The body's rows (glyphs
    /// grouped by vertical overlap, `rows` indexes `items`) are cut into stretches where a
    /// blank at least `bandGap` em high runs across the whole page; a stretch whose columns
    /// hold running text (`gutters(_:width:band:minRows:)` with `bandColumnMinRows`) is a band.
    /// Only the body between the header and footer bands (`body`) is cut; `rightToLeft` says
    /// on which side labels hang. Empty when no stretch is set in columns.
    func columnBands(_ rows: [[Int]], _ items: [Item], width: Double, body: ClosedRange<Double>, rightToLeft: Bool) -> [ColumnBand] {
        var extents: [(y0: Double, y1: Double, size: Double)] = rows.compactMap { row in
            let boxes = row.map { items[$0].glyph.box }
            guard let first = boxes.first, body.contains(first.midY) else { return nil }
            return (boxes.map(\.y0).min() ?? first.y0, boxes.map(\.y1).max() ?? first.y1, row.map { items[$0].size }.max() ?? 0)
        }
        guard !extents.isEmpty else { return [] }
        extents.sort { $0.y0 < $1.y0 }
        var stretches: [ClosedRange<Double>] = []
        var top = extents[0].y0, bottom = extents[0].y1, size = extents[0].size
        for e in extents.dropFirst() {
            if e.y0 - bottom >= parameters.bandGap * min(size, e.size) {
                stretches.append(top...bottom)
                top = e.y0
            }
            bottom = max(bottom, e.y1)
            size = e.size
        }
        stretches.append(top...bottom)
        guard stretches.count > 1 else { return [] }
        // Sorted once, each stretch's glyphs are a slice: filtering the page's glyphs for each
        // stretch cost a pass over the page per stretch, on every page without a gutter.
        let byMidY = items.sorted { $0.glyph.box.midY < $1.glyph.box.midY }
        var bands: [ColumnBand] = joiningAlignedStretches(stretches, byMidY, width: width).compactMap { stretch in
            let inside = Array(Self.centred(in: stretch, byMidY))
            let found = gutters(inside, width: width, band: stretch, minRows: parameters.bandColumnMinRows, rightToLeft: rightToLeft,
                                maxMarginGutter: parameters.bandMarginGutterMax)
            return found.isEmpty ? nil : ColumnBand(range: stretch, gutters: found)
        }
        if let last = bands.indices.last, bands[last].range.upperBound == stretches[stretches.count - 1].upperBound {
            bands[last].range = runningOn(bands[last], beyond: body, downwards: true, rows, items)
        }
        if let first = bands.indices.first, bands[first].range.lowerBound == stretches[0].lowerBound {
            bands[first].range = runningOn(bands[first], beyond: body, downwards: false, rows, items)
        }
        return bands
    }

    /// The range of the page's last band run on over the rows below the body that continue
    /// its columns (or of its first band over the rows above the body, when not `downwards`):
    /// each no further from the row before than a band's blank (`bandGap` em), no glyph of it
    /// in a gutter. The last row of the three columns of endnotes of ESCWA/EDID/2018/1/Summary
    /// (English and Arabic, p. 19, notes 7, 10 and 18) lies in the footer band; read whole, it
    /// ran the three notes into one line. The Federal Register's columns start in the header
    /// band, 58 pt from the top under a running head across the page (2020-17221 p. 5).
    func runningOn(_ band: ColumnBand, beyond body: ClosedRange<Double>, downwards: Bool,
                   _ rows: [[Int]], _ items: [Item]) -> ClosedRange<Double> {
        let outside: [(y0: Double, y1: Double, size: Double, row: [Int])] = rows.compactMap { row in
            guard let first = row.first else { return nil }
            let y = items[first].glyph.box.midY
            guard downwards ? y > body.upperBound : y < body.lowerBound else { return nil }
            let boxes = row.map { items[$0].glyph.box }
            return (boxes.map(\.y0).min()!, boxes.map(\.y1).max()!, row.map { items[$0].size }.max()!, row)
        }.sorted { downwards ? $0.y0 < $1.y0 : $0.y1 > $1.y1 }
        var edge = downwards ? band.range.upperBound : band.range.lowerBound
        for r in outside {
            let blank = downwards ? r.y0 - edge : edge - r.y1
            guard blank < parameters.bandGap * r.size,
                  r.row.allSatisfy({ k in !band.gutters.contains { $0.contains(items[k].glyph.box.midX) } }) else { break }
            edge = downwards ? max(edge, r.y1) : min(edge, r.y0)
        }
        return downwards ? band.range.lowerBound...edge : edge...band.range.upperBound
    }

    /// Consecutive stretches whose open x-ranges line up (as many, each overlapping the one
    /// above; `openGutters` raw, margins kept) made one: the rows of a table of two text
    /// columns are stretches of their own, and only all of them together show the table (the
    /// "Decision/request" table of A/80/628, p. 37, `isTable`); the first row of a list of
    /// participants in two columns ("Bahrain" beside "Mauritania", E/ESCWA/ECW/2017/IG.1/7/Report
    /// p. 18) belongs to the columns under it. A stretch with no open x-range (a title across
    /// the page) stands alone.
    /// `items` come sorted by vertical centre.
    func joiningAlignedStretches(_ stretches: [ClosedRange<Double>], _ items: [Item], width: Double) -> [ClosedRange<Double>] {
        var joined: [ClosedRange<Double>] = []
        var previous: [ClosedRange<Double>] = []
        for stretch in stretches {
            let inside = Array(Self.centred(in: stretch, items))
            let open = openGutters(inside, width: width, band: stretch, minGlyphs: 0, rightToLeft: nil, raw: true)?.gutters ?? []
            if let last = joined.last, !open.isEmpty, open.count == previous.count,
               zip(open, previous).allSatisfy({ $0.overlaps($1) }) {
                joined[joined.count - 1] = last.lowerBound...stretch.upperBound
            } else {
                joined.append(stretch)
            }
            previous = open
        }
        return joined
    }

    /// The items of `byMidY` (sorted by vertical centre) centred in `range` (PDF points).
    static func centred(in range: ClosedRange<Double>, _ byMidY: [Item]) -> ArraySlice<Item> {
        func firstIndex(where above: (Double) -> Bool) -> Int {
            var lo = 0, hi = byMidY.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if above(byMidY[mid].glyph.box.midY) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let start = firstIndex { $0 < range.lowerBound }
        let end = firstIndex { $0 <= range.upperBound }
        return byMidY[start..<max(start, end)]
    }

    /// Whether a band's `lines` are a table's rows rather than running text in columns: on the
    /// two sides of one of its `gutters`, at least `bandTableAlignedBlocks` blocks start on the
    /// same baseline (`blockTops`), and they are at least `bandTableAlignedShare` of the blocks
    /// of the side with fewer: each row label of a table has its figures beside it. The
    /// request and action columns of A/80/605 p. 58 start all their rows together, as do the
    /// outputs of A/80/590 p. 14 (3 of 3 beside 7 remarks); the two columns of text and the
    /// three of endnotes of E/ESCWA/SDD/2017/Technical Paper.8 p. 4 start together only at the
    /// top of their band, and the Federal Register's three columns (2020-17221 p. 5), set on
    /// one baseline grid, meet by chance in 2 of 3 blocks.
    func isTable(_ lines: [Line], gutters: [ClosedRange<Double>]) -> Bool {
        let edges = [-Double.infinity] + gutters.map(\.lowerBound) + [Double.infinity]
        let starts = [-Double.infinity] + gutters.map(\.upperBound)
        let columns = (0..<(edges.count - 1)).map { k in
            lines.filter { $0.box.x0 >= starts[k] - 1 && $0.box.x1 <= edges[k + 1] + 1 }
        }
        return zip(columns, columns.dropFirst()).contains { left, right in
            let aligned = alignedBlocks(left, right)
            let fewer = min(aligned.left, aligned.right)
            return aligned.aligned >= parameters.bandTableAlignedBlocks
                && Double(aligned.aligned) >= parameters.bandTableAlignedShare * Double(fewer)
        }
    }

    /// Reading order on a page with column bands: top to bottom, each band's lines column by
    /// column (`columnOrder`); bands that read as tables (`isTable`) are gone by now. `lines`
    /// come top to bottom; `body` is the page's band between header and footer (PDF points).
    /// On a page of Arabic text (`rightToLeft`) the right column comes first, whatever the
    /// script of a band's lines: the endnotes of the Arabic edition of
    /// E/ESCWA/SDD/2017/Technical Paper.8 (p. 4) are mostly English titles.
    func bandOrder(_ lines: [Line], bands: [ColumnBand], body: ClosedRange<Double>, rightToLeft: Bool) -> [Line] {
        var ordered: [Line] = []
        var k = 0
        while k < lines.count {
            guard let band = bands.first(where: { $0.range.contains(lines[k].box.midY) }) else {
                ordered.append(lines[k])
                k += 1
                continue
            }
            var inBand: [Line] = []
            while k < lines.count, band.range.contains(lines[k].box.midY) {
                inBand.append(lines[k])
                k += 1
            }
            // A band run on beyond the body (`runningOn`) reads its rows there as body too.
            let reach = min(body.lowerBound, band.range.lowerBound)...max(body.upperBound, band.range.upperBound)
            ordered += Self.columnOrder(inBand, gutters: band.gutters, band: reach, rightToLeft: rightToLeft)
        }
        return ordered
    }
}
