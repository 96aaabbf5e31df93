import Layout

/// Endnotes printed as a numbered list under their heading ("Endnotes" over notes "1." to
/// "9." in three columns, E/ESCWA/SDD/2017/Technical Paper.8 p. 4; notes 1 to 18 of
/// ESCWA/EDID/2018/1/Summary p. 19): the notes the raised numbers of the text refer to, not
/// paragraphs of the body. Notes numbered with raised figures are the page zoner's
/// (`PageZoner`, A/HRC/WG.6/48/SVN/1).
enum EndnoteSection {
    /// Re-zones as footnotes the body lines of the list under each endnotes heading
    /// (`LanguageVocabulary.anyEndnoteHeading`, the whole line): from the line that opens with
    /// "1." on, lines opening with the next number in sequence and the lines that continue
    /// them, over the following pages while their first body line opens with the next number.
    /// The list ends at a line of words set larger than the notes (`endnoteSizeSlack`; a line
    /// of figures alone may be larger: the year ".2030" that ends note 11 of
    /// ESCWA/EDID/2018/1/Summary, Arabic, p. 19, is set at 9 pt in notes of 8 pt) or standing
    /// far below the line before (`endnoteLineGap`); it is taken only when it holds
    /// `endnoteMinNotes` numbers at least. The heading stays in the body.
    static func mark(_ pages: inout [PageLayout], parameters: StructureParameters) {
        var p = 0
        while p < pages.count {
            guard let heading = pages[p].lines.indices.first(where: {
                pages[p].zones[$0] == .body && LanguageVocabulary.anyEndnoteHeading.contains(pages[p].lines[$0].text)
            }) else {
                p += 1
                continue
            }
            var list = List()
            var page = p, start = heading + 1
            while page < pages.count, list.extend(pages[page], index: page, from: start, parameters: parameters) {
                page += 1
                start = 0
            }
            if list.next - 1 >= parameters.endnoteMinNotes {
                for (q, i) in list.lines { pages[q].zones[i] = .footnotes }
            }
            p = max(p + 1, page)
        }
    }

    /// The number a note line opens with ("1." → 1; no longer than a paragraph number,
    /// `numberLabelMaxLength`), or nil.
    static func number(_ line: Line, parameters: StructureParameters) -> Int? {
        guard line.words.count > 1, let first = line.words.first?.text, first.hasSuffix("."),
              first.count <= parameters.numberLabelMaxLength, let n = Int(first.dropLast()), n > 0 else { return nil }
        return n
    }

    /// The notes gathered so far: (page index, line index) pairs, and the next number.
    private struct List {
        var lines: [(Int, Int)] = []
        var next = 1
        var size = 0.0
        var previous: Line?

        /// Takes the body lines of `page` (at `index` among the pages) from line `start` that
        /// belong to the list; true when the list may run on to the next page (it reached the
        /// page's last body line).
        mutating func extend(_ page: PageLayout, index: Int, from start: Int, parameters: StructureParameters) -> Bool {
            guard start < page.lines.count else { return false }
            var first = true
            for i in start..<page.lines.count where page.zones[i] == .body {
                let line = page.lines[i]
                if let n = EndnoteSection.number(line, parameters: parameters), n == next {
                    next += 1
                    size = max(size, line.fontSize)
                } else if first {
                    // The list opens with note 1, and a page it runs on to with the next note.
                    return false
                } else if (line.fontSize > size + parameters.endnoteSizeSlack && line.text.contains(where: \.isLetter))
                            || previous.map({ line.box.y0 - $0.box.y1 > parameters.endnoteLineGap * size }) == true {
                    return false
                }
                first = false
                lines.append((index, i))
                previous = line
            }
            return !lines.isEmpty
        }
    }
}
