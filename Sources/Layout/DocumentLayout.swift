import Extraction

/// The layout stage over a document, the one path `convert`, `inspect` and the tests take:
/// each page's glyphs, their coordinates clamped (`LayoutParameters.coordinateLimit`), turned
/// into the page's reading frame (`ReadingFrame`), built into lines (`LineBuilder`); then all
/// the pages zoned together (`PageZoner`), since running headers are told by what recurs from
/// page to page.
public enum DocumentLayout {
    /// One page read and built into lines.
    public struct PageLines: Sendable {
        /// 1-based page number.
        public var number: Int
        /// Page size in PDF points, in the page's reading frame.
        public var width: Double, height: Double
        /// The page's rotation as Poppler reports it (0 or 90).
        public var rotation: Int
        /// Glyphs Poppler gave, and control characters it gave that were left out (counts).
        public var glyphCount: Int, controlGlyphs: Int
        /// Labels read from pictures (`Page.pictureLabels`).
        public var pictureLabels: [String] = []
        /// Text a clipping path hides, left out of the lines (`Page.clippedText`).
        public var clippedText: [String] = []
        /// The page's lines in reading order.
        public var lines: [Line]
    }

    /// Reads page `number` (1-based) of `file` and builds its lines. `extracted` is called
    /// between reading the glyphs and building the lines (the converter times the two apart).
    /// - Throws: `ExtractionError.poppler` when Poppler cannot load the page.
    public static func page(_ number: Int, of file: PDFFile, builder: LineBuilder,
                            extracted: () -> Void = {}) throws(ExtractionError) -> PageLines {
        let raw = try file.page(number)
        let page = ReadingFrame.oriented(raw.clamped(to: builder.parameters.coordinateLimit), parameters: builder.parameters)
        extracted()
        return PageLines(number: number, width: page.width, height: page.height, rotation: raw.rotation,
                         glyphCount: page.glyphs.count, controlGlyphs: page.controlGlyphs, pictureLabels: page.pictureLabels,
                         clippedText: page.clippedText, lines: builder.lines(of: page))
    }

    /// Zones pages read by `page(_:of:builder:extracted:)`, all together.
    public static func zone(_ pages: [PageLines], parameters: LayoutParameters) -> [PageLayout] {
        PageZoner(parameters: parameters).zone(pages: pages.map { ($0.number, $0.width, $0.height, $0.lines) })
    }

    /// Every page of `file` (or those of `range`, clamped to the document) read, built into
    /// lines and zoned.
    /// - Throws: `ExtractionError.poppler` when Poppler cannot load a page.
    public static func layOut(_ file: PDFFile, pages range: ClosedRange<Int>? = nil,
                              parameters: LayoutParameters = .standard) throws(ExtractionError) -> [PageLayout] {
        let builder = LineBuilder(parameters: parameters)
        let count = file.info.pageCount
        let wanted = range ?? 1...count
        guard wanted.lowerBound <= count else { return [] }
        var pages: [PageLines] = []
        for n in max(1, wanted.lowerBound)...min(wanted.upperBound, count) {
            pages.append(try page(n, of: file, builder: builder))
        }
        return zone(pages, parameters: parameters)
    }
}
