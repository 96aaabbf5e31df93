import Layout

/// The masthead of a document reproduced inside another: a later page whose top carries the
/// right-hand stack "Distr." / "LIMITED" / symbol / date / "ORIGINAL: ARABIC" of a document of
/// its own (the report of the 2018 Arab Forum on Sustainable Development,
/// E/ESCWA/RFSD/2018/6/Report, reproduced from page 2 of E/ESCWA/30/6, English and Arabic).
/// Read as body text, its stack ended the last paragraph of page 1. Its lines are header lines
/// of that document: no metadata field of this one holds them, so they are kept as
/// `headerLine` furniture.
enum ReproducedMasthead {
    /// Indices of `lines` (body lines in reading order, coordinates in PDF points, origin
    /// top-left) that form such a masthead on a page after `headerPage`: a distribution line
    /// ("Distr.", "Distr.: General") in the top `mastheadExtendedBottom` of its page, the lines
    /// under it at its left edge (within `reproducedStackAlign` points, each no further than
    /// `reproducedStackPitch` em below the one above), one of which is a document symbol; and every
    /// line of that page that ends above the stack's bottom (the "E" and "الأمم المتحدة" of the
    /// Arabic edition). `pageHeight` gives each page's height (points).
    static func indices(_ lines: [Line], after headerPage: Int, pageHeight: (Int) -> Double,
                        parameters: StructureParameters) -> Set<Int> {
        var found = Set<Int>()
        var k = 0
        while k < lines.count {
            let page = lines[k].page
            var end = k
            while end < lines.count, lines[end].page == page { end += 1 }
            if page > headerPage, let stack = stack(in: lines, k..<end, height: pageHeight(page), parameters: parameters) {
                for i in k..<end where lines[i].box.y1 <= stack + parameters.headerRowTolerance { found.insert(i) }
            }
            k = end
        }
        return found
    }

    /// The bottom (points) of the page's distribution stack that holds a symbol, or nil.
    static func stack(in lines: [Line], _ range: Range<Int>, height: Double, parameters: StructureParameters) -> Double? {
        // The prefix is checked on the line's bytes before the pattern: collapsing and matching
        // every line of the top third of every page cost 4 % of the instructions of
        // E/ESCWA/30/18/Report (French, 59 pages).
        guard let start = range.first(where: {
            guard lines[$0].box.y0 < height * parameters.mastheadExtendedBottom,
                  lines[$0].text.utf8.starts(with: EnglishPatterns.distributionPrefix.utf8) else { return false }
            return HeaderText.matches(EnglishPatterns.distribution, HeaderText.collapse(lines[$0].text))
        }) else { return nil }
        let left = lines[start].box.x0
        var bottom = lines[start].box.y1, top = lines[start].box.y0
        var symbol = false
        for i in range where i > start {
            let line = lines[i]
            let em = max(line.fontSize, parameters.minimumEmSize)
            guard abs(line.box.x0 - left) <= parameters.reproducedStackAlign, line.box.y0 > top,
                  line.box.y0 - top <= parameters.reproducedStackPitch * em else { continue }
            if HeaderText.symbol(HeaderText.collapse(line.text)) != nil { symbol = true }
            bottom = max(bottom, line.box.y1)
            top = line.box.y0
        }
        return symbol ? bottom : nil
    }
}
