import DocumentModel
import Foundation

/// Reads the header block (masthead, left-hand session/agenda block, adoption or sponsor lines,
/// number and title) of a UN document and its closing lines (meeting, vote), and names the input
/// lines that are metadata rather than body.
///
/// The rules follow the layout of United Nations documents as printed since the 1990s:
/// - masthead, top of page 1: "United Nations", the organ ("General Assembly"), the symbol at the
///   top right ("A/RES/73/6"), "Distr.: General" with the issue date under it ("31 October 2018"),
///   "Original: English" (A/RES/73/6, S/2025/378); older layout with "Distr." / "GENERAL" on two
///   lines and the symbol under them (A/HRC/WG.6/7/SVN/1 of 2009);
/// - left block: "Human Rights Council" (A/HRC/… texts), "Seventy-third session", "First Committee"
///   (committee drafts, A/C.1/80/L.28), "Agenda item 71 (b)" and the agenda item's title in the
///   lines under it at the same left edge (A/RES/78/199);
/// - main column: "Resolution adopted by the General Assembly on 26 October 2018", the bracketed
///   reference line, "73/6. Title…" (A/RES/73/6); "Decision adopted by the Human Rights Council",
///   "14/105", title (A/HRC/DEC/14/105); "Albania, …: draft resolution" then the title (A/C.1/80/L.28);
///   "Brazil:* amendment to draft resolution A/80/L.22" (A/80/L.29); a title then "Note by the
///   Secretary-General" (S/2025/378);
/// - closing: "26th plenary meeting" with its date under it (A/RES/73/6), "22nd meeting" and
///   "[Adopted without a vote.]" (A/HRC/DEC/14/105);
/// - page-1 footer: job number "18-17962 (E)  021118", barcode "*1817962*", "GE.10-14611".
///
/// Bold and italic flags are not used: only text patterns and geometry (top of page 1, left edge,
/// line pitch relative to font size, bottom footer band).
public enum HeaderParser {
    /// Parses the header block.
    /// - Parameters:
    ///   - lines: every line of the document in reading order (page 1 first). Running headers of later
    ///     pages removed by the caller; page 1's footer lines included. Coordinates in PDF points,
    ///     origin top-left, pages 1-based.
    ///   - pageWidth: width of page 1 in points.
    ///   - pageHeight: height of page 1 in points.
    /// - Returns: the metadata, the indices of `lines` read as metadata, and diagnostics.
    ///   - parameters: the thresholds in force.
    public static func parse(lines: [HeaderLine], pageWidth: Double, pageHeight: Double,
                             parameters: StructureParameters = .standard) -> HeaderParseResult {
        var parser = HeaderScan(lines: lines, pageWidth: pageWidth, pageHeight: pageHeight, parameters: parameters)
        parser.run()
        return HeaderParseResult(metadata: parser.md, consumed: parser.consumed, diagnostics: parser.diagnostics,
                                 headerLines: parser.headerLines.sorted())
    }
}

/// The working state of one parse.
struct HeaderScan {
    typealias T = HeaderText

    let lines: [HeaderLine]
    let pageWidth: Double
    let pageHeight: Double
    let parameters: StructureParameters

    var md = Metadata()
    var consumed = Set<Int>()
    var diagnostics: [Diagnostic] = []
    /// Header lines read but held by no metadata field ("Original: English", "Eightieth
    /// year"): they become furniture of kind `headerLine`.
    var headerLines = Set<Int>()

    /// The lines that print an organ's name, in reading order, the organ each names and whether
    /// it stands in the masthead (else in the left block, "Human Rights Council"): the field
    /// takes the masthead's first, else the left block's; the others are header lines (`finish`).
    var organLines: [(line: Int, organ: String, inMasthead: Bool)] = []
    /// Index in `lines` after which the body starts (the first line not read as header), or nil.
    var bodyStart: Int?
    var jobLetter: String?

    init(lines: [HeaderLine], pageWidth: Double, pageHeight: Double, parameters: StructureParameters) {
        self.lines = lines
        self.parameters = parameters
        self.pageWidth = pageWidth > 0 ? pageWidth : parameters.fallbackPageWidth
        self.pageHeight = pageHeight > 0 ? pageHeight : parameters.fallbackPageHeight
    }

    /// The organs' names, as printed and as the contract names them (`HeaderVocabulary.englishOrgans`).
    static let organNames = HeaderVocabulary.englishOrgans

    /// Canonical organ name when the whole of `text` is one (case-insensitive: "HUMAN RIGHTS COUNCIL").
    static func organName(_ text: String) -> String? {
        let t = HeaderText.stripMarkers(HeaderText.collapse(text)).lowercased()
        return organNames.first { $0.lowercased() == t } ?? otherOrgans.first { $0.printed.lowercased() == t }?.canonical
    }

    /// The organ names of the other languages, printed and canonical ("Assemblée générale", "General Assembly").
    static let otherOrgans: [(printed: String, canonical: String)] = LanguageVocabulary.otherHeaders
        .flatMap { $0.organs.map { (printed: $0.key, canonical: $0.value) } }
        .sorted { $0.printed.count > $1.printed.count }

    // MARK: Driver

    mutating func run() {
        let firstPage = lines.map(\.page).min() ?? 1
        let page1 = lines.indices.filter { lines[$0].page == firstPage }
        let footerTop = pageHeight * parameters.headerFooterTop
        var headerCandidates: [Int] = []
        for i in page1 {
            if lines[i].y0 >= footerTop, readFooter(i) { continue }
            headerCandidates.append(i)
        }
        let order = rowOrder(headerCandidates)
        let mastheadBottom = readMasthead(order)
        for i in order where !consumed.contains(i) && lines[i].y1 <= mastheadBottom {
            diagnostics.append(Diagnostic(.headerUnrecognisedLine,
                                          message: "Masthead line not placed: \(text(i))", page: lines[i].page))
        }
        readBlocks(order.filter { !consumed.contains($0) && lines[$0].y1 > mastheadBottom })
        readClosing()
        finish()
    }

    /// Sorts line indices top to bottom, lines of one row (tops within 2 pt) left to right.
    func rowOrder(_ idx: [Int]) -> [Int] {
        let byY = idx.sorted { lines[$0].y0 < lines[$1].y0 }
        var rows: [[Int]] = []
        for i in byY {
            if let lastRow = rows.last, let first = lastRow.first, abs(lines[i].y0 - lines[first].y0) < parameters.headerRowTolerance {
                rows[rows.count - 1].append(i)
            } else {
                rows.append([i])
            }
        }
        return rows.flatMap { $0.sorted { lines[$0].x0 < lines[$1].x0 } }
    }

    func text(_ i: Int) -> String { HeaderText.collapse(lines[i].text) }

    // MARK: Footer

    /// Page-1 footer: job number, date code, barcode, "Please recycle". Returns true when consumed.
    mutating func readFooter(_ i: Int) -> Bool {
        let t = text(i)
        if let j = T.jobNumber(t) {
            if md.jobNumber == nil { md.jobNumber = j.job; jobLetter = j.languageLetter }
            consumed.insert(i)
            return true
        }
        if T.matches(HeaderPatterns.barcode, t) || T.matches(HeaderPatterns.dateCodes, t)
            || T.matches(EnglishPatterns.pleaseRecycle, t, options: .caseInsensitive) {
            consumed.insert(i)
            return true
        }
        return false
    }

    // MARK: Masthead

    /// Reads the masthead in the top quarter of page 1; returns the bottom (points) of the last
    /// masthead line it recognised, or 0.
    mutating func readMasthead(_ order: [Int]) -> Double {
        var bottom = 0.0
        var pendingDistribution = false
        // The masthead fills the top quarter; in the older layout (A/HRC/WG.6/7/SVN/1, 2009) the
        // right-hand stack Distr. / GENERAL / symbol / date / Original reaches a third of the page.
        // The stack stands on the right, or on the left in a right-to-left edition ("Distr." at
        // 84 pt and "ORIGINAL: ENGLISH" down to 207 pt of 792, E/ESCWA/30/8, Arabic).
        let stackOnLeft = order.contains { i in
            lines[i].y1 <= pageHeight * parameters.mastheadBottom && T.matches(EnglishPatterns.distribution, text(i))
                && lines[i].x1 < pageWidth * (1 - parameters.mastheadExtendedMinX)
        }
        for i in order where lines[i].y1 <= pageHeight * parameters.mastheadExtendedBottom {
            let extended = lines[i].y1 > pageHeight * parameters.mastheadBottom
            let inStack = stackOnLeft ? lines[i].x1 < pageWidth * (1 - parameters.mastheadExtendedMinX)
                : lines[i].x0 > pageWidth * parameters.mastheadExtendedMinX
            if extended && !inStack { continue }
            var t = text(i)
            var recognised = false
            // Peel masthead words the layout may have put on the same line as something else.
            for prefix in HeaderVocabulary.englishOrganization + LanguageVocabulary.otherHeaders.flatMap(\.organization) where t.hasPrefix(prefix) {
                t = HeaderText.collapse(String(t.dropFirst(prefix.count)))
                recognised = true
                // No field holds the Organization's name: it is a header line (CONTRACT.md),
                // "United Nations", "الأمم المتحدة".
                headerLines.insert(i)
            }
            for (printed, organ) in Self.organNames.map({ ($0, $0) }) + Self.otherOrgans
                where !extended && t.lowercased().hasPrefix(printed.lowercased()) {
                let rest = HeaderText.collapse(String(t.dropFirst(printed.count)))
                if rest.isEmpty || T.isoDate(rest) != nil || T.symbol(rest) != nil || rest.hasPrefix("Distr") {
                    organLines.append((i, organ, true))
                    t = rest
                    recognised = true
                }
            }
            if t.isEmpty {
            } else if HeaderVocabulary.englishOrganizationWords.contains(t) {
                recognised = true
                headerLines.insert(i)
            } else if T.matches(HeaderPatterns.singleCapital, t) {
                recognised = true
            } else if let g = T.match(EnglishPatterns.distribution, t) {
                // "Distr. générale", "Distr. general": the contract's value is the English word.
                let other = g[1].flatMap { d in LanguageVocabulary.otherHeaders.lazy.compactMap({ $0.distribution[d.lowercased()] }).first }
                if let d = other { md.distribution = d
                } else if let d = g[1], !d.isEmpty { md.distribution = d.prefix(1).uppercased() + d.dropFirst().lowercased() } else { pendingDistribution = true }
                recognised = true
            } else if pendingDistribution, T.matches(EnglishPatterns.distributionWord, t) {
                md.distribution = t.prefix(1).uppercased() + t.dropFirst().lowercased()
                pendingDistribution = false
                recognised = true
            } else if let s = T.symbol(t) {
                if md.symbol == nil {
                    let joint = T.jointSymbols(s.symbol)
                    md.symbol = joint[0]
                    md.otherSymbols = Array(joint.dropFirst())
                    if s.asterisks > 0 {
                        diagnostics.append(Diagnostic(.headerReissued,
                                                      message: "Symbol \(s.symbol) printed with \(String(repeating: "*", count: s.asterisks)) (reissue or footnote marker); stars dropped", page: lines[i].page))
                    }
                }
                recognised = true
            } else if let d = T.isoDate(t) {
                if md.issuedDate == nil { md.issuedDate = d }
                recognised = true
            } else if T.matches(EnglishPatterns.originalLabel, t, options: .caseInsensitive)
                        || LanguageVocabulary.otherHeaders.contains(where: { h in h.originalLabel.map { T.matches($0, t) } ?? false })
                        || T.matches(EnglishPatterns.languageName, t, options: .caseInsensitive)
                        || T.matches(EnglishPatterns.provisionalOrLanguageOnly, t)
                        // "English and French only" (ECE/TRANS/WP.29/GRSP/2010/20), "English, French and Spanish only".
                        || T.matches(EnglishPatterns.languagesOnly, t) {
                recognised = true
                headerLines.insert(i)
            }
            if recognised {
                consumed.insert(i)
                bottom = max(bottom, lines[i].y1)
            }
        }
        return bottom
    }

    // MARK: Left block and main column

    enum Stage: Int, Comparable {
        case left, main, afterTitle
        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    /// Extends a paragraph from `order[k]` downward: following lines with a pitch under 1.6 × the
    /// font size, a similar font size and the same left edge (or centre). Returns positions in `order`.
    /// With `hangingFirstLine`, the first line may start left of the rest: "73/6.  Fiftieth …"
    /// sets the number in the margin and the title's later lines under the title's first word.
    func paragraph(_ order: [Int], from k: Int, hangingFirstLine: Bool = false) -> [Int] {
        var out = [k]
        var p = k
        while p + 1 < order.count {
            let a = lines[order[p]], b = lines[order[p + 1]]
            let fs = max(a.fontSize, b.fontSize, parameters.minimumEmSize)
            let pitch = b.y0 - a.y0
            let hanging = hangingFirstLine && p == k && b.x0 > a.x0 && b.x0 - a.x0 < parameters.hangingIndentMax * fs
            let sameEdge = abs(a.x0 - b.x0) < parameters.headerParagraphAlignment || hanging
            let sameCentre = abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) < parameters.headerParagraphAlignment
            let maxPitch = text(order[p]).hasSuffix(";") ? parameters.headerLinePitchAfterSemicolon : parameters.headerLinePitch
            guard pitch > parameters.headerMinLinePitch * fs, pitch < maxPitch * fs,
                  abs(a.fontSize - b.fontSize) < parameters.headerFontSizeDifference, sameEdge || sameCentre else { break }
            if isStop(order[p + 1]) || startsNewHeaderItem(text(order[p + 1])) { break }
            out.append(p + 1)
            p += 1
        }
        return out
    }

    /// Lines that begin the body: the formula, numbered paragraphs, section headings, footnote text.
    func isStop(_ i: Int) -> Bool {
        let t = text(i)
        if T.matches(EnglishPatterns.headerFormula, t) { return true }            // The General Assembly,
        if LanguageVocabulary.otherHeaders.contains(where: { $0.formulas.contains(t) }) { return true }  // L'Assemblée générale,
        if T.matches(EnglishPatterns.organFormulaWithoutComma, t) { return true }
        if T.matches(HeaderPatterns.paragraphNumberOpening, t) { return true }   // 1.  I.  A.
        if T.matches(EnglishPatterns.bodyHeading, t) { return true }
        // A title line may start with a date ("1 July 2024 to 30 June 2025", A/80/590).
        if T.matches(HeaderPatterns.footnoteOpening, t), !T.matches(EnglishPatterns.dateOpening, t) {
            return true                                                                 // footnote area
        }
        if T.matches(EnglishPatterns.letterOpening, t) { return true }
        return false
    }

    /// Lines that begin another header element, so never continue the paragraph above them.
    func startsNewHeaderItem(_ t: String) -> Bool {
        T.agendaLine(t) != nil || (Self.opensAsHeading(t) && T.sessionNumber(t) != nil) || t.hasPrefix("[")
            || T.matches(EnglishPatterns.adoptionOpening, t) || Self.otherAdoption(t) != nil
            || T.matches(EnglishPatterns.kindOpening, t)
            || Self.committeeName(t) != nil
    }

    /// A subsidiary body named in the left block above the session line: "Economic and Social
    /// Commission for Western Asia (ESCWA)", "Executive Committee" (E/ESCWA/2017/EC.4/L.2),
    /// "Economic Commission for Europe", "World Forum for Harmonization of Vehicle Regulations",
    /// "Working Party on Passive Safety" (ECE/TRANS/WP.29/GRSP/2010/20), "Working Group on the
    /// Universal Periodic Review". Capitalised words and connectors only, a body noun among them,
    /// no full stop.
    static func isBodyName(_ t: String, parameters: StructureParameters) -> Bool {
        guard (1...parameters.bodyNameMaxWords).contains(t.split(separator: " ").count), hasNameWords(t) else { return false }
        // A name set in capitals ("ECONOMIC AND SOCIAL COMMISSION", E/ESCWA/30/INF.1 p. 2)
        // names its body as the mixed-case line does.
        return HeaderText.matches(EnglishPatterns.bodyNameNoun, t, options: isCapitals(t) ? .caseInsensitive : [])
            && organName(t) == nil && committeeName(t) == nil
    }

    /// A body named in another language's words: its first word is one of that language's
    /// body nouns (`HeaderVocabulary.bodyNouns`), it holds no digit and no more than
    /// `bodyNameMaxWords` words.
    static func isOtherBodyName(_ t: String, parameters: StructureParameters) -> Bool {
        guard let first = t.split(separator: " ").first, !t.contains(where: \.isNumber),
              t.split(separator: " ").count <= parameters.bodyNameMaxWords else { return false }
        return LanguageVocabulary.otherHeaders.contains { $0.bodyNouns.contains(String(first)) }
    }

    /// A session line of another language followed by its theme in brackets: the session as
    /// printed and its number.
    static func otherSessionWithTheme(_ t: String) -> (session: String, number: Int)? {
        guard let open = t.firstIndex(of: "("), t.hasSuffix(")"), open > t.startIndex else { return nil }
        let session = String(t[..<open]).trimmingCharacters(in: .whitespaces)
        guard !session.contains(where: { $0.isASCII && $0.isLetter }), let n = HeaderText.sessionNumber(session) else { return nil }
        return (session, n)
    }

    /// A session's venue and dates in another language ("بيروت، 25-28 حزيران/يونيو 2018",
    /// E/ESCWA/30/6, Arabic): a short line that ends with a year and names a month of that
    /// language.
    static func isOtherVenueLine(_ t: String, parameters: StructureParameters) -> Bool {
        guard t.split(separator: " ").count <= parameters.sessionVenueMaxWords, HeaderText.matches(HeaderPatterns.yearEnding, t) else { return false }
        // "كانون الأول/ديسمبر2017" (E/ESCWA/2017/EC.4/L.2, Arabic) sets the year against the month.
        return LanguageVocabulary.otherHeaders.contains { h in h.months.keys.contains { t.contains($0) } }
    }

    /// Whether every cased letter of `t` is a capital (and it has one).
    static func isCapitals(_ t: String) -> Bool {
        t.contains { $0.isUppercase } && !t.contains { $0.isLowercase }
    }

    /// Whether `t` may be the rest of a wrapped body name: words in capitals or connectors, no
    /// full stop or colon at its end, not a session or agenda line.
    static func isBodyNamePart(_ t: String) -> Bool {
        hasNameWords(t) && HeaderText.sessionNumber(t) == nil && HeaderText.match(EnglishPatterns.sessionAndTheme, t) == nil
    }

    /// Words of a name: each opens with a capital or "(", or is a connector ("and", "of"); no
    /// full stop or colon at the end.
    static func hasNameWords(_ t: String) -> Bool {
        let connectors = HeaderVocabulary.englishBodyNameConnectors
        return !t.hasSuffix(".") && !t.hasSuffix(":")
            && t.split(separator: " ").allSatisfy { $0.first?.isUppercase == true || $0.first == "(" || connectors.contains($0) }
    }

    static func committeeName(_ t: String) -> String? {
        let s = HeaderText.stripMarkers(t)
        if HeaderText.matches(EnglishPatterns.mainCommittee, s)
            || HeaderText.matches(EnglishPatterns.fourthCommittee, s) {
            return s
        }
        return nil
    }

    /// "26th plenary meeting", "22nd meeting", "50th (resumed) plenary meeting" (A/RES/78/239).
    static let meetingPattern = EnglishPatterns.meeting

    /// True when a line opens as a header line does: with a capital, or with a letter of a
    /// script without case ("第九十一届会议", Samples/A_RES_91_170).
    static func opensAsHeading(_ t: String) -> Bool {
        guard let c = t.first else { return false }
        return c.isUppercase || (c.isLetter && !c.isCased)
    }

    /// A meeting line of another language ("57e séance plénière", "第57次全体会议"), kept as printed.
    static func isOtherMeeting(_ t: String) -> Bool {
        LanguageVocabulary.otherHeaders.contains { h in h.meetingPattern.map { HeaderText.matches($0, t) } ?? false }
    }

    /// The meeting-line openings of the other languages ("الجلسة").
    static let otherMeetingOpenings = LanguageVocabulary.otherHeaders.compactMap(\.meetingOpening)

    /// True when `t` opens with the first word of another language's meeting line.
    static func opensOtherMeeting(_ t: String) -> Bool {
        otherMeetingOpenings.contains { t.hasPrefix($0) }
    }

    /// The adoption line of a resolution in another language: the date text it holds (nil
    /// inside when it holds none), or nil when `t` is no such line.
    static func otherAdoption(_ t: String) -> String?? {
        for pattern in LanguageVocabulary.otherHeaders.flatMap(\.adoptionPatterns) {
            if let g = HeaderText.match(pattern, t) { return .some(g.count > 1 ? g[1] : nil) }
        }
        return nil
    }

    /// Where the reading of the header's blocks stands: which part of the header the next line
    /// may belong to, the left block's left edge, and whether a title is expected or found.
    struct BlockState {
        var stage = Stage.left
        /// Left edge (PDF points) of the left block's first line.
        var leftEdge: Double?
        var expectTitle = false
        var titleFound = false
        /// Left edge (PDF points) of the title's first line, once read.
        var titleEdge: Double?
    }

    /// What a reader of one header element did: it took lines up to `next` (a position in
    /// `order`), or it found the first line of the body.
    enum Step { case next(Int), bodyStarts }

    /// Reads the header below the masthead, one element after the other: the left block
    /// (`readLeftBlock`, `readAgendaItem`), the adoption lines (`readAdoption`), the number and
    /// meeting lines (`readNumberOrMeeting`) and the main column's paragraphs: sponsors, title,
    /// subtitle (`readMainColumn`). Each reader returns the position after what it consumed, or
    /// nil when the line is not its element. `order` holds line indices in reading order.
    mutating func readBlocks(_ order: [Int]) {
        var state = BlockState()
        var k = 0
        reading: while k < order.count {
            let i = order[k]
            if isStop(i) {
                bodyStart = i
                break
            }
            let clean = T.stripMarkers(text(i))
            let inLeftBlock = state.stage == .left
                || (state.leftEdge.map { abs(lines[i].x0 - $0) < parameters.leftBlockEdge } ?? false) && !state.expectTitle
            if inLeftBlock, let next = readLeftBlock(order, at: k, clean: clean, state: &state) ?? readAgendaItem(order, at: k, clean: clean, state: &state) {
                k = next
                continue
            }
            if let next = readAdoption(order, at: k, clean: clean, state: &state) ?? readNumberOrMeeting(order, at: k, clean: clean, state: &state) {
                k = next
                continue
            }
            if !state.titleFound, opensLeftBlockAboveAgendaLine(order, at: k) {
                consumed.insert(i); headerLines.insert(i)
                state.leftEdge = state.leftEdge ?? lines[i].x0
                k += 1
                continue
            }
            switch readMainColumn(order, at: k, state: &state) {
            case .next(let next): k = next
            case .bodyStarts:
                bodyStart = i
                break reading
            }
        }
        reportUnplacedAboveBody(order)
    }

    /// Whether the line at position `k` of `order` stands at the left edge of an agenda line
    /// right under it (closer than `headerLinePitch` em): a left-block line no reader knows, kept
    /// as a header line rather than taken for the title. The session line of a scanned 1971
    /// draft reads "rrwenty-sixth session" (A/L.632) and so is no session line.
    private func opensLeftBlockAboveAgendaLine(_ order: [Int], at k: Int) -> Bool {
        guard k + 1 < order.count else { return false }
        let (line, below) = (lines[order[k]], lines[order[k + 1]])
        let em = max(line.fontSize, parameters.minimumEmSize)
        return T.agendaLine(T.stripMarkers(text(order[k + 1]))) != nil && T.agendaLine(T.stripMarkers(text(order[k]))) == nil
            && abs(below.x0 - line.x0) < parameters.leftBlockEdge
            && below.y0 > line.y0 && below.y0 - line.y0 < parameters.headerLinePitch * em
    }

    /// Marks the lines at positions `positions` of `order` as read.
    private mutating func consume(_ positions: [Int], of order: [Int]) {
        for p in positions { consumed.insert(order[p]) }
    }

    /// Keeps the lines at positions `positions` of `order` as header lines: printed header
    /// words that no field holds land in furniture (contract).
    private mutating func keepAsHeaderLines(_ positions: [Int], of order: [Int]) {
        for p in positions { headerLines.insert(order[p]) }
    }

    /// The left block, one line: the organ ("Human Rights Council"), the session ("Seventy-third
    /// session", A/RES/73/6), the committee ("First Committee", A/C.1/80/L.28), a body name
    /// (ECE/TRANS/WP.29/GRSP/2010/20), the year line, the session dates and venue.
    private mutating func readLeftBlock(_ order: [Int], at k: Int, clean: String, state: inout BlockState) -> Int? {
        let i = order[k]
        let line = lines[i]
        if let organ = Self.organName(clean) {
            organLines.append((i, organ, false))
            consumed.insert(i); state.leftEdge = state.leftEdge ?? line.x0; return k + 1
        }
        if Self.opensAsHeading(clean), let n = T.sessionNumber(clean) {
            if md.session == nil { md.session = clean; md.sessionNumber = n }
            consumed.insert(i); state.leftEdge = state.leftEdge ?? line.x0; return k + 1
        }
        if let g = T.match(EnglishPatterns.sessionAndYear, clean), let n = T.sessionNumber(g[1]!) {
            if md.session == nil { md.session = g[1]!; md.sessionNumber = n }
            consumed.insert(i); headerLines.insert(i); return k + 1
        }
        if let g = T.match(EnglishPatterns.sessionAndTheme, clean), let n = T.sessionNumber(g[1]!) {
            // The session is the field, the whole line (with its theme) a header line.
            if md.session == nil { md.session = g[1]!; md.sessionNumber = n }
            consumed.insert(i); headerLines.insert(i); return k + 1
        }
        if T.matches(EnglishPatterns.yearLine, clean) || T.matches(EnglishPatterns.twoOrgans, clean) {
            consumed.insert(i); headerLines.insert(i); return k + 1
        }
        if var c = Self.committeeName(clean) {
            consumed.insert(i); state.leftEdge = state.leftEdge ?? line.x0
            var next = k + 1
            // "Special Political and Decolonization Committee" / "(Fourth Committee)" (A/C.4/80/L.1).
            if next < order.count, T.matches(EnglishPatterns.fourthCommitteeNote, text(order[next])) {
                c += " " + text(order[next])
                consumed.insert(order[next]); next += 1
            }
            if md.committee == nil { md.committee = c }
            return next
        }
        if md.session == nil, state.stage == .left, Self.isOtherBodyName(clean, parameters: parameters) {
            // "اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)" above the session line of an
            // Arabic ESCWA document, set at the right edge (E/ESCWA/30/6, Arabic); the bodies
            // under it ("اللجنة التنفيذية", E/ESCWA/2017/EC.4/4(Part V)) are header lines, as in English.
            // A name that wraps runs on in lower case at the same left edge ("Commission
            // économique et sociale" / "pour l’Asie occidentale", E/ESCWA/30/18/Report, French).
            let (all, edge) = (lines, parameters.leftBlockEdge)
            return readBodyName(order, at: k, clean: clean) { _, p in
                T.collapse(all[order[p]].text).first?.isLowercase == true && abs(all[order[p]].x0 - line.x0) < edge
            }
        }
        if state.stage == .left, md.committee != nil, let session = Self.otherSessionWithTheme(clean) {
            // "الدورة الحادية عشرة (تحرير التجارة الخارجية)" (E/ESCWA/EDID/2017/IG.3/4, Arabic):
            // the session is the field, the whole line a header line.
            if md.session == nil { md.session = session.session; md.sessionNumber = session.number }
            consumed.insert(i); headerLines.insert(i); return k + 1
        }
        if state.stage == .left, md.committee != nil, LanguageVocabulary.otherHeaders.contains(where: { h in h.bodyMeetingPattern.map { T.matches($0, clean) } ?? false }) {
            // "الاجتماع الرابع" of the executive committee (E/ESCWA/2017/EC.4/4(Part V), Arabic).
            consumed.insert(i); headerLines.insert(i); return k + 1
        }
        if md.session == nil, state.stage == .left, line.x0 < parameters.leftBlockMaxX * pageWidth,
           Self.kindLine(clean) == nil, Self.isBodyName(clean, parameters: parameters) {
            // The first body under the organ is the committee; the bodies under it
            // (ECE: "Inland Transport Committee" / "World Forum for …" / "Working Party on
            // Passive Safety") are header lines.
            // A name that wraps goes on in lower case ("Committee on Liberalization of Foreign
            // Trade, Economic Globalization" / "and Financing for Development", E/ESCWA/EDID/2017/IG.3/4),
            // after a comma or a connector, or indented under it ("…, Economic" / " Globalization and
            // Financing for Development", E/ESCWA/EDID/2017/IG.2/INF.1).
            let em = max(line.fontSize, parameters.minimumEmSize)
            let (all, indents) = (lines, (parameters.wrappedNameIndent * em)...(parameters.hangingIndentMax * em))
            func runsOn(_ previous: String, _ following: String, indent: Double) -> Bool {
                guard let c = following.first, c.isLetter else { return false }
                let last = previous.split(separator: " ").last ?? ""
                // A name in capitals runs on in capitals: "ECONOMIC AND SOCIAL COMMISSION" /
                // "FOR WESTERN ASIA (ESCWA)" (E/ESCWA/30/INF.1 p. 2).
                return c.isLowercase || last.hasSuffix(",") || HeaderVocabulary.englishBodyNameConnectors.contains(last)
                    || (Self.isCapitals(previous) && Self.isCapitals(following))
                    || (indent > indents.lowerBound && indent < indents.upperBound)
            }
            state.leftEdge = state.leftEdge ?? line.x0
            return readBodyName(order, at: k, clean: clean) { previous, p in
                let following = T.collapse(all[order[p]].text)
                return runsOn(T.collapse(all[order[previous]].text), following, indent: all[order[p]].x0 - line.x0) && Self.isBodyNamePart(following)
            }
        }
        // "Fourth meeting" of an executive committee (E/ESCWA/2017/EC.4/L.2) stands where
        // a session line would.
        if state.stage == .left, md.committee != nil, T.matches(EnglishPatterns.ordinalMeeting, clean) {
            consumed.insert(i); headerLines.insert(i); return k + 1
        }
        return nil
    }

    /// A body's name from `order[k]` (`clean`), with the lines under it that `runsOn(previous,
    /// next)` (positions in `order`) accepts, each closer than `headerLinePitch` em to the line
    /// above: the committee when none is read yet, else a header line. Returns the position
    /// after the name.
    private mutating func readBodyName(_ order: [Int], at k: Int, clean: String, runsOn: (Int, Int) -> Bool) -> Int {
        let i = order[k]
        var name = clean, next = k + 1
        let em = max(lines[i].fontSize, parameters.minimumEmSize)
        while next < order.count, runsOn(next - 1, next),
              lines[order[next]].y0 - lines[order[next - 1]].y0 < parameters.headerLinePitch * em {
            name += " " + T.stripMarkers(text(order[next]))
            consumed.insert(order[next]); headerLines.insert(order[next]); next += 1
        }
        if md.committee == nil { md.committee = name } else { headerLines.insert(i) }
        consumed.insert(i)
        return next
    }

    /// The agenda item ("Agenda item 71 (b)", A/RES/78/199) and its title in the lines under it
    /// at the same left edge; or, failing that, the session dates and venue ("Geneva, 8-19
    /// February 2010", A/HRC/WG.6/7/SVN/1).
    private mutating func readAgendaItem(_ order: [Int], at k: Int, clean: String, state: inout BlockState) -> Int? {
        let i = order[k]
        let line = lines[i]
        guard let items = T.agendaLine(clean) else {
            // Session dates and venue: "24 February–20 March 2020", "Geneva, 8-19 February 2010".
            if state.stage == .left, clean.split(separator: " ").count <= parameters.sessionVenueMaxWords, isVenueLine(clean) {
                consumed.insert(i); headerLines.insert(i); return k + 1
            }
            return nil
        }
        if md.agendaItems.isEmpty { md.agendaItems = items }
        consumed.insert(i); state.leftEdge = state.leftEdge ?? line.x0
        // "Item 35 of the provisional agenda" (bulk A/80/L.1): "provisional" is no field's.
        if !T.matches(EnglishPatterns.agendaItems, clean, options: .caseInsensitive) { headerLines.insert(i) }
        // The agenda item's title: following lines at the same left edge, close pitch.
        var titleLines: [String] = []
        var p = k + 1
        var prev = line
        // Several items print a title each, a paragraph apart ("Items 138 and 139 of the
        // preliminary list" over "Proposed programme budget for 2027" and "Programme planning",
        // 1.8 em apart, A/81/6 (Sect. 13)): the first title and each next one may open over a
        // wider gap.
        var titles = 1
        while p < order.count {
            let b = lines[order[p]]
            let bt = text(order[p])
            let fs = max(prev.fontSize, b.fontSize, parameters.minimumEmSize)
            let opensNextTitle = items.count > 1 && (titleLines.isEmpty || titles < items.count)
                && b.y0 - prev.y0 >= parameters.agendaTitlePitch * fs && b.y0 - prev.y0 < parameters.agendaTitlesGap * fs
            // A title may read "Report of the International Criminal Court" (A/RES/78/6), so only
            // another left-block item ends it, not a "Report of …" line.
            guard abs(b.x0 - line.x0) < parameters.leftBlockEdge, b.y0 - prev.y0 < parameters.agendaTitlePitch * fs || opensNextTitle,
                  b.y0 > prev.y0,
                  T.agendaLine(bt) == nil, Self.committeeName(bt) == nil, !bt.hasPrefix("["),
                  !(Self.opensAsHeading(bt) && T.sessionNumber(bt) != nil), !isStop(order[p]) else { break }
            if opensNextTitle && !titleLines.isEmpty { titles += 1 }
            titleLines.append(bt)
            consumed.insert(order[p])
            prev = b
            p += 1
        }
        if !titleLines.isEmpty, md.agendaItemTitle == nil {
            md.agendaItemTitle = T.stripMarkers(T.joinLines(titleLines))
        }
        if titleLines.isEmpty, md.agendaItemTitle == nil, let next = readCentredAgendaTitle(order, at: p) { return next }
        return p
    }

    /// The older layout's agenda item title (1970s–1980s drafts, A/L.632 of 1971): set in
    /// capitals, centred, between the agenda line and the sponsors' line ("RESTORATION OF THE
    /// LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC" / "OF CHINA IN THE UNITED NATIONS" over
    /// "Australia, …: draft resolution"). Read only when the sponsors' line follows it, so a
    /// title in capitals that is the document's own is never taken. Returns the position after it.
    private mutating func readCentredAgendaTitle(_ order: [Int], at k: Int) -> Int? {
        guard k < order.count, !isStop(order[k]) else { return nil }
        let para = paragraph(order, from: k)
        let titleLines = para.map { T.stripMarkers(text(order[$0])) }
        guard titleLines.allSatisfy(Self.isCapitals), let last = para.last, last + 1 < order.count else { return nil }
        let sponsors = T.stripMarkers(T.joinLines(paragraph(order, from: last + 1).map { text(order[$0]) }))
        guard T.matches(EnglishPatterns.sponsorsLine, sponsors, options: [.caseInsensitive]) else { return nil }
        md.agendaItemTitle = T.joinLines(titleLines)
        consume(para, of: order)
        return last + 1
    }

    /// The adoption lines: "Resolution adopted by the General Assembly on 26 October 2018" and
    /// its date (A/RES/73/6), another language's form, "Resolution 2803 (2025)" and "Adopted by
    /// the Security Council at its … meeting, on …", and a bracketed reference or vote line
    /// ("[without reference to a Main Committee (A/73/L.6 and A/73/L.6/Add.1)]", A/RES/73/6).
    private mutating func readAdoption(_ order: [Int], at k: Int, clean: String, state: inout BlockState) -> Int? {
        let i = order[k]
        if let date = Self.otherAdoption(clean) {
            // "Résolution adoptée par l'Assemblée générale le 9 janvier 2037" and its kin.
            state.stage = .main
            md.documentType = .resolution
            consumed.insert(i)
            if md.adoptionDate == nil { md.adoptionDate = date.flatMap { T.isoDate($0) ?? T.firstDate(in: $0) } }
            state.expectTitle = true
            return k + 1
        }
        if let g = T.match(EnglishPatterns.adoption, clean) {
            state.stage = .main
            md.documentType = g[1] == "Resolution" ? .resolution : .decision
            consumed.insert(i)
            var next = k + 1
            var date = g[3].flatMap { T.firstDate(in: $0) }
            if date == nil, k + 1 < order.count {
                let nt = T.stripMarkers(text(order[k + 1]))
                let cand = nt.hasPrefix("on ") ? String(nt.dropFirst("on ".count)) : nt
                if let d = T.isoDate(cand) {
                    date = d
                    consumed.insert(order[k + 1])
                    next += 1
                }
            }
            if md.adoptionDate == nil { md.adoptionDate = date }
            state.expectTitle = true
            return next
        }
        if let g = T.match(EnglishPatterns.councilResolution, clean) {
            state.stage = .main
            md.documentType = .resolution
            md.resolutionNumber = g[1]
            consumed.insert(i); return k + 1
        }
        if clean.hasPrefix("Adopted by the ") {
            let para = paragraph(order, from: k)
            let joined = T.joinLines(para.map { text(order[$0]) })
            if let g = T.match(EnglishPatterns.adoptedAtMeeting, joined) {
                md.meeting = "\(g[1]!)\(g[2]!) meeting"
                md.adoptionDate = T.firstDate(in: g[3]!)
                consume(para, of: order)
                state.stage = .main
                return para.last! + 1
            }
        }
        return text(i).hasPrefix("[") ? readBracketedLine(order, at: k, state: &state) : nil
    }

    /// A bracketed line under the adoption line, over up to `adoptionBracketMaxLines` lines: the
    /// vote ("[Adopted without a vote.]") or the reference ("[without reference to a Main
    /// Committee (A/73/L.6 and A/73/L.6/Add.1)]", A/RES/73/6).
    private mutating func readBracketedLine(_ order: [Int], at k: Int, state: inout BlockState) -> Int? {
        var p = k
        var parts: [String] = []
        while p < order.count, p - k < parameters.adoptionBracketMaxLines {
            parts.append(text(order[p]))
            if text(order[p]).contains("]") { break }
            p += 1
        }
        guard p < order.count, text(order[p]).contains("]") else { return nil }
        var content = T.joinLines(parts)
        content = content.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
        for q in k...p { consumed.insert(order[q]) }
        if T.matches(EnglishPatterns.adoptedOrRejected, content) || content.lowercased().contains(HeaderVocabulary.englishVoteWord) {
            if md.adoptionVote == nil { md.adoptionVote = content }
        } else if md.adoptionReference == nil {
            md.adoptionReference = content
        }
        state.stage = max(state.stage, .main)
        return p + 1
    }

    /// The number of a resolution or decision, alone or with its title ("73/6.  Fiftieth
    /// anniversary …", A/RES/73/6; "14/105", A/HRC/DEC/14/105), and a meeting line in the header
    /// ("26th plenary meeting"; "4507" / "th meeting" of S/PV.4507).
    private mutating func readNumberOrMeeting(_ order: [Int], at k: Int, clean: String, state: inout BlockState) -> Int? {
        let i = order[k]
        if let g = T.match(HeaderPatterns.resolutionNumber, clean),
           state.expectTitle || md.documentType == .resolution || md.documentType == .decision {
            md.resolutionNumber = g[1]
            consumed.insert(i)
            state.stage = .main
            guard let rest = g[2], !rest.isEmpty else {
                state.expectTitle = true
                return k + 1
            }
            // Number and title on one line: the title paragraph starts here.
            let para = paragraph(order, from: k, hangingFirstLine: true)
            var textParts = para.map { text(order[$0]) }
            textParts[0] = rest
            md.title = T.stripMarkers(T.joinLines(textParts))
            consume(para, of: order)
            state.titleFound = true
            state.expectTitle = false
            state.stage = .afterTitle
            return para.last! + 1
        }
        if let g = T.match(Self.meetingPattern, clean) {
            if md.meeting == nil { md.meeting = "\(g[1]!)\(g[2]!) \(g[3]!)" }
            consumed.insert(i); return k + 1
        }
        if Self.isOtherMeeting(clean) {
            if md.meeting == nil { md.meeting = clean }
            consumed.insert(i); return k + 1
        }
        // Verbatim records print the meeting number with a raised suffix the layout may split
        // off: "4507" / "th meeting" (S/PV.4507).
        if T.matches(HeaderPatterns.digitsOnly, clean), k + 1 < order.count,
           let g = T.match(Self.meetingPattern, clean + T.stripMarkers(text(order[k + 1]))) {
            if md.meeting == nil { md.meeting = "\(g[1]!)\(g[2]!) \(g[3]!)" }
            consumed.insert(i); consumed.insert(order[k + 1]); return k + 2
        }
        return nil
    }

    /// The paragraphs of the main column: the draft or sponsors line (`readSponsors`), then the
    /// title, then a subtitle naming the kind ("Note by the Secretary-General", S/2025/378) or
    /// the author ("Submitted by the expert from France*"). Any other paragraph starts the body.
    private mutating func readMainColumn(_ order: [Int], at k: Int, state: inout BlockState) -> Step {
        let i = order[k]
        let para = paragraph(order, from: k)
        let joinedClean = T.stripMarkers(T.joinLines(para.map { text(order[$0]) }))
        if state.stage < .afterTitle, !state.titleFound, readSponsors(order, para: para, joinedClean: joinedClean) {
            state.stage = .main
            state.expectTitle = true
            return .next(para.last! + 1)
        }
        if state.titleFound, md.submittedBy == nil, let g = T.match(EnglishPatterns.submittedBy, joinedClean) {
            // "Submitted by the expert from France*" under the title (ECE/TRANS/WP.29/GRSP/2010/20).
            md.submittedBy = g[1]
            consume(para, of: order)
            return .next(para.last! + 1)
        }
        if state.titleFound, para.count == 1, T.matches(EnglishPatterns.officerLine, joinedClean) {
            // "Vice-President and Rapporteur: Mr. Hisham Badr (Egypt)" under the title of a
            // session report (A/HRC/14/37): no field holds it, and it is no body text.
            keepAsHeaderLines(para, of: order)
            consume(para, of: order)
            return .next(para.last! + 1)
        }
        if state.titleFound {
            // After the title: a subtitle naming the kind of document, or an addendum line.
            guard let kind = Self.kindLine(joinedClean) else {
                return coverSubtitles(order, from: k, titleEdge: state.titleEdge).map { .next($0) } ?? .bodyStarts
            }
            if md.documentType == nil || md.documentType == .other { md.documentType = kind }
            let author = Self.author(joinedClean)
            if md.submittedBy == nil { md.submittedBy = author }
            consume(para, of: order)
            // A subtitle whose words no field holds is kept as header lines ("Report of the
            // Secretary-General on …" gives its kind only).
            // Nor does one that names its author after its own kind: "Compilation of information
            // prepared by the Office of the United Nations High Commissioner for Human Rights"
            // (A/HRC/WG.6/48/SVN/2) gives `submittedBy`, and its first words stay header lines.
            if author == nil || md.submittedBy != author || T.matches(EnglishPatterns.preparedByKind, joinedClean, options: .caseInsensitive) {
                keepAsHeaderLines(para, of: order)
            }
            return .next(para.last! + 1)
        }
        // The title. Verbatim records (S/PV.…) have none: their header ends with the meeting's
        // date and place under the meeting line.
        if md.symbol?.contains("/PV.") == true {
            return readRecordDateAndPlace(order, para: para) ? .next(para.last! + 1) : .bodyStarts
        }
        guard lines[i].y0 < pageHeight * parameters.titleMaxTop, T.matches(HeaderPatterns.twoLetters, joinedClean) else {
            return .bodyStarts
        }
        md.title = joinedClean
        consume(para, of: order)
        state.titleFound = true
        state.titleEdge = lines[i].x0
        state.expectTitle = false
        state.stage = .afterTitle
        let named = Self.titleKind(joinedClean)
        if md.documentType == nil, let kind = Self.kindLine(joinedClean) ?? named?.kind { md.documentType = kind }
        // A title that names the report's author gives `submittedBy` (contract: the words
        // after "Report of"): "Report of the Working Group on the Universal Periodic Review"
        // (A/HRC/14/15), "Report of the Secretary-General on the situation concerning Western
        // Sahara" (S/2012/197). The title stays whole. A resolution titled "Report of the
        // Disarmament Commission" (A/C.1/80/L.48) is about that report, not by its author.
        if md.submittedBy == nil, md.documentType == .report { md.submittedBy = Self.author(joinedClean) ?? Self.authorBeforeSubject(joinedClean) }
        if named?.whole == true, let next = readKindSubtitle(order, after: para) { return .next(next) }
        return .next(para.last! + 1)
    }

    /// A line of dates and venue: "Khartoum, 17-18 October 2017", "Geneva, 8-19 February 2010",
    /// or another language's ("بيروت، 5-4 نيسان/أبريل 2017").
    func isVenueLine(_ t: String) -> Bool {
        T.matches(EnglishPatterns.monthAndYearEnding, t) || Self.isOtherVenueLine(t, parameters: parameters)
    }

    /// The kind a title names by its first words (`HeaderVocabulary.englishTitleKinds` and each
    /// language's `titleKinds`), and whether the title is those words alone.
    static func titleKind(_ t: String) -> (kind: DocumentType, whole: Bool)? {
        for kinds in [HeaderVocabulary.englishTitleKinds] + LanguageVocabulary.otherHeaders.map(\.titleKinds) {
            for (words, kind) in kinds where t == words || t.hasPrefix(words + " ") { return (kind, t == words) }
        }
        return nil
    }

    /// After a title that is only its kind's name ("Report", E/ESCWA/SDD/2017/IG.1/6/Report
    /// p. 1): the paragraph under it on the same centre, set nearly as large
    /// (`kindTitleSubtitleSize`), says what the report is of and joins the title ("Report
    /// Eleventh session of the Committee on Social Development"); a venue and date line in it
    /// ("Khartoum, 17-18 October 2017") is a header line. Returns the position after it.
    private mutating func readKindSubtitle(_ order: [Int], after title: [Int]) -> Int? {
        guard let last = title.last, last + 1 < order.count, !isStop(order[last + 1]) else { return nil }
        let head = lines[order[title[0]]]
        let sub = paragraph(order, from: last + 1)
        let centre = (head.x0 + head.x1) / 2
        // A numbered section title is the body's ("1- معلومات أساسية" under "مذكرة توضيحية",
        // E/ESCWA/EDID/2017/IG.1/INF.1, Arabic).
        if let first = T.stripMarkers(text(order[sub[0]])).split(separator: " ").first,
           Label.parse(String(first), parameters: parameters) != nil { return nil }
        // "Summary" over the summary box is a part's title, not the report's subject.
        func onCentre(_ i: Int) -> Bool { abs((lines[i].x0 + lines[i].x1) / 2 - centre) < parameters.headerParagraphAlignment }
        guard sub.allSatisfy({ p in
            onCentre(order[p]) && lines[order[p]].fontSize >= parameters.kindTitleSubtitleSize * head.fontSize
                && !LanguageVocabulary.anyPartTitle.contains(T.stripMarkers(text(order[p])))
        }) else { return nil }
        var words: [String] = []
        for p in sub {
            let t = T.stripMarkers(text(order[p]))
            if isVenueLine(t) {
                headerLines.insert(order[p])
            } else {
                words.append(t)
            }
        }
        if !words.isEmpty { md.title = T.joinLines([md.title ?? ""] + words) }
        consume(sub, of: order)
        // The venue and date may stand a little apart, on the same centre ("بيروت،5-4 تشرين
        // الأول/أكتوبر 2017", E/ESCWA/ECW/2017/IG.1/7/Report, Arabic).
        let next = sub.last! + 1
        if next < order.count, onCentre(order[next]), isVenueLine(T.stripMarkers(text(order[next]))) {
            headerLines.insert(order[next])
            consumed.insert(order[next])
            return next + 1
        }
        return next
    }

    /// The lines under the title of a cover page, when every line left on the title's page
    /// from position `k` of `order` is bold, unlabelled and starts at the title's left edge
    /// `titleEdge`: the name of the State reviewed, "Addendum" and a subtitle under "Report of
    /// the Working Group on the Universal Periodic Review" on the cover of A/HRC/59/15/Add.1,
    /// whose body opens on page 2. They are read as header lines; the position after them is
    /// returned, nil when the page holds anything else (body text, a numbered heading).
    private mutating func coverSubtitles(_ order: [Int], from k: Int, titleEdge: Double?) -> Int? {
        guard let edge = titleEdge else { return nil }
        let page = lines[order[k]].page
        let rest = Array(k..<order.count).prefix { lines[order[$0]].page == page }
        guard rest.allSatisfy({ p in
            let line = lines[order[p]]
            return line.isBold && abs(line.x0 - edge) < parameters.leftBlockEdge
                && text(order[p]).split(separator: " ").first.map({ Label.parse(String($0), parameters: parameters) == nil }) ?? false
        }), let last = rest.last else { return nil }
        keepAsHeaderLines(Array(rest), of: order)
        consume(Array(rest), of: order)
        return last + 1
    }

    /// Whether `para` (positions in `order`) holds only a verbatim record's meeting date and
    /// place, under its meeting line: "Thursday, 4 April 2002, 11.50 a.m." and "New York"
    /// (S/PV.4507, S/PV.10011). No field holds them: they are read as header lines.
    private mutating func readRecordDateAndPlace(_ order: [Int], para: [Int]) -> Bool {
        let texts = para.map { T.collapse(text(order[$0])) }
        func isDate(_ t: String) -> Bool {
            t.split(separator: " ").count <= parameters.recordDateLineMaxWords && T.firstDate(in: t) != nil
        }
        func isPlace(_ t: String) -> Bool {
            let words = t.split(separator: " ")
            return words.count <= parameters.recordPlaceMaxWords
                && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }
        }
        guard texts.contains(where: isDate), texts.allSatisfy({ isDate($0) || isPlace($0) }) else { return false }
        keepAsHeaderLines(para, of: order)
        consume(para, of: order)
        return true
    }

    /// A draft's line naming its kind and sponsors or officer; true when `para` (positions in
    /// `order`, joined as `joinedClean`) is one, read and consumed.
    private mutating func readSponsors(_ order: [Int], para: [Int], joinedClean: String) -> Bool {
        // "Draft resolution submitted by the Vice-Chair of the Committee, …, on the basis of
        // informal consultations on draft resolution A/C.2/80/L.18" (bulk A/C.2/80/L.47),
        // "Draft decision submitted by the Bureau" (A/C.2/80/L.61): an officer's text, no sponsors.
        // The kind may be printed again after a colon ("…, on the basis of informal
        // consultations on draft resolution A/C.2/80/L.2: draft resolution", A/C.2/80/L.43).
        if let g = T.match(EnglishPatterns.draftSubmittedBy, joinedClean) {
            md.documentType = g[1] == "decision" ? .draftDecision : .draftResolution
            if let by = g[2] { md.submittedBy = by }
            consume(para, of: order)
            return true
        }
        guard let g = T.match(EnglishPatterns.sponsorsLine, joinedClean, options: [.caseInsensitive]) else { return false }
        md.sponsors = T.splitSponsors(g[1]!)
        if g[4] != nil {
            // "Brazil:* amendment to draft resolution A/80/L.22" (A/80/L.29).
            md.documentType = .amendment
            md.amends = T.symbols(in: g[2]!)
            // "amendment to draft resolution 23 recommended by the Third Committee in its
            // report contained in document A/80/545" (bulk A/80/L.40): words beyond the
            // amended symbols are kept with the lines that print them.
            if !T.matches(EnglishPatterns.amendmentOfSymbols, g[2]!, options: .caseInsensitive) {
                // `para` holds positions in `order`: the clause starts at the position of the
                // first line that names the amendment.
                let clauseStart = para.first { T.matches(EnglishPatterns.amendmentsTo, text(order[$0]), options: .caseInsensitive) } ?? para[0]
                keepAsHeaderLines(para.filter { $0 >= clauseStart }, of: order)
            }
        } else {
            md.documentType = g[3]?.lowercased() == "decision" ? .draftDecision : .draftResolution
        }
        consume(para, of: order)
        return true
    }

    /// Unplaced lines above the body start in the header zone become diagnostics.
    private mutating func reportUnplacedAboveBody(_ order: [Int]) {
        guard let b = bodyStart else { return }
        for p in 0..<order.count where order[p] != b && lines[order[p]].y0 < lines[b].y0 && !consumed.contains(order[p]) {
            diagnostics.append(Diagnostic(.headerUnrecognisedLine,
                                          message: "Header line not placed: \(text(order[p]))", page: lines[order[p]].page))
        }
    }

    /// The kind named by a subtitle or title line: "Note by the Secretary-General" → note,
    /// "Report of the Secretary-General on …" → report, "Letter dated …" → letter,
    /// "Provisional agenda for …" → agenda.
    /// The author named by a subtitle, as printed: "Note by the Secretary-General" → "the
    /// Secretary-General" (S/2025/378), "Note by the Secretariat" (A/C.6/80/L.1), "Report of the
    /// Secretary-General" → "the Secretary-General". A report "of … on …" names its subject too,
    /// so only a report line without " on " gives its author.
    static func author(_ t: String) -> String? {
        if let g = HeaderText.match(EnglishPatterns.noteByAuthor, t) { return g[1] }
        if let g = HeaderText.match(EnglishPatterns.reportOfAuthor, t),
           !g[1]!.contains(" on ") || namesBodyOn(g[1]!) { return g[1] }
        if let g = HeaderText.match(EnglishPatterns.preparedByKind, t, options: .caseInsensitive) { return g[1] }
        return nil
    }

    /// The author of a title "Report of X on Y" where X is no body named for its subject:
    /// "the Secretary-General" (S/2012/197), "the Human Rights Council" (on its session,
    /// A/HRC/43/2); nil for "Report of the Special Rapporteur on …", whose mandate is named for
    /// its subject.
    static func authorBeforeSubject(_ t: String) -> String? {
        guard let g = HeaderText.match(EnglishPatterns.reportOfAuthorOnSubject, t, options: .caseInsensitive), let author = g[1],
              let start = t.range(of: author) else { return nil }
        return namesBodyOn(String(t[start.lowerBound...])) ? nil : author
    }

    /// Whether `name` is a body named for its subject ("the Advisory Committee on
    /// Administrative and Budgetary Questions", A/80/604/Add.1): the word before its first
    /// " on " is one of `HeaderVocabulary.bodiesNamedOn`. "the Secretary-General on the
    /// situation …" names an author and a subject instead.
    static func namesBodyOn(_ name: String) -> Bool {
        // "the Human Rights Council on its forty-third session" names a body and its session.
        guard let r = name.range(of: " on "), !name[r.upperBound...].hasPrefix(HeaderVocabulary.ownMeetingOpening) else { return false }
        return name[..<r.lowerBound].split(separator: " ").last.map { HeaderVocabulary.bodiesNamedOn.contains(String($0)) } ?? false
    }

    static func kindLine(_ t: String) -> DocumentType? {
        let ci: NSRegularExpression.Options = .caseInsensitive
        if HeaderText.matches(EnglishPatterns.noteKind, t, options: ci) { return .note }
        if HeaderText.matches(EnglishPatterns.reportKind, t, options: ci) { return .report }
        if HeaderText.matches(EnglishPatterns.preparedByKind, t, options: ci) { return .report }
        // "National report submitted …" (A/HRC/WG.6/7/SVN/1), "Annual report of …".
        if HeaderText.matches(EnglishPatterns.namedReportKind, t, options: ci) { return .report }
        if HeaderText.matches(EnglishPatterns.letterKind, t, options: ci) { return .letter }
        if HeaderText.matches(EnglishPatterns.agendaKind, t, options: .caseInsensitive) { return .agenda }
        if HeaderText.matches(EnglishPatterns.otherKind, t) { return .other }
        return nil
    }

    // MARK: Closing lines

    /// Resolutions and decisions end with the meeting line ("26th plenary meeting"), its date, and
    /// for Human Rights Council texts a bracketed voting line. The first such line after the header wins
    /// (annexes follow it).
    mutating func readClosing() {
        guard md.documentType == .resolution || md.documentType == .decision || md.symbol.map({ $0.contains("/RES/") || $0.contains("/DEC/") }) == true else { return }
        let start = (bodyStart ?? consumed.max() ?? -1) + 1
        guard start < lines.count else { return }
        // Cheap test first: this scans every body line of the document.
        for i in start..<lines.count where !consumed.contains(i) && (lines[i].text.contains("meeting") || lines[i].text.first?.isNumber == true
                                                                     || lines[i].text.hasPrefix("第") || Self.opensOtherMeeting(lines[i].text)) {
            let t = T.stripMarkers(text(i))
            let meeting: String
            if let g = T.match(Self.meetingPattern, t) { meeting = "\(g[1]!)\(g[2]!) \(g[3]!)"
            } else if Self.isOtherMeeting(t) { meeting = t
            } else { continue }
            if md.meeting == nil || md.documentType != nil { md.meeting = meeting }
            consumed.insert(i)
            var j = i + 1
            if j < lines.count, let d = T.isoDate(text(j)) {
                // Human Rights Council texts print the adoption date only here (A/HRC/DEC/14/105).
                if md.adoptionDate == nil { md.adoptionDate = d }
                consumed.insert(j)
                j += 1
            }
            if j < lines.count, text(j).hasPrefix("[") {
                var parts: [String] = []
                var q = j
                while q < lines.count, q - j < parameters.closingBracketMaxLines {
                    parts.append(text(q))
                    if text(q).contains("]") { break }
                    q += 1
                }
                if q < lines.count, text(q).contains("]") {
                    let content = T.joinLines(parts).trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                    for r in j...q { consumed.insert(r) }
                    if md.adoptionVote == nil { md.adoptionVote = content }
                }
            }
            break
        }
    }

    // MARK: Final decisions

    mutating func finish() {
        if let s = md.symbol {
            if s.hasPrefix("A/HRC/") { md.organ = "Human Rights Council" }
        }
        if md.organ == nil { md.organ = (organLines.first(where: \.inMasthead) ?? organLines.first)?.organ }
        if md.organ == nil, let s = md.symbol {
            if s.hasPrefix("A/") { md.organ = "General Assembly" } else if s.hasPrefix("S/") { md.organ = "Security Council" } else if s.hasPrefix("E/") { md.organ = "Economic and Social Council" }
        }
        // Every printed header word lands in a field or in furniture (CONTRACT.md): the second
        // organ of a joint document ("Security Council" beside "General Assembly" and over
        // "Eightieth year", A/80/434–S/2025/632) and the Assembly named over a Council's
        // decision (A/HRC/DEC/59/112) are header lines; the organ the field holds, printed
        // once more, is too.
        var organPrinted = false
        for (line, organ, _) in organLines {
            if organ != md.organ || organPrinted { headerLines.insert(line) } else { organPrinted = true }
        }
        if md.symbol == nil {
            diagnostics.append(Diagnostic(.headerNoSymbol,
                                          message: "No document symbol found at the top of page 1", page: 1))
        }
        if md.documentType == nil, let s = md.symbol {
            if s.contains("/RES/") { md.documentType = .resolution }
            else if s.contains("/DEC/") { md.documentType = .decision }
            else if s.hasPrefix("S/PV.") || s.contains("/PV.") || s.contains("/SR.") { md.documentType = .other }
            else if s.contains("/Agenda/") { md.documentType = .agenda }
        }
        if md.documentType == .other, md.title == nil, md.symbol == nil { md.documentType = nil }
        // Main Committee documents whose committee line is not printed (A/C.3/80/L.22): the symbol names it.
        if md.committee == nil, let s = md.symbol, let g = T.match(HeaderPatterns.mainCommitteeSymbol, s), let n = Int(g[1]!) {
            let names = ["First Committee", "Second Committee", "Third Committee",
                         "Special Political and Decolonization Committee (Fourth Committee)", "Fifth Committee", "Sixth Committee"]
            md.committee = names[n - 1]
        }
        // Security Council resolutions carry no title (contract).
        if md.organ == "Security Council", md.documentType == .resolution, md.symbol?.contains("/RES/") == true { md.title = nil }
        if let letter = jobLetter { md.language = T.languageTag(forJobLetter: letter) }
        if md.language == nil { md.language = guessLanguage() }
    }

    /// Language from common function words of page 1 when the job number carries no letter.
    func guessLanguage() -> String? {
        let words = lines.prefix(parameters.languageGuessLines).flatMap { $0.text.lowercased().split(separator: " ") }
        guard words.count > parameters.languageGuessMinWords else { return nil }
        let sets = LanguageVocabulary.all.filter { $0.script == .latin }.map { ($0.tag, $0.commonWords) }
        let scores = sets.map { (tag, set) in (tag, words.filter { set.contains(String($0)) }.count) }
        guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 >= parameters.languageMinWordHits else { return nil }
        return best.0
    }
}
