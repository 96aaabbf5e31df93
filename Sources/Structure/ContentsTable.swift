import Foundation
import Layout
import DocumentModel

/// The table of contents of a report: the entries under "Contents", each a title with dot
/// leaders running to its page number. It becomes one `table` block whose rows are
/// `[label, title, page]` ("II.", "Mandate performance", "5"), not a string of headings that
/// repeat the report's own.
///
/// Rules from the Secretariat's budget reports (A/80/590, A/80/628) and session reports
/// (A/HRC/14/37):
/// - the list starts after a line "Contents" (`LanguageVocabulary.contentsHeadings`) on one of
///   the first three pages; a column head
///   "Page" (or "Paragraphs Page", "Chapter Page") is its header row;
/// - an entry ends at the line that carries its dot leaders (". . . ." or "....");
///   the lines before it in the same entry wrap its title;
/// - the page number is the last word of a line of the entry, set apart from the words before
///   it by a wide gap, or a line holding only the number (A/80/590 sets "24" beside the first
///   line of entry VII and the leaders two lines lower);
/// - the list ends at the first line after which no leader follows within four lines.
enum ContentsTable {
    /// What `extract` found: the body lines before and after the contents, and the table.
    struct Split {
        var before: [Line]
        var table: Block
        var after: [Line]
    }

    /// Finds the table of contents among `lines` (body lines in reading order).
    /// - Returns: nil when there is none (no "Contents" line on pages 1–3, or fewer than two
    ///   entries under it).
    static func extract(_ lines: [Line], parameters: StructureParameters) -> Split? {
        guard let head = lines.firstIndex(where: { $0.page <= parameters.contentsMaxPage && LanguageVocabulary.anyContentsHeading.contains($0.text) }) else { return nil }
        var i = head + 1
        var rows: [[String]] = []
        var entry: [Line] = []
        var used: [Line] = []
        var paragraphsColumn = false
        if i < lines.count, RegexCache.shared.matches(EnglishPatterns.contentsColumnHeads, lines[i].text) {
            // The column heads: "Page", "Chapter Page", or "Paragraphs Page" (then each row
            // carries its paragraph range, "5–110", before the page).
            paragraphsColumn = lines[i].text.hasPrefix(LanguageVocabulary.englishParagraphsColumnHead)
            rows.append(paragraphsColumn ? ["", "", "Paragraphs", "Page"] : ["", "", "Page"])
            used.append(lines[i])
            i += 1
        }
        while i < lines.count {
            let line = lines[i]
            // Part of the list: a leader here or within the next four lines.
            let leaderAhead = (i..<min(lines.count, i + parameters.contentsLeaderLookAhead)).contains { hasLeader(lines[$0], parameters: parameters) }
            guard leaderAhead else { break }
            entry.append(line)
            used.append(line)
            if hasLeader(line, parameters: parameters) {
                // The page number may stand alone on the next line ("22", A/HRC/14/15).
                if i + 1 < lines.count, lines[i + 1].words.count == 1, Int(lines[i + 1].text) != nil,
                   Int(line.words.last?.text ?? "") == nil {
                    i += 1
                    entry.append(lines[i])
                    used.append(lines[i])
                }
                rows.append(row(entry, paragraphsColumn: paragraphsColumn, parameters: parameters))
                entry = []
            }
            i += 1
        }
        // Lines left after the last leader belong to the body after the list.
        i -= entry.count
        used.removeLast(entry.count)
        guard rows.filter({ $0[1] != "" }).count >= 2 else { return nil }
        let table = Block(kind: .table, role: nil, number: nil, text: TableDetector.text(ofRows: rows), footnoteRefs: [],
                          pages: orderedUnique(used.map(\.page)), boxes: BlockClassifier.boxes(used, parameters: parameters), rows: rows)
        return Split(before: Array(lines[...head]), table: table, after: Array(lines[i...]))
    }

    /// ". . . ." or "....": four or more dots, spaced or not.
    static func hasLeader(_ line: Line, parameters: StructureParameters) -> Bool {
        line.words.contains { w in w.text.count >= parameters.leaderMinDots && w.text.allSatisfy { $0 == "." } }
            || RegexCache.shared.matches(BodyPatterns.dotLeader, line.text)
    }

    /// `[label, title, page]` of one entry's lines (`[label, title, paragraphs, page]` under a
    /// "Paragraphs Page" head).
    static func row(_ lines: [Line], paragraphsColumn: Bool, parameters: StructureParameters) -> [String] {
        var words: [String] = []
        var page = ""
        for line in lines {
            var ws = line.words
            // The page number: last word, an integer, far from the word before it (or alone).
            if let last = ws.last, Int(last.text) != nil,
               ws.count == 1 || last.gapBefore > 2 * line.fontSize || ws[ws.count - 2].text.allSatisfy({ $0 == "." }) {
                page = last.text
                ws.removeLast()
            }
            // Leader dots, alone or glued to the title's last word ("session..........", A/HRC/14/37).
            words += ws.map { dropTrailingDots($0.text) }
                .filter { !$0.isEmpty && !$0.allSatisfy { $0 == "." } }
        }
        var label = ""
        if let first = words.first, Label.parse(first, parameters: parameters) != nil {
            label = first
            words.removeFirst()
        }
        var paragraphs = ""
        if paragraphsColumn, let last = words.last, RegexCache.shared.matches(BodyPatterns.paragraphRange, last) {
            paragraphs = last
            words.removeLast()
        }
        // The leader's first dot may stick to the title's last word ("performance. . . .").
        let title = TextJoiner.normalize(dropTrailingLeader(words.joined(separator: " ")))
        return paragraphsColumn ? [label, title, paragraphs, page] : [label, title, page]
    }

    /// `text` without the dots `BodyPatterns.trailingDots` matches. Only text with two dots in a
    /// row can hold a match; other text is returned as it is, without asking the regex.
    static func dropTrailingDots(_ text: String) -> String {
        var previousDot = false
        for b in text.utf8 {
            if b == 0x2E && previousDot { return RegexCache.shared.replacing(BodyPatterns.trailingDots, in: text, with: "") }
            previousDot = b == 0x2E
        }
        return text
    }

    /// `text` without the leader `BodyPatterns.trailingLeader` matches; text without a dot has none.
    static func dropTrailingLeader(_ text: String) -> String {
        guard text.utf8.contains(0x2E) else { return text }
        return RegexCache.shared.replacing(BodyPatterns.trailingLeader, in: text, with: "")
    }
}
