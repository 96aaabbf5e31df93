import Foundation
import Layout
import DocumentModel

/// Turns paragraphs (groups of lines) into blocks: label, heading or paragraph, role
/// (formula, preamble, operative), lead-in, footnote references, and sub-item nesting.
///
/// Rules from the UN editorial style shown in the General Assembly resolutions of the corpus:
/// - the formula ("The General Assembly,") opens the body; unnumbered paragraphs after it and
///   before the first numbered one are preambular, numbered ones ("1.") operative;
/// - a paragraph opens with its lead-in in italics: a participle or adjective for preambular
///   paragraphs ("Recalling", "Deeply concerned"), a verb in the present tense for operative
///   ones ("Decides", "Also reaffirms") — which is how an unnumbered operative paragraph
///   (a single-paragraph decision, a paragraph quoted in an amendment) is recognised;
/// - sub-items "(a)" nest under the paragraph before them (level 1), "(i)" under the item
///   before that (level 2), and carry their parent's role.
struct BlockClassifier {
    var joiner: TextJoiner
    /// The structure stage's thresholds, those of the `DocumentBuilder` that made the classifier.
    var parameters: StructureParameters
    /// Whether "(1)", "(2)" label points, not paragraphs: the document's language says so
    /// (`LanguageVocabulary.numberedPoints`, Arabic).
    var numberedPoints = false
    /// Whether the document is a decision or a draft decision (its header says so): decisions
    /// set their formula and clauses in roman type, and the formula may run into the decision
    /// itself.
    var isDecision = false

    private struct Draft {
        var block: Block
        var label: Label?
        /// Set when the paragraph could be a title (short, no closing punctuation, no role): the
        /// level it takes as a numbered heading (`headingsOutsideNumbering`); an annex heading
        /// takes such a paragraph as its title (`titlingAnnexHeadings`).
        var titleLevel: Int? = nil
    }

    /// What the body is made of, in reading order: paragraphs (their lines) and tables
    /// already read (`TableDetector`, `ContentsTable`).
    enum BodyUnit {
        case paragraph([Line])
        /// Boxed: a unit is then two words, not the size of a block (most units are paragraphs).
        indirect case table(Block)
    }

    func blocks(from paragraphs: [[Line]], diagnostics: inout [Diagnostic]) -> [Block] {
        blocks(from: paragraphs.map(BodyUnit.paragraph), diagnostics: &diagnostics)
    }

    /// What the classifier has learnt from the paragraphs before the current one.
    struct State {
        /// Inside a resolution's own text (after its formula), before its closing lines.
        var inResolution = false
        var seenOperative = false
        var lastOperativeNumber = 0
        /// The outer part labels seen so far ("part", "chapter"), in the order they first
        /// appeared: each sits one level under the one before it.
        var outerParts: [String] = []
        var inAnnex = false
        /// The unit before was a table (or a note under one).
        var afterTable = false
        /// Which label series have headed a part so far: heading levels follow the nesting of
        /// the series (I. above A. above 1., contract), not the font.
        var seenRomanHeading = false
        var seenCapitalHeading = false
        var lastCapitalHeading: String?
        /// The highest Latin section letter ("H." = 72) read as a label so far in the document.
        var highestSectionLetter: Int?
        /// A decision's formula ran into the decision and on to a colon: the unlabelled
        /// paragraphs after it are its operative part (A/C.5/80/L.22's list of documents).
        var decisionListsOn = false
        /// The size most body text is set in (PDF points).
        var bodySize = 0.0

        /// The level of a numbered heading ("1.") under the series seen so far: one more for
        /// each of the roman and letter series seen (3 under "I." and "A.", 2 under either).
        var numberedHeadingLevel: Int { 1 + (seenRomanHeading ? 1 : 0) + (seenCapitalHeading ? 1 : 0) }
        /// The level and type size (PDF points) of the last heading that carried a label, since
        /// the last annex began: an unnumbered heading set no larger sits one level under it.
        var lastLabelledHeading: (level: Int, size: Double)?
    }

    /// One paragraph as the rules read it: its lines, its label, its text without the label,
    /// and what its type says.
    struct Paragraph {
        var lines: [Line]
        var label: Label?
        var number: String?
        var text: String
        var refs: [String]
        var markers: [FootnoteMarker]
        var pages: [Int]
        var boxes: [PageBox]
        var allBold: Bool
        var allItalic: Bool
        /// At most `headingMaxLines` lines, not ending in a comma or semicolon, and not a
        /// numbered paragraph or item that ends a sentence or opens a list.
        var short: Bool
        /// Labelled "I." or "A.".
        var isSectionLabel: Bool
        /// Opens with an "Annex" or "Appendix" line.
        var opensAnnex: Bool
        /// The page's margins (PDF points) where the paragraph starts.
        var margins: (left: Double, right: Double)?
        /// Every line set at `largeTitleSize` times the body size or more.
        var setLarge = false
    }

    /// A rule that makes a paragraph a heading, named for the kind of heading it finds.
    struct HeadingRule: Sendable {
        let name: String
        let applies: @Sendable (Paragraph, StructureParameters) -> Bool
    }

    /// The heading rules: a paragraph is a heading when any of them applies (and it is no
    /// signature). A new kind of heading is a new rule here, with the document that shows it.
    static let headingRules: [HeadingRule] = [
        // Bold short lines ("I. Introduction"), unless they give the hour of a meeting ("To be
        // held in private on Wednesday, 29 October 2025, at 10 a.m.", S/Agenda/10026): a heading
        // names a part. An unlabelled bold figure names none: "30 960" and "29 199" are the
        // values printed over a chart's bars (A/81/6 (Sect. 13), figure 13.II).
        // Nor does a sentence set in bold: an unlabelled bold passage that ends in a full stop
        // and runs to `boldSentenceMinLength` characters is a statement (the boxed core
        // principles of A/RES/80/226, "States should develop national strategies …, as
        // necessary."; "We commend the ESCWA secretariat's …" in E/ESCWA/30/18/Report).
        HeadingRule(name: "bold short lines") { p, parameters in
            p.allBold && p.short && !(p.label == nil && RegexCache.shared.matches(EnglishPatterns.meetingHour, p.text))
                && (p.label != nil || p.text.contains(where: \.isLetter))
                && !(p.label == nil && p.text.hasSuffix(".") && p.text.count >= parameters.boldSentenceMinLength)
        },
        // A part's label and its title in one bold paragraph: "Action 8. We will achieve gender
        // equality …" (A/RES/79/1); a resolution number before its title in a session report
        // ("14/1 The grave attacks …", A/HRC/14/37).
        HeadingRule(name: "labelled part") { p, parameters in
            p.label == nil && p.allBold && p.lines.count <= parameters.sectionTitleMaxLines
                && RegexCache.shared.matches(EnglishPatterns.partWithTitle, p.text)
        },
        // A bold section title under "II." may wrap to four lines (S/2025/257: "II.
        // Implementation of the authorizations set out in resolution 2292 (2016) and extended in
        // resolutions 2357 (2017), …").
        HeadingRule(name: "long section title") { p, parameters in
            p.isSectionLabel && p.allBold && p.lines.count <= parameters.sectionTitleMaxLines
                && !(p.text.last.map { ",;:".contains($0) } ?? false)
        },
        // A numbered title in italics on a line of its own, with no closing punctuation, heads a
        // subsection ("1. Senior officials segment" under "C. OPENING OF THE SESSION" in
        // E/ESCWA/30/18/Report): it is no paragraph 1 breaking the report's numbering. Set
        // centred instead, in any script: "1- معلومات أساسية", the Arabic twin of "1. Background
        // information" (E/ESCWA/EDID/2017/IG.1/INF.1).
        HeadingRule(name: "numbered title in italics or centred") { p, parameters in
            guard case .arabic? = p.label, p.lines.count == 1, let line = p.lines.first,
                  p.allItalic || BlockClassifier.isCentred(line, margins: p.margins, parameters: parameters) else { return false }
            return !(p.text.last.map { ".;:,".contains($0) } ?? true)
        },
        // A numbered title set far larger than the running text, bold or not: "1. السياق العالمي"
        // at 23 pt over 9.5-pt text (ESCWA_EDID_2018_1_SUMMARY, Arabic, p. 8), whose Arabic
        // face has no bold in its name; the English twin's "1. Global Context" is bold.
        HeadingRule(name: "numbered title set large") { p, _ in
            guard case .arabic? = p.label else { return false }
            return p.setLarge && p.short && p.text.contains(where: \.isLetter)
                && !BodyPatterns.endsClause(p.text)
        },
        // "I." or "A." over a title whose lines are all centred, however many (up to
        // `sectionTitleMaxLines`), set in small capitals or roman: "B. CONSIDERATION OF REQUESTS
        // BY STATES MEMBERS OF THE UNITED NATIONS AND/OR" over three more centred lines and
        // "(Agenda item 4)" (E/ESCWA/30/18/Report, p. 40); the label hangs left of its words.
        HeadingRule(name: "section label over centred lines") { p, parameters in
            guard p.isSectionLabel, p.lines.count >= 2, p.lines.count <= parameters.sectionTitleMaxLines,
                  !BodyPatterns.endsClause(p.text) else { return false }
            return p.lines.dropFirst().allSatisfy { BlockClassifier.isCentred($0, margins: p.margins, parameters: parameters) }
        },
        // A part title alone on its line, in whatever type: "Summary" in italics over the
        // summary of S/2025/317 (a paragraph, where ESCWA's bold "SUMMARY" was a heading),
        // "Contents" over the contents of A/80/628 (`LanguageVocabulary.anyPartTitle`).
        HeadingRule(name: "part title") { p, _ in
            p.label == nil && p.lines.count == 1 && LanguageVocabulary.anyPartTitle.contains(p.text)
        },
        // An unnumbered title in italics alone on its line, with no closing punctuation, heads a
        // subsection: "Vacancy rates", "Official travel" and twelve more between the numbered
        // paragraphs of A/80/604/Add.1, "Lessons learned and planned change" (A/81/6 (Sect. 25)),
        // "Assessments", "Diversion" … in the annex of A/RES/80/226. An italic sentence ends in
        // a full stop ("The agenda was adopted.", S/PV.4507), a preambular one in a comma.
        // It starts near the left margin, holds words, not cells: an italic column header
        // ("Variance", "Amount", "Paragraphs Page") stands over its column. A remark in
        // parentheses ("(spoke in French)"), a web address or a line opening with a figure
        // ("24/7 network" in A/RES/79/243, which would read as a resolution number) is none.
        HeadingRule(name: "unnumbered title in italics") { p, parameters in
            guard p.label == nil, p.lines.count == 1, p.allItalic, let line = p.lines.first, let margins = p.margins,
                  !(p.text.last.map { ".;:,!?".contains($0) } ?? true), p.text.first?.isLetter == true, !p.text.contains("://"),
                  p.text.filter(\.isLetter).count >= parameters.italicTitleMinLetters,
                  line.box.x0 - margins.left <= parameters.italicTitleMaxIndent * line.fontSize else { return false }
            return !line.words.contains { $0.gapBefore > parameters.tableCellGap * line.fontSize }
        },
        // "I." or "A." with a title of one or two lines.
        HeadingRule(name: "section label with a short title") { p, _ in
            p.isSectionLabel && p.short && p.lines.count <= 2
        },
        // A paragraph opening with an "Annex" line is the annex heading, its title the lines
        // under it (A/RES/79/144).
        HeadingRule(name: "annex line") { p, parameters in
            p.opensAnnex && p.lines.count <= parameters.annexHeadingMaxLines
        },
    ]

    /// Takes `units` over: their lines go once every unit is classified, before the drafts
    /// are nested (the drafts and the nested blocks are then held, not the paragraphs' lines).
    func blocks(from taken: consuming [BodyUnit], diagnostics: inout [Diagnostic]) -> [Block] {
        var units = consume taken
        var drafts: [Draft] = []
        var state = State()
        let bodySize = Self.bodyFontSize(units)
        state.bodySize = bodySize
        let margins = ParagraphSegmenter(parameters: parameters).margins(units.lazy.flatMap { unit -> [Line] in
            if case .paragraph(let lines) = unit { return lines }
            return []
        })
        for (unitIndex, unit) in units.enumerated() {
            let lines: [Line]
            switch unit {
            case .table(let table):
                drafts.append(Draft(block: table, label: nil))
                state.afterTable = true
                continue
            case .paragraph(let paragraph):
                lines = paragraph
            }
            // A note under a table ("Abbreviations: …", "Source: …") is set smaller than the
            // body; it is a paragraph of its own with no role (contract), and the paragraphs after
            // it keep theirs.
            // A bold line or one opening with a label ("B. Generation and transfer of knowledge"
            // between the deliverables tables of A/81/6 (Sect. 13)) heads the next part instead.
            let isTableNote = state.afterTable && Self.typeSize(lines) <= bodySize - parameters.tableNoteFontDrop
                && !lines.allSatisfy(\.isBold) && lines.first?.words.first.flatMap({ Label.parse($0.text, parameters: parameters) }) == nil
            state.afterTable = isTableNote
            if isTableNote {
                let tokens = joiner.tokens(of: lines)
                drafts.append(Draft(block: Block(kind: .paragraph, text: TextJoiner.join(tokens),
                                                 footnoteRefs: orderedUnique(tokens.filter(\.isMarker).map(\.text)),
                                                 pages: orderedUnique(lines.map(\.page)), boxes: Self.boxes(lines, parameters: parameters)), label: nil))
                continue
            }
            classify(lines, runsOnInLowerCase: { Self.continuesInLowerCase(units, after: unitIndex) }, margins: margins,
                     state: &state, drafts: &drafts, diagnostics: &diagnostics)
        }
        units = []
        headingsOutsideNumbering(&drafts)
        titlingAnnexHeadings(&drafts)
        return nest(drafts, diagnostics: &diagnostics)
    }

    /// An annex or appendix heading left without a title ("Annex I" alone on its line) takes
    /// the title set under it: the next paragraph when it is unnumbered, short, with no closing
    /// punctuation and of three words or more (not a caption such as "Figure 1"), and the one
    /// after too when both are set in capitals ("OUTCOME DOCUMENT OF PREPARATORY MEETINGS FOR
    /// THE 2018 ARAB FORUM" / "FOR SUSTAINABLE DEVELOPMENT AND …", E/ESCWA/30/6 p. 25).
    /// S/1996/112 p. 17: "Annex I" over "Estimated cost of UNMIH for the period …".
    private func titlingAnnexHeadings(_ drafts: inout [Draft]) {
        func titles(_ d: Draft) -> Bool {
            d.block.kind == .paragraph && d.label == nil && d.titleLevel != nil && d.block.footnoteMarkers.isEmpty
                && d.block.text.split(separator: " ").count >= parameters.annexTitleMinWords
        }
        func isCapitals(_ text: String) -> Bool { text.contains(where: \.isLetter) && text == text.uppercased() }
        var i = 0
        while i < drafts.count {
            defer { i += 1 }
            guard drafts[i].block.kind == .heading, [.annex, .appendix].contains(drafts[i].block.role) else { continue }
            var taken = 0
            if drafts[i].block.text.isEmpty {
                guard i + 1 < drafts.count, titles(drafts[i + 1]) else { continue }
                taken = 1
                if i + 2 < drafts.count, titles(drafts[i + 2]), isCapitals(drafts[i + 1].block.text), isCapitals(drafts[i + 2].block.text) {
                    taken = 2
                }
            } else if BodyPatterns.endsClause(drafts[i].block.text) {
                continue
            }
            // A title's next line in lower case goes on in it ("… from 1 March" / "to 31 August
            // 1996"; "Annex III" / "Composition and strength of the civilian police" / "component
            // of UNMIH as of 1 February 1996", S/1996/112 p. 19).
            while i + taken + 1 < drafts.count, drafts[i + taken + 1].block.kind == .paragraph, drafts[i + taken + 1].label == nil,
                  drafts[i + taken + 1].titleLevel != nil, drafts[i + taken + 1].block.text.first?.isLowercase == true {
                taken += 1
            }
            guard taken > 0 else { continue }
            for title in drafts[(i + 1)...(i + taken)] {
                Self.takeTitle(title.block.text, refs: title.block.footnoteRefs, pages: title.block.pages,
                               boxes: title.block.boxes, into: &drafts[i].block)
            }
            drafts.removeSubrange((i + 1)...(i + taken))
        }
    }

    /// Appends a title (or its next line) to `heading`: its text, footnote references, pages
    /// and boxes.
    private static func takeTitle(_ text: String, refs: [String], pages: [Int], boxes: [PageBox], into heading: inout Block) {
        heading.text = TextJoiner.normalize(heading.text + " " + text)
        heading.footnoteRefs += refs
        heading.pages = orderedUnique(heading.pages + pages)
        heading.boxes += boxes
    }

    /// A short numbered line with no closing punctuation whose number breaks the paragraph
    /// numbering that runs on around it (paragraph 5, then "1- …", then paragraph 6) titles a
    /// subsection: it is a heading, not a paragraph. Reports number their paragraphs through
    /// the whole document and their subsections from 1 under each part; the English text sets
    /// such titles in italics ("1. Activities related to women advancement …"), the Arabic one
    /// underlines them, which the text layer does not show ("1- أنشطة النهوض بالمرأة …",
    /// E/ESCWA/ECW/2017/IG.1/7/Report p. 7; E/ESCWA/SDD/2017/IG.1/6/Report).
    private func headingsOutsideNumbering(_ drafts: inout [Draft]) {
        func arabicNumber(_ d: Draft) -> Int? {
            guard d.block.kind == .paragraph, case .arabic(let n)? = d.label else { return nil }
            return n
        }
        let numbered = drafts.indices.filter { arabicNumber(drafts[$0]) != nil }
        var before: Int?
        for (k, i) in numbered.enumerated() {
            guard let n = arabicNumber(drafts[i]) else { continue }
            guard let last = before, let level = drafts[i].titleLevel, n != last + 1 else { before = n; continue }
            // The numbering runs on after this title and any further titles of its own series
            // ("1- المنظمات غير الحكومية", "2- الأوساط الأكاديمية" between paragraphs 50 and 51,
            // E/ESCWA/2017/EC.4/4(Part VII) in Arabic).
            let resumes = numbered[(k + 1)...].prefix(parameters.subsectionTitlesInARow).first { arabicNumber(drafts[$0]) == last + 1 }
            guard let next = resumes,
                  numbered[(k + 1)...].prefix { $0 != next }.allSatisfy({ drafts[$0].titleLevel != nil }) else { before = n; continue }
            drafts[i].block.kind = .heading
            drafts[i].block.role = .section
            drafts[i].block.level = level
        }
    }

    /// The label of a paragraph ("1.", "(a)", "IV."), taken off its tokens, and the label as
    /// printed; a number without its full stop is taken when it is the next one in sequence.
    private func readLabel(_ tokens: inout [TextJoiner.Token], lines: [Line], state: inout State,
                           diagnostics: inout [Diagnostic]) -> (label: Label?, number: String?) {
        var label: Label?
        var number: String?
        var taken: (index: Int, token: TextJoiner.Token)?
        // A number before two more figures is the first of a run of figures (a chart's axis,
        // "-1 -1.2 -1.4 -1.6 -1.8", E/ESCWA/EDID/2017/IG.3/6 p. 13 in Arabic), not a label.
        if let firstIndex = tokens.firstIndex(where: { !$0.isMarker }), let l = Label.parse(tokens[firstIndex].text, parameters: parameters),
           tokens.count > firstIndex + 1 || !isBodyParagraph(l),
           !(l.isArabicNumber && tokens.count > firstIndex + 2
             && Self.isFigure(tokens[firstIndex + 1].text) && Self.isFigure(tokens[firstIndex + 2].text)) {
            label = l
            number = tokens[firstIndex].text
            taken = (firstIndex, tokens.remove(at: firstIndex))
        } else if let firstIndex = tokens.firstIndex(where: { !$0.isMarker }), let n = Int(tokens[firstIndex].text),
                  n == state.lastOperativeNumber + 1, tokens.count > firstIndex + 1, tokens[firstIndex + 1].isItalic,
                  state.inResolution {
            // "6 Also reaffirms" (A/RES/80/167): the next number in sequence before an italic
            // lead-in, its full stop missing in the document. Kept as printed, and reported.
            label = .arabic(n)
            number = tokens[firstIndex].text
            tokens.remove(at: firstIndex)
            diagnostics.append(Diagnostic(.numberingMalformedLabel,
                                          message: "paragraph number \"\(n)\" printed without its full stop", page: lines.first?.page))
        } else if let firstIndex = tokens.firstIndex(where: { !$0.isMarker }), tokens.count > firstIndex + 1,
                  let dash = Label.bullet(tokens[firstIndex].text, dashes: true),
                  tokens[firstIndex + 1].text.first?.isLetter == true {
            // A dash opening a paragraph before a word is its bullet (E/ESCWA/30/11: "- Report of
            // the third meeting of the Executive Committee, …"); before a figure or another dash
            // it is a table's empty cell ("– – – –", A/80/605 p. 47).
            label = dash
            number = tokens[firstIndex].text
            tokens.remove(at: firstIndex)
        } else if let firstIndex = tokens.firstIndex(where: { !$0.isMarker }), tokens.count > firstIndex + 1,
                  Self.isDecimalLabel(tokens[firstIndex].text, before: tokens[firstIndex + 1].text) {
            // A decimal paragraph number ("2.2.1.", "19.29") is the paragraph's number; it
            // takes no part in the series of "1.", "(a)", "I.".
            label = .decimal(tokens[firstIndex].text)
            number = tokens[firstIndex].text
            tokens.remove(at: firstIndex)
        }
        if case .arabic(let n)? = label { state.lastOperativeNumber = n }
        // "C." after a heading "B." is the next letter, not Roman 100 (nor "D.", "I.", "L.",
        // "M.", "V.", "X." after their letters): E/ESCWA/30/18/Report's "C. OPENING OF THE SESSION".
        if case .roman(let r)? = label, r.count == 1, let previous = state.lastCapitalHeading,
           let scalar = previous.unicodeScalars.first, let next = Unicode.Scalar(scalar.value + 1),
           String(Character(next)) == r {
            label = .capital(r)
        }
        let highest = state.highestSectionLetter ?? Int(("A" as Unicode.Scalar).value) - 1
        if case .roman(let r)? = label, r.count == 1, let letter = r.unicodeScalars.first,
           Int(letter.value) > highest, Int(letter.value) <= highest + parameters.letterSeriesMaxStep {
            // "C." after "A." where "B." stood in a table (A/81/6 (Sect. 25) p. 8) reads as
            // Roman 100, yet it carries the letter series on to "D.".
            state.highestSectionLetter = Int(letter.value)
        }
        if case .capital(let c)? = label, c.count == 1, let letter = c.unicodeScalars.first, ("A"..."Z").contains(letter) {
            if Int(letter.value) > highest + parameters.letterSeriesMaxStep, let taken {
                // "M. Ahmed Abul Gheith" opens an entry of E/ESCWA/30/18/Report's French list of
                // participants: a capital far past every section letter so far is a name's
                // honorific or initial, not a section letter. It stays in the text.
                tokens.insert(taken.token, at: taken.index)
                return (nil, nil)
            }
            state.highestSectionLetter = max(highest, Int(letter.value))
        }
        return (label, number)
    }

    /// Whether `token`, opening a paragraph before `next`, is a decimal paragraph number
    /// (`BodyPatterns.decimalLabel`): ended by a full stop, or followed by a capital or a quote
    /// ("19.29 The Economic Development …"), so that a figure opening a paragraph ("12.5 per
    /// cent …") or a time ("11.30 a.m.") is not taken; the next word has two letters at least
    /// (chart letters "2.9 e g a" are no paragraph), or is one capital after a number closed by
    /// its full stop ("4.4.1. A circle surrounding the letter "E" …", UN Regulation No. 17, p. 7).
    static func isDecimalLabel(_ token: String, before next: String) -> Bool {
        if isRightToLeftDecimalLabel(token, before: next) { return true }
        // Cheap test first: the paragraph segmenter asks it of every line.
        guard let first = token.utf8.first, (0x30...0x39).contains(first), token.utf8.contains(0x2E),
              RegexCache.shared.matches(BodyPatterns.decimalLabel, token),
              !RegexCache.shared.matches(BodyPatterns.dottedAbbreviation, next),
              next.filter(\.isLetter).count >= 2 || next.first.map(Self.isOpeningQuote) == true
                || (token.hasSuffix(".") && next.count == 1 && next.first?.isUppercase == true),
              let first = next.first else { return false }
        return token.hasSuffix(".") || first.isUppercase || Self.isOpeningQuote(first)
    }

    /// Whether `token` is an Arabic edition's decimal paragraph number ("29-19",
    /// `BodyPatterns.rightToLeftDecimalLabel`) before an Arabic word that is no month: a range
    /// of days before its month ("25-28 حزيران/يونيو 2018", E/ESCWA/30/18/Report, Arabic, p. 1)
    /// is a date, and a month printed with both its names carries a slash.
    static func isRightToLeftDecimalLabel(_ token: String, before next: String) -> Bool {
        guard let first = token.utf8.first, (0x30...0x39).contains(first), token.utf8.contains(0x2D),
              let letter = next.unicodeScalars.first, (0x0620...0x064A).contains(letter.value),
              !next.contains("/"), HeaderText.monthNames[next] == nil,
              RegexCache.shared.matches(BodyPatterns.rightToLeftDecimalLabel, token) else { return false }
        return true
    }

    /// A figure: digits with signs, separators or a per cent sign ("-1.4", "41 945.0" in parts, "5%").
    static func isFigure(_ token: String) -> Bool {
        token.contains(where: \.isNumber) && token.allSatisfy { $0.isNumber || "+-−–.,%".contains($0) }
    }

    private static func isOpeningQuote(_ c: Character) -> Bool { "\"“‘«'".contains(c) }

    /// Reads one paragraph of the body and appends what it is (or joins it to the block before).
    private func classify(_ lines: [Line], runsOnInLowerCase: () -> Bool, margins: [Int: (left: Double, right: Double)],
                          state: inout State, drafts: inout [Draft], diagnostics: inout [Diagnostic]) {
        var tokens = joiner.tokens(of: lines)
        let (label, number) = readLabel(&tokens, lines: lines, state: &state, diagnostics: &diagnostics)
        let text = TextJoiner.join(tokens)
        let words = tokens.filter { !$0.isMarker }
        let allItalic = !words.isEmpty && words.allSatisfy(\.isItalic)
        var leadIn: String?
        // The italic term a decimal paragraph defines ("2.3.1. "Forward-facing seat" means …",
        // UN Regulation No. 17) is no lead-in: lead-ins open preambular and operative paragraphs.
        let decimal: Bool = { if case .decimal = label { return true }; return false }()
        if !allItalic, !decimal, words.first?.isItalic == true {
            leadIn = Self.trimLeadIn(TextJoiner.join(words.prefix { $0.isItalic }))
            if leadIn?.isEmpty == true { leadIn = nil }
        } else if allItalic, state.inResolution, lines.count == 1, text.hasSuffix(":") {
            // A lead-in that runs to a colon and introduces items is the whole paragraph:
            // "Decides:" (A/RES/78/329) and "11. Recalls:" (A/C.1/80/L.62), set in italics
            // with their colon.
            leadIn = Self.trimLeadIn(text)
            if leadIn?.isEmpty == true { leadIn = nil }
        }
        let isSectionLabel: Bool = { if case .roman = label { return true }; if case .capital = label { return true }; return false }()
        // A heading does not end a sentence: a bold numbered recommendation ending in a full
        // stop (ACABQ reports) is a paragraph.
        // Nor does a bold item ending in a full stop, or a bold numbered paragraph that
        // introduces items with a colon: "79. The actions to be taken by the General Assembly
        // … are as follows:" and its "(c) To defer, until consideration by the General
        // Assembly …" in A/80/590 are a paragraph and its item. So is a bold decimal paragraph
        // ending in a full stop: an amendment sets its new text in bold ("1.4.4.1. The RESS shall
        // be at any state of charge …", ECE/TRANS/WP.29/GRSP/2010/20).
        let short = lines.count <= parameters.headingMaxLines && !(text.last.map { ",;".contains($0) } ?? false)
            && !((text.hasSuffix(".") || text.hasSuffix(":")) && label != nil && {
                switch label { case .arabic?, .parenArabic?, .letter?, .parenRoman?, .decimal?: return true; default: return false }
            }())
        let paragraph = Paragraph(lines: lines, label: label, number: number, text: text,
                                  refs: orderedUnique(tokens.filter(\.isMarker).map(\.text)), markers: TextJoiner.markers(tokens),
                                  pages: orderedUnique(lines.map(\.page)), boxes: Self.boxes(lines, parameters: parameters),
                                  allBold: !words.isEmpty && Self.titleLines(lines).allSatisfy(\.isBold), allItalic: allItalic, short: short,
                                  isSectionLabel: isSectionLabel,
                                  opensAnnex: lines.first.map { RegexCache.shared.matches(EnglishPatterns.annexLine, $0.text) } ?? false,
                                  margins: lines.first.flatMap { margins[$0.page] },
                                  setLarge: lines.allSatisfy { $0.fontSize >= state.bodySize * parameters.largeTitleSize })
        if joinsSignatureOrOpensResolution(paragraph, runsOnInLowerCase: runsOnInLowerCase, state: &state, drafts: &drafts) { return }
        if let heading = standaloneHeading(paragraph, state: &state) {
            drafts.append(heading)
            return
        }
        // "(Signed) Héctor Gómez Hernández" under a letter is its signature, bold or not.
        let signature = text.hasPrefix(LanguageVocabulary.englishSignatureMark)
        if !signature, Self.headingRules.contains(where: { $0.applies(paragraph, parameters) }) {
            appendHeading(paragraph, state: &state, drafts: &drafts)
            return
        }
        let italicRun = words.prefix { $0.isItalic }
        // An ornament between groups of paragraphs ("* * *" between the preambular groups of
        // A/RES/78/149) holds no word: it takes no role.
        let ornament = label == nil && !text.contains(where: \.isLetter) && !text.contains(where: \.isNumber)
        let role = ornament ? nil : paragraphRole(label: label, leadIn: leadIn, leadInRunsToColon: italicRun.last?.text.hasSuffix(":") == true,
                                                  signature: signature, state: &state)
        // Rows, not lines: a label set apart from its title comes as a line of its own.
        let rows = zip(lines, lines.dropFirst()).filter { $1.page != $0.page || abs($1.bottom - $0.bottom) > 0.5 * $0.fontSize }.count + 1
        let untitled = role != nil || rows > parameters.headingMaxLines
            || BodyPatterns.endsClause(text)
        // A lead-in opens a preambular or operative paragraph (contract); an italic run opening
        // any other paragraph ("President", a rapporteur's title in a list of officers) is none.
        drafts.append(Draft(block: Block(kind: .paragraph, role: role, number: number, text: text,
                                         leadIn: signature || role == nil ? nil : leadIn,
                                         footnoteRefs: paragraph.refs, pages: paragraph.pages, boxes: paragraph.boxes,
                                         footnoteMarkers: paragraph.markers), label: label,
                            titleLevel: untitled ? nil : state.numberedHeadingLevel))
    }

    /// A paragraph's lines without a last line in parentheses set under a title ("(Agenda item
    /// 4)" under "B. CONSIDERATION OF REQUESTS BY STATES MEMBERS …", "(Point 5 de l'ordre du
    /// jour)", E/ESCWA/30/18/Report in English and French): the title's weight is that of the
    /// lines above it.
    static func titleLines(_ lines: [Line]) -> ArraySlice<Line> {
        guard lines.count > 1, let last = lines.last, last.text.hasPrefix("("), last.text.hasSuffix(")") else { return lines[...] }
        return lines.dropLast()
    }

    /// The lines of a signature block join it; the closing lines of a resolution end it; a
    /// formula opens one. True when `p` was appended (or joined) here.
    private func joinsSignatureOrOpensResolution(_ p: Paragraph, runsOnInLowerCase: () -> Bool, state: inout State,
                                                 drafts: inout [Draft]) -> Bool {
        // A signature block is one paragraph (contract): the lines set under "(Signed) Héctor
        // Gómez Hernández" on its centre ("Ambassador", "Permanent Representative of Spain to
        // the United Nations", A/80/434-S/2025/632) join it.
        if p.label == nil, let last = drafts.indices.last, drafts[last].block.text.hasPrefix(LanguageVocabulary.englishSignatureMark),
           Self.continuesSignature(p.lines, under: drafts[last].block, parameters: parameters) {
            drafts[last].block.text = TextJoiner.normalize(drafts[last].block.text + " " + p.text)
            drafts[last].block.boxes = Self.merging(Self.boxes(p.lines, parameters: parameters), into: drafts[last].block.boxes)
            return true
        }
        // The closing lines of a resolution inside a report ("10th meeting / 2 June 2010",
        // "[Adopted without a vote.]", A/HRC/14/37) end it: the report's own numbered
        // paragraphs after it are not operative.
        if state.inResolution, p.label == nil, DocumentBuilder.closesResolution(p.text) {
            state.inResolution = false; state.seenOperative = false; state.lastOperativeNumber = 0; state.inAnnex = false
        }
        // A decision whose formula runs into its clauses ("The General Assembly, recalling its
        // resolution 79/327 …:" then "(a) Urges …", A/C.2/80/L.61): the paragraph is the
        // formula and its clauses are operative (contract).
        if p.label == nil, !state.inResolution, p.text.hasSuffix(":"), Self.opensWithFormula(p.text, parameters: parameters) {
            state.inResolution = true; state.seenOperative = true
            drafts.append(Draft(block: Block(kind: .paragraph, role: .formula, text: p.text, footnoteRefs: p.refs,
                                             pages: p.pages, boxes: p.boxes), label: nil))
            return true
        }
        // A decision whose formula runs into the decision itself, with no clauses: "The General
        // Assembly, taking note of the application of Malta …, decides to appoint Malta …"
        // (A/C.4/80/L.12), "The General Assembly decides to defer … the following documents:"
        // (A/C.5/80/L.22). The paragraph is the formula (contract), and nothing after it is
        // a preamble.
        if isDecision, p.label == nil, !state.inResolution, !DocumentBuilder.isFormula(p.text, parameters: parameters),
           Self.opensWithFormulaWords(p.text, parameters: parameters) {
            state.inResolution = true; state.seenOperative = true
            state.decisionListsOn = p.text.hasSuffix(":")
            drafts.append(Draft(block: Block(kind: .paragraph, role: .formula, text: p.text, footnoteRefs: p.refs,
                                             pages: p.pages, boxes: p.boxes, footnoteMarkers: p.markers), label: nil))
            return true
        }
        if DocumentBuilder.isFormula(p.text, parameters: parameters) && p.label == nil && !runsOnInLowerCase() {
            state.inResolution = true
            drafts.append(Draft(block: Block(kind: .paragraph, role: .formula, text: p.text, footnoteRefs: p.refs,
                                             pages: p.pages, boxes: p.boxes, footnoteMarkers: p.markers), label: nil))
            return true
        }
        return false
    }

    /// A heading that stands on a line of its own with its title under it: a part's label
    /// ("Article 5", "Chapter II": the convention annexed to A/RES/79/243; EU acts), or a bold
    /// section number alone ("II" above "Financial performance report …", A/RES/78/253; "14/2"
    /// over the title of a resolution in a session report, A/HRC/14/37).
    private func standaloneHeading(_ p: Paragraph, state: inout State) -> Draft? {
        if let first = p.lines.first, p.lines.count <= parameters.partHeadingMaxLines, let part = Self.partLabel(first.text, parameters: parameters) {
            // Outer parts nest in the order they first appear: "PART ONE" (1) over "CHAPTER I"
            // (2) over "Article 1" (3) in the ILC articles on State responsibility.
            let word = (part.label.split(separator: " ").first ?? "").lowercased()
            if part.outer, !state.outerParts.contains(word) { state.outerParts.append(word) }
            let level = part.outer ? (state.outerParts.firstIndex(of: word) ?? 0) + 1 : state.outerParts.count + 1
            let rest = TextJoiner.join(joiner.tokens(of: Array(p.lines.dropFirst())))
            state.lastLabelledHeading = (level, Self.typeSize(p.lines))
            return Draft(block: Block(kind: .heading, role: .section, number: part.label,
                                      level: level, text: rest, footnoteRefs: p.refs,
                                      pages: p.pages, boxes: p.boxes), label: nil)
        }
        guard p.label == nil, p.allBold, p.lines.count >= 2, p.lines.count <= parameters.sectionTitleMaxLines,
              let first = p.lines.first, first.words.count == 1,
              RegexCache.shared.matches(BodyPatterns.sectionNumberAlone, first.text) else { return nil }
        let isResolutionNumber = first.text.contains("/")
        let isRoman = !isResolutionNumber && (first.text.allSatisfy { "IVXL.".contains($0) } && first.text.count > 1
            || ["I", "V", "X", "L"].contains(first.text))
        let rest = TextJoiner.join(joiner.tokens(of: Array(p.lines.dropFirst())))
        // A resolution's bold section number alone ("VII" over its title, A/RES/78/253) opens
        // the roman series: the "A." under it sits at level 2.
        if isRoman { state.seenRomanHeading = true; state.lastCapitalHeading = nil }
        state.lastLabelledHeading = (isRoman ? 1 : 2, Self.typeSize(p.lines))
        return Draft(block: Block(kind: .heading, role: .section, number: first.text, level: isRoman ? 1 : 2,
                                  text: rest, footnoteRefs: p.refs, pages: p.pages, boxes: p.boxes),
                     label: isResolutionNumber ? nil : isRoman ? .roman(first.text) : .capital(first.text))
    }

    /// Appends the heading `p` (one the heading rules found), or joins it as the title of the
    /// heading before it; its level follows the label series seen so far.
    private func appendHeading(_ p: Paragraph, state: inout State, drafts: inout [Draft]) {
        var role: Block.Role = .section
        var level = 1
        switch p.label {
        case .roman?: state.seenRomanHeading = true; state.lastCapitalHeading = nil
        // A letter series with no roman one above it is the outer series (contract): "A. Senior
        // officials segment" of E/ESCWA/30/L.1 is level 1.
        case .capital(let c)?: level = state.seenRomanHeading ? 2 : 1; state.seenCapitalHeading = true; state.lastCapitalHeading = c
        case .arabic?: level = state.numberedHeadingLevel
        case .decimal(let d)?:
            // "5.2.8.1." sits one level under "5.2.8.": one level a part, under the I. and A. seen.
            level = d.split(separator: ".").count + state.numberedHeadingLevel - 1
        default: break
        }
        var headingNumber = p.number
        var headingText = p.text
        // "Action 8. We will achieve gender equality …" (A/RES/79/1, the Pact for the
        // Future): the label of the part stands first in the bold line, its title after it.
        if headingNumber == nil, !p.opensAnnex,
           let g = RegexCache.shared.firstMatch(EnglishPatterns.partWithTitle, in: p.text) {
            headingNumber = g[1]
            headingText = g[2] ?? p.text
        }
        if p.opensAnnex, let first = p.lines.first,
           let g = RegexCache.shared.firstMatch(EnglishPatterns.annexLine, in: TextJoiner.join(joiner.tokens(of: [first]).filter { !$0.isMarker })) {
            headingNumber = g[1]
            role = g[1]!.lowercased().hasPrefix(LanguageVocabulary.englishAnnexWord.lowercased()) ? .annex : .appendix
            let under = TextJoiner.join(joiner.tokens(of: Array(p.lines.dropFirst())).filter { !$0.isMarker })
            headingText = TextJoiner.normalize([g[2] ?? g[3] ?? "", under].filter { !$0.isEmpty }.joined(separator: " "))
        }
        // The title set under "Article 1" or "CHAPTER I" in another weight (EU acts:
        // "Article 1" then, in bold, "Clients, financial counterparts and transactions")
        // is the text of that heading.
        if let last = drafts.indices.last, drafts[last].block.kind == .heading, drafts[last].block.role == .section,
           drafts[last].block.text.isEmpty, drafts[last].block.number != nil, headingNumber == nil, role == .section {
            drafts[last].block.text = headingText
            drafts[last].block.footnoteRefs += p.refs
            drafts[last].block.boxes += p.boxes
            return
        }
        // The title under an "Annex" line belongs to the annex heading (A/RES/79/144), also
        // past a bracketed note between them ("Annex I" / "[English only]" / "Attendance",
        // A/HRC/14/37), which stays a paragraph.
        if let last = drafts.indices.last, role == .section, headingNumber == nil {
            let note = drafts[last].block
            let pastNote = last > 0 && note.kind == .paragraph && note.text.hasPrefix("[") && note.text.hasSuffix("]")
            let annex = drafts[pastNote ? last - 1 : last].block
            if annex.kind == .heading, annex.role == .annex,
               annex.text.isEmpty || (!pastNote && annex.text.last.map({ ";:,".contains($0) }) == true) {
                Self.takeTitle(headingText, refs: p.refs, pages: p.pages, boxes: p.boxes, into: &drafts[pastNote ? last - 1 : last].block)
                return
            }
        }
        // An annex is not part of the resolution's own text: its paragraphs take no role.
        // Nor is a text the resolution adopts ("Adopts the following political declaration:"
        // then its title, A/RES/73/3): a heading after a paragraph ending in a colon opens it.
        // The adopted text's title stands without a label; a lettered or numbered heading after
        // "Approves the changes … as set out in the table below:" ("A. Pension Administration",
        // A/RES/78/253 section VII) heads a part of the resolution's own table.
        let opensAdoptedText = state.inResolution && headingNumber == nil
            && drafts.last.map { $0.block.kind == .paragraph && $0.block.text.hasSuffix(":") } == true
        if role == .annex || role == .appendix || opensAdoptedText {
            state.inResolution = false; state.inAnnex = true; state.lastOperativeNumber = 0
            state.lastLabelledHeading = nil
        }
        let size = Self.typeSize(p.lines)
        if role == .section, headingNumber != nil {
            state.lastLabelledHeading = (level, size)
        } else if role == .section, let parent = state.lastLabelledHeading, size <= parent.size + parameters.headingSizeChange {
            // An unnumbered heading under a numbered one sits a level below it (contract: levels
            // follow nesting): the bold "Deprivation of liberty of children …" under "A.
            // Recruitment and use of children" (S/2025/317 p. 6), the country names under "A.
            // Consideration of universal periodic review outcomes" (A/HRC/14/37).
            level = parent.level + 1
        }
        // Marker offsets are known where the heading's text is the paragraph's text.
        drafts.append(Draft(block: Block(kind: .heading, role: role, number: headingNumber, level: level,
                                         text: headingText, footnoteRefs: p.refs, pages: p.pages, boxes: p.boxes,
                                         footnoteMarkers: headingText == p.text ? p.markers : []), label: p.label))
    }

    /// The role of a body paragraph: operative when numbered inside a resolution, from its
    /// lead-in otherwise ("Recalling" → preamble, "Decides" → operative), preambular before the
    /// first operative paragraph; items take their parent's (set in `nest`).
    private func paragraphRole(label: Label?, leadIn: String?, leadInRunsToColon: Bool, signature: Bool,
                               state: inout State) -> Block.Role? {
        switch label {
        case .arabic?:
            if state.inResolution { state.seenOperative = true; return .operative }
            return nil
        case .letter?, .parenRoman?:
            return nil  // set from the parent below
        case .decimal?:
            return nil  // regulations and programme texts, not resolutions
        case .bullet?:
            return nil  // set from the paragraph it hangs from
        default:
            if state.inAnnex || signature { return nil }
            // Outside a resolution's text (an amendment's inserted paragraphs, A/80/L.29) a
            // lead-in gives the role, but not a label that runs to a colon: "Members:" over the
            // Council's list (S/PV.10011 p. 1), "Abbreviations:" under a table (A/80/630 p. 34).
            if let leadIn, state.inResolution || !leadInRunsToColon,
               let kind = Self.leadInKind(leadIn, parameters: parameters) {
                if kind == .operative { state.seenOperative = true }
                return kind
            }
            if state.inResolution && state.decisionListsOn { return .operative }
            return state.inResolution && !state.seenOperative ? .preamble : nil
        }
    }

    /// The font size most body lines are set in (PDF points, rounded to 0.5 pt).
    static func bodyFontSize(_ units: [BodyUnit]) -> Double {
        var counts: [Double: Int] = [:]
        for case .paragraph(let lines) in units { for l in lines { counts[(l.fontSize * 2).rounded() / 2, default: 0] += 1 } }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }

    private func isBodyParagraph(_ l: Label) -> Bool {
        if case .arabic = l { return true }
        return false
    }

    /// Nests (a) items under the paragraph before them and (i) items under the (a) before.
    private func nest(_ drafts: [Draft], diagnostics: inout [Diagnostic]) -> [Block] {
        var top: [Block] = []
        var lastLetter: String?
        var lastRoman: Int?
        var previousArabic: Int?
        var headingSinceNumber = false
        var absorbUntil: Int?
        for (index, d) in drafts.enumerated() {
            var b = d.block
            if b.kind == .heading {
                // Numbering either runs on under a heading (reports: 16. / "2. Administration of
                // justice" / 17.) or restarts at 1 (sections of a resolution, articles).
                lastLetter = nil; lastRoman = nil
                headingSinceNumber = true
                top.append(b)
                continue
            }
            switch d.label {
            case .letter(let letter)?:
                // Items straight after a heading stay side by side: "(b)" after such an "(a)" is its sibling.
                if let previous = top.last, previous.kind == .paragraph,
                   case .letter? = previous.number.flatMap({ Label.parse($0, parameters: parameters) }) {
                    b.level = 1
                    top.append(b)
                    lastLetter = letter; lastRoman = nil
                    continue
                }
                if appendItem(&top, b, level: 1) { lastLetter = letter; lastRoman = nil; continue }
            case .parenRoman(let r)?:
                let value = Label.romanValue(r) ?? 0
                // "(i)" after "(h)" (or "(v)" after "(u)") is the next letter, not a roman numeral.
                let nextLetter = lastLetter.map { ParagraphSegmenter.follows(.letter(r), .letter($0)) } ?? false
                let romanContinues = lastRoman.map { value == $0 + 1 } ?? (value == 1)
                let underOrphanItem = top.last.map { $0.kind == .paragraph && $0.level == 1 } ?? false
                if nextLetter && !(romanContinues && lastRoman != nil) {
                    if appendItem(&top, b, level: 1) { lastLetter = r; lastRoman = nil; continue }
                } else if underOrphanItem, let last = top.indices.last {
                    // "(i)" under an "(a)" that stands at the top (after a heading) is level 2.
                    var it = b
                    it.level = 2
                    it.role = top[last].role
                    top[last].items.append(it)
                    lastRoman = value
                    continue
                } else if appendItem(&top, b, level: 2) || appendItem(&top, b, level: 1) {
                    lastRoman = value
                    continue
                }
            case .bullet?:
                // Bullets hang from the paragraph before them (contract: bullets are items), under
                // its last lettered item when they follow one; after a heading they stand alone,
                // side by side: the bullets under "A. STATE INSTITUTIONS: …" of
                // E/ESCWA/2017/EC.4/4(Part VII) p. 11 are siblings, not items of the first.
                // Only a bullet of the same mark set at the same indent: a bullet set further in
                // is an item of the one above (official/MAR p. 7).
                if let previous = top.last, previous.kind == .paragraph, previous.level == nil,
                   previous.number.flatMap({ Label.bullet($0, dashes: true) }) != nil, previous.number == b.number,
                   let above = previous.boxes.first, let box = b.boxes.first,
                   abs(above.x0 - box.x0) <= parameters.hangingLabelTolerance || abs(above.x1 - box.x1) <= parameters.hangingLabelTolerance {
                    top.append(b)
                    continue
                }
                if lastLetter != nil, appendItem(&top, b, level: 2) { continue }
                if appendItem(&top, b, level: 1) { continue }
            case .parenArabic? where numberedPoints: if nestNumberedPoint(b, under: lastLetter, top: &top) { continue }
            case .arabic(let n)?:
                if let p = previousArabic, n != p + 1, !(headingSinceNumber && n == 1) {
                    diagnostics.append(Diagnostic(.numberingGap,
                                                  message: "paragraph \(n). follows \(p).", page: b.pages.first))
                }
                previousArabic = n
                headingSinceNumber = false
                lastLetter = nil; lastRoman = nil
            default:
                break
            }
            // Words that open in lower case after a paragraph continue it: the closing words of a
            // paragraph after its items ("…; (f) …; / and demands that the perpetrators be held
            // accountable, …" in A/C.1/80/L.62) belong to the parent's text (contract: the parent's
            // text is its introductory words plus any closing words after its items).
            // Words that continue an item's sentence (the item does not end a clause) belong to
            // that item. A table note ("a See sect. E.") opens with its own letter and is left alone.
            // A preambular paragraph that opens with an italic lead-in after a paragraph ending
            // in a comma or a semicolon is a paragraph of its own, though the lead-in is in lower case
            // (Russian preambular paragraphs: "…, / ссылаясь на …", Samples/A_RES_91_163).
            if d.label == nil, b.kind == .paragraph, b.text.first?.isLowercase == true,
               !(b.role == .preamble && b.leadIn != nil && top.last.map { Self.lastText(of: $0).last.map { ",;".contains($0) } ?? false } == true),
               !RegexCache.shared.matches(BodyPatterns.letterThenCapital, b.text),
               let last = top.indices.last, top[last].kind == .paragraph {
                appendContinuation(b, to: &top[last])
                continue
            }
            if absorbedByItem(b, at: index, drafts: drafts, lastLetter: lastLetter, top: &top, until: &absorbUntil) { continue }
            if d.label == nil && b.kind == .paragraph { lastLetter = nil; lastRoman = nil }
            if d.label.map(isPoint) == true, b.kind == .paragraph { b.level = 1 } else { b.level = b.kind == .heading ? b.level : nil }
            top.append(b)
        }
        return top
    }

    /// Whether `label` numbers a point (an item), not a paragraph: a letter, or "(1)" where
    /// the language numbers points so.
    private func isPoint(_ label: Label) -> Bool {
        switch label {
        case .letter: return true
        case .parenArabic: return numberedPoints
        default: return false
        }
    }

    /// Nests a point numbered "(1)" (`numberedPoints`): under a lettered point it is a
    /// sub-point, as "(i)" is; after a point of its own series standing at the top (after a
    /// heading) it stands beside it; else it is an item of the paragraph before. False when it
    /// has nothing to hang from (it then stands at the top, at level 1).
    private func nestNumberedPoint(_ b: Block, under lastLetter: String?, top: inout [Block]) -> Bool {
        if lastLetter != nil, appendItem(&top, b, level: 2) { return true }
        if let previous = top.last, previous.kind == .paragraph, previous.level == 1,
           case .parenArabic? = previous.number.flatMap({ Label.parse($0, parameters: parameters) }) {
            var it = b
            it.level = 1
            top.append(it)
            return true
        }
        return appendItem(&top, b, level: 1)
    }

    /// Unnumbered lines that an item introduces with a colon, before the next item of its
    /// series, are the item's: "(b) The multi-stakeholder panels will address the following
    /// themes:" then "Panel 1: …", "Panel 2: …", then "(c) Each of the two …" (A/RES/79/333
    /// p. 3). True when `b` was appended to the last item; `until` holds the index of the item
    /// that resumes the series while such lines are taken.
    private func absorbedByItem(_ b: Block, at index: Int, drafts: [Draft], lastLetter: String?,
                                top: inout [Block], until: inout Int?) -> Bool {
        guard drafts[index].label == nil, b.kind == .paragraph, let letter = lastLetter,
              let last = top.indices.last, top[last].kind == .paragraph, let item = top[last].items.indices.last else {
            until = nil
            return false
        }
        if until == nil, top[last].items[item].text.last.map({ ":：".contains($0) }) == true {
            until = seriesResumes(drafts, after: index, letter: letter)
        }
        if let end = until, index < end {
            Self.append(b, to: &top[last].items[item], vocabulary: joiner.vocabulary)
            return true
        }
        until = nil
        return false
    }

    /// The index of the item that comes after `letter` in its series, when the unnumbered
    /// paragraphs from `index` on lead to it within `listInterruptionMaxParagraphs`; else nil.
    private func seriesResumes(_ drafts: [Draft], after index: Int, letter: String) -> Int? {
        var j = index
        while j < drafts.count, j - index < parameters.listInterruptionMaxParagraphs,
              drafts[j].label == nil, drafts[j].block.kind == .paragraph {
            j += 1
        }
        guard j < drafts.count, case .letter(let next)? = drafts[j].label,
              ParagraphSegmenter.follows(.letter(next), .letter(letter)) else { return nil }
        return j
    }

    /// Appends `b`'s text (with its markers, pages and boxes) to `target`'s.
    private static func append(_ b: Block, to target: inout Block, vocabulary: Set<String>) {
        target.text = TextJoiner.appending(target.text, b.text, vocabulary: vocabulary)
        // b's text ends the joined text: its markers move by what stands before it.
        let shift = target.text.unicodeScalars.count - b.text.unicodeScalars.count
        target.footnoteMarkers += b.footnoteMarkers.map { FootnoteMarker(marker: $0.marker, offset: $0.offset + shift) }
        target.footnoteRefs = orderedUnique(target.footnoteRefs + b.footnoteRefs)
        target.pages = orderedUnique(target.pages + b.pages)
        target.boxes += b.boxes
    }

    /// Joins `b`, words that continue a sentence in lower case, to the paragraph `parent`: to
    /// its last item or sub-item when that one does not end a clause, else to its own text.
    private func appendContinuation(_ b: Block, to parent: inout Block) {
        func append(_ target: inout Block) { Self.append(b, to: &target, vocabulary: joiner.vocabulary) }
        let closes = { (t: String) in t.last.map { ";.:".contains($0) } ?? true }
        if let i = parent.items.indices.last {
            if let j = parent.items[i].items.indices.last, !closes(parent.items[i].items[j].text) {
                append(&parent.items[i].items[j])
            } else if parent.items[i].items.isEmpty && !closes(parent.items[i].text) {
                append(&parent.items[i])
            } else {
                append(&parent)
            }
        } else {
            append(&parent)
        }
    }

    /// Appends `item` at `level` (1 = under the last top-level paragraph). Returns false when
    /// there is no parent to hold it.
    private func appendItem(_ top: inout [Block], _ item: Block, level: Int) -> Bool {
        guard let last = top.indices.last, top[last].kind == .paragraph else { return false }
        var it = item
        it.level = level
        // The clauses of a formula that runs into them are operative (contract).
        it.role = top[last].role == .formula ? .operative : top[last].role
        // A decision whose formula's recitals are set as paragraphs ("Recalling further the
        // decision …, to resume …:" then "(a) Expresses its profound gratitude …", A/80/L.1)
        // hangs its clauses under the last recital: a clause opening with a verb of decision
        // is operative all the same.
        if isDecision, level == 1, it.role == .preamble, top[last].text.hasSuffix(":"),
           let first = it.text.split(separator: " ").first,
           Self.leadInKind(String(first), parameters: parameters) == .operative {
            it.role = .operative
        }
        if level == 1 {
            // A block's pages and boxes are those of its own lines; its items carry theirs.
            top[last].items.append(it)
            return true
        }
        guard let sub = top[last].items.indices.last else { return false }
        top[last].items[sub].items.append(it)
        return true
    }

    /// `extra` boxes joined to `boxes`: still one box per page, the union of the two.
    static func merging(_ extra: [PageBox], into boxes: [PageBox]) -> [PageBox] {
        extra.reduce(into: boxes) { all, box in
            if let i = all.firstIndex(where: { $0.page == box.page }) {
                all[i] = PageBox(page: box.page, x0: min(all[i].x0, box.x0), y0: min(all[i].y0, box.y0),
                                 x1: max(all[i].x1, box.x1), y1: max(all[i].y1, box.y1))
            } else {
                all.append(box)
            }
        }
    }

    /// One box per page around `lines`, rounded to `parameters.boxRoundingScale` (0.01 pt).
    static func boxes(_ lines: [Line], parameters: StructureParameters) -> [PageBox] {
        var out: [PageBox] = []
        for l in lines {
            if let i = out.lastIndex(where: { $0.page == l.page }) {
                out[i] = PageBox(page: l.page, x0: min(out[i].x0, l.box.x0), y0: min(out[i].y0, l.box.y0),
                                 x1: max(out[i].x1, l.box.x1), y1: max(out[i].y1, l.box.y1))
            } else {
                out.append(PageBox(page: l.page, x0: l.box.x0, y0: l.box.y0, x1: l.box.x1, y1: l.box.y1))
            }
        }
        let scale = parameters.boxRoundingScale
        func r(_ v: Double) -> Double { (v * scale).rounded() / scale }
        return out.map { PageBox(page: $0.page, x0: r($0.x0), y0: r($0.y0), x1: r($0.x1), y1: r($0.y1)) }
    }

    /// A line that is a part's label alone: a part word of any language's vocabulary and a
    /// number ("Article 5", "Chapter II", "Статья 1" in udhr/UDHR_GA_res_217A_III-RU_ohchr), or
    /// a Chinese "第…条" / "第…章" ("第 二 条", its characters spaced, in the Chinese UDHR).
    /// Returns the label as printed (Chinese without the spaces) and whether it names an outer part.
    /// `strayStop`: whether a full stop may follow the number.
    static func partLabel(_ text: String, parameters: StructureParameters, strayStop: Bool = true) -> (label: String, outer: Bool)? {
        // Cheap tests first: every line of every document is asked.
        if text.first == "第" {
            guard let g = RegexCache.shared.firstMatch(BodyPatterns.chinesePartLabel, in: text) else { return nil }
            return (text.filter { $0 != " " }, g[1] != "条")
        }
        guard text.utf8.count <= parameters.partLabelMaxBytes, let space = text.firstIndex(of: " ") else { return nil }
        // A stray full stop after the number ("Article 13.", the convention annexed to
        // A/RES/79/243, p. 9) is printed but no part of the number, where the caller allows it.
        let word = text[..<space].lowercased(), printed = text[text.index(after: space)...]
        let number = strayStop && printed.count > 1 && printed.hasSuffix(".") ? printed.dropLast() : printed
        guard LanguageVocabulary.anyPartLabel.contains(word), !number.contains(" "),
              RegexCache.shared.matches(BodyPatterns.partNumber, String(number))
                || LanguageVocabulary.anyPartNumberWord.contains(number.lowercased()) else { return nil }
        return (text, LanguageVocabulary.anyOuterPartLabel.contains(word))
    }

    static func trimLeadIn(_ s: String) -> String {
        TextJoiner.normalize(s).trimmingCharacters(in: CharacterSet(charactersIn: ",;:. "))
    }

    /// Whether `lines` stand right under the signature `signature`, centred within its width:
    /// the first line's centre inside the signature's box, its top within
    /// `StructureParameters.signatureLineGap` font sizes of the box's bottom, on the same page.
    static func continuesSignature(_ lines: [Line], under signature: Block, parameters: StructureParameters) -> Bool {
        guard let first = lines.first, let box = signature.boxes.last, box.page == first.page,
              lines.count <= parameters.signatureMaxLines, !(lines.last?.text.hasSuffix(".") ?? false) else { return false }
        return first.box.midX >= box.x0 && first.box.midX <= box.x1
            && first.box.y0 - box.y1 <= parameters.signatureLineGap * first.fontSize
    }

    /// Whether `line` is set centred between the page's margins (`margins`, PDF points): its
    /// centre within `StructureParameters.centredTolerance` font sizes of theirs, and it fills
    /// at most `centredMaxWidth` of the measure.
    static func isCentred(_ line: Line, margins: (left: Double, right: Double)?, parameters p: StructureParameters) -> Bool {
        guard let m = margins, m.right > m.left else { return false }
        return abs(line.box.midX - (m.left + m.right) / 2) <= p.centredTolerance * line.fontSize
            && line.box.width <= p.centredMaxWidth * (m.right - m.left)
    }

    /// True when `text` opens with a formula ("The General Assembly,") and runs on in lower case.
    static func opensWithFormula(_ text: String, parameters: StructureParameters) -> Bool {
        guard let comma = text.firstIndex(of: ","), text.distance(from: text.startIndex, to: comma) <= parameters.formulaOpeningMaxLength,
              DocumentBuilder.isFormula(String(text[...comma]), parameters: parameters) else { return false }
        return text[text.index(after: comma)...].drop { $0 == " " }.first?.isLowercase == true
    }

    /// True when `text` opens with a formula, with its comma (`opensWithFormula`: "The General
    /// Assembly, taking note …") or without it ("The General Assembly decides …"), and runs on
    /// in lower case.
    static func opensWithFormulaWords(_ text: String, parameters: StructureParameters) -> Bool {
        if opensWithFormula(text, parameters: parameters) { return true }
        let words = text.split(separator: " ", maxSplits: parameters.formulaMaxWords)
        guard let k = words.firstIndex(where: { $0.first?.isLowercase == true }), k > 0 else { return false }
        return DocumentBuilder.isFormula(words[..<k].joined(separator: " "), parameters: parameters)
    }

    /// The largest type size (PDF points) among `lines`: a heading's, measured against the
    /// labelled heading above it.
    static func typeSize(_ lines: [Line]) -> Double {
        lines.map(\.fontSize).max() ?? 0
    }

    /// The text a block ends with: that of its last item, nested, or its own.
    private static func lastText(of block: Block) -> String {
        block.items.last.map(lastText(of:)) ?? block.text
    }

    /// True when the paragraph after `index` opens in lower case and in roman type: the words
    /// before it are the start of a sentence, not a formula. "Генеральная Ассамблея," /
    /// "провозглашает настоящую Всеобщую декларацию …" proclaims the articles of
    /// udhr/UDHR_GA_res_217A_III-RU_ohchr, which are no preambular or operative paragraphs. A
    /// Russian resolution's preambular paragraph opens in lower case too, but with its lead-in
    /// in italics ("ссылаясь", Samples/A_RES_91_163).
    private static func continuesInLowerCase(_ units: [BodyUnit], after index: Int) -> Bool {
        guard index + 1 < units.count, case .paragraph(let next) = units[index + 1],
              let word = next.first?.words.first else { return false }
        return word.text.first?.isLowercase == true && !word.isItalic
    }

    /// Preamble for participles and adjectives ("Recalling", "Having considered", "Convinced",
    /// "Deeply concerned"), operative for present-tense verbs ("Decides", "Also reaffirms",
    /// "Strongly condemns"). Nil when the words fit neither. The words are `english` lead-in
    /// words (`LanguageVocabulary.englishLeadIns`).
    static func leadInKind(_ leadIn: String, parameters: StructureParameters,
                           words english: LeadInWords = LanguageVocabulary.englishLeadIns) -> Block.Role? {
        let words = leadIn.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        guard let firstWord = words.first else { return nil }
        var i = 0
        while i < words.count - 1,
              english.adverbs.contains(words[i]) || (words[i].hasSuffix(english.adverbEnding) && !english.notAdverbs.contains(words[i])) { i += 1 }
        let verb = words[i]
        if english.preambleOpeners.contains(firstWord) || english.preambleEndings.contains(where: { verb.hasSuffix($0) }) { return .preamble }
        if english.preambleWords.contains(verb) { return .preamble }
        if verb.hasSuffix(english.operativeEnding) && !english.notOperativeEndings.contains(where: { verb.hasSuffix($0) })
            && verb.count > parameters.operativeVerbMinLength { return .operative }
        return nil
    }
}

func orderedUnique<T: Hashable>(_ xs: [T]) -> [T] {
    var seen = Set<T>()
    return xs.filter { seen.insert($0).inserted }
}

extension Line {
    /// The line's box on its page, rounded as block boxes are (furniture boxes;
    /// `StructureParameters.boxRoundingScale`).
    func pageBox(_ parameters: StructureParameters) -> PageBox { BlockClassifier.boxes([self], parameters: parameters)[0] }
}
