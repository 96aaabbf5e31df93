import Foundation
import JSONSchema

/// A block of an output or expected file, flattened depth-first (items after their parent),
/// with the JSON pointer where it sits.
public struct FlatBlock: Sendable {
    /// The block's JSON object.
    public var value: JSONValue
    /// JSON pointer of the block in its file, e.g. `/blocks/3/items/0`.
    public var pointer: String
    /// Nesting depth: 0 for a top-level block, 1 for its items…
    public var depth: Int

    /// `(kind, role, number)` as the scorer keys a block: kind defaults to "paragraph", role
    /// to "", and the number loses "()." and whitespace.
    public var key: BlockKey {
        let kind = value["kind"]?.stringValue ?? ""
        let role = value["role"]?.stringValue ?? ""
        return BlockKey(kind: kind.isEmpty ? "paragraph" : kind, role: role, number: ScoreText.normNumber(value["number"]))
    }

    /// The normalised text.
    public var text: String { ScoreText.norm(value["text"]) }

    /// Flattens `blocks` (a JSON array, or nil) depth-first.
    public static func flatten(_ blocks: JSONValue?, pointer: String = "/blocks", depth: Int = 0) -> [FlatBlock] {
        guard let array = blocks?.arrayValue else { return [] }
        var out: [FlatBlock] = []
        for (i, block) in array.enumerated() {
            let p = "\(pointer)/\(i)"
            out.append(FlatBlock(value: block, pointer: p, depth: depth))
            out += flatten(block["items"], pointer: p + "/items", depth: depth + 1)
        }
        return out
    }
}

/// The scorer's block key.
public struct BlockKey: Hashable, Sendable, CustomStringConvertible {
    public var kind: String, role: String, number: String
    public var description: String { "(\(kind), \(role.isEmpty ? "-" : role), \(number.isEmpty ? "-" : number))" }
}

/// Aligns expected and output blocks as the scorer does: Needleman–Wunsch in a band, scoring a
/// pair by text similarity (plus 0.2 when the keys agree), never pairing blocks less than
/// half similar.
public enum BlockAligner {
    /// One step of an alignment: a pair, an expected block alone, or an output block alone.
    public struct Pair: Equatable, Sendable {
        public var expected: Int?
        public var output: Int?
    }

    /// The alignment of `gold` against `out`, in order.
    public static func align(_ gold: [FlatBlock], _ out: [FlatBlock]) -> [Pair] {
        let n = gold.count, m = out.count
        let gt = gold.map { ScoreText.scalars($0.text) }
        let ot = out.map { ScoreText.scalars($0.text) }
        let gk = gold.map(\.key), ok = out.map(\.key)
        let gh = gt.map(SequenceMatcher.Histogram.init), oh = ot.map(SequenceMatcher.Histogram.init)
        let gp = gt.map { Array($0.prefix(400)) }, op = ot.map { SequenceMatcher.Indexed(Array($0.prefix(400))) }

        func similarity(_ i: Int, _ j: Int) -> Double {
            if gt[i].isEmpty && ot[j].isEmpty { return gk[i] == ok[j] ? 1.0 : 0.5 }
            if SequenceMatcher.quickRatio(gh[i], oh[j]) < 0.5 { return 0.0 }
            let r = SequenceMatcher(gp[i], op[j]).ratio()
            return r + (gk[i] == ok[j] ? 0.2 : 0.0)
        }

        let band = max(40, abs(n - m) + 40)
        let negative = -1e9
        let width = m + 1
        var score = [Double](repeating: negative, count: (n + 1) * width)
        var back = [UInt8](repeating: 0, count: (n + 1) * width)  // 0 none, 1 diagonal, 2 up, 3 left
        score[0] = 0.0
        for i in 0...n {
            let lo = max(0, i - band), hi = min(m, i + band + abs(n - m))
            if lo > hi { continue }
            for j in lo...hi {
                if i == 0 && j == 0 { continue }
                var best = negative
                var arg: UInt8 = 0
                if i > 0 && j > 0 && score[(i - 1) * width + j - 1] > negative {
                    let s = similarity(i - 1, j - 1)
                    if s > 0.0 {
                        let v = score[(i - 1) * width + j - 1] + s
                        if v > best { best = v; arg = 1 }
                    }
                }
                if i > 0 && score[(i - 1) * width + j] > negative && score[(i - 1) * width + j] > best {
                    best = score[(i - 1) * width + j]; arg = 2
                }
                if j > 0 && score[i * width + j - 1] > negative && score[i * width + j - 1] > best {
                    best = score[i * width + j - 1]; arg = 3
                }
                score[i * width + j] = best
                back[i * width + j] = arg
            }
        }
        var pairs: [Pair] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            switch back[i * width + j] {
            case 1: pairs.append(Pair(expected: i - 1, output: j - 1)); i -= 1; j -= 1
            case 2: pairs.append(Pair(expected: i - 1, output: nil)); i -= 1
            case 3: pairs.append(Pair(expected: nil, output: j - 1)); j -= 1
            default:
                if i > 0 { pairs.append(Pair(expected: i - 1, output: nil)); i -= 1 } else { pairs.append(Pair(expected: nil, output: j - 1)); j -= 1 }
            }
        }
        return pairs.reversed()
    }
}

/// A count out of a total, e.g. 17 exact blocks out of 18.
public struct Ratio: Equatable, Sendable, Codable {
    public var hit: Int
    public var total: Int
    public init(_ hit: Int = 0, _ total: Int = 0) { self.hit = hit; self.total = total }
    /// `"94.44%"`, or `"n/a"` when the total is 0 — the scorer's format.
    public var percent: String { total == 0 ? "n/a" : String(format: "%.2f%%", 100.0 * Double(hit) / Double(total)) }
    static func + (l: Ratio, r: Ratio) -> Ratio { Ratio(l.hit + r.hit, l.total + r.total) }
}

/// The scorer's figures for one document, or summed over documents.
public struct Score: Equatable, Sendable, Codable {
    /// Metadata fields equal / fields in the expected file.
    public var metadata = Ratio()
    /// Exact blocks, expected blocks, output blocks (nil when the expected file has no blocks).
    public var exactBlocks = 0, expectedBlocks = 0, outputBlocks = 0
    public var hasBlocks = false
    /// Character edits / expected characters.
    public var characters = Ratio()
    public var footnotes = Ratio()
    public var hasFootnotes = false
    public var refs = Ratio()
    public var leadIn = Ratio()
    /// True when no output was found for the expected file.
    public var missingOutput = false

    public init() {}

    /// `2·exact / (expected + output)`.
    public var blockF1: Double {
        expectedBlocks + outputBlocks == 0 ? 0 : 2.0 * Double(exactBlocks) / Double(expectedBlocks + outputBlocks)
    }

    /// Adds another document's figures.
    public mutating func add(_ other: Score) {
        metadata = metadata + other.metadata
        exactBlocks += other.exactBlocks; expectedBlocks += other.expectedBlocks; outputBlocks += other.outputBlocks
        characters = characters + other.characters
        footnotes = footnotes + other.footnotes
        refs = refs + other.refs
        leadIn = leadIn + other.leadIn
    }

    /// The per-document line of `score.py` (after `NAME: `).
    public var documentLine: String {
        var line = "\(missingOutput ? "MISSING OUTPUT " : "")meta \(metadata.hit)/\(metadata.total)"
        if hasBlocks {
            line += " blocks \(exactBlocks)/\(expectedBlocks) (out \(outputBlocks)) CER \(characters.percent) refs \(refs.hit)/\(refs.total)"
        }
        if hasFootnotes { line += " footnotes \(footnotes.hit)/\(footnotes.total)" }
        return line
    }

    /// The `TOTAL` line of `score.py` for `documents` documents.
    public func totalLine(documents: Int) -> String {
        "TOTAL docs=\(documents) meta=\(metadata.percent) blockF1=\(String(format: "%.2f", 100 * blockF1))% "
            + "CER=\(characters.percent) footnotes=\(footnotes.percent) refs=\(refs.percent) leadIn=\(leadIn.percent)"
    }
}

/// The metadata fields the scorer reads, in its order.
public let scoredMetadataFields = ["symbol", "organ", "distribution", "issuedDate", "session", "sessionNumber",
                                   "agendaItems", "documentType", "resolutionNumber", "title", "adoptionDate",
                                   "adoptionReference", "adoptionVote", "meeting", "agendaItemTitle", "committee",
                                   "sponsors", "language", "jobNumber", "submittedBy", "amends", "otherSymbols"]

/// One difference between an expected file and an output.
public struct ExpectedDifference: Sendable {
    public enum Kind: String, Sendable, Codable {
        case metadata, blockChanged, blockLabel, blockMissing, blockExtra, leadIn, refs, footnote
    }
    public var kind: Kind
    /// The field, block key or footnote marker concerned.
    public var subject: String
    public var expected: String?
    public var actual: String?
    /// Pointer into the expected file, when the difference is about one of its parts.
    public var expectedPointer: String?
    /// Pointer into the output, when the difference is about one of its parts.
    public var outputPointer: String?
}

/// Compares an output with an expected file as `score.py` does, keeping every difference.
public enum ExpectedComparison {
    /// The figures and the differences of `output` (nil when missing) against `gold`.
    public static func compare(output: JSONValue?, gold: JSONValue) -> (score: Score, differences: [ExpectedDifference]) {
        var score = Score()
        score.missingOutput = output == nil
        let out = output ?? ["metadata": .object(JSONObject()), "blocks": [], "footnotes": []]
        var diffs: [ExpectedDifference] = []

        compareMetadata(out, gold, score: &score, diffs: &diffs)
        if gold["blocks"] != nil { compareBlocks(out, gold, score: &score, diffs: &diffs) }
        if let goldNotes = gold["footnotes"] { compareFootnotes(out, goldNotes, score: &score, diffs: &diffs) }
        return (score, diffs)
    }

    /// The scored metadata fields, one by one.
    private static func compareMetadata(_ out: JSONValue, _ gold: JSONValue, score: inout Score, diffs: inout [ExpectedDifference]) {
        let gm = gold["metadata"]?.objectValue ?? JSONObject()
        let om = out["metadata"]
        for field in scoredMetadataFields where gm.contains(field) {
            let g = gm[field]!, o = om?[field]
            let same: Bool
            if case .array(let ga) = g {
                // What score.py makes of the output value when the expected one is a list; nil
                // for a number or true, which equals no list.
                let oa: [String]?
                switch o {
                case .array(let a)?: oa = a.map { ScoreText.norm($0) }
                case .string(let s)? where !s.isEmpty: oa = s.unicodeScalars.map { ScoreText.norm(String($0)) }
                case .bool(true)?, .int?, .double?: oa = nil
                default: oa = []
                }
                same = oa.map { ga.map { ScoreText.norm($0) } == $0 } ?? false
            } else {
                same = ScoreText.norm(g) == ScoreText.norm(o)
            }
            score.metadata.total += 1
            if same { score.metadata.hit += 1 } else {
                diffs.append(ExpectedDifference(kind: .metadata, subject: field, expected: display(g), actual: display(o),
                                                expectedPointer: "/metadata/\(field)", outputPointer: "/metadata/\(field)"))
            }
        }
    }

    /// The blocks, aligned: text (character errors), kind and number, lead-ins, footnote references.
    private static func compareBlocks(_ out: JSONValue, _ gold: JSONValue, score: inout Score, diffs: inout [ExpectedDifference]) {
        score.hasBlocks = true
        let gb = FlatBlock.flatten(gold["blocks"]), ob = FlatBlock.flatten(out["blocks"])
        score.expectedBlocks = gb.count
        score.outputBlocks = ob.count
        var errors = 0
        score.characters.total = gb.reduce(0) { $0 + $1.text.unicodeScalars.count }
        for pair in BlockAligner.align(gb, ob) {
            switch (pair.expected, pair.output) {
            case let (gi?, oi?):
                let g = gb[gi], o = ob[oi]
                let gt = g.text, ot = o.text
                let d = scoreEditDistance(ScoreText.scalars(gt), ScoreText.scalars(ot))
                errors += d
                if d == 0 && g.key == o.key {
                    score.exactBlocks += 1
                } else if d == 0 {
                    diffs.append(ExpectedDifference(kind: .blockLabel, subject: "\(g.key)", expected: "\(g.key)", actual: "\(o.key)",
                                                    expectedPointer: g.pointer, outputPointer: o.pointer))
                } else {
                    diffs.append(ExpectedDifference(kind: .blockChanged, subject: g.key == o.key ? "\(g.key)" : "\(g.key) → \(o.key)",
                                                    expected: gt, actual: ot, expectedPointer: g.pointer, outputPointer: o.pointer))
                }
                if g.value.objectValue?.contains("leadIn") == true {
                    score.leadIn.total += 1
                    if ScoreText.norm(g.value["leadIn"]) == ScoreText.norm(o.value["leadIn"]) { score.leadIn.hit += 1 } else {
                        diffs.append(ExpectedDifference(kind: .leadIn, subject: "\(g.key)", expected: display(g.value["leadIn"]),
                                                        actual: display(o.value["leadIn"]), expectedPointer: g.pointer + "/leadIn",
                                                        outputPointer: o.pointer + "/leadIn"))
                    }
                }
                let grefs = refs(g.value), orefs = refs(o.value)
                score.refs.total += grefs.count
                let hits = grefs.filter { orefs.contains($0) }.count
                score.refs.hit += hits
                if hits < grefs.count {
                    diffs.append(ExpectedDifference(kind: .refs, subject: "\(g.key)", expected: grefs.joined(separator: ", "),
                                                    actual: orefs.joined(separator: ", "), expectedPointer: g.pointer + "/footnoteRefs",
                                                    outputPointer: o.pointer + "/footnoteRefs"))
                }
            case let (gi?, nil):
                let g = gb[gi]
                errors += g.text.unicodeScalars.count
                if g.value.objectValue?.contains("leadIn") == true { score.leadIn.total += 1 }
                score.refs.total += g.value["footnoteRefs"]?.arrayValue?.count ?? 0
                diffs.append(ExpectedDifference(kind: .blockMissing, subject: "\(g.key)", expected: g.text, actual: nil,
                                                expectedPointer: g.pointer, outputPointer: nil))
            case let (nil, oi?):
                let o = ob[oi]
                errors += o.text.unicodeScalars.count
                diffs.append(ExpectedDifference(kind: .blockExtra, subject: "\(o.key)", expected: nil, actual: o.text,
                                                expectedPointer: nil, outputPointer: o.pointer))
            case (nil, nil):
                break
            }
        }
        score.characters.hit = errors
    
    }

    /// The footnotes, by marker.
    private static func compareFootnotes(_ out: JSONValue, _ goldNotes: JSONValue, score: inout Score,
                                         diffs: inout [ExpectedDifference]) {
        score.hasFootnotes = true
        var outNotes: [String: (text: String, index: Int)] = [:]
        for (i, f) in (out["footnotes"]?.arrayValue ?? []).enumerated() {
            let m = ScoreText.norm(f["marker"])
            if outNotes[m] == nil { outNotes[m] = (ScoreText.norm(f["text"]), i) }
        }
        let notes = goldNotes.arrayValue ?? []
        score.footnotes.total = notes.count
        for (i, f) in notes.enumerated() {
            let m = ScoreText.norm(f["marker"]), t = ScoreText.norm(f["text"])
            if let o = outNotes[m], o.text == t { score.footnotes.hit += 1 } else {
                diffs.append(ExpectedDifference(kind: .footnote, subject: m, expected: t, actual: outNotes[m]?.text,
                                                expectedPointer: "/footnotes/\(i)",
                                                outputPointer: outNotes[m].map { "/footnotes/\($0.index)" }))
            }
        }
    
    }

    private static func refs(_ block: JSONValue) -> [String] {
        (block["footnoteRefs"]?.arrayValue ?? []).map { ScoreText.norm($0) }
    }

    /// A short display form of a JSON value: strings as they are, null as nil, others as JSON.
    static func display(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value {
        case .null: return nil
        case .string(let s): return s
        default: return value.serialized(pretty: false)
        }
    }
}
