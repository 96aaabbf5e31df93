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
            for line in page.lines(in: .footnotes) where !separator(line) {
                let previous = notes.last.flatMap { Int($0.marker) }
                // "…/Detailed-Civil-Society-Comments-on-FfD-Forum- )2(": an Arabic note whose text
                // is a web address (E/ESCWA/2017/EC.4/4(Part II), Arabic, p. 5).
                if let marker = PageZoner.mirroredEndMarker(line) {
                    var rest = line
                    rest.words.removeLast()
                    notes.append((marker, page.number, [rest]))
                } else if let marker = leadingMarker(line, previousNumber: previous, isFirst: notes.isEmpty) {
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

    private func leadingMarker(_ line: Line, previousNumber: Int?, isFirst: Bool) -> String? {
        guard let first = line.words.first else { return nil }
        // "(1)" opens an Arabic note (E/ESCWA/30/6, Arabic): its marker is the number.
        let t = PageZoner.parenthesisedMarker(first.text).flatMap { line.isRightToLeft ? $0 : nil } ?? first.text
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
