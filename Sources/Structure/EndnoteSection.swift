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
    /// `numberLabelMaxLength`; or a raised "1", A/HRC/WG.6/48/SVN/3 p. 10), or nil.
    static func number(_ line: Line, parameters: StructureParameters) -> Int? {
        guard line.words.count > 1, let word = line.words.first, word.text.count <= parameters.numberLabelMaxLength else { return nil }
        let first = word.text
        if word.isSuperscript, let n = Int(first), n > 0 { return n }
        guard first.hasSuffix("."), let n = Int(first.dropLast()), n > 0 else { return nil }
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
            for i in start..<page.lines.count where page.zones[i] == .body || page.zones[i] == .footnotes {
                let line = page.lines[i]
                if page.zones[i] == .footnotes {
                    // Notes the page zoner already took (notes 3 to 124 of A/HRC/WG.6/48/SVN/3,
                    // p. 12) count towards the list and carry its sequence on.
                    if EndnoteSection.number(line, parameters: parameters) == next { next += 1 }
                    continue
                }
                if let n = EndnoteSection.number(line, parameters: parameters), n == next {
                    next += 1
                    size = max(size, line.fontSize)
                } else if first && (lines.isEmpty || !continues(line, parameters: parameters)) {
                    // The list opens with note 1, and a page it runs on to with the next note or
                    // with more of the last one, set as small: note 2 of A/HRC/WG.6/48/SVN/3, a
                    // list of the stakeholders, fills page 11 and ends on page 12.
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

        /// Whether `line`, the first body line of a page the list runs on to, is more of the last
        /// note: letters set no larger than the notes (`endnoteSizeSlack`).
        func continues(_ line: Line, parameters: StructureParameters) -> Bool {
            line.fontSize <= size + parameters.endnoteSizeSlack && line.text.contains(where: \.isLetter)
        }
    }
}
