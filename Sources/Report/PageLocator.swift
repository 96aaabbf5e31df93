import Foundation
import Extraction
import Layout

/// Finds on the page what the JSON gives no box for: each footnote's lines, each furniture
/// line and each block's lead-in words. It lays the PDF out again (glyphs → lines → zones, as
/// `convert` does) and matches the document's text against the lines.
///
/// All rectangles are in PDF points, origin top-left; pages are 1-based.
public struct PageLocator {
    /// The zoned lines of every page, in order.
    public let pages: [PageLayout]

    /// How far, in PDF points, a line's middle may stand outside a block's box and still count
    /// as one of its lines (box edges are rounded to 0.01 pt; 1 pt absorbs the rounding and
    /// the ascent differences between fonts of one line, as on the sample A/RES/91/87).
    public static let lineTolerance = 1.0

    /// Lays out every page of `file` as `convert` does (`DocumentLayout`: coordinates clamped,
    /// reading frame, lines, all pages zoned together), with `parameters`. Pages Poppler cannot
    /// load are left out.
    public init(file: PDFFile, parameters: LayoutParameters = .standard) {
        let builder = LineBuilder(parameters: parameters)
        var read: [DocumentLayout.PageLines] = []
        for n in 1...max(1, file.info.pageCount) {
            guard let page = try? DocumentLayout.page(n, of: file, builder: builder) else { continue }
            read.append(page)
        }
        pages = DocumentLayout.zone(read, parameters: parameters)
    }

    private func layout(_ page: Int) -> PageLayout? { pages.first { $0.number == page } }

    /// Text without spaces, lower-cased: how a line and a JSON string are compared.
    static func squeezed(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    static func union(_ rects: [Rect]) -> Rect? {
        guard let first = rects.first else { return nil }
        return rects.dropFirst().reduce(first) {
            Rect(x0: min($0.x0, $1.x0), y0: min($0.y0, $1.y0), x1: max($0.x1, $1.x1), y1: max($0.y1, $1.y1))
        }
    }

    /// The box of each footnote, keyed by its index in `footnotes` (`(marker, page)` pairs, as
    /// the JSON lists them). A note is the run of footnote-area lines from the line that opens
    /// with its marker to the next note's first line; a note that goes on over the page break
    /// gets only its first page's box.
    public func footnoteBoxes(_ footnotes: [(marker: String, page: Int)]) -> [Int: Rect] {
        var found: [Int: Rect] = [:]
        for page in Set(footnotes.map(\.page)) {
            guard let layout = layout(page) else { continue }
            let lines = layout.lines(in: .footnotes)
            let wanted = footnotes.enumerated().filter { $0.element.page == page }
            // Index of the line each note starts at, in order of the JSON.
            var starts: [(note: Int, line: Int)] = []
            var cursor = 0
            for (index, note) in wanted {
                guard let at = lines.indices.dropFirst(cursor).first(where: { opens(lines[$0], with: note.marker) }) else { continue }
                starts.append((index, at))
                cursor = at + 1
            }
            for (k, start) in starts.enumerated() {
                let end = k + 1 < starts.count ? starts[k + 1].line : lines.count
                found[start.note] = Self.union(lines[start.line..<end].map(\.box))
            }
        }
        return found
    }

    private func opens(_ line: Line, with marker: String) -> Bool {
        guard let first = line.words.first else { return false }
        if first.text == marker { return true }
        let m = Self.squeezed(marker)
        return first.isSuperscript ? Self.squeezed(first.text).hasPrefix(m) : Self.squeezed(line.text).hasPrefix(m)
            && Self.squeezed(first.text).count <= m.count + 1
    }

    /// The line of each furniture entry (`(text, page)` pairs as in the JSON), keyed by index:
    /// the first line of that page not yet taken whose text holds the entry's text (or is held
    /// by it), looking first outside the body.
    public func furnitureBoxes(_ furniture: [(text: String, page: Int)]) -> [Int: Rect] {
        var found: [Int: Rect] = [:]
        var taken: Set<String> = []
        for (index, item) in furniture.enumerated() {
            guard let layout = layout(item.page) else { continue }
            let want = Self.squeezed(item.text)
            guard !want.isEmpty else { continue }
            let order = layout.lines.indices.sorted { (layout.zones[$0] == .body ? 1 : 0) < (layout.zones[$1] == .body ? 1 : 0) }
            for i in order where !taken.contains("\(item.page)/\(i)") {
                let have = Self.squeezed(layout.lines[i].text)
                guard !have.isEmpty, have.contains(want) || (want.contains(have) && have.count >= 3) else { continue }
                taken.insert("\(item.page)/\(i)")
                found[index] = layout.lines[i].box
                break
            }
        }
        return found
    }

    /// The rectangles (one per line) of the words that make `leadIn`, at the start of the block
    /// whose first box is `box` on `page`; empty when the words cannot be matched.
    public func leadInRects(_ leadIn: String, page: Int, box: Rect) -> [Rect] {
        guard let layout = layout(page) else { return [] }
        let want = Self.squeezed(leadIn)
        guard !want.isEmpty else { return [] }
        let inside = layout.lines.filter { $0.box.midY >= box.y0 - Self.lineTolerance && $0.box.midY <= box.y1 + Self.lineTolerance && $0.box.x1 > box.x0 && $0.box.x0 < box.x1 }
        var consumed = "", rects: [Rect] = []
        for line in inside {
            var words: [Rect] = []
            for w in line.words where !w.isSuperscript {
                let next = consumed + Self.squeezed(w.text)
                // A block may open with its number ("3.") before the lead-in.
                if consumed.isEmpty, !want.hasPrefix(Self.squeezed(w.text).prefix(want.count)) { continue }
                guard want.hasPrefix(next) || next.hasPrefix(want) else { return [] }
                consumed = next
                words.append(w.box)
                if consumed.count >= want.count { break }
            }
            if let r = Self.union(words) { rects.append(r) }
            if consumed.count >= want.count { return rects }
        }
        return []
    }
}
