/// The character map ('cmap' table) of a TrueType font program, as embedded in a PDF
/// (`/FontFile2`): which glyph the font draws for a Unicode scalar.
///
/// Read are the Unicode subtables a PDF's TrueType fonts carry: format 4 (BMP, segments) and
/// format 12 (groups), of platform 3 (Windows, encodings 1 and 10) or platform 0 (Unicode).
/// A symbol subtable (3, 0) maps nothing here: its codes are not Unicode.
struct TrueTypeCharacterMap {
    private enum Subtable {
        case segments(bytes: [UInt8], at: Int)   // format 4, starting at `at`
        case groups(bytes: [UInt8], at: Int)     // format 12, starting at `at`
    }
    private let subtable: Subtable

    /// Reads the best Unicode subtable of `font` (the bytes of a TrueType font program);
    /// nil when the font has no 'cmap' table, no Unicode subtable of format 4 or 12, or its
    /// offsets point outside the data (a collection, 'ttcf', is not read).
    init?(font: [UInt8]) {
        guard font.count >= 12, Self.u32(font, 0) != 0x7474_6366 else { return nil }
        let tableCount = Int(Self.u16(font, 4))
        var cmap: Int?
        for i in 0..<tableCount {
            let record = 12 + 16 * i
            guard record + 16 <= font.count else { return nil }
            if Self.u32(font, record) == 0x636D_6170 { cmap = Int(Self.u32(font, record + 8)) }   // 'cmap'
        }
        guard let cmap, cmap + 4 <= font.count else { return nil }
        var best: (rank: Int, subtable: Subtable)?
        for i in 0..<Int(Self.u16(font, cmap + 2)) {
            let record = cmap + 4 + 8 * i
            guard record + 8 <= font.count else { return nil }
            let platform = Self.u16(font, record), encoding = Self.u16(font, record + 2)
            let start = cmap + Int(Self.u32(font, record + 4))
            guard start + 2 <= font.count, platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10)) else { continue }
            let candidate: (Int, Subtable)
            switch Self.u16(font, start) {
            case 12: candidate = (2, .groups(bytes: font, at: start))
            case 4: candidate = (1, .segments(bytes: font, at: start))
            default: continue
            }
            if candidate.0 > (best?.rank ?? 0) { best = candidate }
        }
        guard let best else { return nil }
        subtable = best.subtable
    }

    /// The glyph index the font draws for `scalar`, or nil when it maps none (glyph 0).
    func glyph(for scalar: UInt32) -> Int? {
        let glyph: Int?
        switch subtable {
        case let .segments(bytes, at): glyph = Self.segmentGlyph(bytes, at, scalar)
        case let .groups(bytes, at): glyph = Self.groupGlyph(bytes, at, scalar)
        }
        return glyph == 0 ? nil : glyph
    }

    /// Format 4: segments of BMP codes, each with a delta or an offset into the glyph array.
    private static func segmentGlyph(_ b: [UInt8], _ at: Int, _ scalar: UInt32) -> Int? {
        guard scalar <= 0xFFFF, at + 14 <= b.count else { return nil }
        let segments = Int(u16(b, at + 6)) / 2
        let ends = at + 14, starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments, offsets = deltas + 2 * segments
        guard offsets + 2 * segments <= b.count else { return nil }
        for s in 0..<segments where UInt32(u16(b, ends + 2 * s)) >= scalar {
            let start = UInt32(u16(b, starts + 2 * s))
            guard start <= scalar else { return nil }
            let delta = Int(u16(b, deltas + 2 * s)), offset = Int(u16(b, offsets + 2 * s))
            if offset == 0 { return (Int(scalar) + delta) & 0xFFFF }
            // The offset counts from its own place in the idRangeOffset array.
            let entry = offsets + 2 * s + offset + 2 * Int(scalar - start)
            guard entry + 2 <= b.count else { return nil }
            let raw = Int(u16(b, entry))
            return raw == 0 ? 0 : (raw + delta) & 0xFFFF
        }
        return nil
    }

    /// Format 12: groups of consecutive codes drawn by consecutive glyphs.
    private static func groupGlyph(_ b: [UInt8], _ at: Int, _ scalar: UInt32) -> Int? {
        guard at + 16 <= b.count else { return nil }
        let groups = Int(u32(b, at + 12))
        guard at + 16 + 12 * groups <= b.count else { return nil }
        for g in 0..<groups {
            let record = at + 16 + 12 * g
            let first = u32(b, record), last = u32(b, record + 4)
            if scalar >= first, scalar <= last { return Int(u32(b, record + 8) &+ (scalar - first)) }
        }
        return nil
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) << 8 | UInt16(b[i + 1]) }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }
}
