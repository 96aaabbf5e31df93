/// Undoes the bidirectional reordering Poppler applies to the text it hands back.
///
/// `poppler_page_get_text` writes each word through Poppler's `reorderText`: a run of
/// right-to-left characters is reversed into reading order and wrapped in U+202B (RLE) …
/// U+202C (PDF); on a page read as right-to-left the whole word is reversed and wrapped,
/// with left-to-right runs inside wrapped in U+202A (LRE) … U+202C. The character boxes of
/// `poppler_page_get_text_layout` are in Poppler's own word order (the order of drawing) and
/// have no box for the inserted marks. Read index for index, every mark shifts the boxes of
/// all later characters: on page 2 of E/ESCWA/30/6 (Arabic) 112 marks put "ORIGINAL: ARABIC"
/// on the line of the committee's name. `drawingOrder` gives back the characters in box
/// order, one for one, so that each character meets its own box.
public enum PopplerBidi {
    private static let lre: UInt32 = 0x202A, rle: UInt32 = 0x202B, pdf: UInt32 = 0x202C

    /// True for a scalar of a script written right to left (Hebrew, Arabic and their
    /// presentation forms).
    public static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFE).contains(v)
    }

    /// True when `scalars` holds marks Poppler inserts (U+202A–U+202C).
    public static func hasMarks<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        scalars.contains { (lre...pdf).contains($0.value) }
    }

    /// The characters of Poppler's page text in the order of its character boxes: each
    /// RLE … PDF group reversed back (an LRE … PDF group inside it kept whole, in its own
    /// order), the marks themselves dropped.
    public static func drawingOrder(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var position = 0
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        group(scalars, &position, reversed: false, into: &out)
        return out
    }

    /// Reads characters from `position` up to the mark that closes the current group (or the
    /// end), appending them to `out` in drawing order.
    ///
    /// A reversed group's units (its characters, and the groups inside it, each kept whole)
    /// come last to first: the group's stretch of `out` is reversed, then each inner group of
    /// more than one character is turned back into its own order. One array for the page,
    /// none per character.
    private static func group(_ s: [Unicode.Scalar], _ position: inout Int, reversed: Bool,
                              into out: inout [Unicode.Scalar]) {
        let start = out.count
        var innerGroups: [Range<Int>] = []
        while position < s.count {
            let v = s[position].value
            position += 1
            if v == pdf { break }
            if v == rle || v == lre {
                let innerStart = out.count
                group(s, &position, reversed: v == rle, into: &out)
                // A reversed group inside a reversed group stays a unit of its own; at the top
                // level its characters simply follow.
                if reversed && out.count - innerStart > 1 { innerGroups.append(innerStart..<out.count) }
            } else {
                out.append(s[position - 1])
            }
        }
        guard reversed else { return }
        let end = out.count
        out[start..<end].reverse()
        for r in innerGroups { out[(start + end - r.upperBound)..<(start + end - r.lowerBound)].reverse() }
    }
}
