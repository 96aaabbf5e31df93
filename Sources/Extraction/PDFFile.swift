import CPoppler
import Foundation

/// An open PDF, read through Poppler's GLib API. Owns the Poppler document and frees it on deinit.
///
/// One `PDFFile` belongs to one task: Poppler documents are not shared between threads.
/// Pages are read one at a time by `page(_:)` and released before it returns, so memory stays
/// flat in document length.
public final class PDFFile {
    /// The path the file was opened from (for error messages).
    public let path: String
    /// The PDF's bytes, mapped (for hashing and size).
    public let data: Data
    public let info: DocumentInfo
    /// The fonts whose ToUnicode maps were corrected (digits, Arabic marks) before the text
    /// was read (empty for most files; see `ToUnicodeRepair`).
    public let fontRepairs: [FontRepair]
    /// Pages (1-based) whose resources hold an image small enough to be a label drawn as a
    /// picture (`PictureLabelParameters`); only these are asked for their pictures.
    let pagesWithSmallImages: Set<Int>
    /// The text runs of the pages (1-based) where a clipping path hides some text (`ClippedText`).
    let clippedRuns: [Int: [TextRun]]
    let document: OpaquePointer

    /// Opens `url`.
    /// - Parameter password: the user or owner password for encrypted files.
    /// - Throws: `ExtractionError.fileNotFound`, `.unreadable`, `.notAPDF`, `.encrypted`, `.damaged`,
    ///   `.noPages`, `.poppler` — each naming the file.
    public init(url: URL, password: String? = nil) throws(ExtractionError) {
        let path = url.path
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "is a directory") }
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        self.data = data
        // A PDF header may follow some junk, but must appear within the first KiB.
        guard PDFFile.hasPDFHeader(data) else { throw .notAPDF(path: path) }

        var gerror: UnsafeMutablePointer<GError>?
        // Opened by file name, not from the bytes in memory: Poppler 22.12's
        // poppler_document_new_from_bytes crashes (SIGSEGV) on an encrypted PDF given a wrong
        // password, where poppler_document_new_from_file reports POPPLER_ERROR_ENCRYPTED.
        guard let uri = g_filename_to_uri(URL(fileURLWithPath: path).standardizedFileURL.path, nil, nil) else {
            throw .unreadable(path: path, reason: "the path cannot be written as a file URI")
        }
        defer { g_free(uri) }
        // A file whose fonts' ToUnicode maps name the wrong digits or marks is read from a
        // corrected copy in memory (ToUnicodeRepair); `data`, its digest and size stay the file's own.
        // Encrypted files are never repaired, so the crash above cannot happen here.
        let scan = password == nil ? ToUnicodeRepair.scan(path: path) : nil
        let repair = scan?.repaired
        fontRepairs = repair?.repairs ?? []
        pagesWithSmallImages = scan?.pagesWithSmallImages ?? []
        clippedRuns = scan?.clippedRuns ?? [:]
        _ = PDFFile.globalParametersHolder
        let doc: OpaquePointer?
        if let repaired = repair?.bytes {
            let bytes = repaired.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
            doc = poppler_document_new_from_bytes(bytes, nil, &gerror)
            g_bytes_unref(bytes)
        } else {
            doc = poppler_document_new_from_file(uri, password, &gerror)
        }
        guard let doc else {
            let message = gerror.map { String(cString: $0.pointee.message) } ?? "unknown error"
            let code = gerror?.pointee.code ?? -1
            let domain = gerror?.pointee.domain ?? 0
            g_clear_error(&gerror)
            if domain == poppler_error_quark(), code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw .encrypted(path: path, passwordGiven: password != nil)
            }
            if domain == poppler_error_quark(), code == Int32(POPPLER_ERROR_DAMAGED.rawValue)
                || code == Int32(POPPLER_ERROR_BAD_CATALOG.rawValue) {
                throw .damaged(path: path, message: message)
            }
            throw .poppler(path: path, message: message)
        }
        document = doc
        let pageCount = Int(poppler_document_get_n_pages(doc))
        info = DocumentInfo(
            pageCount: pageCount,
            producer: PDFFile.take(poppler_document_get_producer(doc)),
            creator: PDFFile.take(poppler_document_get_creator(doc)),
            title: PDFFile.take(poppler_document_get_title(doc)),
            creationDate: PDFFile.iso8601(poppler_document_get_creation_date_time(doc)),
            modificationDate: PDFFile.iso8601(poppler_document_get_modification_date_time(doc)),
            isTagged: StructureTreeScan.hasStructureTree(data) ?? PDFFile.popplerHasStructureTree(doc))
        if pageCount <= 0 { throw .noPages(path: path) }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

    /// An empty one-page PDF that stays open for the life of the process. Poppler builds its
    /// global parameters (font and encoding tables, 4 million instructions) when a document
    /// opens while none is open, and frees them when the last one closes: without this document
    /// a worker built them again for every file it converts.
    nonisolated(unsafe) private static let globalParametersHolder: OpaquePointer? = {
        let pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>endobj\nxref\n0 4\n0000000000 65535 f \n"
            + "0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\n"
            + "startxref\n160\n%%EOF\n"
        let bytes = Array(pdf.utf8).withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        return poppler_document_new_from_bytes(bytes, nil, nil)
    }()


    /// Reads page `number` (1-based): size, rotation and every non-space glyph with its box and font.
    /// - Throws: `ExtractionError.poppler` when Poppler cannot load the page.
    public func page(_ number: Int) throws(ExtractionError) -> Page {
        guard let page = poppler_document_get_page(document, Int32(number - 1)) else {
            throw .poppler(path: path, message: "page \(number) could not be loaded")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        // The GLib API has no rotation getter; the size it reports is already rotated, the crop
        // box is not, so a swapped pair means a quarter turn (90° or 270°, reported as 90).
        var crop = PopplerRectangle()
        poppler_page_get_crop_box(page, &crop)
        let rotation = abs(abs(crop.x2 - crop.x1) - width) > 0.5 && abs(crop.x2 - crop.x1 - height) < 0.5 ? 90 : 0

        // The whole page, as `poppler_page_get_text` selects it...
        var selection = PDFFile.select(page, PopplerRectangle(x1: 0, y1: 0, x2: width, y2: height))
        // ...unless the page holds right-to-left text: a selection from the left edge loses the
        // lines above the first one it meets from the right (the heading "مقدمة" and the first
        // line of paragraph 1 on page 4 of E/ESCWA/2017/EC.4/9/Report, Arabic), and one from the
        // right edge may lose others (the symbol "A/RES/91/175" at the top left of page 1 of
        // Samples/A_RES_91_175.pdf, whose Arabic Pango set). The page is the larger selection
        // and every glyph of the other that it lacks.
        if selection.rightToLeft {
            let mirrored = PDFFile.select(page, PopplerRectangle(x1: width, y1: 0, x2: 0, y2: height))
            selection = mirrored.glyphs.count > selection.glyphs.count ? mirrored.adding(selection) : selection.adding(mirrored)
            selection = PDFFile.addingLinesOnlyWordsReach(page, to: selection, width: width, height: height)
        }
        let clippedText = clippedRuns[number].map { PDFFile.droppingHidden(&selection.glyphs, runs: $0) } ?? []
        var glyphs = PDFFile.droppingRepeatedLabelDigits(
            PDFFile.tanweenReadAsAlef(PDFFile.joiningClusters(PDFFile.narrowingBackwardMarks(selection.glyphs))))
        var labels: [String] = []
        if pagesWithSmallImages.contains(number) {
            let read = PDFFile.pictureLabels(page, beside: glyphs)
            glyphs += read.glyphs
            labels = read.labels
        }
        return Page(number: number, width: width, height: height, rotation: rotation, glyphs: glyphs,
                    fonts: selection.fonts, controlGlyphs: selection.controlGlyphs, pictureLabels: labels, clippedText: clippedText)
    }

    /// Takes out of `glyphs` those a clipping path hides (`ClippedText.hiddenGlyphs`) and
    /// returns their text, one string per stretch of glyphs next to each other in Poppler's
    /// order, words set apart by a space.
    static func droppingHidden(_ glyphs: inout [Glyph], runs: [TextRun]) -> [String] {
        let hidden = ClippedText.hiddenGlyphs(glyphs, runs: runs)
        guard !hidden.isEmpty else { return [] }
        var texts: [String] = []
        var previous = -2
        for i in hidden {
            if i != previous + 1 { texts.append("") } else if glyphs[i].spaceBefore { texts[texts.count - 1] += " " }
            texts[texts.count - 1] += glyphs[i].text
            previous = i
        }
        let drop = Set(hidden)
        glyphs = glyphs.indices.filter { !drop.contains($0) }.map { glyphs[$0] }
        return texts
    }

    /// Lines of a right-to-left page that neither glyph selection holds but a word-style
    /// selection does: the last agenda item "-19 الرؤية الجديدة للإصلاح في الأمم المتحدة." on page
    /// 2 of E/ESCWA/30/L.1 (Arabic), note (8) on page 5 of E/ESCWA/EDID/2017/IG.2/5(Part IV)
    /// (Arabic). Each area of the word-style selection's region (whole pixels, PDF points at
    /// scale 1) that holds the centre of no glyph of `selection` is selected on its own, glyph
    /// by glyph, and its glyphs are added.
    static func addingLinesOnlyWordsReach(_ page: OpaquePointer, to selection: Selection, width: Double, height: Double) -> Selection {
        var whole = PopplerRectangle(x1: 0, y1: 0, x2: width, y2: height)
        guard let region = poppler_page_get_selected_region(page, 1.0, POPPLER_SELECTION_WORD, &whole) else { return selection }
        defer { cairo_region_destroy(region) }
        // The areas' glyphs are gathered first and added once: each `adding` indexes every
        // glyph of the selection it adds to.
        var found = Union()
        for index in 0..<cairo_region_num_rectangles(region) {
            var area = cairo_rectangle_int_t()
            cairo_region_get_rectangle(region, index, &area)
            let (x0, y0) = (Double(area.x), Double(area.y))
            let (x1, y1) = (x0 + Double(area.width), y0 + Double(area.height))
            let held = selection.glyphs.contains { g in
                g.box.midX >= x0 && g.box.midX <= x1 && g.box.midY >= y0 && g.box.midY <= y1
            }
            if held { continue }
            found.add(PDFFile.select(page, PopplerRectangle(x1: x1, y1: y0, x2: x0, y2: y1)))
        }
        return found.selection.glyphs.isEmpty ? selection : selection.adding(found.selection)
    }

    /// The glyphs (with their fonts) of one text selection of a page.
    struct Selection {
        var glyphs: [Glyph] = []
        var fonts: [FontStyle] = []
        var controlGlyphs = 0
        /// The selection's text holds right-to-left letters or Poppler's direction marks.
        var rightToLeft = false

        /// This selection, and after its glyphs those of `other` whose box (to the bit) it
        /// lacks, their fonts merged with equal ones.
        func adding(_ other: Selection) -> Selection {
            var union = Union(self)
            union.add(other)
            return union.selection
        }
    }

    /// `Selection.adding` applied again and again (`selection.adding(a).adding(b)…`) in place:
    /// the boxes and fonts of what is gathered are indexed once, not again (and its glyphs
    /// copied) for every selection added.
    struct Union {
        /// A glyph's box, by its coordinates' bits: where Poppler's marks could not be undone in
        /// one selection, its text sits on other characters' boxes.
        struct Key: Hashable {
            let x0, y0, x1, y1: UInt64
            init(_ g: Glyph) {
                (x0, y0, x1, y1) = (g.box.x0.bitPattern, g.box.y0.bitPattern, g.box.x1.bitPattern, g.box.y1.bitPattern)
            }
            /// One word fed to the hasher instead of four (equality still compares all four).
            func hash(into hasher: inout Hasher) { hasher.combine(PDFFile.mix(x0, y0, x1, y1)) }
        }

        /// What is gathered so far.
        private(set) var selection: Selection
        private var present: Set<Key>
        /// Each font's first index in `selection.fonts`.
        private var fontIndex: [FontStyle: Int32] = [:]

        init(_ start: Selection = Selection()) {
            selection = start
            present = Set(minimumCapacity: start.glyphs.count)
            for g in start.glyphs { present.insert(Key(g)) }
            for (i, f) in start.fonts.enumerated() where fontIndex[f] == nil { fontIndex[f] = Int32(i) }
        }

        /// Adds the glyphs of `other` whose box is not yet gathered (all of them, even two with
        /// one box in `other`), their fonts merged with equal ones.
        mutating func add(_ other: Selection) {
            // Each of `other`'s fonts is looked up (its name hashed) once, not once per glyph.
            var resolved = [Int32?](repeating: nil, count: other.fonts.count)
            var added: [Key] = []
            for g in other.glyphs {
                let key = Key(g)
                guard !present.contains(key) else { continue }
                let index: Int32
                if let known = resolved[Int(g.fontIndex)] { index = known } else {
                    let font = other.fonts[Int(g.fontIndex)]
                    if let known = fontIndex[font] { index = known } else {
                        index = Int32(selection.fonts.count)
                        selection.fonts.append(font)
                        fontIndex[font] = index
                    }
                    resolved[Int(g.fontIndex)] = index
                }
                var glyph = g
                glyph.fontIndex = index
                selection.glyphs.append(glyph)
                added.append(key)
            }
            present.formUnion(added)
        }
    }

    /// The glyphs Poppler gives for the text selected over `area` (page points; from its first
    /// corner to its second), with their boxes and fonts.
    static func select(_ page: OpaquePointer, _ area: PopplerRectangle) -> Selection {
        var area = area
        var out = Selection()
        guard let cText = poppler_page_get_text_for_area(page, &area) else { return out }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: guint = 0
        let haveLayout = poppler_page_get_text_layout_for_area(page, &area, &rects, &rectCount) != 0
        defer { g_free(cText); g_free(rects) }
        var runs: [(start: Int, end: Int, font: Int32)] = []
        (runs, out.fonts) = fontRuns(page, &area)
        var scalars = Array(String(cString: cText).unicodeScalars)
        let marks = PopplerBidi.hasMarks(scalars)
        out.rightToLeft = marks || scalars.contains(where: PopplerBidi.isRightToLeft)
        // Right-to-left text: Poppler's marks and reordering would put each character on
        // another's box (see `PopplerBidi`).
        // Only marks Poppler inserted count: marks of the PDF's own text have boxes (robocop_90's
        // U+202D … U+202C), and then the text and the boxes already agree in number.
        if haveLayout, scalars.count > Int(rectCount), marks {
            let reordered = PopplerBidi.drawingOrder(scalars)
            if reordered.count == Int(rectCount) { scalars = reordered }
        }
        out.glyphs.reserveCapacity(scalars.count)
        var runCursor = 0
        var sawSpace = false
        for (index, scalar) in scalars.enumerated() {
            // ASCII first: Unicode property look-ups cost a table search per character.
            let v = scalar.value
            if PDFFile.isWhitespace(scalar) { sawSpace = true; continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) { out.controlGlyphs += 1; continue }
            guard haveLayout, let rects, index < Int(rectCount) else { break }
            while runCursor < runs.count, runs[runCursor].end < index { runCursor += 1 }
            let font: Int32 = runCursor < runs.count && runs[runCursor].start <= index ? runs[runCursor].font : 0
            let r = rects[index]
            out.glyphs.append(Glyph(text: PDFFile.text(of: scalar, font: out.fonts[Int(font)]),
                                    box: Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2), fontIndex: font, spaceBefore: sawSpace))
            sawSpace = false
        }
        return out
    }

    /// Font runs of a selection: [start, end] character indices with a font index, and the
    /// fonts (at least one).
    static func fontRuns(_ page: OpaquePointer, _ area: inout PopplerRectangle) -> ([(start: Int, end: Int, font: Int32)], [FontStyle]) {
        var runs: [(start: Int, end: Int, font: Int32)] = []
        var fonts: [FontStyle] = []
        var fontIndexByKey: [FontKey: Int32] = [:]
        if let list = poppler_page_get_text_attributes_for_area(page, &area) {
            var node: UnsafeMutablePointer<GList>? = list
            while let n = node {
                if let attrs = n.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                    let name = attrs.font_name.map { String(cString: $0) } ?? ""
                    let key = FontKey(name: name, size: attrs.font_size)
                    let index: Int32
                    if let known = fontIndexByKey[key] { index = known } else {
                        index = Int32(fonts.count)
                        fonts.append(FontStyle(pdfFontName: name, size: attrs.font_size))
                        fontIndexByKey[key] = index
                    }
                    runs.append((Int(attrs.start_index), Int(attrs.end_index), index))
                }
                node = n.pointee.next
            }
            poppler_page_free_text_attributes(list)
        }
        if fonts.isEmpty { fonts.append(FontStyle(name: "", size: 0, isBold: false, isItalic: false)) }
        return (runs, fonts)
    }

    /// One glyph that stands for several characters: a lam-alef ligature "لأ" that Pango shapes
    /// and cairo maps to its two letters (Samples/A_RES_91_175.pdf). Poppler gives the first
    /// character the glyph's box and each further one an empty box at the same origin, and in
    /// right-to-left text puts them far apart in its order. They are one glyph, its text the
    /// characters in reading order: the empty boxes join the glyph that starts where they stand
    /// (same left edge and bottom, to the bit: Poppler computes both from the same origin).
    /// A group of empty boxes joins only when it holds a letter ("لآ" comes as lam, alef and
    /// the madda mark): a mark alone on its letter (the tanween of "أولاً" in Word's Arabic,
    /// E/ESCWA/2017/EC.4/4(Part II)) has an empty box at the letter's origin too, but it is read
    /// with the glyphs around it.
    static func joiningClusters(_ glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { $0.box.x1 == $0.box.x0 }) else { return glyphs }
        struct Origin: Hashable {
            let x: UInt64, y: UInt64
            /// One word fed to the hasher instead of two (equality still compares both).
            func hash(into hasher: inout Hasher) { hasher.combine(PDFFile.mix(x, y, 0, 0)) }
        }
        func origin(_ g: Glyph) -> Origin { Origin(x: g.box.x0.bitPattern, y: g.box.y1.bitPattern) }
        func isLetter(_ g: Glyph) -> Bool {
            guard let s = g.text.unicodeScalars.first else { return false }
            switch s.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: return true
            default: return false
            }
        }
        var empties: [Origin: [Int]] = [:]
        for (i, g) in glyphs.enumerated() where g.box.x1 == g.box.x0 { empties[origin(g), default: []].append(i) }
        // The first glyph with width at each origin that holds zero-wide ones.
        var owner: [Origin: Int] = [:]
        for (i, g) in glyphs.enumerated() where g.box.x1 != g.box.x0 {
            let o = origin(g)
            if owner[o] == nil, empties[o] != nil { owner[o] = i }
        }
        var out = glyphs
        var joined = IndexSet()
        for (o, group) in empties {
            guard let base = owner[o], group.contains(where: { isLetter(glyphs[$0]) }) else { continue }
            for i in group { out[base].text += glyphs[i].text }
            joined.formUnion(IndexSet(group))
        }
        return joined.isEmpty ? out : out.indices.filter { !joined.contains($0) }.map { out[$0] }
    }

    /// Four words (the bit patterns of a box's coordinates) folded into one for a hash table:
    /// each multiplied by its own odd constant, so that equal coordinates in other places
    /// (a box's two y's) do not cancel.
    static func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (c &* 0x1656_67B1_9E37_79F9) ^ (d &* 0x27D4_EB2F_1656_67C5)
    }

    /// An alef that takes no width and stands at no other glyph's origin is Word's tanween
    /// read through a wrong map: one font of E/ESCWA/EDID/2017/IG.1/6 (Arabic) maps its
    /// fathatan glyph to alef (U+0627) where the file's other font maps the same glyph to
    /// U+064B, and Word draws it 0.6 pt left of and 1.08 pt above the final alef of "ثانياً-"
    /// (p. 2) with no advance. Read as an alef, it split the section word ("ثاني ا-"). The
    /// glyph becomes the fathatan it draws. Alefs of a ligature cluster stand at their
    /// glyph's origin and have been joined to it (`joiningClusters`) before this runs.
    static func tanweenReadAsAlef(_ glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { $0.box.x1 == $0.box.x0 && $0.text == "\u{0627}" }) else { return glyphs }
        return glyphs.map { g in
            guard g.box.x1 == g.box.x0, g.text == "\u{0627}" else { return g }
            var mark = g
            mark.text = "\u{064B}"
            return mark
        }
    }

    /// A combining mark whose box runs backwards (right edge left of its left edge) takes no
    /// width: its box becomes zero-wide at its left end, where the letter it sits on begins.
    /// Word sets the kasra of "مساعِدة" (E/ESCWA/EDID/2017/IG.1/INF.1, Arabic, page 3) and the
    /// damma of "تغيُّر" (E/ESCWA/2017/EC.4/3(Part I), Arabic, page 3) with a negative advance;
    /// left as it was, the mark's left edge lay inside the next letter and its right edge
    /// opened a gap that split the word.
    static func narrowingBackwardMarks(_ glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { $0.box.x1 < $0.box.x0 }) else { return glyphs }
        return glyphs.map { g in
            guard g.box.x1 < g.box.x0, !g.text.isEmpty,
                  g.text.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) else { return g }
            var narrowed = g
            narrowed.box = Rect(x0: g.box.x1, y0: g.box.y0, x1: g.box.x1, y1: g.box.y1)
            return narrowed
        }
    }

    /// Lower-case hex SHA-256 of the file's bytes (`FileChecksum`).
    public var sha256: String { FileChecksum.sha256(of: data) }

    static func hasPDFHeader(_ data: Data) -> Bool {
        let prefix = data.prefix(1024)
        let marker: [UInt8] = Array("%PDF-".utf8)
        guard prefix.count >= marker.count else { return false }
        let bytes = [UInt8](prefix)
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
            if Array(bytes[start..<start + marker.count]) == marker { return true }
        }
        return false
    }

    /// A glyph's text: ASCII as it is, a symbolic font's private-use code read by the font's
    /// encoding (`SymbolFontText`), anything else through `TextNormalizer`.
    private static func text(of scalar: Unicode.Scalar, font: FontStyle) -> String {
        let v = scalar.value
        if v < 0x80 { return asciiText[Int(v)] }
        if (0xF020...0xF0FF).contains(v), let symbolText = SymbolFontText.text(v, fontName: font.name) {
            return symbolText.unicodeScalars.map(TextNormalizer.expand).joined()
        }
        return TextNormalizer.expand(scalar)
    }

    /// `scalar.properties.isWhitespace`, answered without the table search where Unicode's
    /// White_Space (U+0009…U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000) has no member: ASCII, and Latin to Arabic and beyond
    /// U+3000 (every glyph of an Arabic page asked the table).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        if v > 0x3000 { return false }
        return scalar.properties.isWhitespace
    }

    /// One-character strings for ASCII, built once (small strings: copying one allocates nothing).
    private static let asciiText: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    private struct FontKey: Hashable { var name: String; var size: Double }

    private static func take(_ s: UnsafeMutablePointer<gchar>?) -> String? {
        guard let s else { return nil }
        defer { g_free(s) }
        let value = String(cString: s).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    private static func iso8601(_ dt: OpaquePointer?) -> String? {
        guard let dt else { return nil }
        defer { g_date_time_unref(dt) }
        // RFC 3339 form with a full offset ("+01:00"); GLib's ISO 8601 writer may print "+01".
        guard let s = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%S%:z") else { return nil }
        defer { g_free(s) }
        return String(cString: s)
    }

    /// Poppler's answer: it parses the whole structure tree (too dear to ask for every file).
    /// Used where the bytes cannot tell (`StructureTreeScan`), and by the tests as the reference.
    static func popplerHasStructureTree(_ doc: OpaquePointer) -> Bool {
        guard let iter = poppler_structure_element_iter_new(doc) else { return false }
        poppler_structure_element_iter_free(iter)
        return true
    }
}
