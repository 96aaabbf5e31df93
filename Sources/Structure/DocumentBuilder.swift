import Foundation
import Layout
import Extraction
import DocumentModel

/// Builds the document model from laid-out pages: header metadata, body blocks with their
/// roles, numbers, lead-ins, sub-items and footnote references, footnotes, furniture and
/// diagnostics.
public struct DocumentBuilder: Sendable {
    /// The structure stage's thresholds, passed on to every rule that reads one.
    public var parameters: StructureParameters
    public var segmenter: ParagraphSegmenter
    /// The caller's page zoner: its separator test finds the footnote areas.
    public var zoner: PageZoner

    /// - Parameters:
    ///   - parameters: the structure stage's thresholds.
    ///   - layoutParameters: the layout thresholds the pages were zoned with.
    public init(parameters: StructureParameters = .standard, layoutParameters: LayoutParameters = .standard) {
        self.parameters = parameters
        self.segmenter = ParagraphSegmenter(parameters: parameters)
        self.zoner = PageZoner(parameters: layoutParameters)
    }

    /// The structured parts of a document (the caller adds `SourceInfo`).
    public struct Output: Sendable {
        public var metadata: Metadata
        public var blocks: [Block]
        public var footnotes: [Footnote]
        public var furniture: [Furniture]
        public var diagnostics: [Diagnostic]
    }

    /// - Parameters:
    ///   - pages: the laid-out pages, in order.
    ///   - tagged: the structure tree's blocks of a tagged PDF (empty otherwise), compared with
    ///     the layout's blocks; disagreements become `tagged.*` diagnostics.
    ///
    /// Memory: the pages are let go once the footnotes are collected (the blocks are built from
    /// the body lines, and the text accounting reads the footnote lines), and the header's
    /// candidate lines once the body lines are taken from them.
    public func build(pages taken: consuming [PageLayout], tagged: [TaggedBlock] = []) -> Output {
        var pages = consume taken
        var diagnostics: [Diagnostic] = []

        // 1. Furniture. A reissue note belongs to the header (CONTRACT.md): it is neither body
        // text nor a footnote.
        let reissueNotes = Self.takeReissueNotes(&pages)
        EndnoteSection.mark(&pages, parameters: parameters)
        var furniture = Self.furniture(of: pages, parameters: parameters)

        // 2. Header block.
        var (header, candidates, candidateIsBody, coverLines) = readHeader(pages, furniture: &furniture, diagnostics: &diagnostics)
        diagnostics += header.diagnostics
        // The language the text is written in outranks the job number's letter and the file
        // name: E/ESCWA/EDID/2017/IG.1/L.2, filed as -EN, is Arabic text.
        if let language = LanguageDetector.detect(candidates.lazy.prefix(parameters.languageDetectionLines).map(\.text), parameters: parameters) { header.metadata.language = language }

        // Body: body-zone lines not consumed by the header parser; on page 1 only after the
        // header block (the last consumed line before the formula or the first paragraph).
        let headerEnd = Self.headerEnd(candidates, isBody: candidateIsBody, consumed: header.consumed, parameters: parameters)
        var bodyLines: [Line] = []
        var headerFurniture = header.headerLines.map { candidates[$0] } + reissueNotes + coverLines
        for (i, line) in candidates.enumerated() where !header.consumed.contains(i) && candidateIsBody[i] {
            if i <= headerEnd {
                diagnostics.append(Diagnostic(.headerUnplacedLine,
                                              message: "header line not read as metadata: \(line.text)", page: line.page))
                headerFurniture.append(line)
                continue
            }
            bodyLines.append(line)
        }
        Self.takeReproducedMastheads(&bodyLines, into: &headerFurniture, after: candidates.first?.page ?? 1, pages: pages, parameters: parameters)
        let headerText = tagged.isEmpty ? [] : header.consumed.sorted().map { candidates[$0].text }
        candidates = []
        candidateIsBody = []
        // Every printed word of the header lands in a metadata field or here (CONTRACT.md).
        furniture = Self.merging(headerFurniture.sorted { ($0.page, $0.box.y0, $0.box.x0) < ($1.page, $1.box.y0, $1.box.x0) }
                                    .map { Furniture(kind: .headerLine, text: $0.text, page: $0.page, box: $0.pageBox(parameters)) },
                                 into: furniture)

        // 3. Footnotes, then the markers they define.
        var vocabulary = Set<String>()
        for page in pages { for l in page.lines { for w in l.words { vocabulary.insert(TextJoiner.vocabularyKey(w.text)) } } }
        let notes = FootnoteCollector(parameters: parameters).collect(pages, separator: zoner.isSeparator, vocabulary: vocabulary)
        diagnostics += notes.diagnostics
        let joiner = TextJoiner(vocabulary: vocabulary, knownMarkers: Set(notes.footnotes.map(\.marker)), parameters: parameters)
        let footnoteLines = pages.flatMap { $0.lines(in: .footnotes) }
        pages = []

        // 4. Paragraphs → blocks.
        let (units, repeatedHeaders) = bodyUnits(bodyLines)
        furniture = Self.merging(repeatedHeaders.map { Furniture(kind: .repeatedTableHeader, text: $0.text, page: $0.page) },
                                 into: furniture)
        // Lines are values: a repeated header row is known by its page and position.
        let repeatedKeys = Set(repeatedHeaders.map(Self.positionKey))
        let blocks = BlockClassifier(joiner: joiner, parameters: parameters,
                                     numberedPoints: LanguageVocabulary.all.first { $0.tag == header.metadata.language }?.numberedPoints ?? false,
                                     isDecision: [.decision, .draftDecision].contains(header.metadata.documentType))
            .blocks(from: consume units, diagnostics: &diagnostics)

        // 5. Link check: every reference has a note and every note is referenced.
        diagnostics += Self.linkCheck(blocks, notes.footnotes)
        if !tagged.isEmpty {
            diagnostics += TaggedComparison.diagnostics(tagged: tagged, blocks: blocks, footnotes: notes.footnotes,
                                                        otherText: headerText + furniture.map(\.text), parameters: parameters)
        }
        if blocks.isEmpty {
            diagnostics.append(Diagnostic(.bodyEmpty, message: "no body text was found"))
        }
        // The lines to account for are gathered in the body lines' own list when no header row
        // repeats (the usual case), not in two more copies of it.
        var accounted = repeatedKeys.isEmpty ? bodyLines : bodyLines.filter { !repeatedKeys.contains(Self.positionKey($0)) }
        bodyLines = []
        accounted += footnoteLines
        diagnostics += Self.unplacedText(accounted, blocks: blocks, footnotes: notes.footnotes, vocabulary: joiner.vocabulary)
        return Output(metadata: header.metadata, blocks: blocks, footnotes: notes.footnotes,
                      furniture: furniture, diagnostics: diagnostics)
    }

    /// The header block, read from page 1 (body and footer) and the body of the other pages;
    /// or, after a cover, the same from the page that carries the masthead; else a non-UN
    /// document's front matter. Returns the parse, the lines it was read from (and whether each
    /// is body), and the cover's lines. Front-matter furniture and the cover note are added.
    func readHeader(_ pages: [PageLayout], furniture: inout [Furniture], diagnostics: inout [Diagnostic])
        -> (HeaderParseResult, [Line], [Bool], [Line]) {
        var (candidates, candidateIsBody) = Self.headerCandidates(pages, from: pages.first?.number ?? 1)
        var header = parseHeader(candidates, on: pages.first)
        var coverLines: [Line] = []
        if header.metadata.symbol == nil, let cover = coverRead(pages) {
            coverLines = zip(candidates, candidateIsBody).filter { $0.1 && $0.0.page == pages.first?.number }.map(\.0)
            (candidates, candidateIsBody, header) = (cover.lines, cover.isBody, cover.header)
            // A running-header line of the masthead's page that the header read is no furniture.
            let read = Set(header.consumed.map { candidates[$0] }.filter { $0.page == cover.page }.map(\.text))
            furniture.removeAll { $0.page == cover.page && $0.kind == .runningHeader && read.contains($0.text) }
            diagnostics.append(Diagnostic(.headerCoverPage, message: "the masthead stands on page \(cover.page): the \(coverLines.count) line(s) of the cover before it are kept as headerLine furniture", page: cover.page))
        }
        if header.metadata.symbol == nil {
            // Not a UN document: the UN header rules would only guess (an EU act's "Official
            // Journal" is no title). An EU act's masthead and title or a court's caption is
            // recognised as such; any other text stays in the body.
            let headerLines = candidates.map(Self.headerLine)
            if let front = FrontMatter.read(headerLines, isBody: candidateIsBody, parameters: parameters) {
                header = HeaderParseResult(metadata: front.metadata, consumed: front.consumed, diagnostics: front.diagnostics)
                furniture.insert(contentsOf: front.furniture.map { Furniture(kind: $0.kind, text: candidates[$0.index].text, page: candidates[$0.index].page, box: candidates[$0.index].pageBox(parameters)) }, at: 0)
            } else {
                header = HeaderParseResult(metadata: Metadata(), consumed: [], diagnostics: [
                    Diagnostic(.headerNotUN,
                               message: "no UN document symbol in the header: metadata left empty, all text kept in the body", page: 1)])
            }
        }
        return (header, candidates, candidateIsBody, coverLines)
    }

    /// Moves the lines of a reproduced document's masthead (`ReproducedMasthead`) from
    /// `bodyLines` to `headerFurniture`.
    static func takeReproducedMastheads(_ bodyLines: inout [Line], into headerFurniture: inout [Line], after headerPage: Int,
                                        pages: [PageLayout], parameters: StructureParameters) {
        var heights: [Int: Double] = [:]
        for page in pages { heights[page.number] = page.height }
        let taken = ReproducedMasthead.indices(bodyLines, after: headerPage, pageHeight: { heights[$0] ?? parameters.fallbackPageHeight },
                                               parameters: parameters)
        guard !taken.isEmpty else { return }
        headerFurniture += taken.sorted().map { bodyLines[$0] }
        bodyLines = bodyLines.indices.filter { !taken.contains($0) }.map { bodyLines[$0] }
    }

    /// Takes the reissue notes ("* Reissued for technical reasons on 15 January 2024.",
    /// A/RES/78/68; "*** Third reissue for technical reasons (17 April 2012).", S/2012/197) out
    /// of page 1's body and footnote area, and returns them. Left in the body, the note of
    /// S/2012/197 cut paragraph 3 in two at the page break; as a footnote, it was a note that
    /// no block references.
    static func takeReissueNotes(_ pages: inout [PageLayout]) -> [Line] {
        guard let p = pages.indices.first(where: { pages[$0].number == 1 }) else { return [] }
        var taken: [Line] = []
        var keep: [Int] = []
        for (i, (line, zone)) in zip(pages[p].lines, pages[p].zones).enumerated() {
            if zone == .body || zone == .footnotes, line.text.first == "*",
               RegexCache.shared.matches(EnglishPatterns.reissueNote, line.text) {
                taken.append(line)
            } else {
                keep.append(i)
            }
        }
        guard !taken.isEmpty else { return [] }
        pages[p].lines = keep.map { pages[p].lines[$0] }
        pages[p].zones = keep.map { pages[p].zones[$0] }
        return taken
    }

    /// The body as paragraphs and tables in reading order. Tables (a report's contents, tables
    /// of cells) are read apart from the paragraphs around them; the paragraphs between tables
    /// are segmented run by run. Also returns the header rows tables repeat on continuation pages.
    func bodyUnits(_ bodyLines: [Line]) -> ([BlockClassifier.BodyUnit], [Line]) {
        var units: [BlockClassifier.BodyUnit] = []
        var rest = bodyLines[...]
        if let contents = ContentsTable.extract(bodyLines, parameters: parameters) {
            units += segmenter.paragraphs(of: contents.before).map(BlockClassifier.BodyUnit.paragraph)
            units.append(.table(contents.table))
            rest = contents.after[...]
        }
        let restLines = Array(rest)
        var next = 0
        var repeatedHeaders: [Line] = []
        for table in TableDetector(parameters: parameters).tables(in: restLines) {
            units += segmenter.paragraphs(of: Array(restLines[next..<table.range.lowerBound])).map(BlockClassifier.BodyUnit.paragraph)
            units.append(.table(table.block))
            repeatedHeaders += table.repeatedHeader.map { restLines[$0] }
            next = table.range.upperBound
        }
        units += segmenter.paragraphs(of: Array(restLines[next...])).map(BlockClassifier.BodyUnit.paragraph)
        return (units, repeatedHeaders)
    }

    /// Diagnostics for footnote markers without a note and notes no marker references.
    static func linkCheck(_ blocks: [Block], _ footnotes: [Footnote]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let noteMarkers = Set(footnotes.map(\.marker))
        var referenced = Set<String>()
        func walk(_ bs: [Block]) { for b in bs { referenced.formUnion(b.footnoteRefs); walk(b.items) } }
        walk(blocks)
        for m in referenced.subtracting(noteMarkers).sorted() {
            diagnostics.append(Diagnostic(.footnoteMarkerWithoutNote,
                                          message: "footnote marker \(m) has no note"))
        }
        for n in footnotes where !referenced.contains(n.marker) {
            diagnostics.append(Diagnostic(.footnoteNoteWithoutMarker,
                                          message: "footnote \(n.marker) is not referenced in the body (it may belong to the header)", page: n.page))
        }
        return diagnostics
    }

    /// The header block's candidate lines from page `first` on: the body of every page and the
    /// footer of page `first` (and its running-header zone when `withHead`), each with whether
    /// it is body (header-zone lines count as body).
    static func headerCandidates(_ pages: [PageLayout], from first: Int, withHead: Bool = false) -> (lines: [Line], isBody: [Bool]) {
        var lines: [Line] = []
        var isBody: [Bool] = []
        for page in pages where page.number >= first {
            for (line, zone) in zip(page.lines, page.zones)
            where zone == .body || (page.number == first && (zone == .footer || (withHead && zone == .header))) {
                lines.append(line)
                isBody.append(zone != .footer)
            }
        }
        return (lines, isBody)
    }

    /// The UN header read from `lines`, page 1's size (or `page`'s) as its frame.
    func parseHeader(_ lines: [Line], on page: PageLayout?) -> HeaderParseResult {
        HeaderParser.parse(lines: lines.map(Self.headerLine), pageWidth: page?.width ?? parameters.fallbackPageWidth,
                           pageHeight: page?.height ?? parameters.fallbackPageHeight, parameters: parameters)
    }

    /// The header read from the second page when the first is a cover: page 1 names no
    /// symbol, and page 2 carries a masthead with a symbol and a distribution ("Distr.
    /// LIMITED"). E/ESCWA/30/INF.1 (English and Arabic) opens with a cover that repeats the
    /// commission, session and title, and prints its masthead on page 2. Page 2's top lines
    /// count even where the zoner took them for a running header (its "Distr.", Arabic).
    func coverRead(_ pages: [PageLayout]) -> (page: Int, lines: [Line], isBody: [Bool], header: HeaderParseResult)? {
        guard pages.count > 1 else { return nil }
        let second = pages[1]
        let (lines, isBody) = Self.headerCandidates(pages, from: second.number, withHead: true)
        let header = parseHeader(lines, on: second)
        guard header.metadata.symbol != nil, header.metadata.distribution != nil else { return nil }
        return (second.number, lines, isBody, header)
    }

    /// The index of the header block's last line: walking page 1's body lines, the last line the
    /// header parser consumed before the body starts. The body starts at the formula, at a
    /// numbered line, or at the first run of three lines the header parser did not take.
    static func headerEnd(_ lines: [Line], isBody: [Bool], consumed: Set<Int>, parameters: StructureParameters) -> Int {
        var end = -1
        var run = 0
        // Page 1, or the masthead's page after a cover.
        let first = lines.first?.page ?? 1
        for (i, line) in lines.enumerated() where line.page == first && isBody[i] {
            if consumed.contains(i) {
                end = i
                run = 0
                continue
            }
            if isFormula(line.text, parameters: parameters) || line.words.first.flatMap({ Label.parse($0.text, parameters: parameters) }) != nil { break }
            run += 1
            if run >= parameters.headerEndUnplacedRun { break }
        }
        return end
    }

    /// The running headers and footers, page numbers, job numbers, barcodes and margin text of
    /// every page, page by page (boxes rounded as `parameters.boxRoundingScale` says).
    static func furniture(of pages: [PageLayout], parameters: StructureParameters) -> [Furniture] {
        var furniture: [Furniture] = []
        for page in pages {
            for (line, zone) in zip(page.lines, page.zones) where zone == .header || zone == .footer || zone == .margin {
                let kind: Furniture.Kind = zone == .margin ? Self.marginKind(line) : Self.furnitureKind(line.text, zone: zone)
                furniture.append(Furniture(kind: kind, text: line.text, page: page.number, box: line.pageBox(parameters)))
            }
        }
        return furniture
    }

    /// A `text.unplaced` warning for each run of printed words of `lines` that ended in no
    /// block, item, cell or footnote (`TextAccounting`).
    static func unplacedText(_ lines: [Line], blocks: [Block], footnotes: [Footnote], vocabulary: Set<String>) -> [Diagnostic] {
        TextAccounting.unplaced(lines: lines, blocks: blocks, footnotes: footnotes, vocabulary: vocabulary).map {
            Diagnostic(.textUnplaced,
                       message: "printed words in no block, item, cell or footnote: \($0.text)", page: $0.page)
        }
    }

    /// A line's page and top-left corner, which tell two lines of one document apart.
    static func positionKey(_ line: Line) -> String { "\(line.page):\(line.box.x0):\(line.box.y0)" }

    /// `extra` placed into `furniture` (kept in page order) after the entries of its page.
    static func merging(_ extra: [Furniture], into furniture: [Furniture]) -> [Furniture] {
        guard !extra.isEmpty else { return furniture }
        return (furniture.enumerated().map { ($0.element, 0, $0.offset) } + extra.enumerated().map { ($0.element, 1, $0.offset) })
            .sorted { ($0.0.page, $0.1, $0.2) < ($1.0.page, $1.1, $1.2) }
            .map(\.0)
    }

    static func headerLine(_ l: Line) -> HeaderLine {
        HeaderLine(text: l.text, page: l.page, x0: l.box.x0, y0: l.box.y0, x1: l.box.x1, y1: l.box.y1,
                   fontSize: l.fontSize, isBold: l.isBold, isItalic: l.isItalic)
    }

    /// "10th meeting", "26th plenary meeting", "[Adopted without a vote.]": the lines that close
    /// a resolution printed inside a report (A/HRC/14/37). Also asked by the report's role check.
    public static func closesResolution(_ text: String) -> Bool {
        RegexCache.shared.matches(EnglishPatterns.closingLine, text)
    }

    /// "The General Assembly,", "The Security Council,", "The Human Rights Council," …
    static func isFormula(_ text: String, parameters: StructureParameters) -> Bool {
        // A decision quoted in a session report opens with a quotation mark: "“The Human Rights
        // Council," (A/HRC/14/37, decision 14/117).
        if let first = text.first, "“\"".contains(first) { return isFormula(String(text.dropFirst()), parameters: parameters) }
        // The other languages' formulas ("L'Assemblée générale,", "大会，"), word for word.
        if text.utf8.count <= parameters.otherFormulaMaxBytes, LanguageVocabulary.otherFormulas.contains(text) { return true }
        guard text.hasPrefix(LanguageVocabulary.englishFormulaOpening), text.utf8.count <= parameters.formulaMaxBytes else { return false }  // cheap test first: every line is asked
        // The comma is sometimes missing (A/RES/73/3, A/RES/79/1: "The General Assembly").
        if LanguageVocabulary.englishBareFormulas.contains(text) { return true }
        // The name of a body: capitalised words and connectors only ("The Conference of the
        // Parties,"); "The Advisory Committee emphasizes that greater use of on-the-job
        // training," (A/80/604/Add.1, a line that happens to end in a comma) is not one.
        let connectors = LanguageVocabulary.englishFormulaConnectors
        return RegexCache.shared.matches(EnglishPatterns.formula, text)
            && text.split(separator: " ").count <= parameters.formulaMaxWords
            && text.dropLast().split(separator: " ").allSatisfy { $0.first?.isUppercase == true || connectors.contains($0) }
            && LanguageVocabulary.englishFormulaBodyNouns.contains { text.contains($0) }
    }

    /// Margin text: a line number, or a stamp — unless the stamp is the running header or the
    /// job number set vertically beside a landscape table (A/80/605, page 50).
    static func marginKind(_ line: Line) -> Furniture.Kind {
        if line.margin == .lineNumber { return .lineNumber }
        switch FurnitureText.kind(of: line.text) {
        case .pageNumber: return .pageNumber
        case .jobNumber: return .jobNumber
        case .barcode: return .barcode
        case .symbol: return .runningHeader
        case .recyclingNote, .continuationMark, nil: return .stamp
        }
    }

    static func furnitureKind(_ text: String, zone: Zone) -> Furniture.Kind {
        switch FurnitureText.kind(of: text) {
        case .pageNumber: return .pageNumber
        case .jobNumber: return .jobNumber
        case .barcode: return .barcode
        default: return zone == .header ? .runningHeader : .runningFooter
        }
    }
}
