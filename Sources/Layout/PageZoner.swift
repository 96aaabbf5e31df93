import Foundation
import Extraction

/// Assigns every line of a page to a zone: running header, body, footnote area or footer.
///
/// Rules, from UN documents made with Word (A/RES/73/6, A/RES/78/199):
/// - the footnote area starts at a separator line of underscores (set as text) and runs down to
///   the footer; without a separator, a run of smaller lines at the bottom of the body whose
///   first line opens with a marker is taken as the footnote area;
/// - the footer is the lines in the bottom band that look like furniture (page number "2/5",
///   job number "18-17962 (E)", barcode "*1817962*", the document symbol) or repeat on other pages;
/// - the running header is the lines in the top band of pages after the first that are set
///   smaller than the body, look like furniture, or repeat on other pages.
public struct PageZoner: Sendable {
    public var parameters: LayoutParameters
    public init(parameters: LayoutParameters = .standard) { self.parameters = parameters }

    /// - Parameters:
    ///   - pages: every page's lines (from `LineBuilder`), with page sizes in points.
    /// - Returns: one `PageLayout` per page, in order.
    public func zone(pages: [(number: Int, width: Double, height: Double, lines: [Line])]) -> [PageLayout] {
        // Margin text (vertical stamps, line numbers) is set apart before the page is zoned.
        // A page without margin text (most pages) keeps its own list of lines: the filtered
        // copies, and the concatenation below, held every line of the document twice more.
        let split = pages.map { p -> (text: [Line], margin: [Line]) in
            let lines = MarginText.separatingLineNumbers(p.lines, parameters: parameters)
            guard lines.contains(where: { $0.margin != nil }) else { return (lines, []) }
            return (lines.filter { $0.margin == nil }, lines.filter { $0.margin != nil })
        }
        let bodySize = Self.bodyFontSize(split.lazy.flatMap(\.text), parameters: parameters)
        // Lines that recur on several pages (digits folded) are running headers or footers.
        var recurrence: [String: [(page: Int, numbers: [Substring])]] = [:]
        for (p, lines) in zip(pages, split.map(\.text)) {
            for (i, l) in lines.enumerated() where isRecurrenceCandidate(l, height: p.height) || isRaisedPageNumber(lines, i) {
                recurrence[recurrenceKey(l), default: []].append((p.number, Self.numbers(l.text)))
            }
        }
        return zip(pages, split).map { p, lines in
            let zones = zones(for: lines.text, page: p.number, height: p.height, bodySize: bodySize) { line in
                guard pages.count >= 2, let seen = recurrence[self.recurrenceKey(line)] else { return false }
                let numbers = Self.numbers(line.text)
                // A footer may stand on pages far apart (the first and the last, official/issue12963);
                // a running header recurs near its twin (`recurrenceMaxPageGap`).
                let nearOnly = self.inHeaderBand(line, height: p.height)
                let twins = seen.filter {
                    $0.page != line.page && (!nearOnly || abs($0.page - line.page) <= parameters.recurrenceMaxPageGap)
                        && Self.numbersAgree(numbers, $0.numbers, pages: $0.page - line.page)
                }
                // Numbers that move with the page ("Page 2", "47699") do so on the next page or on
                // several: "Article 41" heading page 29 of the convention annexed to A/RES/79/243
                // and "Article 43" page 31 moved by two in two pages by chance.
                return twins.contains { $0.numbers == numbers || abs($0.page - line.page) == 1 } || twins.count >= 2
            }
            return PageLayout(number: p.number, width: p.width, height: p.height,
                              lines: lines.margin.isEmpty ? lines.text : lines.text + lines.margin,
                              zones: zones + lines.margin.map { _ in .margin })
        }
    }

    /// A line in the top band, or a short line in the bottom band: long footnote lines can
    /// fold alike ("A/AC.105/1162, …"), but no note stands at the top of a page.
    private func isRecurrenceCandidate(_ l: Line, height: Double) -> Bool {
        inHeaderBand(l, height: height)
            || (l.box.y0 > height * (1 - parameters.footerBand) && Self.characterCount(l.text) <= parameters.furnitureMaxLength)
    }

    /// Whether line `i` of a page is a page number set above the foot band: the page's last
    /// line, a number alone. Pages whose text fills a smaller area than the paper set their
    /// numbers under it (E/ESCWA/30/INF.1: "3" at 628 pt on an 842-pt page, 16 pt under the
    /// text). Furniture only where it recurs on other pages at the same height, counting with
    /// them (`recurs`), so a figure closing a page's text stays text.
    private func isRaisedPageNumber(_ lines: [Line], _ i: Int) -> Bool {
        isLowestLine(lines, i) && FurnitureText.kind(of: lines[i].text) == .pageNumber
    }

    /// Whether line `i` is the last of its page and none stands lower.
    private func isLowestLine(_ lines: [Line], _ i: Int) -> Bool {
        i == lines.count - 1 && !lines.indices.contains { lines[$0].box.y0 > lines[i].box.y0 }
    }

    /// Whether line `i` is the page's footer though above the foot band: a page number that
    /// recurs (`isRaisedPageNumber`), or a job number ("18-00202", whose pattern no text
    /// shares) as the page's last line (E/ESCWA/30/INF.1 p. 2, at 597 pt of 842).
    private func isRaisedFooter(_ lines: [Line], _ i: Int, recurs: (Line) -> Bool) -> Bool {
        guard isLowestLine(lines, i) else { return false }
        let kind = FurnitureText.kind(of: lines[i].text)
        return kind == .jobNumber || kind == .pageNumber && recurs(lines[i])
    }

    /// A line ending in the page's top band (`LayoutParameters.headerBand`).
    private func inHeaderBand(_ l: Line, height: Double) -> Bool { l.box.y1 < height * parameters.headerBand }

    private func zones(for lines: [Line], page: Int, height: Double, bodySize: Double,
                       recurs: (Line) -> Bool) -> [Zone] {
        var zones = [Zone](repeating: .body, count: lines.count)
        // On a page set in columns, lines come column by column: where the next line starts back
        // up the page, a column ended. A page number at the foot of a column that is not the last
        // one is footer all the same (S/PV.4507, two columns).
        var columnEnds: [Int] = []
        for i in lines.indices.dropFirst() where lines[i].box.y0 < lines[i - 1].box.y0 - parameters.columnJump * lines[i - 1].fontSize {
            columnEnds.append(i)
        }
        if !columnEnds.isEmpty {
            for (i, l) in lines.enumerated() where l.box.y0 > height * (1 - parameters.footerBand) && FurnitureText.kind(of: l.text) != nil {
                zones[i] = .footer
            }
        }
        // Footer: from the bottom up, while lines are furniture.
        var bottomOfBody = lines.count
        for i in stride(from: lines.count - 1, through: 0, by: -1) {
            let l = lines[i]
            guard l.box.y0 > height * (1 - parameters.footerBand) || isRaisedFooter(lines, i, recurs: recurs) else { break }
            if FurnitureText.kind(of: l.text) != nil || recurs(l) {
                zones[i] = .footer
                bottomOfBody = i
            } else if l.box.y0 > height * (1 - parameters.footerBand / 2) && l.fontSize < bodySize * parameters.footnoteSize
                        && !isSeparator(l) && !startsWithMarker(l) && !runsOnFromText(lines, i, height: height) {
                // Small print at the very bottom ("Please recycle", a date stamp) is footer too.
                zones[i] = .footer
                bottomOfBody = i
            } else { break }
        }
        // A line on the baseline of a body line is part of that line's row (the last row of a
        // table whose figures recur page after page: "Kuwait  0.222" at the foot of page 4 of
        // A/RES/79/249), not a footer, unless its text is furniture itself.
        // A bare figure that reads as a page number is a cell too when two body lines share its
        // baseline: "Subtotal  49  –  49" closes page 14 of A/RES/80/242, numbered "14/15" below.
        for i in bottomOfBody..<lines.count where zones[i] == .footer {
            let kind = FurnitureText.kind(of: lines[i].text)
            guard kind == nil || kind == .pageNumber && lines[i].text.allSatisfy(\.isNumber) else { continue }
            let row = (0..<bottomOfBody).filter { zones[$0] == .body && abs(lines[$0].bottom - lines[i].bottom) < 1 }.count
            if kind == nil ? row >= 1 : row >= 2 {
                zones[i] = .body
            }
        }
        // Running header (pages after the first): from the top down.
        if page > 1 {
            for i in 0..<bottomOfBody {
                let l = lines[i]
                guard l.box.y1 < height * parameters.headerBand else { break }
                let small = { (size: Double) in size < bodySize * parameters.footnoteSize }
                // A line opening with a raised marker and words is a note: the first endnote at the
                // top of a page ("⁴ A/HRC/52/33/Add.2, para. 7.", A/HRC/WG.6/48/SVN/2 p. 11).
                let opensNote = l.words.first?.isSuperscript == true && l.words.count > 1
                if FurnitureText.kind(of: l.text) != nil || recurs(l)
                    || (small(l.fontSize) && !l.words.contains { !small($0.fontSize) } && !hasDotLeader(l) && !opensNote) {
                    // A contents row carried to the top of a page ("III. Analysis of variances
                    // . . . 53", A/80/605 page 2) is no running header, nor a heading in small
                    // capitals, smaller than the body but for its capitals ("C. STRATEGY",
                    // E/ESCWA/EDID/2017/IG.3/10 p. 5).
                    zones[i] = .header
                } else { break }
            }
            markLateRunningHeaders(lines, &zones, bottomOfBody: bottomOfBody, height: height, recurs: recurs)
        }
        // Footnote area.
        // A row of dashes on the baseline of other text is a table's empty cells ("Air
        // operations  – – – – – –", A/80/605 page 15), not the rule above the notes.
        let standsAlone = { (i: Int) in !lines.indices.contains { $0 != i && abs(lines[$0].bottom - lines[i].bottom) < 1 } }
        let signatureRule = { (i: Int) in columnEnds.isEmpty && self.isSignatureRule(lines[i], on: lines) }
        if let sep = (0..<bottomOfBody).last(where: { isSeparator(lines[$0]) && zones[$0] == .body && standsAlone($0) && !signatureRule($0) }) {
            for i in sep..<bottomOfBody { zones[i] = .footnotes }
        } else {
            // No separator (or one drawn as a path, which the text layer does not show): the run
            // of smaller lines at the bottom of the page, if one of them opens with a marker.
            // Lines above the first marker continue a note from the page before. On a page set
            // in columns (lines come column by column; the next column starts back up the page),
            // each column ends in its own notes (federal-register-2020-17221, page 2).
            // A column's notes may all continue the last note of the column before.
            var continuing = false
            for end in columnEnds.filter({ $0 < bottomOfBody }) + [bottomOfBody] {
                continuing = markSmallNotes(lines, &zones, end: end, height: height, bodySize: bodySize, continuing: continuing)
            }
        }
        markEndnotes(lines, &zones, bottomOfBody: bottomOfBody)
        return zones
    }

    /// On a page in columns or with a wide table, reading order can put the running header
    /// after the lines of the first column ("S/PV.4507" above the right column of page 3 of
    /// S/PV.4507, "A/80/605" over the landscape table of its page 47). A line of the top band
    /// that reads as furniture or recurs on other pages, standing above every body line, is
    /// running header wherever reading order put it.
    private func markLateRunningHeaders(_ lines: [Line], _ zones: inout [Zone], bottomOfBody: Int, height: Double,
                                        recurs: (Line) -> Bool) {
        let bodyTop = (0..<bottomOfBody).filter { zones[$0] == .body }.map { lines[$0].box.y0 }
        for i in 0..<bottomOfBody where zones[i] == .body {
            let l = lines[i]
            guard l.box.y1 < height * parameters.headerBand, FurnitureText.kind(of: l.text) != nil || recurs(l),
                  !bodyTop.contains(where: { $0 < l.box.y1 && $0 != l.box.y0 }) else { continue }
            zones[i] = .header
        }
        // A top-band line set between two running-header lines, above every body line, belongs
        // to them: "English" between "S/1996/112" and "Page 2" in the 1990s layout of S/1996/112.
        // Only lines that read as furniture or recur count as the two around it (not a small line
        // of a column taken for header: the Federal Register's page 15).
        let headerTops = (0..<bottomOfBody).filter { zones[$0] == .header && (FurnitureText.kind(of: lines[$0].text) != nil || recurs(lines[$0])) }
            .map { lines[$0].box.y0 }
        let candidates = (0..<bottomOfBody).filter { i in
            zones[i] == .body && lines[i].box.y1 < height * parameters.headerBand
                && headerTops.contains { $0 < lines[i].box.y0 } && headerTops.contains { $0 > lines[i].box.y0 }
        }
        let lowestCandidate = candidates.map { lines[$0].box.y1 }.max() ?? 0
        let bodyStarts = (0..<bottomOfBody).filter { zones[$0] == .body && !candidates.contains($0) }.map { lines[$0].box.y0 }
        if !bodyStarts.contains(where: { $0 < lowestCandidate }) {
            for i in candidates { zones[i] = .header }
        }
    }

    /// Marks as footnotes the run of smaller lines that ends at `end` (exclusive), when one of
    /// them opens with a marker or the run continues the notes of the column before. Returns
    /// true when it marked a run.
    @discardableResult
    private func markSmallNotes(_ lines: [Line], _ zones: inout [Zone], end: Int, height: Double, bodySize: Double,
                                continuing: Bool) -> Bool {
        var sawMarker = false
        var i = end - 1
        while i >= 0, zones[i] == .body, lines[i].fontSize < bodySize * parameters.footnoteSize, !hasDotLeader(lines[i]) {
            if startsWithMarker(lines[i]) { sawMarker = true }
            i -= 1
        }
        guard sawMarker || continuing, i + 1 < end else { return false }
        if !continuing && onlyLetteredMarkers(lines[(i + 1)..<end]) { return false }
        if readsAsNotes(lines[(i + 1)..<end], height: height) {
            for k in (i + 1)..<end { zones[k] = .footnotes }
            return true
        }
        // The run rose into a small figure or table: the notes are the lines from a marker line
        // set apart under it, whose marker opens words (not an axis value: "10" over "5" and "0")
        // and is a number: the lettered notes under a table ("a Represents the highest level of
        // authorized strength", A/80/628 p. 4) are the table's, paragraphs of the body.
        guard let first = ((i + 2)..<end).first(where: { k in
            startsWithMarker(lines[k]) && lines[k].page == lines[k - 1].page
                && (lines[k].words.first?.text.contains(where: \.isNumber) == true || Self.mirroredEndMarker(lines[k]) != nil)
                && lines[k].words.dropFirst().contains(where: { $0.text.contains(where: \.isLetter) })
                && lines[k].box.y0 - lines[k - 1].box.y1 >= parameters.footnoteGapUnderFigure * lines[k].fontSize
                && readsAsNotes(lines[k..<end], height: height)
        }) else { return false }
        for k in first..<end { zones[k] = .footnotes }
        return true
    }

    /// Whether every marker line of a run opens with a raised letter ("a", "b"; a lower-case
    /// Roman numeral aside): such notes belong to the table or figure above them, which the
    /// contract keeps as paragraphs of the body. Notes "a"–"e" under the organization chart of
    /// A/80/605 p. 61, as under its tables elsewhere ("a Represents the highest level of
    /// authorized/proposed strength", p. 5).
    private func onlyLetteredMarkers(_ run: ArraySlice<Line>) -> Bool {
        let markers = run.filter(startsWithMarker).compactMap { $0.words.first?.text }
        return !markers.isEmpty && markers.allSatisfy { m in
            m.count == 1 && m.allSatisfy { $0.isLetter && $0.isLowercase } && !"ivx".contains(m)
        }
    }

    /// Whether a run of small lines reads as notes: not a table set small (the annex of
    /// S/2012/197, whose cells share baselines and fill much of the page), not a chart's axis
    /// ("2 000", "1 800", … "0", A/80/605 page 36: notes are written in words, upright).
    private func readsAsNotes(_ run: ArraySlice<Line>, height: Double) -> Bool {
        let top = run.map(\.box.y0).min() ?? 0, bottom = run.map(\.box.y1).max() ?? 0
        let sharesBaseline = zip(run.dropLast(), run.dropFirst()).contains { abs($0.bottom - $1.bottom) < 1 }
        if sharesBaseline || bottom - top > height * parameters.footnoteAreaMaxHeight { return false }
        // Notes are never set at a quarter turn; a chart's axis labels are ("Billions of US
        // dollars" up the axis of figure 1, E/ESCWA/EDID/2017/IG.2/5(Part VI) p. 5).
        if run.contains(where: { $0.words.contains(where: \.isTurned) }) { return false }
        let wordy = run.filter { $0.text.unicodeScalars.contains { $0.properties.isAlphabetic } }.count
        return wordy * 2 >= run.count
    }

    /// Whether the small print at the very foot of a page that line `i` belongs to runs on from
    /// a line above that foot band: the last lines of endnote xii of official/MAR.pdf p. 18
    /// ("… de la perte de propriété intellectuelle et de connaissances.") are text, not a
    /// footer. A block of small print wholly inside the band (the legal notice at the foot of
    /// each page of the form official/issue6127) stays a footer.
    private func runsOnFromText(_ lines: [Line], _ i: Int, height: Double) -> Bool {
        var j = i
        while j > 0 && continuesLine(lines[j], above: lines[j - 1]) { j -= 1 }
        return j < i && lines[j].box.y0 <= height * (1 - parameters.footerBand / 2)
    }

    /// Whether `line` runs on from the line above it: the same left edge and size (within
    /// `continuationEdgeTolerance` and `continuationSizeTolerance` points), the next line down
    /// at no more than `continuationLeading` em.
    private func continuesLine(_ line: Line, above: Line) -> Bool {
        abs(line.box.x0 - above.box.x0) <= parameters.continuationEdgeTolerance
            && abs(line.fontSize - above.fontSize) < parameters.continuationSizeTolerance
            && line.box.y0 > above.box.y0 && line.box.y0 - above.box.y0 <= parameters.continuationLeading * line.fontSize
    }

    /// A row of a table of contents: a dot leader (". . . . ." or ".....") runs to its page
    /// number. Such a row is never note text, even when set small above a note (A/80/605,
    /// page 1: "G. Vacancy factors . . . 52" above "* Reissued for technical reasons …").
    func hasDotLeader(_ line: Line) -> Bool {
        var dots = 0
        for c in line.text.unicodeScalars {
            if c == "." || c == "\u{2026}" {
                dots += c == "." ? 1 : parameters.ellipsisDots
                if dots >= parameters.leaderMinDots { return true }
            } else if c != " " { dots = 0 }
        }
        return false
    }

    /// Endnotes (A/HRC/WG.6/48/SVN/3 lists notes 1–124 over its last three pages, each opening
    /// with a superscript number): the body lines that run to the foot of the page, when at least
    /// three of them open with superscript numbers in sequence and the others continue a note
    /// (set no larger, not to the left of the notes). The last note may run on to the next
    /// page: its lines at the foot come before any marker, bottom up (note 34 of
    /// A/HRC/WG.6/48/SVN/1 p. 19).
    private func markEndnotes(_ lines: [Line], _ zones: inout [Zone], bottomOfBody: Int) {
        var end = bottomOfBody
        while end > 0, zones[end - 1] != .body { end -= 1 }
        var i = end - 1
        var markers: [(index: Int, number: Int)] = []
        var runOn: [Line] = []
        var noteSize = 0.0, noteLeft = Double.infinity
        let continuesNote = { (l: Line) in
            l.fontSize <= noteSize + self.parameters.endnoteSizeSlack && l.box.x0 >= noteLeft - self.parameters.endnoteIndentSlack
        }
        while i >= 0, zones[i] == .body {
            let l = lines[i]
            if let first = l.words.first, first.isSuperscript, let n = Int(first.text), l.words.count > 1 {
                markers.append((i, n))
                noteSize = max(noteSize, l.fontSize)
                noteLeft = min(noteLeft, l.box.x0)
            } else if l.isBold {
                break
            } else if markers.isEmpty {
                runOn.append(l)
            } else if !continuesNote(l) {
                break
            }
            i -= 1
        }
        guard markers.count >= parameters.endnoteMinMarkers, let top = markers.last?.index, runOn.allSatisfy(continuesNote) else { return }
        let numbers = markers.reversed().map(\.number)
        guard zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return }
        for k in top..<end where zones[k] == .body { zones[k] = .footnotes }
    }

    /// A separator between body and footnotes: a line of underscores or dashes only.
    public func isSeparator(_ l: Line) -> Bool {
        // Asked of every line of every page: no Foundation string calls here.
        var count = 0
        for w in l.words {
            for ch in w.text {
                guard ch == "_" || ch == "-" || ch == "–" || ch == "—" || ch == "‒" else { return false }
                count += 1
            }
        }
        return count >= parameters.separatorMinLength
    }

    /// Whether the separator-like `rule`, underscores only, starts in the right half of the
    /// text of `lines` (one column, left to right): a line to sign on above a judge's name,
    /// whose lines are body (a centred "-----" closing an ESCWA document is no such line)
    /// (`LayoutParameters.signatureRuleMinShare`, official/missouri p. 5).
    func isSignatureRule(_ rule: Line, on lines: [Line]) -> Bool {
        guard !rule.isRightToLeft, rule.words.allSatisfy({ $0.text.allSatisfy { $0 == "_" } }),
              lines.filter(\.isRightToLeft).count * 2 < lines.count,
              let left = lines.map(\.box.x0).min(), let right = lines.map(\.box.x1).max(), right > left else { return false }
        return rule.box.x0 > left + parameters.signatureRuleMinShare * (right - left)
    }

    private func startsWithMarker(_ l: Line) -> Bool {
        guard let first = l.words.first else { return false }
        if first.isSuperscript || Self.mayBeMarker(first.text) && Self.matches(Self.markerPattern, first.text) { return true }
        // Arabic notes open with their number in parentheses: "(1) يستمد المنتدى مرجعيته …"
        // (E/ESCWA/30/6, Arabic, p. 4), as the reference in the text is a raised "(1)".
        return l.isRightToLeft && Self.parenthesisedMarker(first.text) != nil || Self.mirroredEndMarker(l) != nil
    }

    /// `LayoutPatterns.marker` and `.parenthesisedMarker`, compiled once: `String.range(of:options:
    /// .regularExpression)` looked the pattern up in Foundation's cache on every call (about
    /// 85,000 instructions a call, 1 % of A/80/605's worker). Case-sensitive, as that call was.
    private static let markerPattern = try! NSRegularExpression(pattern: LayoutPatterns.marker)
    private static let parenthesisedMarkerPattern = try! NSRegularExpression(pattern: LayoutPatterns.parenthesisedMarker)

    /// True when `pattern` matches somewhere in `text`.
    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Whether `text` is short enough for `LayoutPatterns.marker` (three characters, and a line end
    /// `$` may pass over), asked first: the regex is costly and most lines open with a longer word.
    static func mayBeMarker(_ text: String) -> Bool {
        var n = 0
        for _ in text.unicodeScalars {
            n += 1
            if n > LayoutPatterns.markerMaxScalars { return false }
        }
        return true
    }

    /// The number of an Arabic note whose text is left to right (a web address): the line reads
    /// left to right, so its marker comes last and mirrored, "https://www.unescwa.org/… )2("
    /// (E/ESCWA/30/6, Arabic, p. 5). Nil for any other line.
    public static func mirroredEndMarker(_ l: Line) -> String? {
        guard !l.isRightToLeft, l.words.count > 1, let last = l.words.last?.text else { return nil }
        return mirroredMarker(last)
    }

    /// The number of a marker drawn mirrored, ")2(" → "2", else nil.
    static func mirroredMarker(_ text: String) -> String? {
        guard text.first == ")", text.last == "(" else { return nil }
        return parenthesisedMarker("(" + text.dropFirst().dropLast() + ")")
    }

    /// The number of a marker written in parentheses, "(1)" → "1" (up to three digits), "(*)" →
    /// "*" (up to three asterisks), else nil.
    public static func parenthesisedMarker(_ text: String) -> String? {
        guard text.first == "(", matches(parenthesisedMarkerPattern, text) else { return nil }
        return String(text.dropFirst().dropLast())
    }

    /// The size most characters of the document are set in (points); `defaultBodyFontSize` of
    /// `parameters` when there are no lines.
    public static func bodyFontSize<S: Sequence>(_ lines: S, parameters: LayoutParameters = .standard) -> Double where S.Element == Line {
        var weight: [Double: Int] = [:]
        for l in lines { weight[l.fontSize, default: 0] += characterCount(l.text) }
        return weight.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? parameters.defaultBodyFontSize
    }

    /// `text.count`, read from the bytes of ASCII text without a carriage return (one byte a
    /// character there): counting characters cost 4,000 instructions a line.
    static func characterCount(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
    }

    /// Running headers and footers repeat with the same words (digits aside) at the same height;
    /// a footnote line (it opens with a marker) never counts.
    /// A page number standing first or last is left out: it moves from the right end of the
    /// line to the left end on facing pages ("… Proposed Rules 47699", "47700 Federal Register …").
    /// The runs of digits of a line's text, in order.
    static func numbers(_ text: String) -> [Substring] {
        var runs: [Substring] = []
        var start: String.Index?
        for i in text.indices {
            if text[i].isASCII && text[i].isNumber {
                if start == nil { start = i }
            } else if let s = start {
                runs.append(text[s..<i]); start = nil
            }
        }
        if let s = start { runs.append(text[s...]) }
        return runs
    }

    /// Whether a line's numbers agree with those of a line `pages` pages away that folds to the
    /// same text: the same numbers (a symbol, a date, "Annex 1" over each page of its annex), or
    /// numbers that move with the page ("Page 2", "47699" / "47700"). Part labels at the top of
    /// pages move otherwise: "Article 19" heads page 6 of ILC_2001_State_Responsibility and
    /// "Article 24" page 7, at the same height; they are headings, not a running header.
    static func numbersAgree(_ a: [Substring], _ b: [Substring], pages: Int) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            x == y || (Int(x).flatMap { m in Int(y).map { $0 - m } } == pages)
        }
    }

    func recurrenceKey(_ line: Line) -> String {
        if line.words.first?.isSuperscript == true { return "note:\(line.page):\(line.box.y0)" }
        var words = line.words.map(\.text)
        if words.count > 2, words.first?.allSatisfy(\.isNumber) == true { words.removeFirst() }
        if words.count > 2, words.last?.allSatisfy(\.isNumber) == true { words.removeLast() }
        // Gathered as UTF-8: in ASCII only the digits have a numeric type, so only other
        // scalars ask for their properties.
        var key: [UInt8] = []
        for scalar in words.joined(separator: " ").unicodeScalars {
            if scalar.isASCII {
                key.append((0x30...0x39).contains(scalar.value) ? 0x23 : UInt8(scalar.value))
            } else {
                key.append(contentsOf: (scalar.properties.numericType != nil ? "#" : scalar).utf8)
            }
        }
        return String(decoding: key, as: UTF8.self) + "@\((line.box.y0 / parameters.recurrenceRowHeight).saturatingInt(.towardZero))"
    }
}

/// Recognises the text of furniture lines.
public enum FurnitureText {
    public enum Kind: String, Sendable { case pageNumber, jobNumber, barcode, symbol, recyclingNote, continuationMark }

    private static let sources: [(Kind, String)] = [
        // Roman page numbers are lower-case (front matter); "II" in capitals heads a section
        // (A/RES/78/253 sets "II" alone above the section title at the top of a page).
        (.pageNumber, LayoutPatterns.pageNumber),
        // A reissued document's job number carries a star: "23-24915* (E) 160124" (A/RES/78/68).
        (.jobNumber, LayoutPatterns.jobNumber),
        (.barcode, LayoutPatterns.barcode),
        (.symbol, LayoutPatterns.symbol),
        // The recycling notice of the first page's footer (A/RES/70/10 sets it above the barcode).
        (.recyclingNote, LayoutPatterns.recyclingNote),
        // "/..." at the foot of a page of the 1990s layout: the text goes on overleaf (S/1996/112).
        (.continuationMark, LayoutPatterns.continuationMark),
    ]
    private static let patterns: [(Kind, NSRegularExpression)] = sources.map {
        ($0.0, try! NSRegularExpression(pattern: $0.1, options: [.caseInsensitive]))
    }

    /// The kind of furniture `text` is, or nil. Page numbers may combine with a job number
    /// or symbol on one line ("2/5 18-17962").
    public static func kind(of text: String) -> Kind? {
        // Text that neither opens nor ends with a space or tab (in ASCII) has nothing to trim:
        // Foundation's trim cost 13,000 instructions a call.
        let bytes = text.utf8
        let trimmed = bytes.first.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } == true
            && bytes.last.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } == true
        var t = trimmed ? text : text.trimmingCharacters(in: .whitespaces)
        // A barcode font without a Unicode map gives its glyphs the symbol-font codes U+F020–
        // U+F07E, each its ASCII character plus 0xF000: "*1510722*" under the job number of
        // A/HRC/DEC/28/111 (un-hrc/g1510722) reads as U+F02A U+F031 … U+F02A.
        if !t.isEmpty, t.unicodeScalars.allSatisfy({ (0xF020...0xF07E).contains($0.value) }) {
            t = String(String.UnicodeScalarView(t.unicodeScalars.compactMap { Unicode.Scalar($0.value - 0xF000) }))
        }
        for (kind, re) in patterns where mayMatch(kind, t) && re.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil {
            return kind
        }
        return nil
    }

    /// False when `kind`'s pattern cannot match `t`, told from its first byte (and its
    /// slashes): most lines open with a letter no pattern opens with. A first scalar beyond
    /// ASCII is left to the pattern (a Unicode digit for `\d`, a case variant of a letter).
    static func mayMatch(_ kind: Kind, _ t: String) -> Bool {
        guard let b = t.utf8.first else { return false }
        if b >= 0x80 { return kind != .barcode && kind != .continuationMark }
        let digit = (0x30...0x39).contains(b)
        switch kind {
        case .pageNumber: return digit || b == 0x2D || b == 0x50 || b == 0x70 || "ivxlc".utf8.contains(b)
        case .jobNumber: return digit || b == 0x47 || b == 0x67
        case .barcode: return b == 0x2A
        case .symbol:
            var slashes = 0
            for c in t.utf8 where c == 0x2F { slashes += 1 }
            return slashes >= 2 && (0x41...0x5A).contains(b & 0xDF)  // an ASCII letter
        case .recyclingNote: return "PMS".utf8.contains(b & 0xDF)
        case .continuationMark: return b == 0x2F
        }
    }
}
