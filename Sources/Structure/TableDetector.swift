import Foundation
import Layout
import DocumentModel
import Extraction

/// Finds tables among the body lines and reads their cells.
///
/// The layout stage splits a line wherever a gap is wider than a column gap (5 em), so the
/// cells of one table row come as several lines on one baseline, while running text never
/// does. The rules, from the tables of the corpus (the scale of assessments in A/RES/79/249,
/// the cost tables of A/80/604/Add.1, the programme of work of A/C.4/80/L.1):
/// - a **row** is a group of consecutive lines on one baseline (within half a font size);
/// - a **table** is a run of at least `minimumRows` rows of two cells or more; a row of one
///   cell inside it (a wrapped cell, a group label such as "Civilian personnel") belongs to it
///   when another row of several cells follows within the next three rows, and the one cell
///   is narrower than `maximumSingleCellShare` of the table's width (running text is wider);
/// - the **cells** of a row are its lines, each split where a gap between words is wider than
///   `cellGap` (numeric columns stand closer than the layout's column gap);
/// - the **columns** are the x-ranges of the cells in the rows that have the most cells
///   (ranges that overlap are one column); every cell goes to the column it overlaps most;
/// - a one-cell row right under a row, in a column where that row has text, within 1.4 line
///   pitches, continues that cell (a wrapped cell).
///
/// The table's `text` is its cells joined by spaces, row by row; `rows` keeps the cells.
struct TableDetector {
    /// The thresholds in force (`tableMinimumRows`, `wrappedLineStep`, `tableCellGap`, …).
    let parameters: StructureParameters

    /// At least this many rows of two cells or more make a table.
    var minimumRows: Int { parameters.tableMinimumRows }
    /// A one-cell row wider than this share of the table is running text, and ends it.
    var maximumSingleCellShare: Double { parameters.tableMaximumSingleCellShare }

    struct Found {
        /// Indices into the input lines.
        var range: Range<Int>
        var block: Block
        /// Indices of the lines of a header row printed again on a continuation page: not a row
        /// of the table (contract), kept as furniture of kind `repeatedTableHeader`.
        var repeatedHeader: [Int] = []
    }

    /// - Parameter lines: body lines in reading order (PDF points, origin top-left).
    /// - Returns: the tables found, in order, each with the range of lines it covers.
    func tables(in lines: [Line]) -> [Found] {
        // Rows: consecutive lines on one baseline.
        var groups: [Range<Int>] = []
        var start = 0
        for i in lines.indices.dropFirst() {
            let a = lines[i - 1], b = lines[i]
            let sameRow = a.page == b.page && abs(a.bottom - b.bottom) < 0.5 * min(a.fontSize, b.fontSize) && b.box.x0 > a.box.x0
                // Right-to-left lines are never table rows (see `RightToLeft`).
                && !a.isRightToLeft && !b.isRightToLeft
            if !sameRow { groups.append(start..<i); start = i }
        }
        if !lines.isEmpty { groups.append(start..<lines.count) }

        // A row has several cells when it holds several lines, or one line that runs across a
        // column edge of the rows around it (see `splitsAtColumnEdge`).
        let multiCell = groups.indices.map { k in
            groups[k].count >= 2 || splitsAtColumnEdge(lines[groups[k].lowerBound], near: groups, k, lines)
        }
        var found: [Found] = []
        var g = 0
        while g < groups.count {
            // A table opens on a row of several lines: a line split at a column edge only
            // carries on a table (running text has no rows of separate lines to open one).
            guard groups[g].count >= 2 else { g += 1; continue }
            // Extend over rows of several cells, and over one-cell rows followed by such rows.
            var end = g + 1
            var multi = 1
            // A table that runs onto the next page goes on there (A/RES/78/253, pp. 7–8): a
            // one-cell row is asked of the page of the row before it, not of the table's first.
            while end < groups.count, lines[groups[end].lowerBound].page == lines[groups[end - 1].lowerBound].page
                    || multiCell[end] {
                if multiCell[end] {
                    multi += 1
                    end += 1
                    continue
                }
                // Look past the lines that go on in the same column (a paragraph of four lines
                // in one cell, A/80/628 p. 38).
                var run = end
                while run + 1 < groups.count, !multiCell[run + 1],
                      continuesCell(groups[run + 1], above: groups[run], lines) { run += 1 }
                let next = (run + 1..<min(groups.count, run + parameters.tableLookAheadRows)).first { multiCell[$0] }
                let left = groups[g..<end].flatMap { lines[$0] }.map(\.box.x0).min() ?? 0
                let right = groups[g..<end].flatMap { lines[$0] }.map(\.box.x1).max() ?? 0
                let cell = lines[groups[end].lowerBound]
                guard next.map({ multiCell[$0] }) == true || continuesCell(groups[end], above: groups[end - 1], lines)
                        || continuesColumn(groups[end], table: groups[g..<end], multiCell: multiCell[g..<end], lines),
                      !opensSection(groups[end], table: groups[g..<end], lines),
                      cell.box.width < maximumSingleCellShare * (right - left),
                      cell.words.first.flatMap({ Label.parse($0.text, parameters: parameters) }).map(\.isBullet) ?? true else { break }
                end += 1
            }
            // Trailing one-cell rows are not part of it, unless they wrap a cell of the row
            // above: the last row's "Redeployment from Office / of the Representative of / the
            // Secretary-General to / Legal Team" (A/RES/78/253, p. 8).
            var trailing = end
            while trailing > g + 1, !multiCell[trailing - 1] { trailing -= 1 }
            while trailing < end, continuesCell(groups[trailing], above: groups[trailing - 1], lines) { trailing += 1 }
            end = trailing
            if multi >= minimumRows {
                let rowGroups = Array(groups[g..<end])
                let (table, repeated) = block(rowGroups, lines)
                found.append(Found(range: rowGroups.first!.lowerBound..<rowGroups.last!.upperBound,
                                   block: table, repeatedHeader: repeated))
                g = end
            } else {
                g += 1
            }
        }
        return found
    }

    /// Inside a table, a one-cell row at most this many line pitches (1.25 em) under the row
    /// above, in a column where that row has text, continues that cell.
    var wrappedCellPitch: Double { parameters.wrappedCellPitch }
    /// ...and starts within this distance of a cell of the row above (PDF points).
    var wrappedCellIndent: Double { parameters.wrappedCellIndent }
    /// A one-line row is read as the next line of a wrapped cell (rather than a row of its own)
    /// only at most this far under the line above (em): the wrapped cells of A/RES/78/253 step
    /// 1.24 em; the rows of A/80/590's outputs table, one under the other, 1.7 em.
    var wrappedLineStep: Double { parameters.wrappedLineStep }

    /// Whether the one-line row `row` continues a cell of the row `above`: on the same page,
    /// within `wrappedLineStep` of it, and starting where one of its lines starts.
    private func continuesCell(_ row: Range<Int>, above: Range<Int>, _ lines: [Line]) -> Bool {
        let line = lines[row.lowerBound], upper = lines[above.lowerBound]
        guard row.count == 1, line.page == upper.page, line.bottom > upper.bottom,
              line.bottom - upper.bottom <= wrappedLineStep * upper.fontSize else { return false }
        return lines[above].flatMap(cellStarts).contains { abs($0 - line.box.x0) <= wrappedCellIndent }
    }

    /// Whether the one-line row `row`, one line pitch under the row above, lies in one text
    /// column of the table: it starts where at least `columnEdgeSupport` rows of several cells
    /// start a cell and ends before the next such start. The two columns of a request/action
    /// table run on their own baselines once one of them opens a second paragraph ("Three OIOS
    /// recommendations …" 6 pt lower than the request beside it, A/80/605 p. 58), so a line of
    /// either column can follow a line of the other.
    private func continuesColumn(_ row: Range<Int>, table: ArraySlice<Range<Int>>, multiCell: ArraySlice<Bool>,
                                 _ lines: [Line]) -> Bool {
        guard row.count == 1, let above = table.last else { return false }
        let line = lines[row.lowerBound], upper = lines[above.lowerBound]
        guard line.page == upper.page, line.bottom > upper.bottom,
              line.bottom - upper.bottom <= wrappedLineStep * upper.fontSize else { return false }
        let rowStarts = zip(table, multiCell).filter(\.1).map { lines[$0.0].flatMap(cellStarts) }
        // A column edge at x: rows of several cells that start a cell there.
        func isEdge(_ x: Double) -> Bool {
            rowStarts.filter { $0.contains { abs($0 - x) <= wrappedCellIndent } }.count >= columnEdgeSupport
        }
        guard isEdge(line.box.x0) else { return false }
        let nextEdge = rowStarts.joined().filter { $0 > line.box.x0 + wrappedCellIndent && isEdge($0) }.min()
        return nextEdge.map { line.box.x1 < $0 } ?? true
    }

    /// A text column of a table stands closer to its neighbour than the layout's column gap, so
    /// a line of the left column and the line beside it come as one line ("… oversight bodies in
    /// this   During the 2024/2025 period …", A/80/628 p. 37, a request/action table whose
    /// columns are 13 pt apart). Such a line splits where a gap wider than `cellGap` ends
    /// exactly at an x where `columnEdgeSupport` other lines within `columnEdgeReach` rows start
    /// a cell (a column edge, within `wrappedCellIndent`), and the left side is text: at least `columnEdgeMinimumWords`
    /// words on the left (a paragraph number or item label before its text is one word).
    func splitsAtColumnEdge(_ line: Line, near groups: [Range<Int>], _ k: Int, _ lines: [Line]) -> Bool {
        guard !line.isRightToLeft else { return false }
        // Most lines have no wide gap after their third word: nothing to ask of the rows around.
        let candidates = line.words.dropFirst(columnEdgeMinimumWords).filter { $0.gapBefore > cellGap * line.fontSize }
        guard !candidates.isEmpty else { return false }
        let neighbours = groups[max(0, k - columnEdgeReach)..<min(groups.count, k + columnEdgeReach + 1)]
            .filter { $0 != groups[k] }.flatMap { lines[$0] }.filter { $0.page == line.page }
        let edges = neighbours.map(cellStarts)
        return candidates.contains { word in
            edges.filter { $0.contains { abs($0 - word.box.x0) <= wrappedCellIndent } }.count >= columnEdgeSupport
        }
    }

    /// Where the cells of a line start: its own start and each word after a gap wider than
    /// `cellGap` (PDF points).
    func cellStarts(_ line: Line) -> [Double] {
        [line.box.x0] + line.words.filter { $0.gapBefore > cellGap * line.fontSize }.map(\.box.x0)
    }

    /// Lines around that must start a cell at the edge: two (one could be a coincidence of
    /// running text).
    var columnEdgeSupport: Int { parameters.tableColumnEdgeSupport }
    /// Rows above and below searched for a column edge.
    var columnEdgeReach: Int { parameters.tableColumnEdgeReach }
    /// Words a line must hold before a column edge for the split to be a cell boundary.
    var columnEdgeMinimumWords: Int { parameters.tableColumnEdgeMinimumWords }
    /// A one-cell row more than this many times the table's usual step (the median distance
    /// between the baselines of its rows so far) below the row above opens what follows the
    /// table: the bold section title 32.6 pt under the last line of A/80/628's first
    /// request/action table (p. 37), whose lines step 12 pt (2.7 times). A group label of a
    /// table of figures stands 1.5 steps under its row (A/80/590 p. 4).
    var sectionBreakFactor: Double { parameters.tableSectionBreakFactor }
    /// Steps the table must have before `sectionBreakFactor` is asked.
    var sectionBreakMinimumSteps: Int { parameters.tableSectionBreakMinimumSteps }

    /// Whether the one-cell `row` stands so far under the table's last row that it is not part
    /// of the table (see `sectionBreakFactor`).
    private func opensSection(_ row: Range<Int>, table: ArraySlice<Range<Int>>, _ lines: [Line]) -> Bool {
        var steps: [Double] = []
        for (a, b) in zip(table, table.dropFirst()) where lines[a.lowerBound].page == lines[b.lowerBound].page {
            steps.append(lines[b.lowerBound].bottom - lines[a.lowerBound].bottom)
        }
        guard steps.count >= sectionBreakMinimumSteps, let above = table.last else { return false }
        let usual = steps.sorted()[steps.count / 2]
        let line = lines[row.lowerBound], upper = lines[above.lowerBound]
        return line.page == upper.page && line.bottom - upper.bottom > sectionBreakFactor * usual
    }

    /// Whether a line of several cells, one line pitch under the row `above`, is the next line
    /// of that row's cells rather than a row of its own: each of its cells lies in a column
    /// where `above` has text and holds words, not figures only, and its first column is empty
    /// or goes on in lower case (or after a word broken at the end of the cell above, or in a
    /// table that sets its rows apart). The rows of A/80/628's request/action tables run over
    /// several lines ("Requests the Secretary-General to improve / comprehensive oversight of …"
    /// beside "As at 31 December 2025, UNSOS had implemented / 19 of the 22 open …"); a row of
    /// a table of figures starts with its capitalised label or holds figures.
    func continuesRow(_ row: [String], above: [String], spacedRows: Bool) -> Bool {
        guard row.count == above.count, row.indices.allSatisfy({ row[$0].isEmpty || !above[$0].isEmpty }),
              row.allSatisfy({ $0.isEmpty || $0.contains { $0.isLetter } }) else { return false }
        guard let first = row.first, let initial = first.first else { return true }
        // A word broken at the end of the cell above goes on here, whatever its case.
        let brokenWord = above[0].last.map { "-\u{2010}".contains($0) } ?? false
        return initial.isLowercase || spacedRows || brokenWord
    }

    /// Whether `row`, one line pitch under `above`, is the lower line of cells broken at a dash:
    /// every non-empty cell of `above` ends in a dash right after a letter or digit and `row`
    /// has text under each of them. The two lines are then one row, whatever else `row` holds:
    /// the staffing tables' header cells "USG–" over "ASG", "D-2–" over "D-1", beside "Civilian
    /// staff", "FS" and "Subtotal" set on the lower line only (A/80/605 pp. 27–29, A/80/630
    /// p. 10). A lone dash (a nil figure) breaks nothing, nor does an em dash, which opens
    /// what follows ("Your tax is—" over the tax table's figures, i1040nr).
    /// `rowBoxes` and `aboveBoxes` are the cells' boxes: the two halves of a broken cell must
    /// overlap across (A/80/605 p. 28, where the columns are misread, has "USG–" over
    /// nothing of "Civilian staff").
    static func continuesBrokenCells(_ row: [String], above: [String], rowBoxes: [Rect?], aboveBoxes: [Rect?]) -> Bool {
        guard row.count == above.count, rowBoxes.count == row.count, aboveBoxes.count == row.count else { return false }
        var broken = 0
        for k in above.indices where !above[k].isEmpty {
            let tail = above[k].suffix(2)
            guard tail.count == 2, let dash = tail.last, dash != "\u{2014}", TextJoiner.lineEndDashes.contains(dash),
                  tail.first.map({ $0.isLetter || $0.isNumber }) == true,
                  row[k].first.map({ $0.isLetter || $0.isNumber }) == true,
                  let upper = aboveBoxes[k], let lower = rowBoxes[k],
                  lower.x0 < upper.x1, upper.x0 < lower.x1 else { return false }
            broken += 1
        }
        return broken > 0
    }

    /// Whether the table sets its rows apart with space: baselines on one page step both by
    /// at most `wrappedLineStep` (lines of one row) and by at least `rowSpacingStep` em (from
    /// row to row), each at least twice. In such a table the lines of a row need not go on in
    /// lower case ("… trusts that the Secretary- / General will provide …", A/80/628 p. 37).
    func setsRowsApart(_ rowGroups: [Range<Int>], _ lines: [Line]) -> Bool {
        var close = 0, apart = 0
        for (a, b) in zip(rowGroups, rowGroups.dropFirst()) {
            let upper = lines[a.lowerBound], lower = lines[b.lowerBound]
            guard upper.page == lower.page else { continue }
            let step = (lower.bottom - upper.bottom) / upper.fontSize
            if step <= wrappedLineStep { close += 1 } else if step >= rowSpacingStep { apart += 1 }
        }
        return close >= 2 && apart >= 2
    }

    /// Rows of a table that sets them apart step at least this far (em): 2 em between the
    /// request/action rows of A/80/628, 1.2 em between the lines of one row.
    var rowSpacingStep: Double { parameters.tableRowSpacingStep }

    /// A table's `text`: its non-empty cells joined by spaces, row by row (contract).
    static func text(ofRows rows: [[String]]) -> String {
        TextJoiner.normalize(rows.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: " "))
    }

    /// Inside a table, a gap wider than this (em) between two words separates two cells: the
    /// layout keeps numeric columns a few em apart on one line (`StructureParameters.tableCellGap`).
    var cellGap: Double { parameters.tableCellGap }

    private struct Cell { var text: String; var box: Rect; var words: [Word]; var line: Line }

    private static func cell(_ words: [Word], of line: Line) -> Cell {
        let box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
        let text = Line(page: line.page, words: words, box: box, fontSize: line.fontSize, bottom: line.bottom).text
        return Cell(text: text, box: box, words: words, line: line)
    }

    /// `cell` split where a gap of at least `tableColumnSplitGap` em parts words that stand
    /// over different columns, left to right (`column` gives a box's column; a word that
    /// would go back to a column on its left stays in its cell).
    private func splitAtColumns(_ cell: Cell, column: (Rect) -> Int) -> [Cell] {
        guard cell.words.count >= 2 else { return [cell] }
        let gap = parameters.tableColumnSplitGap * cell.line.fontSize
        var out: [Cell] = []
        var start = 0
        for k in cell.words.indices.dropFirst()
        where cell.words[k].gapBefore >= gap && column(cell.words[k - 1].box) < column(cell.words[k].box) {
            out.append(Self.cell(Array(cell.words[start..<k]), of: cell.line))
            start = k
        }
        guard start > 0 else { return [cell] }
        out.append(Self.cell(Array(cell.words[start...]), of: cell.line))
        return out
    }

    /// The cells of one line: its words split at gaps wider than `cellGap`.
    private func cells(_ line: Line) -> [Cell] {
        var out: [Cell] = []
        var words: [Word] = []
        func flush() {
            guard !words.isEmpty else { return }
            out.append(Self.cell(words, of: line))
            words = []
        }
        for w in line.words {
            if !words.isEmpty, w.gapBefore > cellGap * line.fontSize { flush() }
            words.append(w)
        }
        flush()
        return out
    }

    /// The table block of `rowGroups` (ranges into `lines`), and the indices of the lines of
    /// header rows repeated on continuation pages (left out of `rows`).
    private func block(_ rowGroups: [Range<Int>], _ lines: [Line]) -> (Block, [Int]) {
        let rowCells = rowGroups.map { r in r.flatMap { cells(lines[$0]) } }
        // Columns from the rows with the most cells.
        let most = rowCells.map(\.count).max() ?? 1
        var bands: [(x0: Double, x1: Double)] = []
        for row in rowCells where row.count == most {
            for (k, cell) in row.enumerated() {
                let b = cell.box
                if k < bands.count { bands[k] = (min(bands[k].x0, b.x0), max(bands[k].x1, b.x1)) } else { bands.append((b.x0, b.x1)) }
            }
        }
        var merged: [(x0: Double, x1: Double)] = []
        for band in bands.sorted(by: { $0.x0 < $1.x0 }) {
            if let last = merged.last, band.x0 < last.x1 { merged[merged.count - 1].x1 = max(last.x1, band.x1) } else { merged.append(band) }
        }
        func column(_ box: Rect) -> Int {
            var best = 0, bestOverlap = -Double.infinity
            for (k, band) in merged.enumerated() {
                // Overlap, or minus the distance when the cell misses every column.
                let overlap = min(band.x1, box.x1) - max(band.x0, box.x0)
                if overlap > bestOverlap { best = k; bestOverlap = overlap }
            }
            return best
        }
        let spaced = setsRowsApart(rowGroups, lines)
        var rows: [[String]] = []
        var lastBoxes: [Rect?] = []
        var repeated: [Int] = []
        var previous: (bottom: Double, page: Int, pitch: Double)?
        var afterRepeatedHeader = false
        for (r, cellsOfRow) in zip(rowGroups, rowCells) {
            var row = [String](repeating: "", count: merged.count)
            var boxes = [Rect?](repeating: nil, count: merged.count)
            for cell in cellsOfRow.flatMap({ splitAtColumns($0, column: column) }) {
                let k = column(cell.box)
                row[k] = row[k].isEmpty ? cell.text : TextJoiner.appending(row[k], cell.text)
                boxes[k] = boxes[k].map { $0.union(cell.box) } ?? cell.box
            }
            let first = lines[r.lowerBound]
            // The header row printed again on a continuation page is not a row of its own (contract).
            if let header = rows.first, row == header, let p = previous, first.page != p.page {
                repeated += Array(r)
                previous = (first.bottom, first.page, first.fontSize * parameters.tableRowPitch)
                afterRepeatedHeader = true
                continue
            }
            let close = previous.map { $0.page == first.page && first.bottom - $0.bottom <= wrappedCellPitch * $0.pitch } ?? false
            // The first row of a continuation page goes on in the last row when it goes on in
            // lower case ("matter of principle, …" under the repeated header, A/80/628 p. 38).
            let turnsPage = afterRepeatedHeader || previous.map { $0.page != first.page } ?? false
            afterRepeatedHeader = false
            // In a table that sets its rows apart, a row is known by its first column: lines
            // without one are more of the row above ("Vacant posts have been managed …", a
            // second paragraph of an action, A/80/628 p. 38).
            let rowsBefore = rows.count
            let headless = spaced && row.first?.isEmpty == true && row.contains { $0.contains { $0.isLetter } }
            if close, let last = rows.indices.last,
               Self.continuesBrokenCells(row, above: rows[last], rowBoxes: boxes, aboveBoxes: lastBoxes) {
                for k in row.indices where !row[k].isEmpty { rows[last][k] = TextJoiner.appending(rows[last][k], row[k]) }
            } else if let last = rows.indices.last, last > 0, headless || turnsPage && continuesRow(row, above: rows[last], spacedRows: false),
               row.indices.allSatisfy({ row[$0].isEmpty || !rows[last][$0].isEmpty }) {
                for k in row.indices where !row[k].isEmpty { rows[last][k] = TextJoiner.appending(rows[last][k], row[k]) }
            } else if cellsOfRow.count == 1, close,
               let k = row.firstIndex(where: { !$0.isEmpty }), let last = rows.indices.last, !rows[last][k].isEmpty {
                rows[last][k] = TextJoiner.appending(rows[last][k], row[k])
            } else if cellsOfRow.count >= 2, close, let last = rows.indices.last, continuesRow(row, above: rows[last], spacedRows: spaced) {
                for k in row.indices where !row[k].isEmpty { rows[last][k] = TextJoiner.appending(rows[last][k], row[k]) }
            } else {
                rows.append(row)
            }
            // The boxes of the last row's cells, united over the lines merged into it.
            lastBoxes = rows.count > rowsBefore ? boxes : zip(lastBoxes, boxes).map { a, b in
                guard let a else { return b }
                return b.map { a.union($0) } ?? a
            }
            previous = (first.bottom, first.page, first.fontSize * parameters.tableRowPitch)
        }
        let kept = Set(repeated)
        let covered = rowGroups.flatMap { $0 }.filter { !kept.contains($0) }.map { lines[$0] }
        return (Block(kind: .table, text: Self.text(ofRows: rows), pages: orderedUnique(covered.map(\.page)),
                      boxes: BlockClassifier.boxes(covered, parameters: parameters), rows: rows), repeated)
    }
}
