import DocumentModel

/// Gives every block, item and footnote of a document an identifier in the manner of Akoma
/// Ntoso eIds: unique in the document, and the same on every run over the same PDF (they
/// depend only on the document's structure, never on time or order of work).
///
/// - formula: `formula_1`; preambular paragraphs: `preamble__p_4` (the 4th preambular paragraph);
/// - numbered paragraphs: `para_` and the number as printed, punctuation dropped (`"3."` →
///   `para_3`, `"(12)"` → `para_12`, `"1.2"` → `para_1-2`); unnumbered ones `p_5` (the 5th);
/// - headings `sec_2`, annexes `annex_1`, appendices `app_1`; tables `table_1`, figures `img_1`;
/// - everything after an annex heading is inside it: `annex_1__para_3`;
/// - items below their parent: `para_3__list_1__point_a`, `…__point_a__list_1__point_ii`;
///   unlabelled items (bullets) `point_1`, `point_2`;
/// - footnotes `fn_1`, `fn_2` in document order;
/// - an id already given (numbering that restarts without a heading that scopes it) takes
///   `__rep_2`, `__rep_3`.
public struct Anchors {
    /// The id of each top-level block, in order; `items[i]` are the ids of block i's items, as a tree.
    public struct Tree: Sendable, Equatable {
        public var id: String
        public var items: [Tree]
    }

    private var used: Set<String> = []
    private var counters: [String: Int] = [:]
    private var scope = ""

    /// The ids of `blocks` (as trees mirroring the items) and of `footnoteCount` footnotes.
    public static func assign(blocks: [Block], footnoteCount: Int) -> (blocks: [Tree], footnotes: [String]) {
        var anchors = Anchors()
        let trees = blocks.map { anchors.tree(of: $0) }
        let footnotes = (0..<footnoteCount).map { anchors.unique("fn_\($0 + 1)") }
        return (trees, footnotes)
    }

    private mutating func tree(of block: Block) -> Tree {
        let id = unique(name(of: block))
        return Tree(id: id, items: items(of: block, parentID: id))
    }

    private mutating func items(of block: Block, parentID: String) -> [Tree] {
        var ordinal = 0
        return block.items.map { item in
            ordinal += 1
            let label = Self.sanitized(item.number ?? "")
            let id = unique("\(parentID)__list_1__point_\(label.isEmpty ? String(ordinal) : label)")
            return Tree(id: id, items: items(of: item, parentID: id))
        }
    }

    private mutating func name(of block: Block) -> String {
        switch (block.kind, block.role) {
        case (.heading, .annex?):
            scope = ""
            let id = next("annex")
            scope = id + "__"
            return id
        case (.heading, .appendix?):
            let id = next("app")
            scope += id + "__"
            return id
        case (.heading, _): return next("sec")
        case (.table, _): return next("table")
        case (.figure, _): return next("img")
        case (.paragraph, .formula?): return next("formula")
        case (.paragraph, .preamble?) where block.number == nil: return next("preamble__p")
        case (.paragraph, _):
            let label = Self.sanitized(block.number ?? "")
            return label.isEmpty ? next("p") : scope + "para_" + label
        }
    }

    /// `scope` + `kind_N`, N counting that kind within the scope from 1.
    private mutating func next(_ kind: String) -> String {
        let key = scope + kind
        counters[key, default: 0] += 1
        return "\(key)_\(counters[key]!)"
    }

    private mutating func unique(_ id: String) -> String {
        var candidate = id
        var n = 1
        while used.contains(candidate) {
            n += 1
            candidate = "\(id)__rep_\(n)"
        }
        used.insert(candidate)
        return candidate
    }

    /// A label as an id part: letters and digits kept, inner dots and spaces as "-", the rest
    /// dropped (`"(a)"` → `a`, `"1.2."` → `1-2`, `"Annex I"` → `Annex-I`).
    static func sanitized(_ label: String) -> String {
        var out = ""
        for ch in label {
            if ch.isLetter || ch.isNumber {
                out.append(ch)
            } else if ch == "." || ch == " " || ch == "-", !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}
