import Foundation
import Layout
import DocumentModel

/// Gathers footnotes from the footnote areas of all pages.
///
/// A note starts at a line whose first word is a superscript marker, or a bare marker
/// ("1", "*", "a", and "(1)" in right-to-left notes) set at the start of the line; lines
/// without one continue the note before,
/// and lines at the top of a page's footnote area continue the last note of the previous page
/// (A/RES/73/6, note 6 runs from page 3 onto page 4).
public struct FootnoteCollector: Sendable {
    /// The structure stage's thresholds, passed on to the text joiner.
    public var parameters: StructureParameters

    public init(parameters: StructureParameters = .standard) { self.parameters = parameters }

    public struct Result: Sendable {
        public var footnotes: [Footnote]
        public var diagnostics: [Diagnostic]
    }

    /// - Parameter vocabulary: the document's words (lower-cased), to decide line-end hyphens
    ///   inside notes as in the body.
    public func collect(_ pages: [PageLayout], separator: (Line) -> Bool, vocabulary: Set<String> = []) -> Result {
        var notes: [(marker: String, page: Int, lines: [Line])] = []
        var diagnostics: [Diagnostic] = []
        for page in pages {
            let lines = page.lines(in: .footnotes).filter { !separator($0) }
            // Notes of a right-to-left document: a line reads right to left, or a note's number
            // ends its left-to-right line mirrored (every note of p. 7 of
            // E/ESCWA/EDID/2017/IG.2/5(Part IV), Arabic, is a web address; note 12 ends "…htm; (12)").
            let rightToLeftNotes = lines.contains { $0.isRightToLeft || PageZoner.mirroredEndMarker($0) != nil }
            // Where this page's raised markers stand: a bare number right of them is text.
            var raisedMarkerX: Double?
            for (index, line) in lines.enumerated() {
                let previous = notes.last.flatMap { Int($0.marker) }
                // "…/Detailed-Civil-Society-Comments-on-FfD-Forum- )2(": an Arabic note whose text
                // is a web address (E/ESCWA/2017/EC.4/4(Part II), Arabic, p. 5).
                if let marker = PageZoner.mirroredEndMarker(line)
                    ?? (rightToLeftNotes ? Self.plainEndMarker(line, previousNumber: previous) : nil) {
                    var rest = line
                    rest.words.removeLast()
                    notes.append((marker, page.number, [rest]))
                } else if let marker = leadingMarker(line, previousNumber: previous, isFirst: notes.isEmpty, opensPage: index == 0),
                          line.words.first?.isSuperscript == true || !Self.standsRight(line, of: raisedMarkerX, parameters: parameters) {
                    if line.words.first?.isSuperscript == true { raisedMarkerX = line.box.x0 }
                    var rest = line
                    rest.words.removeFirst()
                    notes.append((marker, page.number, rest.words.isEmpty ? [] : [rest]))
                } else if !notes.isEmpty {
                    notes[notes.count - 1].lines.append(line)
                } else {
                    diagnostics.append(Diagnostic(.footnoteTextWithoutMarker,
                                                  message: "footnote-area text with no marker: \(line.text)", page: page.number))
                }
            }
        }
        let joiner = TextJoiner(vocabulary: vocabulary, knownMarkers: [], parameters: parameters)
        let footnotes = notes.map { n in
            Footnote(marker: n.marker, text: TextJoiner.join(joiner.tokens(of: n.lines).map {
                var t = $0; t.isMarker = false; return t
            }), page: n.page, boxes: BlockClassifier.boxes(n.lines, parameters: parameters))
        }
        return Result(footnotes: footnotes, diagnostics: diagnostics)
    }

    /// Whether `line` starts right of `markerX`, the left edge of the page's raised markers
    /// (PDF points), by more than `bareMarkerIndentTolerance` font sizes.
    static func standsRight(_ line: Line, of markerX: Double?, parameters: StructureParameters) -> Bool {
        guard let markerX, !line.isRightToLeft else { return false }
        return line.box.x0 - markerX > parameters.bareMarkerIndentTolerance * line.fontSize
    }

    /// The number of a note among right-to-left notes whose text is left to right and whose
    /// number ends it as printed, not mirrored: ".E/ESCWA/EDID/2017/2 (10)" under notes 7 to 9
    /// in Arabic (E/ESCWA/30/18/Report, Arabic, p. 10). Only the next number in sequence.
    static func plainEndMarker(_ line: Line, previousNumber: Int?) -> String? {
        guard !line.isRightToLeft, line.words.count > 1, let last = line.words.last?.text,
              let marker = PageZoner.parenthesisedMarker(last), let n = Int(marker),
              n == (previousNumber ?? 0) + 1 else { return nil }
        return marker
    }

    /// The marker that opens `line`, or nil when the line continues a note. `opensPage`: the
    /// line is the first of its page's footnote area.
    private func leadingMarker(_ line: Line, previousNumber: Int?, isFirst: Bool, opensPage: Bool) -> String? {
        guard let first = line.words.first else { return nil }
        // "(1)" opens an Arabic note (E/ESCWA/30/6, Arabic): its marker is the number.
        let parenthesised = PageZoner.parenthesisedMarker(first.text).flatMap { line.isRightToLeft ? $0 : nil }
        // Notes numbered afresh for each part restart at "(1)" at the top of a page's notes:
        // the resolutions annexed to E/ESCWA/30/18/Report (Arabic, pp. 15 and 23).
        if let p = parenthesised, opensPage, p == "1", line.words.count > 1 { return p }
        // Endnotes under their heading open with "1." (`EndnoteSection`): the number is the marker.
        let t = parenthesised ?? EndnoteSection.number(line, parameters: parameters).map(String.init) ?? first.text
        let looksLikeMarker = RegexCache.shared.matches(BodyPatterns.footnoteMarker, t)
        guard looksLikeMarker else { return nil }
        if first.isSuperscript { return t }
        // A bare number or asterisk followed by the note's text: only the next number in
        // sequence, so that a continuation line opening with a number stays a continuation.
        guard line.words.count > 1 else { return nil }
        if t.hasPrefix("*") || t.hasPrefix("†") { return t }
        if let n = Int(t), isFirst || n == (previousNumber ?? 0) + 1 { return t }
        return nil
    }
}
