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

    /// True when `scalars` holds marks Poppler inserts (U+202A–U+202C).
    public static func hasMarks<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        scalars.contains { (lre...pdf).contains($0.value) }
    }

    /// The characters of Poppler's page text in the order of its character boxes: each
    /// RLE … PDF group reversed back (an LRE … PDF group inside it kept whole, in its own
    /// order), the marks themselves dropped.
    public static func drawingOrder(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var position = 0
        return group(scalars, &position, reversed: false)
    }

    /// Reads characters from `position` up to the mark that closes the current group (or the
    /// end), returning them in drawing order.
    private static func group(_ s: [Unicode.Scalar], _ position: inout Int, reversed: Bool) -> [Unicode.Scalar] {
        var units: [[Unicode.Scalar]] = []
        while position < s.count {
            let v = s[position].value
            position += 1
            if v == pdf { break }
            if v == rle || v == lre {
                let inner = group(s, &position, reversed: v == rle)
                // A reversed group inside a reversed group stays a unit of its own; at the top
                // level its characters simply follow.
                if reversed { units.append(inner) } else { units += inner.map { [$0] } }
            } else {
                units.append([s[position - 1]])
            }
        }
        return (reversed ? units.reversed() : units).flatMap { $0 }
    }
}
