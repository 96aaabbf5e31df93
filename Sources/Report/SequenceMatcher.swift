/// The parts of Python's `difflib.SequenceMatcher` that the scorer uses, for sequences
/// without junk (`isjunk=None, autojunk=False`): the longest-match recursion, `ratio()` and
/// `quick_ratio()`. Same algorithm, so the same figures (ties broken the same way).
public struct SequenceMatcher {
    /// A run of equal elements: `a[a..<a+size] == b[b..<b+size]`.
    public struct Match: Equatable, Sendable {
        public var a: Int, b: Int, size: Int
    }

    public let a: [UInt32]
    public let b: [UInt32]
    private let positionsInB: [UInt32: [Int]]

    /// A matcher over two code-point sequences.
    public init(_ a: [UInt32], _ b: [UInt32]) {
        self.init(a, Indexed(b))
    }

    /// A matcher against a `b` indexed once for many `a`s.
    public init(_ a: [UInt32], _ b: Indexed) {
        self.a = a
        self.b = b.elements
        self.positionsInB = b.positions
    }

    /// A sequence with the positions of each of its elements.
    public struct Indexed: Sendable {
        public let elements: [UInt32]
        let positions: [UInt32: [Int]]
        public init(_ elements: [UInt32]) {
            self.elements = elements
            var p: [UInt32: [Int]] = [:]
            for (j, element) in elements.enumerated() { p[element, default: []].append(j) }
            positions = p
        }
    }

    /// The longest matching run inside `a[alo..<ahi]` and `b[blo..<bhi]`; of equally long
    /// runs, the one starting earliest in `a`, then earliest in `b`.
    public func longestMatch(_ alo: Int, _ ahi: Int, _ blo: Int, _ bhi: Int) -> Match {
        var besti = alo, bestj = blo, bestsize = 0
        // lengths[j + 1]: length of the match ending at a[i - 1], b[j] (the previous row);
        // only the entries listed in `touched` are non-zero.
        var lengths = [Int](repeating: 0, count: b.count + 1)
        var newLengths = [Int](repeating: 0, count: b.count + 1)
        var touched: [Int] = [], newTouched: [Int] = []
        for i in alo..<max(alo, ahi) {
            for j in positionsInB[a[i]] ?? [] {
                if j < blo { continue }
                if j >= bhi { break }
                let k = lengths[j] + 1
                newLengths[j + 1] = k
                newTouched.append(j + 1)
                if k > bestsize { besti = i - k + 1; bestj = j - k + 1; bestsize = k }
            }
            for t in touched { lengths[t] = 0 }
            swap(&lengths, &newLengths)
            swap(&touched, &newTouched)
            newTouched.removeAll(keepingCapacity: true)
        }
        while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
            besti -= 1; bestj -= 1; bestsize += 1
        }
        while besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize] {
            bestsize += 1
        }
        return Match(a: besti, b: bestj, size: bestsize)
    }

    /// All matching runs, in order (as `get_matching_blocks()`, without the final sentinel).
    public func matchingBlocks() -> [Match] {
        var queue = [(0, a.count, 0, b.count)]
        var found: [Match] = []
        while let (alo, ahi, blo, bhi) = queue.popLast() {
            let m = longestMatch(alo, ahi, blo, bhi)
            guard m.size > 0 else { continue }
            found.append(m)
            if alo < m.a && blo < m.b { queue.append((alo, m.a, blo, m.b)) }
            if m.a + m.size < ahi && m.b + m.size < bhi { queue.append((m.a + m.size, ahi, m.b + m.size, bhi)) }
        }
        return found.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// Number of elements in matching runs.
    public func matchCount() -> Int { matchingBlocks().reduce(0) { $0 + $1.size } }

    /// `2 * M / (len(a) + len(b))`, 1 when both are empty.
    public func ratio() -> Double {
        let total = a.count + b.count
        return total == 0 ? 1.0 : 2.0 * Double(matchCount()) / Double(total)
    }

    /// An upper bound of `ratio()` from the multiset intersection of the two sequences.
    public static func quickRatio(_ a: [UInt32], _ b: [UInt32]) -> Double {
        quickRatio(Histogram(a), Histogram(b))
    }

    /// `quickRatio` from precomputed histograms.
    public static func quickRatio(_ a: Histogram, _ b: Histogram) -> Double {
        var matches = 0, i = 0, j = 0
        let x = a.counts, y = b.counts
        while i < x.count && j < y.count {
            if x[i].0 == y[j].0 { matches += min(x[i].1, y[j].1); i += 1; j += 1 }
            else if x[i].0 < y[j].0 { i += 1 } else { j += 1 }
        }
        let total = a.length + b.length
        return total == 0 ? 1.0 : 2.0 * Double(matches) / Double(total)
    }

    /// How often each code point occurs in a sequence, sorted by code point.
    public struct Histogram: Sendable {
        public let counts: [(UInt32, Int)]
        public let length: Int
        public init(_ s: [UInt32]) {
            length = s.count
            var out: [(UInt32, Int)] = []
            for v in s.sorted() {
                if let last = out.last, last.0 == v { out[out.count - 1].1 += 1 } else { out.append((v, 1)) }
            }
            counts = out
        }
    }
}

/// Character edit distance as the scorer computes it: exact Levenshtein, or, when the product
/// of the lengths exceeds 4,000,000, `max(len) - matched` from the longest-match recursion.
public func scoreEditDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a == b { return 0 }
    if a.count * b.count > 4_000_000 {
        return max(a.count, b.count) - SequenceMatcher(a, b).matchCount()
    }
    let (long, short) = a.count < b.count ? (b, a) : (a, b)
    var previous = Array(0...short.count)
    var current = [Int](repeating: 0, count: short.count + 1)
    for (i, ca) in long.enumerated() {
        current[0] = i + 1
        for (j, cb) in short.enumerated() {
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[short.count]
}
