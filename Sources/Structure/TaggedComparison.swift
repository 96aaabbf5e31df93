import Foundation
import Extraction
import DocumentModel

/// Compares the blocks the layout analysis built with the structure tree of a tagged PDF —
/// a second, independent reading — and records where they disagree as diagnostics.
///
/// Texts are compared by their letters only (case folded): spacing, hyphenation, footnote
/// markers and numbering differ between the two readings without the structure differing, and
/// an item's label ("(a)") is dropped from the tagged text as the layout drops it from an item's.
/// Word ends a tagged paragraph at each page break (A/RES/73/6, pages 1–2), so a layout block
/// may span two tagged paragraphs on consecutive pages without disagreeing.
///
/// Texts shorter than `StructureParameters.taggedMinimumLetters` letters are not compared (a
/// heading of two words matches too easily); at most `taggedMaximumReported` diagnostics of one
/// kind are given, and a summary counts them all.
public enum TaggedComparison {
    /// - Parameters:
    ///   - otherText: text the layout read as metadata or furniture, in reading order (a tagged
    ///     paragraph found there agrees).
    ///   - parameters: the thresholds in force (`taggedMinimumLetters`, `taggedMaximumReported`, …).
    public static func diagnostics(tagged: [TaggedBlock], blocks: [Block], footnotes: [Footnote],
                                   otherText: [String], parameters: StructureParameters = .standard) -> [Diagnostic] {
        let minimumLetters = parameters.taggedMinimumLetters, gram = parameters.taggedGramLength
        let paragraphs = tagged.filter { $0.kind != .note && !key($0.text).isEmpty }
        guard !paragraphs.isEmpty else { return [] }
        var ours: [[UInt8]] = []
        // A heading's label is part of its line in the tree ("Action 8. We will …", "Article 5").
        func add(_ bs: [Block]) {
            for b in bs {
                ours.append(key(b.kind == .heading ? (b.number ?? "") + " " + b.text : b.text))
                add(b.items)
            }
        }
        add(blocks)
        let ourNotes = footnotes.map { key($0.text) }
        let ourIndex = TextIndex(ours + ourNotes + [key(otherText.joined(separator: " "))], gram: gram)

        // The tags' reading; a paragraph cut by a page break is not separated from its rest.
        let paragraphKeys = paragraphs.map { key(stripLabel($0.text, parameters: parameters)) }
        var theirPieces: [[UInt8]] = []
        var previous: TaggedBlock?
        for (t, k) in zip(paragraphs, paragraphKeys) {
            if let p = previous?.page, let q = t.page, q == p + 1, !theirPieces.isEmpty {
                theirPieces[theirPieces.count - 1] += k
            } else {
                theirPieces.append(k)
            }
            previous = t
        }
        let theirIndex = TextIndex(theirPieces + tagged.filter { $0.kind == .note }.map { key($0.text) }, gram: gram)

        var split: [Diagnostic] = [], merged: [Diagnostic] = [], notes: [Diagnostic] = []
        for (t, k) in zip(paragraphs, paragraphKeys) {
            if k.count >= minimumLetters && !ourIndex.contains(k) {
                split.append(Diagnostic(.taggedParagraphSplit,
                                        message: "the structure tree has one paragraph where the layout has none or several: \(excerpt(t.text, parameters: parameters))",
                                        page: t.page))
            }
        }
        func checkMerged(_ bs: [Block]) {
            // A table is many tagged cells, never one tagged paragraph.
            for b in bs where b.kind != .table {
                let k = key(b.text)
                if k.count >= minimumLetters && !theirIndex.contains(k) {
                    merged.append(Diagnostic(.taggedParagraphMerged,
                                             message: "the layout has one block where the structure tree has none or several: \(excerpt(b.text, parameters: parameters))",
                                             page: b.pages.first))
                }
                checkMerged(b.items)
            }
        }
        checkMerged(blocks)
        // A tagged note may hold several notes (Word tags the notes of a page as one element).
        let ourNoteIndex = TextIndex([ourNotes.reduce([], +)], gram: gram)
        for n in tagged where n.kind == .note {
            let k = key(n.text)
            if k.count >= parameters.taggedNoteMinimumLetters && !ourNoteIndex.contains(k) {
                notes.append(Diagnostic(.taggedNoteMismatch,
                                        message: "a note of the structure tree is not among the footnotes: \(excerpt(n.text, parameters: parameters))", page: n.page))
            }
        }
        var out: [Diagnostic] = []
        for group in [split, merged, notes] { out += group.prefix(parameters.taggedMaximumReported) }
        out.append(Diagnostic(.taggedSummary,
                              message: "structure tree compared: \(paragraphs.count) tagged paragraphs, \(split.count) split or missing in the layout, \(merged.count) layout blocks not in the tree, \(notes.count) notes differing"))
        return out
    }

    /// Latin letters only, lower-cased, ligatures and accents folded ("ﬁ" → "fi", "é" → "e"):
    /// the part of a text both readings agree on. Poppler's text of tagged elements sometimes
    /// mis-decodes quotation marks ("“Space2030”" in A/RES/73/6 comes out as "â•œSpace2030â•š"),
    /// so everything outside a–z is left out.
    static func key(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        let folded = s.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        for b in folded.utf8 {
            if b >= 0x61 && b <= 0x7A { out.append(b) } else if b >= 0x41 && b <= 0x5A { out.append(b + 0x20) }
        }
        return out
    }

    /// "(a) To continue …" → "To continue …": the layout keeps an item's label apart.
    static func stripLabel(_ s: String, parameters: StructureParameters) -> String {
        let t = s.drop { $0.isWhitespace }
        guard let first = t.split(separator: " ", maxSplits: 1).first, Label.parse(String(first), parameters: parameters) != nil else { return s }
        return String(t.dropFirst(first.count))
    }

    private static func excerpt(_ s: String, parameters: StructureParameters) -> String {
        let t = TextJoiner.normalize(s)
        let length = parameters.taggedQuoteLength
        return t.count > length ? String(t.prefix(length)) + "…" : t
    }
}

/// Substring search over many texts at once: every position of every text is indexed by the
/// `gram` bytes that start there (`StructureParameters.taggedGramLength`), so a look-up
/// checks only the few places that share its start.
struct TextIndex {
    private let gram: Int
    private let texts: [[UInt8]]
    private var starts: [Int: [(text: Int, offset: Int)]] = [:]

    init(_ texts: [[UInt8]], gram: Int) {
        self.texts = texts
        self.gram = gram
        for (t, bytes) in texts.enumerated() where bytes.count >= gram {
            for i in 0...(bytes.count - gram) {
                starts[hash(bytes, i), default: []].append((t, i))
            }
        }
    }

    /// True when `needle` stands inside one of the texts.
    func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count >= gram else {
            // Too short for the index ("Resolution 70/1." has 10 letters): search every text.
            return texts.contains { hay in
                hay.count >= needle.count && (0...(hay.count - needle.count)).contains { i in
                    hay[i..<(i + needle.count)].elementsEqual(needle)
                }
            }
        }
        for (t, offset) in starts[hash(needle, 0)] ?? [] {
            let hay = texts[t]
            guard offset + needle.count <= hay.count else { continue }
            if hay[offset..<(offset + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private func hash(_ bytes: [UInt8], _ at: Int) -> Int {
        // FNV-1a, 64 bits: its offset basis and prime are the algorithm's, not thresholds.
        var h: UInt64 = 1469598103934665603  // lint: algorithm constant
        for i in at..<(at + gram) { h = (h ^ UInt64(bytes[i])) &* 1099511628211 }  // lint: algorithm constant
        return Int(truncatingIfNeeded: h)
    }
}
