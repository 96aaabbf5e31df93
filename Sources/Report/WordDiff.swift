/// A word-level difference between two texts (the standard library's `difference(from:)` over words).
public enum WordDiff {
    /// A run of words that both texts share, or that only one of them has.
    public struct Segment: Sendable, Codable, Equatable {
        public enum Operation: String, Sendable, Codable { case equal, delete, insert }
        public var operation: Operation
        public var text: String
        public init(_ operation: Operation, _ text: String) { self.operation = operation; self.text = text }
    }

    /// The segments turning `old` into `new`: words only in `old` are `delete`, only in `new`
    /// `insert`; in each changed stretch the deletions come first ("[-old-]{+new+}" reads
    /// better). The standard library's `difference(from:)` finds the changes.
    public static func diff(_ old: String, _ new: String) -> [Segment] {
        let a = old.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let b = new.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in b.difference(from: a) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var out: [Segment] = []
        func emit(_ op: Segment.Operation, _ word: String) {
            if let last = out.last, last.operation == op { out[out.count - 1].text += " " + word } else { out.append(Segment(op, word)) }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count && removed.contains(i) { emit(.delete, a[i]); i += 1 }
            else if j < b.count && inserted.contains(j) { emit(.insert, b[j]); j += 1 }
            else { emit(.equal, a[i]); i += 1; j += 1 }
        }
        // A deletion after an insertion in one changed stretch goes first.
        var k = 0
        while k + 1 < out.count {
            if out[k].operation == .insert && out[k + 1].operation == .delete { out.swapAt(k, k + 1) }
            k += 1
        }
        return out
    }

    /// `[-removed-]{+added+}` notation with the shared words around, shortened to `context`
    /// words either side of each change.
    /// A changed run in brackets: "[-deleted-]", "{+inserted+}".
    public static func bracketed(_ operation: Segment.Operation, _ text: String) -> String {
        operation == .delete ? "[-\(text)-]" : "{+\(text)+}"
    }

    public static func render(_ segments: [Segment], context: Int = 6,
                              mark: (Segment.Operation, String) -> String = WordDiff.bracketed) -> String {
        var parts: [String] = []
        for (index, s) in segments.enumerated() {
            switch s.operation {
            case .delete, .insert: parts.append(mark(s.operation, s.text))
            case .equal:
                let words = s.text.split(separator: " ")
                let first = index == 0, last = index == segments.count - 1
                if words.count <= context * 2 || (first && words.count <= context) || (last && words.count <= context) {
                    parts.append(s.text)
                } else {
                    let head = first ? [] : words.prefix(context)
                    let tail = last ? [] : words.suffix(context)
                    parts.append(([head.joined(separator: " ")] + ["…"] + [tail.joined(separator: " ")])
                        .filter { !$0.isEmpty }.joined(separator: " "))
                }
            }
        }
        return parts.joined(separator: " ")
    }
}
