import Extraction
import Foundation
import Layout

/// Splits the body's lines (all pages, in reading order) into paragraphs.
///
/// A line opens a new paragraph when (UN documents set by Word: A/RES/73/6, A/RES/78/220):
/// - it is indented past the page's left margin (first-line indent), or
/// - it starts with a paragraph label ("1.", "(a)", "(iv)", "I.", "A.") after a line that closed
///   a sentence or clause, or
/// - the space above it is clearly larger than the document's usual line pitch, or
/// - its font size or weight differs from the line before (a heading), or
/// - the line before stopped well short of the right margin after closing a sentence.
/// A line at the top of a new page continues the last paragraph unless one of the first two
/// rules (or a heading) says otherwise, so a paragraph that runs over a page break stays one.
public struct ParagraphSegmenter: Sendable {
    /// The thresholds in force (`paragraphGap`, `firstLineIndent`, `shortLine` and others).
    public var parameters: StructureParameters
    var paragraphGap: Double { parameters.paragraphGap }
    var firstLineIndent: Double { parameters.firstLineIndent }
    var shortLine: Double { parameters.shortLine }

    public init(parameters: StructureParameters = .standard) { self.parameters = parameters }

    public func paragraphs(of lines: [Line]) -> [[Line]] {
        guard !lines.isEmpty else { return [] }
        let margins = self.margins(lines)
        let pitches = LinePitches(lines, parameters: parameters)
        var result: [[Line]] = [[lines[0]]]
        var seenItems: [Label] = itemLabel(lines[0]).map { [$0] } ?? []
        var lastNumber = paragraphNumber(lines[0])
        for i in 1..<lines.count {
            let cur = lines[i], prev = lines[i - 1]
            let pitch = pitches.pitch(page: cur.page, size: cur.fontSize)
            // The next paragraph number at the top of a page opens that paragraph whatever the
            // line before ("Chile, Mexico, Norway" ends a voting list on page 71 of A/HRC/14/37,
            // "158. For the text as adopted, …" opens page 72).
            let number = paragraphNumber(cur)
            if cur.page != prev.page, let n = number, let last = lastNumber, n == last + 1 {
                result.append([cur])
                seenItems = []
                lastNumber = n
                continue
            }
            // A numbered enumeration run into the paragraph after its colon, which breaks the
            // paragraphs' numbering: "…clustered into three categories:" over "1. Accepted
            // recommendations; 2. Accepted recommendations that …" (A/HRC/13/12/Add.1 p. 2).
            if let n = number, let last = lastNumber, n != last + 1, cur.page == prev.page,
               prev.words.last?.text.hasSuffix(":") == true, runsInline(lines, from: i, label: .arabic(n)),
               cur.bottom - prev.bottom <= pitch * paragraphGap {
                result[result.count - 1].append(cur)
                continue
            }
            // A wrapped inline enumeration ("…focus on: (a) supply chains; (b) digital
            // technology; …" in A/80/605) can put "(b)" at the start of a line: an item label
            // opens a paragraph only as the first of its series, after its predecessor opened
            // one, or after its predecessor right behind the number of the paragraph ("3. (a) …").
            let item = itemLabel(cur)
            let continuesSeries = item.map { label in seenItems.contains { Self.follows(label, $0) } } ?? false
            // A lettered title set wholly in bold heads a subsection wherever its series stands:
            // "(b) Human resources" after paragraph 43 under "(a) Movement of …" (A/80/590
            // p. 11), the numbered paragraphs between them having reset the series.
            let inSeries = item.map { label in
                Self.opensSeries(label) && !runsInline(lines, from: i, label: label) || continuesSeries
                    || cur.words.allSatisfy(\.isBold)
                    || (result.last?.first?.words.dropFirst().first.flatMap { Label.parse($0.text, parameters: parameters) }).map { Self.follows(label, $0) } == true
            } ?? true
            // The next label of a series already under way opens its item even after a comma
            // ("(iii) … facilities," then "(iv)" at the top of the next page, A/RES/80/116).
            if continuesSeries || (inSeries && startsParagraph(cur, after: prev, margins: margins, pitch: pitch)) {
                result.append([cur])
                if let number { lastNumber = number }
                if let item { seenItems.append(item) } else if itemLabel(cur) == nil && cur.words.first.flatMap({ Label.parse($0.text, parameters: parameters) }) != nil {
                    seenItems = []  // a new numbered paragraph starts its own series
                }
            } else {
                result[result.count - 1].append(cur)
            }
        }
        return result
    }

    /// The paragraph number ("158.") a line opens with, if any.
    func paragraphNumber(_ line: Line) -> Int? {
        guard let first = line.words.first?.text, case .arabic(let n)? = Label.parse(first, parameters: parameters) else { return nil }
        return n
    }

    /// The "(a)" or "(iv)" label a line opens with, if any.
    func itemLabel(_ line: Line) -> Label? {
        guard let first = line.words.first?.text, let label = Label.parse(first, parameters: parameters) else { return nil }
        switch label {
        case .letter, .parenRoman: return label
        default: return nil
        }
    }

    /// Whether the series `label` opens at the start of line `index` runs on inside the text:
    /// its next label stands inside one of the following lines, after a clause closed by a
    /// semicolon or comma, before any line opens with a label. "…reflects the net impact of:"
    /// then "(a) increased requirements for military and police personnel, …" with "…
    /// personnel; (b) increased requirements …" four lines down (A/80/628 p. 3): an enumeration
    /// run into the sentence that a line happened to open with "(a)", not an item. Looks
    /// `inlineSeriesLookahead` lines ahead, on the same page.
    func runsInline(_ lines: [Line], from index: Int, label: Label) -> Bool {
        let end = min(lines.count, index + parameters.inlineSeriesLookahead)
        for j in index..<end where lines[j].page == lines[index].page {
            let words = lines[j].words
            if j > index, let first = words.first, Label.parse(first.text, parameters: parameters) != nil { return false }
            for k in words.indices.dropFirst() where Self.follows(Label.parse(words[k].text, parameters: parameters) ?? .bullet(""), label) {
                if let closed = words[k - 1].text.last, ";,؛،".contains(closed) { return true }
            }
        }
        return false
    }

    static func opensSeries(_ label: Label) -> Bool {
        switch label {
        case .letter(let l): return l == "a" || l == "أ"
        case .parenRoman(let r): return r == "i"
        default: return true
        }
    }

    /// True when `label` continues a series that `previous` belongs to: (b) after (a), (ii)
    /// after (i); "(i)" may also be the letter after "(h)", "(v)" after "(u)".
    static func follows(_ label: Label, _ previous: Label?) -> Bool {
        guard let previous else { return false }
        // "b" after "a"; "aa" after "z", "bb" after "aa" (long lists in A/RES/78/181).
        func next(_ s: String) -> String? {
            if s == "z" { return "aa" }
            // Arabic items run in the abjad order: (أ), (ب), (ج), (د) …
            if let k = Self.abjad.firstIndex(of: s) { return k + 1 < Self.abjad.count ? Self.abjad[k + 1] : nil }
            guard let c = s.unicodeScalars.first, s.unicodeScalars.allSatisfy({ $0 == c }),
                  let n = Unicode.Scalar(c.value + 1) else { return nil }
            return String(repeating: String(Character(n)), count: s.unicodeScalars.count)
        }
        switch (label, previous) {
        case (.letter(let l), .letter(let p)), (.parenRoman(let l), .letter(let p)): return next(p) == l
        case (.parenRoman(let r), .parenRoman(let p)):
            return (Label.romanValue(r) ?? 0) == (Label.romanValue(p) ?? -1) + 1 || next(p) == r
        case (.letter(let l), .parenRoman(let p)): return next(p) == l  // "(j)" after "(i)" the letter
        case (.arabic(let l), .arabic(let p)): return l == p + 1
        default: return false
        }
    }

    /// The order of Arabic item letters (abjad), as in E/ESCWA/30/18/Report.
    static let abjad = ["أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]

    /// A line's start and end in its reading direction, with its page's margins (points;
    /// negated x on a right-to-left line).
    typealias Reading = (start: Double, end: Double, margin: (start: Double, end: Double))

    /// A line's start and end along its reading direction, and the page margins the same way:
    /// a right-to-left line starts at its right edge, so its indent is measured from the right
    /// margin and a short last line stops short of the left one.
    private static func reading(_ line: Line, _ m: (left: Double, right: Double)) -> Reading {
        if line.isRightToLeft {
            return (start: -line.box.x1, end: -line.box.x0, margin: (start: -m.right, end: -m.left))
        }
        return (start: line.box.x0, end: line.box.x1, margin: (start: m.left, end: m.right))
    }

    /// Whether `cur` starts a first-line indent past `prev` (both read in their direction,
    /// `c` and `p` from `reading`), a hanging label's text and centred title lines aside.
    private func isIndented(_ cur: Line, after prev: Line,
                            _ c: Reading, _ p: Reading) -> Bool {
        let size = cur.fontSize
        let m = c.margin, pm = p.margin
        // Indent relative to the line before (each on its own page's margin), so that a block
        // quotation set entirely indented (S/2025/378) stays one paragraph.
        var indented = (c.start - m.start) > (p.start - pm.start) + firstLineIndent * size
        if indented && cur.page == prev.page {
            // A hanging indent: the line before opens with a label and this line starts under the
            // label's text ("(1) Regulation …" then "for operational …" in EU acts).
            // Decimal labels hang their text the same way ("2.25.  “Electrical circuit” means …"
            // then "designed to be …" under the quote, ECE/TRANS/WP.29/GRSP/2010/20).
            if prev.words.count > 1, Label.parse(prev.words[0].text, parameters: parameters) ?? Label.bullet(prev.words[0].text, dashes: true) != nil
                || BlockClassifier.isDecimalLabel(prev.words[0].text, before: prev.words[1].text),
               abs(c.start - (cur.isRightToLeft ? -prev.words[1].box.x1 : prev.words[1].box.x0)) < parameters.hangingLabelTolerance {
                indented = false
            }
            // Centred lines of one title share their centre, not their left edge; a label hangs
            // left of the centred words (`titleCentre`). A bold title whose first line nearly
            // fills the measure starts near the margin: "A. State governed by the rule of law:
            // implementing Constitutional Court decisions, court" over "backlogs, trial without
            // undue delay", both centred on 318.9 pt (A/HRC/WG.6/7/SVN/1, un-hrc/g0916919 p. 5).
            let sameCentre = abs(cur.box.midX - prev.box.midX) < parameters.centredLinesTolerance
            if p.start > pm.start + firstLineIndent * size,
               abs(cur.box.midX - Self.titleCentre(prev, parameters: parameters)) < parameters.centredLinesTolerance || sameCentre {
                indented = false
            }
            if sameCentre && cur.isBold && prev.isBold { indented = false }
            if Self.wrapsTitle(cur, after: prev) { indented = false }
        }
        return indented
    }

    /// Whether `cur` is the second line of a title set wholly in italics or bold that `prev`
    /// begins: it opens in lower case and lies within `prev`'s width, as a centred title's
    /// shorter line does. "Consequences of invoking a circumstance" over "precluding
    /// wrongfulness" (ILC articles on State responsibility, article 27, p. 7) are centred 14 pt
    /// apart, too far for `centredLinesTolerance`.
    static func wrapsTitle(_ cur: Line, after prev: Line) -> Bool {
        func styled(_ l: Line) -> Bool { l.isBold || l.words.allSatisfy(\.isItalic) }
        return cur.words.first?.text.first?.isLowercase == true && !cur.isRightToLeft
            && cur.box.x0 > prev.box.x0 && cur.box.x1 < prev.box.x1
            && styled(cur) && styled(prev) && cur.isBold == prev.isBold
    }

    private func startsParagraph(_ cur: Line, after prev: Line, margins: [Int: (left: Double, right: Double)],
                                 pitch: Double) -> Bool {
        let size = cur.fontSize
        let m0 = margins[cur.page] ?? (left: cur.box.x0, right: cur.box.x1)
        let c = Self.reading(cur, m0), p = Self.reading(prev, margins[prev.page] ?? m0)
        let m = c.margin, pm = p.margin
        let indented = isIndented(cur, after: prev, c, p)
        // The clause a line closes is read without its trailing footnote markers ("…General; ^23").
        // Only its last character is asked, so the last word before them stands for it: joining
        // the words cost 11M instructions on A/80/605.
        let prevText = prev.words.last(where: { !$0.isSuperscript })?.text ?? ""
        // Chinese closes clauses with full-width marks ("；", "。", "：", Samples/A_RES_91_170).
        // Arabic closes them with its own semicolon before a paragraph number ("5-" at the top
        // of page 22 of E/ESCWA/2017/EC.4/9/Report in Arabic, after item "(و) …؛"), but an
        // enumeration inside a sentence runs on after it ("…؛ / (4) …", E/ESCWA/SD/2017/IG.1/7/Report).
        let label = cur.words.first.flatMap { Label.parse($0.text, parameters: parameters) }
        let numbered = label?.isArabicNumber ?? false
        let prevCloses = prevText.last.map { ".;:。；：".contains($0) || (numbered && $0 == "؛") } ?? false
        // A decimal number opens a paragraph as a label does ("2.24." at the top of page 3 of
        // ECE/TRANS/WP.29/GRSP/2010/20, after "… Appendix 1 of Annex 9.").
        let labelled = label != nil || (cur.words.count > 1 && BlockClassifier.isDecimalLabel(cur.words[0].text, before: cur.words[1].text))
        // A change of weight opens a paragraph only where the line before closed one: ACABQ reports
        // set a recommendation in bold inside a paragraph (A/80/604/Add.1, paragraph 22).
        let headingChange = abs(cur.fontSize - prev.fontSize) > parameters.headingSizeChange
            && !(Self.isLatinRun(cur, after: prev) && p.end >= pm.end - shortLine * size)
            || (cur.isBold != prev.isBold && Self.weightChangesAtLineEnd(prev, cur)
                && (prevClosesAny(prev) || !prev.isBold && cur.isBold && prev.words.count < parameters.boldAfterShortLineWords))

        if indented || headingChange { return true }
        if opensListEntry(cur, after: prev, labelled: labelled, prevCloses: prevCloses) { return true }
        // A part's label alone on its line ("Статья 13" after the last line of article 12 at the
        // foot of a page, udhr/UDHR_GA_res_217A_III-RU_ohchr) opens a part.
        // With a full stop after it, only after a closed sentence: "See Form 8889, / Part III."
        // ends a sentence (i1040nr p. 15); "Article 13." after article 12 opens a part.
        if BlockClassifier.partLabel(cur.text, parameters: parameters, strayStop: prevCloses) != nil { return true }
        // After such a label alone at the foot of the page before, a line that runs to the
        // margin is the part's text, not its title: "第一条" ends page 1 of the Chinese
        // declaration (udhr/UDHR_GA_res_217A_III-ZH_ohchr), "人人生而自由……" opens page 2.
        if cur.page != prev.page, BlockClassifier.partLabel(prev.text, parameters: parameters) != nil,
           c.end >= m.end - shortLine * size { return true }
        // The formula ("The General Assembly,") is a paragraph of its own.
        if DocumentBuilder.isFormula(cur.text, parameters: parameters) || DocumentBuilder.isFormula(prev.text, parameters: parameters) { return true }
        // After a comma, a label opens a paragraph on the same page, or at the top of the next
        // page when it stands at a first-line indent: a continued line starts at the margin
        // (A/C.1/80/L.40: "Recalling also …, 2022," ends page 2, "1. Welcomes" opens page 3).
        let atFirstLineIndent = (c.start - m.start) > firstLineIndent * size
        if labelled && (prevCloses || (prevText.hasSuffix(",") || prevText.hasSuffix("，") || prevText.hasSuffix("،")) && (cur.page == prev.page || atFirstLineIndent)) { return true }
        // A label after a line that stopped well short of the margin: "Discussion" centred over
        // "I. Jagels’ plea was knowing …" (a Missouri judgment), a title over its first item.
        if labelled && cur.page == prev.page && p.end < pm.end - shortLine * size { return true }
        // At the top of a page, a short line that closes nothing, after a sentence that closed the
        // page before, is a caption or a title: "Table 2" over the table at the top of page 9 of
        // A/80/605, "Figure 2" at the top of page 26 of UN Regulation No. 17 (E/ECE/324/Rev.1/Add.16/Rev.6).
        // A question closes a sentence too: "NORWAY" opens page 3 of the advance questions to
        // Slovenia (UPR_Slovenia_Advance_Questions_Add1) after "… other minorities?".
        if cur.page != prev.page, prevText.last.map({ ".?!".contains($0) }) == true, c.end < m.end - shortLine * size,
           !(cur.text.last.map { ".;:,".contains($0) } ?? true) { return true }
        // At the top of a page, a line at the first-line indent after a line that stopped well
        // short of the margin opens a paragraph, whatever closed that line: a preambular
        // paragraph ends in a comma ("Recognizing that meditation can contribute to health and
        // well-being," ends page 1 of A/RES/79/137, "Recognizing also that …" opens page 2).
        // A number alone at the foot of a page ("140.71", A/HRC/59/15/Add.1 p. 6) is the label
        // of what follows, not a paragraph of its own.
        if cur.page != prev.page, atFirstLineIndent, p.end < pm.end - shortLine * size,
           prev.text.contains(where: \.isLetter) { return true }
        // An annex label alone on the first line of a page opens the annex, whatever the page
        // before ended with: "Annex II" over "List of documents" after the last row of the
        // list of participants (E/ESCWA/2017/EC.4/9/Report, p. 21).
        if cur.page != prev.page, let g = RegexCache.shared.firstMatch(EnglishPatterns.annexLine, in: cur.text),
           g[2] == nil, g[3] == nil { return true }
        if cur.page != prev.page { return false }
        let gap = cur.bottom - prev.bottom
        if gap > pitch * paragraphGap { return true }
        // A centred title wraps after a colon: "8. Localizing the SDGs in the Arab region:" over
        // "challenges and prospects for action", its words on one centre, the label "8." hanging
        // left of them (E/ESCWA/30/6, English, p. 22). A line in lower case on the centre of
        // the words of a centred line ending in a colon continues it.
        // So does a title set in capitals: "I. TRADE AND THE SUSTAINABLE DEVELOPMENT GOALS:" over
        // "THEORETICAL ANALYSIS" (E/ESCWA/EDID/2017/IG.3/4, p. 3).
        if prevText.hasSuffix(":"), cur.words.first?.text.first?.isLowercase == true || (HeaderScan.isCapitals(prev.text) && HeaderScan.isCapitals(cur.text)),
           p.start > pm.start + firstLineIndent * size,
           abs(cur.box.midX - Self.titleCentre(prev, parameters: parameters)) < parameters.centredLinesTolerance { return false }
        if Self.wrapsBoldTitleAfterColon(cur, after: prev, labelled: labelled, parameters: parameters) { return false }
        if prevCloses && p.end < pm.end - shortLine * size { return true }
        // A one-line paragraph or list entry that closes with a comma, set at the first-line
        // indent and stopping short, is followed by the next one at the same indent with no
        // extra space: "- à l’autre assuré(e) lorsque le foyer compte deux assurés," then "- à
        // celui qui …" (official/issue6127, page 3).
        let prevAtFirstLineIndent = (p.start - pm.start) > firstLineIndent * size
        // Centred lines of one title share their centre instead.
        if atFirstLineIndent && prevAtFirstLineIndent && prevText.hasSuffix(",") && !cur.isRightToLeft
            && p.end < pm.end - shortLine * size
            && abs(cur.box.midX - prev.box.midX) >= parameters.centredLinesTolerance { return true }
        return false
    }

    /// Whether `cur` opens an entry of a list, whatever the space above it: a contents row after
    /// one that ran its dot leader to the page number, a table's note letter, a roster line, a
    /// dashed entry. `labelled`: `cur` opens with a label; `prevCloses`: `prev` ends a clause.
    private func opensListEntry(_ cur: Line, after prev: Line, labelled: Bool, prevCloses: Bool) -> Bool {
        // A contents row ends where its dot leader runs to the page number: the next row opens,
        // though rows follow at the running text's pitch ("ألف- سد الفجوات في مجال التعليم ....
        // 10 22" then "باء- تحسين الحماية الاجتماعية ….", E/ESCWA/2017/EC.4/4(Part V), Arabic, p. 2).
        if labelled && Self.hasDotLeader(prev) { return true }
        // A note under a table opens with its raised letter: "ᵃ Authorized strength is 231, …"
        // over "ᵇ Authorized strength is 6." (S/2012/197 p. 24) are two notes, as the contract
        // wants, and so are A/80/630's (p. 4) and A/RES/80/242's (p. 15).
        if prevCloses, Self.opensWithNoteLetter(cur, parameters: parameters) { return true }
        // Lines that each run a dot leader between two texts are entries of their own: the
        // roster of a verbatim record, "Cameroon . . . . Mrs. Mahouve Same" over "China . . . .
        // Mr. Zhang Yishan" (S/PV.4507 p. 1), was one paragraph of fourteen members.
        if Self.hasDotLeader(prev) && Self.hasDotLeader(cur) { return true }
        // Lines that each open with the same spaced dash at one left edge are entries of a
        // list: "- ECE/TRANS/WP.29/2015/47" over "- ECE/TRANS/WP.29/2017/121" (UN Regulation
        // No. 17, p. 2) had been one item. A dash that wraps inside a sentence opens one line.
        if let dash = cur.words.first?.text, Label.bulletDashes.contains(dash), cur.words.count > 1,
           prev.words.first?.text == dash, abs(cur.box.x0 - prev.box.x0) <= parameters.centredLinesTolerance { return true }
        return false
    }

    /// Whether `line` opens with a raised lower-case letter (at most `noteLetterMaxLength`
    /// letters) standing apart before its text: the reference letter of a table's note.
    static func opensWithNoteLetter(_ line: Line, parameters: StructureParameters) -> Bool {
        guard line.words.count > 1, let first = line.words.first, first.isSuperscript, !line.words[1].isSuperscript,
              first.text.count <= parameters.noteLetterMaxLength else { return false }
        return first.text.allSatisfy { $0.isLowercase }
    }

    /// Whether `line` runs a dot leader ("…. . . ." or "……"): the regular expression is asked
    /// only of lines holding two full stops in a row or spaced.
    static func hasDotLeader(_ line: Line) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var candidate = false
        for w in line.words where !candidate {
            for b in w.text.utf8 {
                if b == UInt8(ascii: ".") && (previous == UInt8(ascii: ".") || previous == UInt8(ascii: " ") && beforePrevious == UInt8(ascii: ".")) {
                    candidate = true
                    break
                }
                beforePrevious = previous
                previous = b
            }
            beforePrevious = previous
            previous = UInt8(ascii: " ")
        }
        return candidate && RegexCache.shared.matches(BodyPatterns.dotLeader, line.text)
    }

    /// Whether `cur` goes on with a bold title that `prev` broke after a colon: both lines
    /// wholly bold, of one size, starting at one left edge, `cur` unlabelled and at the line pitch
    /// (the caller asks after the paragraph-gap test). The agenda item over the debate of a
    /// verbatim record, "Food aid in the context of conflict settlement:" over "Afghanistan and
    /// other crisis areas" (S/PV.4507 p. 2), is one title.
    static func wrapsBoldTitleAfterColon(_ cur: Line, after prev: Line, labelled: Bool, parameters: StructureParameters) -> Bool {
        func whollyBold(_ l: Line) -> Bool { l.words.allSatisfy { $0.isBold || $0.isSuperscript } }
        guard !labelled, cur.page == prev.page, whollyBold(prev), whollyBold(cur), !cur.isRightToLeft,
              prev.words.last(where: { !$0.isSuperscript })?.text.hasSuffix(":") == true else { return false }
        return abs(cur.box.x0 - prev.box.x0) <= parameters.centredLinesTolerance
            && abs(cur.fontSize - prev.fontSize) <= parameters.headingSizeChange
    }

    /// Whether `line` has letters, none of them right to left, after a right-to-left line.
    /// Arabic editions set Latin words smaller than Arabic ones (document symbols at 11 pt in
    /// 14-pt text): "(E/ESCWA/ECW/2017/IG.1/7/Report)؛" ends item (1) of paragraph 87 of
    /// E/ESCWA/30/18/Report in Arabic (p. 43), under a line that runs to the margin. After such
    /// a full line the change of size opens no paragraph.
    static func isLatinRun(_ line: Line, after previous: Line) -> Bool {
        func latinOnly(_ l: Line) -> Bool {
            var letters = false
            for w in l.words {
                for s in w.text.unicodeScalars where RightToLeft.isAlphabetic(s) {
                    if RightToLeft.isRightToLeft(s) { return false }
                    letters = true
                }
            }
            return letters
        }
        return previous.isRightToLeft && latinOnly(line)
    }

    /// The centre (PDF points) of a line's words after its label, if it opens with one.
    static func titleCentre(_ line: Line, parameters: StructureParameters) -> Double {
        guard line.words.count > 1, let first = line.words.first,
              Label.parse(first.text, parameters: parameters) != nil else { return line.box.midX }
        let rest = line.words.dropFirst()
        let x0 = rest.map(\.box.x0).min() ?? line.box.x0, x1 = rest.map(\.box.x1).max() ?? line.box.x1
        return (x0 + x1) / 2
    }

    /// Whether the weight changes where `prev` ends and `cur` begins: a bold sentence that ends
    /// inside a line, the roman text running on after it ("… gender parity. The" over
    /// "Committee further discusses …", paragraph 42 of A/80/604/Add.1 p. 12), changed weight
    /// within `prev`, and the roman line under it goes on in the paragraph.
    /// A bold title with a roman tail ("Consideration of decolonization items (continues)",
    /// A/C.4/80/L.1 p. 2) opens in bold and ends no sentence in bold, and the roman line under
    /// it still opens a paragraph.
    static func weightChangesAtLineEnd(_ prev: Line, _ cur: Line) -> Bool {
        guard let last = prev.words.last(where: { !$0.isSuperscript }), let first = cur.words.first else { return true }
        if last.isBold != first.isBold { return true }
        if last.isBold { return false }
        guard let lastBold = prev.words.last(where: { $0.isBold && !$0.isSuperscript })?.text.last else { return true }
        // A title opens in bold; bold names inside running text ("22. The first *Programme for
        // Children and Youth 2006-2016* was drafted in 2006 in", A/HRC/WG.6/7/SVN/1 p. 8) are
        // no title, and the roman line under them goes on in the paragraph.
        if let opening = prev.words.first(where: { !$0.isSuperscript && Label.parse($0.text) == nil }), !opening.isBold { return false }
        // A roman tail that runs on into a line opening in lower case is the paragraph's
        // sentence: "31. The Strategy of Education of Roma in the Republic of Slovenia (2004)
        // includes a number" over "of measures: …" (A/HRC/WG.6/7/SVN/1 p. 11).
        if first.text.first?.isLowercase == true { return false }
        return !".;:!?".contains(lastBold)
    }

    private func prevClosesAny(_ prev: Line) -> Bool {
        guard let last = prev.words.last(where: { !$0.isSuperscript })?.text.last else { return true }
        return ".;:。；：".contains(last) || prev.isBold
    }

    /// Per page: the left margin (most common line start) and right margin (most common line end).
    /// Only the lines' edges are kept, per page and for the document, in the lines' order:
    /// lists of the lines themselves held a copy of every body line twice over.
    func margins<S: Sequence>(_ lines: S) -> [Int: (left: Double, right: Double)] where S.Element == Line {
        var byPage: [Int: (left: [Double], right: [Double])] = [:]
        var lefts: [Double] = [], rights: [Double] = []
        for l in lines {
            byPage[l.page, default: ([], [])].left.append(l.box.x0)
            byPage[l.page, default: ([], [])].right.append(l.box.x1)
            lefts.append(l.box.x0)
            rights.append(l.box.x1)
        }
        let all = Self.mode(lefts)
        let allRight = Self.mode(rights)
        var out: [Int: (left: Double, right: Double)] = [:]
        for (page, edges) in byPage {
            // A page with few lines borrows the document's margins.
            if edges.left.count < parameters.pageMarginsMinLines { out[page] = (all, allRight); continue }
            out[page] = (Self.mode(edges.left), Self.mode(edges.right))
        }
        return out
    }

    /// Most common value, after rounding to whole points (ties: the smaller for left edges).
    static func mode(_ values: [Double]) -> Double {
        var count: [Int: Int] = [:]
        for v in values { count[v.saturatingInt(), default: 0] += 1 }
        return Double(count.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0)
    }
}

/// The usual distance between consecutive baselines (PDF points) that a paragraph break is
/// measured against, by page and font size: leading grows with the type, so lines are measured
/// against lines of their own size. The labels of a chart set small, a few points apart, had
/// made the pitch of page 7 of E/ESCWA/EDID/2017/IG.2/5(Part VI) (Arabic) so small that every
/// line of paragraphs 19- to 21- opened a paragraph.
struct LinePitches {
    private var document: Double
    /// The size most of the document's pitches were measured between (PDF points).
    private var documentSize: Double = 0
    private var bySize: [Double: Double] = [:]
    private var byPageAndSize: [Int: [Double: Double]] = [:]

    /// Measures `lines` (in reading order). A size has a pitch of its own where it sets running
    /// text: `pagePitchMinLines` pairs of lines of that size in the document (a title of two
    /// lines set large measures nothing: "Addendum" over the title of A/HRC/59/15/Add.1 is two
    /// paragraphs), and a page's own pitch at a size counts when it has `pagePitchMinLines` lines
    /// at that size.
    init(_ lines: [Line], parameters: StructureParameters) {
        // One pass over the lines: every pitch between consecutive baselines of one page, and
        // those between two lines of one size, by size and by page and size.
        var all: [Double] = []
        var sized: [Double: [Double]] = [:]
        var paged: [Int: [Double: [Double]]] = [:]
        var linesAt: [Int: [Double: Int]] = [:]
        for (i, line) in lines.enumerated() {
            linesAt[line.page, default: [:]][line.fontSize, default: 0] += 1
            guard i > 0, lines[i - 1].page == line.page else { continue }
            let d = line.bottom - lines[i - 1].bottom
            guard d > 0 && d < parameters.maxLinePitch * line.fontSize else { continue }
            all.append(d)
            if lines[i - 1].fontSize == line.fontSize {
                sized[line.fontSize, default: []].append(d)
                paged[line.page, default: [:]][line.fontSize, default: []].append(d)
            }
        }
        document = Self.median(all) ?? (lines.first?.fontSize ?? parameters.defaultFontSize) * parameters.defaultLeading
        for (size, pitches) in sized where pitches.count >= parameters.pagePitchMinLines {
            bySize[size] = Self.median(pitches)
        }
        // Ties go to the smaller size: a dictionary's order differs from run to run.
        documentSize = sized.max { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }?.key ?? 0
        for (page, sizes) in paged {
            for (size, pitches) in sizes where bySize[size] != nil && (linesAt[page]?[size] ?? 0) >= parameters.pagePitchMinLines {
                byPageAndSize[page, default: [:]][size] = Self.median(pitches)
            }
        }
    }

    /// The median of `values` (the upper one of an even count), or nil when there is none.
    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }

    /// The pitch a line of `size` (PDF points) on `page` (1-based) is measured against: the
    /// page's own at that size, never above the document's at that size (a page of table rows,
    /// the scale of assessments of A/RES/79/249, must not set the measure for running text).
    func pitch(page: Int, size: Double) -> Double {
        // A size with no pitch of its own is measured against the document's, scaled up to it
        // where it is larger: a title in 14-pt type over three lines 15 pt apart in a report set
        // in 10 on 11 ("Resolutions, decisions and President's statement adopted by" / "the
        // Human Rights Council at its forty-third session", A/HRC/43/2 p. 5) is one paragraph.
        let ofSize = bySize[size] ?? (documentSize > 0 && size > documentSize ? document * size / documentSize : document)
        return min(byPageAndSize[page]?[size] ?? ofSize, ofSize)
    }
}
