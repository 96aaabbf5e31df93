import Foundation

/// The thresholds of `PictureLabelReader` and of the pictures `PDFFile` gives it.
public struct PictureLabelParameters: Sendable {
    /// Largest picture read, in PDF points. The paragraph numbers Word 2016 drew as pictures
    /// in E/ESCWA/EDID/2017/IG.1/8 (English) are 6–13 pt wide and 9–10 pt high ("1." to
    /// "17."); a label of four characters at 12 pt stays under these.
    public var maxWidth = 40.0
    public var maxHeight = 16.0
    /// Largest image XObject (pixels) that makes a page worth asking for its pictures: the
    /// label pictures above are 15–24 by 22–24 pixels (about 192 ppi); the UN emblem and the
    /// QR code on page 1 of every General Assembly document (131 × 114, 157 × 157) are not.
    public var maxPixelWidth = 120
    public var maxPixelHeight = 60
    /// Widest gap between a label picture and the nearest glyph of its line, in points (a
    /// hanging number sits 22 pt left of its text in E/ESCWA/30/6, English).
    public var maxGapToText = 40.0
    /// Pixels per point of the rendering the pictures are read from: 3 (216 dpi) is finer than
    /// the label pictures' own 192 ppi. No side of the rendering passes `maxRenderSide` pixels.
    public var renderScale = 3.0
    public var maxRenderSide = 4096
    /// A pixel is ink when its coverage (0–1) exceeds this: `inkThreshold` in a picture's own
    /// pixels, `renderedInkThreshold` in the page's rendering, whose resampling blurs the gap
    /// between two digits ("18" read as one part in E/ESCWA/30/18/Report, Arabic, at 0.25).
    public var inkThreshold = 0.25
    public var renderedInkThreshold = 0.5
    /// Lowest correlation (−1…1) of a character with its best template for the picture to be
    /// read. Over the ESCWA corpus the label pictures score 0.62–0.98; the icons and chart
    /// keys that fit the size limits score at most 0.56 as any label.
    public var minScore = 0.6
    /// A part no taller than this share of the picture's ink height, in its lower half, is a
    /// full stop ("1."); one at least `dashAspect` times as wide as high is a dash ("1-").
    public var dotHeightShare = 0.35
    public var dashAspect = 1.5
    /// How much wider (a factor of width over height) a part may be than a template it is
    /// compared with, and how much narrower: a letter drawn white on a grey disc ("Ⓐ" before
    /// the rows of the table on page 1 of official/zonage_crlf.pdf) is as wide as high, and no
    /// "0" is; a "1" of a sans-serif face is less than half as wide as a serif "1" with its foot
    /// (0.3 against 0.55 in E/ESCWA/EDID/2017/IG.1/8, English).
    public var maxWiderRatio = 1.35
    public var maxNarrowerRatio = 2.5
    /// A part at least `filledMinAspect` as wide as high whose ink covers more than this share
    /// of its box is a filled shape (a disc, a square), not a character.
    public var filledInkShare = 0.55
    public var filledMinAspect = 0.6
    /// At most this many characters are read from one picture.
    public var maxCharacters = 6

    public init() {}
    /// The values above.
    public static let standard = PictureLabelParameters()
}

/// Reads the label a small picture shows: a paragraph number ("12."), a section letter
/// ("B."), an item label ("(c)") or a dash, where the PDF drew the label as a picture instead
/// of text. Word 2016 did so for the list numbers of ESCWA documents of 2017–2018: the
/// paragraph numbers of E/ESCWA/EDID/2017/IG.1/8 (English) and E/ESCWA/EDID/2017/IG.3/4
/// (Arabic, one picture for the number and one for its dash), the section letters and items
/// of E/ESCWA/SDPD/2017/IG.2/8/Report (English). Nothing of these labels is in the text layer.
///
/// The picture's ink is split into its connected parts (parts that overlap horizontally are one
/// character); each part is compared, by correlation of ink cells, with characters drawn in a
/// serif and a sans-serif face (`PictureTemplates`), and the reading kept is the best one that
/// is a label. A picture with no such reading, or whose worst character scores below
/// `minScore`, is not read.
public enum PictureLabelReader {
    /// What a picture was read as: the label, each character's horizontal span in pixels
    /// (left to right), and the lowest score of its characters.
    public struct Reading: Equatable, Sendable {
        public let text: String
        public let spans: [ClosedRange<Int>]
        public let score: Double
        /// The best reading in digits ("11.") when `text` is not one but one scores at least
        /// `minScore`: a serif "1" and a capital "I" are near in shape, and on a page whose other
        /// pictures read as numbers the number is meant (`PDFFile.pictureLabels`).
        public let numeric: String?
    }

    /// Whether `text` is written in digits, with its full stop or dash.
    public static func isNumeric(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
    }

    /// Reads `ink` (coverage 0–1, row by row, `width` × `height` pixels).
    public static func read(ink: [Double], width: Int, height: Int,
                            parameters p: PictureLabelParameters = .standard) -> Reading? {
        guard width > 0, height > 0, ink.count == width * height else { return nil }
        let parts = characterParts(ink: ink, width: width, height: height, threshold: p.inkThreshold)
        guard !parts.isEmpty, parts.count <= p.maxCharacters else { return nil }
        // Which part each pixel of ink belongs to; the faint pixels round a part (below the
        // threshold) belong to none and count in the shape of whichever part's box holds them.
        var owner = [Int](repeating: -1, count: ink.count)
        for (k, part) in parts.enumerated() { for index in part.pixels { owner[index] = k } }
        let top = parts.map(\.y0).min()!, bottom = parts.map(\.y1).max()!
        let inkHeight = Double(bottom - top + 1)
        var choices: [[(Character, Double)]] = []
        for (k, part) in parts.enumerated() {
            let (w, h) = (Double(part.x1 - part.x0 + 1), Double(part.y1 - part.y0 + 1))
            if w >= p.dashAspect * h && (h <= p.dotHeightShare * inkHeight || parts.count == 1) {
                choices.append([("-", 1)])
            } else if h <= p.dotHeightShare * inkHeight, Double(part.y0) > Double(top) + inkHeight / 2 {
                choices.append([(".", 1)])
            } else {
                let covered = Double(part.pixels.count) / (w * h)
                if w / h >= p.filledMinAspect && covered > p.filledInkShare { return nil }
                choices.append(bestTemplates(cells(of: part, number: k, owner: owner, ink: ink, width: width),
                                             aspect: w / h, parameters: p, count: 4))
            }
        }
        guard let (text, score) = bestLabel(choices), score >= p.minScore else { return nil }
        let numeric = isNumeric(text) ? nil : bestLabel(choices, where: isNumeric).flatMap { $0.1 >= p.minScore ? $0.0 : nil }
        return Reading(text: text, spans: parts.map { $0.x0...$0.x1 }, score: score, numeric: numeric)
    }

    /// Whether `text` is a label a picture may show: "12.", "12", "1-", "-", "B.", "IV.",
    /// "(c)", "(iv)", "(3)". Not "c)": a "(j)" whose descender runs under its parenthesis
    /// reads "q)" (E/ESCWA/SDPD/2017/IG.2/8/Report, page 4), and no label is better than a
    /// wrong one.
    static func isLabel(_ text: String) -> Bool {
        text.wholeMatch(of: labelPattern) != nil
    }
    nonisolated(unsafe) private static let labelPattern =
        try! Regex(#"\d{1,3}[.\-]?|-|[A-Z]\.|[IVX]{1,5}\.|\([a-z]{1,2}\)|\([ivx]{1,5}\)|\(\d{1,3}\)"#)

    /// The reading, among the combinations of each part's candidates, that is a label (and
    /// `accepted`) and whose worst character scores highest.
    static func bestLabel(_ choices: [[(Character, Double)]], where accepted: (String) -> Bool = { _ in true }) -> (String, Double)? {
        var best: (String, Double)?
        func walk(_ index: Int, _ text: String, _ worst: Double) {
            if let best, worst <= best.1 { return }
            guard index < choices.count else {
                if isLabel(text), accepted(text) { best = (text, worst) }
                return
            }
            for (character, score) in choices[index] { walk(index + 1, text + String(character), min(worst, score)) }
        }
        walk(0, "", 1)
        return best
    }

    /// One character's ink: its pixels and bounding box.
    struct Part {
        var pixels: [Int]
        var x0: Int, x1: Int, y0: Int, y1: Int
    }

    /// The picture's connected parts of ink (8-connected), those that overlap horizontally by
    /// at least half the narrower one merged ("i" and its dot), left to right.
    static func characterParts(ink: [Double], width: Int, height: Int, threshold: Double) -> [Part] {
        var label = [Int](repeating: -1, count: ink.count)
        var parts: [Part] = []
        for start in ink.indices where ink[start] > threshold && label[start] < 0 {
            var part = Part(pixels: [], x0: width, x1: -1, y0: height, y1: -1)
            var stack = [start]
            label[start] = parts.count
            while let index = stack.popLast() {
                let (x, y) = (index % width, index / width)
                part.pixels.append(index)
                part.x0 = min(part.x0, x); part.x1 = max(part.x1, x); part.y0 = min(part.y0, y); part.y1 = max(part.y1, y)
                for dy in -1...1 { for dx in -1...1 {
                    let (nx, ny) = (x + dx, y + dy)
                    guard nx >= 0, nx < width, ny >= 0, ny < height else { continue }
                    let next = ny * width + nx
                    if ink[next] > threshold && label[next] < 0 { label[next] = parts.count; stack.append(next) }
                } }
            }
            parts.append(part)
        }
        parts.sort { $0.x0 < $1.x0 }
        var merged: [Part] = []
        for part in parts {
            if var last = merged.last {
                let overlap = min(last.x1, part.x1) - max(last.x0, part.x0) + 1
                let narrower = min(last.x1 - last.x0, part.x1 - part.x0) + 1
                if Double(overlap) >= Double(narrower) / 2 {
                    last.pixels += part.pixels
                    last.x0 = min(last.x0, part.x0); last.x1 = max(last.x1, part.x1)
                    last.y0 = min(last.y0, part.y0); last.y1 = max(last.y1, part.y1)
                    merged[merged.count - 1] = last
                    continue
                }
            }
            merged.append(part)
        }
        return merged
    }

    /// A part's ink averaged into the templates' cells: its box's pixels that are the part's
    /// or no part's (`owner`), centred in a box of the grid's proportions (a narrow "1" stays
    /// narrow), area-weighted.
    static func cells(of part: Part, number: Int, owner: [Int], ink: [Double], width: Int) -> [Double] {
        let (w, h) = (part.x1 - part.x0 + 1, part.y1 - part.y0 + 1)
        var box = [Double](repeating: 0, count: w * h)
        for y in part.y0...part.y1 {
            for x in part.x0...part.x1 {
                let index = y * width + x
                if owner[index] == number || owner[index] < 0 { box[(y - part.y0) * w + (x - part.x0)] = ink[index] }
            }
        }
        return PictureTemplates.cells(box, width: w, height: h)
    }

    /// The `count` characters whose best template correlates most with `cells`, best first;
    /// a template the part (`aspect`, width over height) is much wider or narrower than
    /// (`maxWiderRatio`, `maxNarrowerRatio`) is not compared.
    ///
    /// The part's side of the correlation (`Centred`) is computed once for all templates, and
    /// each template's side once for all parts (`PictureTemplates.all`): the same sums, in the
    /// same order, as `correlation`.
    static func bestTemplates(_ cells: [Double], aspect: Double, parameters p: PictureLabelParameters,
                              count: Int) -> [(Character, Double)] {
        let part = Centred(cells)
        let characters = PictureTemplates.characters
        // Each character's best score; -2 (below any correlation) for one not compared.
        var best = [Double](repeating: -2, count: characters.count)
        for template in PictureTemplates.all {
            let ratio = aspect / template.aspect
            guard ratio <= p.maxWiderRatio, ratio >= 1 / p.maxNarrowerRatio else { continue }
            let score = part.correlation(with: template.centred)
            if score > best[template.characterIndex] { best[template.characterIndex] = score }
        }
        let compared = best.indices.filter { best[$0] > -2 }.map { (key: characters[$0], value: best[$0]) }
        return compared.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(count).map { ($0.key, $0.value) }
    }

    /// Pearson correlation of two equally long vectors (0 when either is flat).
    static func correlation(_ a: [Double], _ b: [Double]) -> Double {
        Centred(a).correlation(with: Centred(b))
    }

    /// A vector less its mean, with the sum of its squares: one side of a correlation.
    struct Centred {
        let values: [Double]
        let squares: Double

        init(_ vector: [Double]) {
            let mean = vector.reduce(0, +) / Double(vector.count)
            values = vector.map { $0 - mean }
            squares = values.reduce(0) { $0 + $1 * $1 }
        }

        /// Pearson correlation with `other`, of the same length (0 when either is flat).
        func correlation(with other: Centred) -> Double {
            guard squares > 0, other.squares > 0 else { return 0 }
            let product = values.withUnsafeBufferPointer { a in
                other.values.withUnsafeBufferPointer { b in
                    var sum = 0.0
                    for i in 0..<min(a.count, b.count) { sum += a[i] * b[i] }
                    return sum
                }
            }
            return product / (squares * other.squares).squareRoot()
        }
    }
}

extension PictureTemplates {
    /// One template: the character, its ink's width over its height, and its cells (0–1).
    struct Template {
        let character: Character
        let aspect: Double
        let cells: [Double]
        /// `cells` less their mean, for `PictureLabelReader.bestTemplates`.
        let centred: PictureLabelReader.Centred
        /// The character's index in `characters`.
        let characterIndex: Int
    }

    /// The templates of `text`, parsed once, byte by byte (the text is ASCII; splitting it into
    /// Characters and asking each for its hex value cost 130 million instructions).
    static let all: [Template] = {
        var indices: [Character: Int] = [:]
        return text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count == 3, let character = String(decoding: fields[0], as: UTF8.self).first,
                  let aspect = Double(String(decoding: fields[1], as: UTF8.self)),
                  fields[2].count == gridWidth * gridHeight else { return nil }
            let cells = fields[2].map { Double(hexValue($0)) / 15 }
            let index = indices[character] ?? indices.count
            indices[character] = index
            return Template(character: character, aspect: aspect, cells: cells, centred: .init(cells), characterIndex: index)
        }
    }()

    /// The value of an ASCII hex digit (0 for any other byte).
    static func hexValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: 0
        }
    }

    /// The templates' characters, each once, in the order of `all`.
    static let characters: [Character] = {
        var out: [Character] = []
        for template in all where template.characterIndex == out.count { out.append(template.character) }
        return out
    }()

    /// `box` (`width` × `height` coverage values) padded to the grid's proportions, centred,
    /// and averaged into `gridWidth` × `gridHeight` cells, each cell the area-weighted mean of
    /// the pixels it covers (the same averaging as Scripts/make-picture-templates.py).
    static func cells(_ box: [Double], width: Int, height: Int) -> [Double] {
        let padded = max(width, Int((Double(height * gridWidth) / Double(gridHeight)).rounded()))
        let left = (padded - width) / 2
        func value(_ x: Int, _ y: Int) -> Double {
            let column = x - left
            return column >= 0 && column < width ? box[y * width + column] : 0
        }
        var out: [Double] = []
        out.reserveCapacity(gridWidth * gridHeight)
        for gy in 0..<gridHeight {
            for gx in 0..<gridWidth {
                let y0 = Double(gy * height) / Double(gridHeight), y1 = Double((gy + 1) * height) / Double(gridHeight)
                let x0 = Double(gx * padded) / Double(gridWidth), x1 = Double((gx + 1) * padded) / Double(gridWidth)
                var (total, area) = (0.0, 0.0)
                for y in Int(y0)..<min(height, Int(y1 + 0.999)) {
                    for x in Int(x0)..<min(padded, Int(x1 + 0.999)) {
                        let oy = min(Double(y + 1), y1) - max(Double(y), y0)
                        let ox = min(Double(x + 1), x1) - max(Double(x), x0)
                        if oy > 0 && ox > 0 { total += value(x, y) * oy * ox; area += oy * ox }
                    }
                }
                out.append(area > 0 ? total / area : 0)
            }
        }
        return out
    }
}
