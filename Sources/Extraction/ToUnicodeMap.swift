/// The mappings of a PDF font's ToUnicode CMap: which text (UTF-16 code units) each character
/// code stands for, read from its `bfchar` and `bfrange` sections (PDF 32000-1:2008, 9.10.3).
///
/// Only what text extraction uses is read; code space ranges and `usecmap` are ignored.
struct ToUnicodeMap {
    /// One `bfrange` or `bfchar` entry: codes `first...last` map to `targets[code - first]`
    /// when `targets` holds one text per code, else to `base` with its last unit raised by
    /// `code - first`.
    struct Entry {
        let first: UInt32, last: UInt32
        let base: [UInt16]
        let targets: [[UInt16]]?
    }
    private(set) var entries: [Entry] = []

    /// Reads the CMap program `text` (the decoded ToUnicode stream). Malformed entries are
    /// skipped; a CMap with none yields an empty map.
    init(_ text: [UInt8]) {
        var tokens = CMapTokens(text)
        while let token = tokens.next() {
            switch token {
            case .keyword("beginbfchar"): readChars(&tokens)
            case .keyword("beginbfrange"): readRanges(&tokens)
            default: continue
            }
        }
    }

    /// The text `code` maps to, the last entry that holds it winning (as Poppler reads a CMap).
    func text(for code: UInt32) -> [UInt16]? {
        for entry in entries.reversed() where entry.first <= code && code <= entry.last {
            let step = Int(code - entry.first)
            if let targets = entry.targets { return step < targets.count ? targets[step] : nil }
            guard let last = entry.base.last else { return nil }
            return entry.base.dropLast() + [last &+ UInt16(truncatingIfNeeded: step)]
        }
        return nil
    }

    /// Every code the map sends to exactly one of the ASCII digits 0–9, with that digit (0–9),
    /// in code order. Later entries override earlier ones, as in `text(for:)`.
    var digitCodes: [(code: UInt32, digit: Int)] {
        var digits: [UInt32: Int] = [:]
        for entry in entries where entry.first <= entry.last {
            // What an earlier entry said of these codes no longer holds.
            for code in digits.keys where entry.first <= code && code <= entry.last { digits[code] = nil }
            if let targets = entry.targets {
                for (step, text) in targets.enumerated() where text.count == 1 && (0x30...0x39).contains(text[0]) {
                    digits[entry.first &+ UInt32(step)] = Int(text[0]) - 0x30
                }
            } else if entry.base.count == 1 {
                // Codes first + k map to base + k: those landing on 0–9 form one run.
                let base = Int(entry.base[0]), span = Int(entry.last - entry.first)
                let low = max(0, 0x30 - base), high = min(span, 0x39 - base)
                if low <= high {
                    for step in low...high { digits[entry.first &+ UInt32(step)] = base + step - 0x30 }
                }
            }
        }
        return digits.sorted { $0.key < $1.key }.map { (code: $0.key, digit: $0.value) }
    }

    /// The number of codes the map sends to a single space (U+0020). A font has one space
    /// glyph; Word's Arabic documents send the marks' glyphs there too.
    var spaceCodeCount: Int {
        var codes = Set<UInt32>()
        for entry in entries where entry.first <= entry.last {
            if let targets = entry.targets {
                for (step, text) in targets.enumerated() where text == [0x20] { codes.insert(entry.first &+ UInt32(step)) }
            } else if entry.base.count == 1, entry.base[0] <= 0x20, 0x20 - UInt32(entry.base[0]) <= entry.last - entry.first {
                codes.insert(entry.first &+ (0x20 - UInt32(entry.base[0])))
            }
        }
        return codes.count
    }

    private mutating func readChars(_ tokens: inout CMapTokens) {
        while let source = tokens.next(), case let .hex(code) = source {
            guard case let .hex(target)? = tokens.next() else { return }
            entries.append(Entry(first: Self.code(code), last: Self.code(code), base: Self.units(target), targets: nil))
        }
    }

    private mutating func readRanges(_ tokens: inout CMapTokens) {
        while let low = tokens.next(), case let .hex(first) = low {
            guard case let .hex(last)? = tokens.next(), let target = tokens.next() else { return }
            switch target {
            case let .hex(base):
                entries.append(Entry(first: Self.code(first), last: Self.code(last), base: Self.units(base), targets: nil))
            case .arrayStart:
                var targets: [[UInt16]] = []
                while case let .hex(text)? = tokens.next() { targets.append(Self.units(text)) }
                entries.append(Entry(first: Self.code(first), last: Self.code(last), base: [], targets: targets))
            default: return
            }
        }
    }

    private static func code(_ bytes: [UInt8]) -> UInt32 { bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) } }
    private static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }
}

/// The tokens of a CMap program that the ToUnicode reader needs: hex strings, array brackets
/// and keywords; everything else (names, numbers, dictionaries, comments) is passed over.
struct CMapTokens {
    enum Token: Equatable {
        case hex([UInt8]), keyword(String), arrayStart, arrayEnd, other
    }
    private let text: [UInt8]
    private var index = 0

    init(_ text: [UInt8]) { self.text = text }

    mutating func next() -> Token? {
        while index < text.count, Self.isSpace(text[index]) { index += 1 }
        guard index < text.count else { return nil }
        let byte = text[index]
        index += 1
        switch byte {
        case UInt8(ascii: "["): return .arrayStart
        case UInt8(ascii: "]"): return .arrayEnd
        case UInt8(ascii: "%"):
            while index < text.count, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
            return .other
        case UInt8(ascii: "<"):
            if index < text.count, text[index] == UInt8(ascii: "<") { index += 1; return .other }
            return .hex(hexString())
        default:
            guard Self.isRegular(byte) else { return .other }
            let start = index - 1
            while index < text.count, Self.isRegular(text[index]) { index += 1 }
            return byte == UInt8(ascii: "/") ? .other : .keyword(String(decoding: text[start..<index], as: UTF8.self))
        }
    }

    /// The bytes of a hex string whose "<" was just read, up to its ">"; an odd last digit
    /// counts as followed by 0 (PDF 32000-1:2008, 7.3.4.3).
    private mutating func hexString() -> [UInt8] {
        var bytes: [UInt8] = [], high: UInt8?
        while index < text.count, text[index] != UInt8(ascii: ">") {
            defer { index += 1 }
            guard let value = Self.hexValue(text[index]) else { continue }
            if let h = high { bytes.append(h << 4 | value); high = nil } else { high = value }
        }
        index += 1
        if let h = high { bytes.append(h << 4) }
        return bytes
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x37
        case 0x61...0x66: return b - 0x57
        default: return nil
        }
    }
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
    /// Not white space nor a delimiter other than "/" (a name's bytes run on to the next).
    private static func isRegular(_ b: UInt8) -> Bool { !isSpace(b) && !"()<>[]{}%".utf8.contains(b) }
}
