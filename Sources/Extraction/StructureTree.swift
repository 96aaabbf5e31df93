import CPoppler

/// A block-level element of a tagged PDF's structure tree: a paragraph, heading, list item or
/// note, with its text as the tags give it.
public struct TaggedBlock: Sendable, Equatable {
    public enum Kind: String, Sendable { case paragraph, heading, listItem, note }
    public var kind: Kind
    /// The element's text, its children's text included (notes apart, which are their own blocks).
    public var text: String
    /// 1-based page, when the tree says.
    public var page: Int?

    public init(kind: Kind, text: String, page: Int?) {
        self.kind = kind; self.text = text; self.page = page
    }
}

extension PDFFile {
    /// The paragraphs, headings, list items and notes of the structure tree, in tree order;
    /// empty for an untagged PDF. Notes nested inside a paragraph (Word puts footnotes there)
    /// are listed on their own and left out of the paragraph's text.
    public func taggedBlocks() -> [TaggedBlock] {
        guard info.isTagged, let root = poppler_structure_element_iter_new(document) else { return [] }
        defer { poppler_structure_element_iter_free(root) }
        var out: [TaggedBlock] = []
        walk(root, into: &out)
        return out
    }

    private func walk(_ iter: OpaquePointer, into out: inout [TaggedBlock]) {
        repeat {
            guard let element = poppler_structure_element_iter_get_element(iter) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(element)) }
            let kind = Self.blockKind(poppler_structure_element_get_kind(element))
            if let kind {
                var notes: [TaggedBlock] = []
                let text = Self.text(of: iter, element: element, notes: &notes)
                let page = Int(poppler_structure_element_get_page(element))
                out.append(TaggedBlock(kind: kind, text: text, page: page >= 0 ? page + 1 : nil))
                out += notes
            } else if let child = poppler_structure_element_iter_get_child(iter) {
                walk(child, into: &out)
                poppler_structure_element_iter_free(child)
            }
        } while poppler_structure_element_iter_next(iter) != 0
    }

    /// Text of a block element: the content of its descendants, with nested notes set apart.
    private static func text(of iter: OpaquePointer, element: OpaquePointer, notes: inout [TaggedBlock]) -> String {
        guard let child = poppler_structure_element_iter_get_child(iter) else {
            return ownText(element)
        }
        defer { poppler_structure_element_iter_free(child) }
        var parts: [String] = []
        repeat {
            guard let e = poppler_structure_element_iter_get_element(child) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(e)) }
            if poppler_structure_element_get_kind(e) == POPPLER_STRUCTURE_ELEMENT_NOTE {
                let page = Int(poppler_structure_element_get_page(e))
                notes.append(TaggedBlock(kind: .note, text: ownText(e), page: page >= 0 ? page + 1 : nil))
            } else if poppler_structure_element_is_content(e) != 0 {
                parts.append(ownText(e))
            } else {
                parts.append(text(of: child, element: e, notes: &notes))
            }
        } while poppler_structure_element_iter_next(child) != 0
        return parts.joined()
    }

    private static func ownText(_ element: OpaquePointer) -> String {
        guard let c = poppler_structure_element_get_text(element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE) else { return "" }
        defer { g_free(c) }
        return PDFDocEncoding.repairMisdecodedUTF8(String(cString: c))
    }

    private static func blockKind(_ k: PopplerStructureElementKind) -> TaggedBlock.Kind? {
        switch k {
        case POPPLER_STRUCTURE_ELEMENT_PARAGRAPH: return .paragraph
        case POPPLER_STRUCTURE_ELEMENT_HEADING, POPPLER_STRUCTURE_ELEMENT_HEADING_1, POPPLER_STRUCTURE_ELEMENT_HEADING_2,
             POPPLER_STRUCTURE_ELEMENT_HEADING_3, POPPLER_STRUCTURE_ELEMENT_HEADING_4, POPPLER_STRUCTURE_ELEMENT_HEADING_5,
             POPPLER_STRUCTURE_ELEMENT_HEADING_6: return .heading
        case POPPLER_STRUCTURE_ELEMENT_LIST_ITEM: return .listItem
        case POPPLER_STRUCTURE_ELEMENT_NOTE: return .note
        default: return nil
        }
    }
}

/// PDFDocEncoding, the 8-bit encoding of PDF text strings without a byte-order mark.
enum PDFDocEncoding {
    /// Code points of bytes 0x80–0x9E (ISO 32000-1, Annex D); 0xA0 is the euro sign; the other
    /// bytes from 0xA1 are Latin-1.
    private static let high: [UInt32] = [
        0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212, 0x2030,
        0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160,
        0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E,
    ]
    private static let byteOf: [UInt32: UInt8] = {
        var m: [UInt32: UInt8] = [0x20AC: 0xA0]
        for (i, v) in high.enumerated() { m[v] = UInt8(0x80 + i) }
        return m
    }()

    /// Text whose UTF-8 bytes were read as PDFDocEncoding ("“Space2030”" of A/RES/73/6 comes back
    /// from the structure tree as "â•œSpace2030â•š") is decoded again. Text that does not fit
    /// that pattern is returned unchanged.
    static func repairMisdecodedUTF8(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value == 0xE2 || $0.value == 0xC3 || $0.value == 0xC2 }) else { return s }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.value < 0x80 || (scalar.value >= 0xA1 && scalar.value <= 0xFF) {
                bytes.append(UInt8(scalar.value))
            } else if let b = byteOf[scalar.value] {
                bytes.append(b)
            } else {
                return s
            }
        }
        guard let repaired = String(validating: bytes, as: UTF8.self), repaired != s else { return s }
        return repaired
    }
}
