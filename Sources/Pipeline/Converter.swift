import Foundation
import Extraction
import Layout
import Structure
import DocumentModel

/// Converts one PDF into the document model: extraction → layout → structure.
///
/// A `Converter` holds no state between documents; each call opens its own Poppler document,
/// so one converter may serve several threads.
public struct Converter: Sendable {
    /// The layout stage's thresholds, passed to every layout rule (lines, zones, reading frame).
    public var layoutParameters: LayoutParameters
    /// The structure stage's thresholds, passed to every structure rule (header, paragraphs,
    /// tables, labels, footnotes).
    public var structureParameters: StructureParameters
    public var password: String?
    /// Compare the blocks with the structure tree of tagged PDFs (`tagged.*` diagnostics).
    /// Off by default: Poppler reads each tagged element's text by walking its page's content
    /// again, which multiplies the time of a long tagged report by ten or more (A/80/605:
    /// 0.3 s without, 12 s with).
    public var checkTags: Bool
    /// Only these pages (1-based, inclusive; `--pages`), or nil for all. A range running past
    /// the last page stops there. The document's `source.pageCount` stays the PDF's.
    public var pages: ClosedRange<Int>?

    public init(password: String? = nil, layoutParameters: LayoutParameters = .standard,
                structureParameters: StructureParameters = .standard,
                checkTags: Bool = false, pages: ClosedRange<Int>? = nil) {
        self.password = password
        self.checkTags = checkTags
        self.pages = pages
        self.layoutParameters = layoutParameters
        self.structureParameters = structureParameters
    }

    /// Time spent in each stage, in seconds.
    public struct Timings: Sendable {
        public var extraction = 0.0, layout = 0.0, structure = 0.0
        public init() {}
    }

    /// Converts the PDF at `url`.
    /// - Throws: `ExtractionError` naming the file: not found, not a PDF, encrypted, damaged,
    ///   no pages, or no text layer (an image-only scan).
    public func convert(_ url: URL, timings: inout Timings) throws(ExtractionError) -> Document {
        var clock = ContinuousClock.now
        func lap(_ field: WritableKeyPath<Timings, Double>) {
            let now = ContinuousClock.now
            let d = now - clock
            timings[keyPath: field] += Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            clock = now
        }
        let file = try PDFFile(url: url, password: password)
        let lineBuilder = LineBuilder(parameters: layoutParameters)
        var pages: [DocumentLayout.PageLines] = []
        var glyphCount = 0
        var controlGlyphs: [(page: Int, count: Int)] = []
        var pictureLabels: [(page: Int, labels: [String])] = []
        var clippedText: [(page: Int, text: [String])] = []
        var pageInfos: [PageInfo] = []
        let wanted = self.pages ?? 1...file.info.pageCount
        guard wanted.lowerBound <= file.info.pageCount else {
            throw .pagesOutOfRange(path: url.path, first: wanted.lowerBound, pageCount: file.info.pageCount)
        }
        for n in max(1, wanted.lowerBound)...min(wanted.upperBound, file.info.pageCount) {
            let page = try DocumentLayout.page(n, of: file, builder: lineBuilder) { lap(\.extraction) }
            pageInfos.append(PageInfo(number: n, width: page.width, height: page.height, rotation: page.rotation))
            glyphCount += page.glyphCount
            if page.controlGlyphs > 0 { controlGlyphs.append((n, page.controlGlyphs)) }
            if !page.pictureLabels.isEmpty { pictureLabels.append((n, page.pictureLabels)) }
            if !page.clippedText.isEmpty { clippedText.append((n, page.clippedText)) }
            pages.append(page)
            lap(\.layout)
        }
        if glyphCount == 0 { throw .noTextLayer(path: url.path, pageCount: file.info.pageCount) }
        let emptyPages = pages.filter { $0.lines.isEmpty }.map(\.number)
        let layouts = DocumentLayout.zone(pages, parameters: layoutParameters)
        // The zoned pages hold the lines from here on; this copy of the list goes.
        _ = consume pages
        lap(\.layout)
        // What the output needs of the file is read now, and Poppler's document goes before
        // the structure stage, which reads the lines alone.
        let tagged = checkTags ? file.taggedBlocks() : []
        let created = SourceDates.checked(file.info.creationDate, field: "creationDate")
        let modified = SourceDates.checked(file.info.modificationDate, field: "modificationDate")
        let source = SourceInfo(fileName: url.lastPathComponent, sha256: file.sha256, byteCount: file.data.count,
                                pageCount: file.info.pageCount, producer: file.info.producer, creator: file.info.creator,
                                creationDate: created.value, modificationDate: modified.value,
                                tagged: file.info.isTagged)
        let fontRepairs = file.fontRepairs
        _ = consume file
        // The builder takes the pages over, so that it can let them go once it has read them.
        let built = DocumentBuilder(parameters: structureParameters, layoutParameters: layoutParameters).build(pages: consume layouts, tagged: tagged)
        var diagnostics = built.diagnostics + [created.diagnostic, modified.diagnostic].compactMap { $0 }
        if !emptyPages.isEmpty {
            diagnostics.append(Diagnostic(.pageNoText,
                                          message: "no text on page(s) \(emptyPages.map(String.init).joined(separator: ", ")) (images only?)"))
        }
        for repair in fontRepairs {
            diagnostics.append(Diagnostic(.textToUnicodeRepaired,
                                          message: "font \(repair.fontName) (ToUnicode object \(repair.objectNumber)): \(repair.summary); read as the glyphs"))
        }
        for (page, labels) in pictureLabels {
            diagnostics.append(Diagnostic(.textPictureLabel,
                                          message: "labels drawn as pictures read from their shapes: \(labels.joined(separator: " "))", page: page))
        }
        for (page, text) in clippedText {
            diagnostics.append(Diagnostic(.textClipped,
                                          message: "text a clipping path hides (not shown on the page) left out: \(text.joined(separator: " | "))", page: page))
        }
        for (page, count) in controlGlyphs {
            diagnostics.append(Diagnostic(.textControlCharacter,
                                          message: "\(count) glyph(s) whose text is a control character left out", page: page))
        }
        let document = Document(source: source, metadata: built.metadata, blocks: built.blocks, footnotes: built.footnotes,
                                furniture: built.furniture, diagnostics: diagnostics, producer: .current,
                                pages: pageInfos)
        lap(\.structure)
        return document
    }

    /// Converts the PDF at `url` without timing.
    public func convert(_ url: URL) throws(ExtractionError) -> Document {
        var t = Timings()
        return try convert(url, timings: &t)
    }
}
