import Foundation

/// Character-level clean-up applied to every glyph, following `../shared/CONTRACT.md`
/// ("Characters"): ligatures expanded, non-breaking space → space, non-breaking hyphen → "-",
/// soft hyphen and zero-width characters removed. Arabic presentation forms (the "ﻧ", "ﺣﺔ"
/// of ESCWA's Arabic reports) become their letters, the lam-alef ligature "ﻻ" lam + alef;
/// bidirectional controls (LRM, RLM, embeddings, overrides, isolates) are removed, since the
/// layout stage puts right-to-left text in reading order itself.
public enum TextNormalizer {
    /// The text a single Unicode scalar stands for in our output ("" when it is to be removed).
    public static func expand(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0xFB00: return "ff"
        case 0xFB01: return "fi"
        case 0xFB02: return "fl"
        case 0xFB03: return "ffi"
        case 0xFB04: return "ffl"
        case 0xFB05, 0xFB06: return "st"
        case 0x00A0, 0x202F, 0x2007: return " "
        case 0x2011: return "-"
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return ""
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return ""
        case 0xFB50...0xFDFF, 0xFE70...0xFEFE:
            // NFKC of a presentation form is its letter; the spacing forms of the vowel signs
            // (U+FE70…) decompose to a space and the mark, and only the mark is kept.
            let letters = String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars.filter { $0 != " " }
            return String(String.UnicodeScalarView(letters))
        default: return String(Character(scalar))
        }
    }
}
