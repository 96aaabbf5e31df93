/// A word-level difference between two texts (longest common subsequence of words).
public enum WordDiff {
    /// A run of words that both texts share, or that only one of them has.
    public struct Segment: Sendable, Codable, Equatable {
        public enum Operation: String, Sendable, Codable { case equal, delete, insert }
        public var operation: Operation
        public var text: String
        public init(_ operation: Operation, _ text: String) { self.operation = operation; self.text = text }
    }

    /// The segments turning `old` into `new`: words only in `old` are `delete`, only in `new` `insert`.
    /// Texts over 3,000 words each are shown as one deletion and one insertion.
    public static func diff(_ old: String, _ new: String) -> [Segment] {
        let a = old.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let b = new.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if a.count * b.count > 9_000_000 {
            return [Segment(.delete, a.joined(separator: " ")), Segment(.insert, b.joined(separator: " "))].filter { !$0.text.isEmpty }
        }
        let n = a.count, m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        var out: [Segment] = []
        func emit(_ op: Segment.Operation, _ word: String) {
            if let last = out.last, last.operation == op { out[out.count - 1].text += " " + word } else { out.append(Segment(op, word)) }
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] { emit(.equal, a[i]); i += 1; j += 1 }
            else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) { emit(.insert, b[j]); j += 1 }
            else { emit(.delete, a[i]); i += 1 }
        }
        // Deletions before insertions in each changed stretch reads better: [-old-]{+new+}.
        var k = 0
        while k + 1 < out.count {
            if out[k].operation == .insert && out[k + 1].operation == .delete { out.swapAt(k, k + 1) }
            k += 1
        }
        return out
    }

    /// `[-removed-]{+added+}` notation with the shared words around, shortened to `context`
    /// words either side of each change.
    public static func render(_ segments: [Segment], context: Int = 6) -> String {
        var parts: [String] = []
        for (index, s) in segments.enumerated() {
            switch s.operation {
            case .delete: parts.append("[-\(s.text)-]")
            case .insert: parts.append("{+\(s.text)+}")
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
