import CQPDF
import Foundation

/// A font whose ToUnicode map named other characters than its glyphs draw, corrected before
/// the text was read.
public struct FontRepair: Sendable, Equatable {
    /// One corrected character code: what the map gave ("" for nothing) and what the glyph is.
    public struct Correction: Sendable, Equatable {
        public let code: UInt32
        public let was: String
        public let now: String
    }
    /// The font's `/BaseFont`, without a subset prefix ("Arial").
    public let fontName: String
    /// The object number of the font's ToUnicode stream.
    public let objectNumber: Int
    /// The corrected codes, in the order of the characters checked.
    public let corrections: [Correction]

    /// "0 read as 1, 1 read as 0, U+064B read as space": each glyph's character, then what the
    /// map said (digits as themselves, anything else as its code point).
    public var summary: String {
        func show(_ s: String) -> String {
            if s.isEmpty { return "nothing" }
            if s == " " { return "space" }
            return s.unicodeScalars.map { $0.isASCII ? String($0) : "U+" + ToUnicodeRepair.hex($0.value, digits: 4) }.joined()
        }
        return corrections.map { "\(show($0.now)) read as \(show($0.was))" }.joined(separator: ", ")
    }
}

/// Corrects ToUnicode maps that disagree with the fonts they belong to, where the font's
/// own character map leaves no doubt.
///
/// Microsoft Word 2013 and 2016 write, for the embedded TrueType fonts of Arabic documents,
/// ToUnicode maps with two faults. They send digit glyphs to the wrong digits, sometimes
/// several glyphs to one digit: in E/ESCWA/EDID/2017/IG.2/8 (Arabic) the glyphs "zero",
/// "one", "two" and "seven" of Arial map to "1", "0", "7" and "2", so the year 2017 reads
/// "7102" and paragraph 1 reads 0. And they send the Arabic marks (fathatan, fatha, damma,
/// shadda, kasra) to a space, or in bold Arial the fathatan to an alef, so "ثانياً" (secondly)
/// reads "ثانيا" and a space, or "ثانياا". The font program's own character map ('cmap') is
/// right in both.
///
/// A composite font with Identity encoding and an embedded TrueType program is checked when
/// its map looks faulty: the codes it sends to digits do not run in step with the digits, or
/// more than one code goes to the space. Then each glyph the program's cmap gives for a digit
/// or an Arabic mark (U+064B–U+0652, U+0670) is mapped again to the character it draws when
/// its map entry is missing, or names one character the program draws with another glyph.
/// Nothing else is touched: the mirrored parentheses the same maps hold are right for
/// right-to-left text.
///
/// Fonts inside form XObjects, Type 3 fonts, simple fonts and a CIDToGIDMap stream are not read.
enum ToUnicodeRepair {
    /// The characters whose glyphs are checked: the ASCII digits and the Arabic marks.
    static let checkedScalars: [UInt32] = Array(0x30...0x39) + Array(0x64B...0x652) + [0x670]

    /// The corrected PDF and what was corrected.
    struct Result {
        let bytes: Data
        let repairs: [FontRepair]
    }

    /// What qpdf's reading of the file found: the corrected file (nil when no font needs it,
    /// or qpdf cannot write it), and the pages (1-based) whose resources hold an image small
    /// enough to be a label drawn as a picture (`PictureLabelParameters.maxPixelWidth`,
    /// `maxPixelHeight`). Nil pages when qpdf cannot read the file.
    struct Scan {
        let repaired: Result?
        let pagesWithSmallImages: Set<Int>?
        /// The text runs of the pages (1-based) where a clipping path hides some (`ClippedText`).
        var clippedRuns: [Int: [TextRun]] = [:]
    }

    /// The PDF at `path` with its faulty ToUnicode mappings overridden, or nil when no
    /// font needs it, the file is encrypted, or qpdf cannot read or write it (then the file is
    /// read as it is).
    static func repaired(path: String) -> Result? { scan(path: path).repaired }

    /// Reads the file at `path` with qpdf once: the fonts of every page (see `repaired`), the
    /// sizes of the images in every page's resources (not inside form XObjects), and the text
    /// runs of the first pages when a clipping path hides some (`ClippedText`).
    static func scan(path: String, pictures: PictureLabelParameters = .standard, clip: ClippedTextParameters = .standard) -> Scan {
        guard let q = qpdf_init() else { return Scan(repaired: nil, pagesWithSmallImages: nil) }
        defer {
            // An error left unread is printed to standard error at clean-up; it is read here
            // (a file qpdf cannot open is read as it is, and Poppler names the fault).
            while qpdf_has_error(q) == QPDF_TRUE { _ = qpdf_get_error(q) }
            while qpdf_more_warnings(q) == QPDF_TRUE { _ = qpdf_next_warning(q) }
            var handle: qpdf_data? = q
            qpdf_cleanup(&handle)
        }
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        guard qpdf_read(q, path, nil) & QPDF_ERRORS == 0, qpdf_is_encrypted(q) == QPDF_FALSE else {
            return Scan(repaired: nil, pagesWithSmallImages: nil)
        }
        let pageCount = qpdf_get_num_pages(q)
        guard pageCount > 0 else { return Scan(repaired: nil, pagesWithSmallImages: nil) }
        var seen = Set<Int>(), repairs: [FontRepair] = [], imagePages = Set<Int>(), clipped: [Int: [TextRun]] = [:]
        for index in 0..<Int(pageCount) {
            let page = qpdf_get_page_n(q, index)
            if index < clip.pagesChecked, let runs = clippedRuns(q, page) { clipped[index + 1] = runs }
            let resources = inherited(q, page, "/Resources")
            if hasSmallImage(q, resources: resources, pictures: pictures) { imagePages.insert(index + 1) }
            let fonts = qpdf_oh_get_key(q, resources, "/Font")
            guard qpdf_oh_is_dictionary(q, fonts) == QPDF_TRUE else { continue }
            for font in dictionaryValues(q, fonts) {
                if let repair = repair(q, font: font, seen: &seen) { repairs.append(repair) }
            }
        }
        guard !repairs.isEmpty else { return Scan(repaired: nil, pagesWithSmallImages: imagePages, clippedRuns: clipped) }
        qpdf_oh_release_all(q)
        guard qpdf_init_write_memory(q) & QPDF_ERRORS == 0 else { return Scan(repaired: nil, pagesWithSmallImages: imagePages, clippedRuns: clipped) }
        qpdf_set_object_stream_mode(q, qpdf_o_preserve)
        qpdf_set_stream_data_mode(q, qpdf_s_preserve)
        guard qpdf_write(q) & QPDF_ERRORS == 0, let buffer = qpdf_get_buffer(q) else {
            return Scan(repaired: nil, pagesWithSmallImages: imagePages, clippedRuns: clipped)
        }
        let result = Result(bytes: Data(bytes: buffer, count: qpdf_get_buffer_length(q)), repairs: repairs)
        return Scan(repaired: result, pagesWithSmallImages: imagePages, clippedRuns: clipped)
    }

    /// The text runs of `page` when its content stream hides some under a clipping path
    /// (`ClippedText`), else nil; pages turned by /Rotate are not checked.
    private static func clippedRuns(_ q: qpdf_data, _ page: qpdf_oh) -> [TextRun]? {
        let rotate = inherited(q, page, "/Rotate")
        if qpdf_oh_is_number(q, rotate) == QPDF_TRUE, Int(qpdf_oh_get_numeric_value(q, rotate)) % 360 != 0 { return nil }
        var box = inherited(q, page, "/CropBox")
        if qpdf_oh_get_array_n_items(q, box) != 4 { box = inherited(q, page, "/MediaBox") }
        guard qpdf_oh_get_array_n_items(q, box) == 4 else { return nil }
        let corner = (0..<4).map { qpdf_oh_get_numeric_value(q, qpdf_oh_get_array_item(q, box, Int32($0))) }
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard qpdf_oh_get_page_content_data(q, page, &buffer, &length) & QPDF_ERRORS == 0, let buffer else { return nil }
        defer { free(buffer) }
        let bytes = UnsafeBufferPointer(start: buffer, count: length)
        guard ClippedText.mayClip(bytes) else { return nil }
        let runs = ClippedText.runs(bytes, cropLeft: min(corner[0], corner[2]), cropTop: max(corner[1], corner[3]))
        return runs.isEmpty ? nil : runs
    }

    /// Whether `resources` name an image XObject no larger than the picture limits.
    private static func hasSmallImage(_ q: qpdf_data, resources: qpdf_oh, pictures: PictureLabelParameters) -> Bool {
        let objects = qpdf_oh_get_key(q, resources, "/XObject")
        guard qpdf_oh_is_dictionary(q, objects) == QPDF_TRUE else { return false }
        return dictionaryValues(q, objects).contains { object in
            let dictionary = qpdf_oh_is_stream(q, object) == QPDF_TRUE ? qpdf_oh_get_dict(q, object) : object
            guard qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, dictionary, "/Subtype"), "/Image") == QPDF_TRUE else { return false }
            let width = qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, dictionary, "/Width"))
            let height = qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, dictionary, "/Height"))
            return width > 0 && height > 0 && width <= pictures.maxPixelWidth && height <= pictures.maxPixelHeight
        }
    }

    /// Checks one font and, when its map is wrong, replaces its ToUnicode stream's data.
    private static func repair(_ q: qpdf_data, font: qpdf_oh, seen: inout Set<Int>) -> FontRepair? {
        let toUnicode = qpdf_oh_get_key(q, font, "/ToUnicode")
        let objectNumber = Int(qpdf_oh_get_object_id(q, toUnicode))
        guard qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, font, "/Subtype"), "/Type0") == QPDF_TRUE,
              qpdf_oh_is_stream(q, toUnicode) == QPDF_TRUE, seen.insert(objectNumber).inserted,
              identityEncoded(q, font),
              let mapText = streamData(q, toUnicode) else { return nil }
        let map = ToUnicodeMap(mapText)
        let digitCodes = map.digitCodes
        // Codes that run in step with their digits (code − digit the same for all) and one
        // space are the usual layout of a font: nothing to check.
        guard Set(digitCodes.map { Int($0.code) - $0.digit }).count > 1 || map.spaceCodeCount > 1 else { return nil }
        let descendant = qpdf_oh_get_array_item(q, qpdf_oh_get_key(q, font, "/DescendantFonts"), 0)
        let mapping = qpdf_oh_get_key(q, descendant, "/CIDToGIDMap")
        guard qpdf_oh_is_null(q, mapping) == QPDF_TRUE || qpdf_oh_is_name_and_equals(q, mapping, "/Identity") == QPDF_TRUE,
              let program = streamData(q, qpdf_oh_get_key(q, qpdf_oh_get_key(q, descendant, "/FontDescriptor"), "/FontFile2")),
              let characterMap = TrueTypeCharacterMap(font: program) else { return nil }
        var corrections: [FontRepair.Correction] = []
        for scalar in checkedScalars {
            // With Identity encoding and CIDToGIDMap the character code is the glyph index.
            // Identity-H codes are two bytes: a glyph index beyond them is no code of the font.
            guard let glyph = characterMap.glyph(for: scalar), glyph <= 0xFFFF else { continue }
            let was = map.text(for: UInt32(glyph)) ?? []
            // Wrong when the map gives nothing, or one character the font draws with another
            // glyph (or none): a space, another digit, the alef Word gives the bold fathatan.
            let replaceable = was.isEmpty || (was.count == 1 && characterMap.glyph(for: UInt32(was[0])) != glyph)
            if was != [UInt16(scalar)], replaceable {
                corrections.append(FontRepair.Correction(code: UInt32(glyph), was: String(decoding: was, as: UTF16.self),
                                                         now: String(UnicodeScalar(scalar).map(Character.init) ?? " ")))
            }
        }
        guard !corrections.isEmpty else { return nil }
        let patched = overriding(mapText, with: corrections)
        patched.withUnsafeBufferPointer { buffer in
            qpdf_oh_replace_stream_data(q, toUnicode, buffer.baseAddress, buffer.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q))
        }
        let name = qpdf_oh_get_name(q, qpdf_oh_get_key(q, font, "/BaseFont")).map { String(cString: $0) } ?? ""
        return FontRepair(fontName: baseName(name), objectNumber: objectNumber, corrections: corrections)
    }

    /// The CMap program with a `bfchar` section for the corrections before its last
    /// "endcmap" (a later mapping of a code replaces an earlier one).
    static func overriding(_ text: [UInt8], with corrections: [FontRepair.Correction]) -> [UInt8] {
        var section = "\(corrections.count) beginbfchar\n"
        for c in corrections {
            let target = c.now.utf16.map { hex(UInt32($0), digits: 4) }.joined()
            section += "<" + hex(c.code, digits: 4) + "> <" + target + ">\n"
        }
        section += "endbfchar\n"
        let end = Array("endcmap".utf8)
        let at = text.count < end.count ? text.count
            : stride(from: text.count - end.count, through: 0, by: -1).first { text[$0..<$0 + end.count].elementsEqual(end) } ?? text.count
        return Array(text[..<at]) + Array(section.utf8) + Array(text[at...])
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }

    /// "ABCDEE+Arial" → "Arial"; a leading slash is dropped.
    private static func baseName(_ name: String) -> String {
        var n = Substring(name)
        if n.hasPrefix("/") { n = n.dropFirst() }
        if let plus = n.firstIndex(of: "+"), n.distance(from: n.startIndex, to: plus) == 6 { n = n[n.index(after: plus)...] }
        return String(n)
    }

    private static func identityEncoded(_ q: qpdf_data, _ font: qpdf_oh) -> Bool {
        let encoding = qpdf_oh_get_key(q, font, "/Encoding")
        return qpdf_oh_is_name_and_equals(q, encoding, "/Identity-H") == QPDF_TRUE
            || qpdf_oh_is_name_and_equals(q, encoding, "/Identity-V") == QPDF_TRUE
    }

    /// A stream's data with its general-purpose filters decoded; nil when it is no stream or
    /// does not decode.
    private static func streamData(_ q: qpdf_data, _ stream: qpdf_oh) -> [UInt8]? {
        guard qpdf_oh_is_stream(q, stream) == QPDF_TRUE else { return nil }
        var filtered: QPDF_BOOL = QPDF_FALSE
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard qpdf_oh_get_stream_data(q, stream, qpdf_dl_generalized, &filtered, &buffer, &length) & QPDF_ERRORS == 0,
              filtered == QPDF_TRUE, let buffer else { return nil }
        defer { free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// `key` of a page dictionary, or of the nearest page-tree node above it that has it.
    private static func inherited(_ q: qpdf_data, _ page: qpdf_oh, _ key: String) -> qpdf_oh {
        var node = page
        for _ in 0..<32 {
            let value = qpdf_oh_get_key(q, node, key)
            if qpdf_oh_is_null(q, value) == QPDF_FALSE { return value }
            node = qpdf_oh_get_key(q, node, "/Parent")
            if qpdf_oh_is_dictionary(q, node) == QPDF_FALSE { break }
        }
        return qpdf_oh_new_null(q)
    }

    private static func dictionaryValues(_ q: qpdf_data, _ dictionary: qpdf_oh) -> [qpdf_oh] {
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(q, dictionary)
        while qpdf_oh_dict_more_keys(q) == QPDF_TRUE {
            if let key = qpdf_oh_dict_next_key(q) { keys.append(String(cString: key)) }
        }
        return keys.map { qpdf_oh_get_key(q, dictionary, $0) }
    }
}
