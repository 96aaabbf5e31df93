extension JSONValue {
    /// The JSON text of this value.
    ///
    /// - Pretty form (`pretty: true`): two-space indentation, one member or element per line,
    ///   `"key": value`, empty containers as `{}` / `[]`, and a final newline.
    /// - Compact form: no whitespace at all, no final newline.
    ///
    /// Object keys come out in insertion order. Strings are escaped per RFC 8259: `"` and `\`
    /// are escaped, `\b \f \n \r \t` use their short forms, other control characters become
    /// `\u00XX`; everything else, non-ASCII included, is written as UTF-8. Integers print as
    /// integers; doubles print in their shortest round-trip form, with a `.0` when integral
    /// (`72.0`) and without an exponent when the decimal exponent is between -7 and 20
    /// (`0.000015`, not `1.5e-05`). Non-finite doubles, which JSON cannot express, become `null`.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// `serialized(pretty:)` as its UTF-8 bytes, without the `String` made of them.
    public func serializedBytes(pretty: Bool = true) -> [UInt8] {
        var out = JSONOutput(flushAt: Int.max) { _ in true }
        JSONSerializer.write(self, to: &out, pretty: pretty, indent: 0)
        if pretty { out.bytes.append(0x0A) }
        return out.bytes
    }

    /// `serializedBytes(pretty:)` handed to `flush` piece by piece, in order, each piece as
    /// soon as at least `chunkBytes` bytes are waiting (the last piece may be shorter): the
    /// whole text is never held at once, so a writer needs a buffer of about `chunkBytes`
    /// instead of the text's size (10 MB for a 1,000-page document, and twice that while
    /// the buffer grows). Once `flush` returns false (a failed write) it is not called again;
    /// the result is then false.
    @discardableResult
    public func serialize(pretty: Bool = true, chunkBytes: Int,
                          flush: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var out = JSONOutput(flushAt: chunkBytes, flush: flush)
        out.bytes.reserveCapacity(chunkBytes)
        JSONSerializer.write(self, to: &out, pretty: pretty, indent: 0)
        if pretty { out.bytes.append(0x0A) }
        out.flushBytes()
        return !out.failed
    }
}

/// The serialiser's output: a byte buffer handed to `flush` whenever it holds `flushAt` bytes
/// or more at the end of an array element or object member.
struct JSONOutput {
    var bytes: [UInt8] = []
    let flushAt: Int
    let flush: (UnsafeRawBufferPointer) -> Bool
    /// Set when `flush` returned false; nothing more is handed over.
    var failed = false

    init(flushAt: Int, flush: @escaping (UnsafeRawBufferPointer) -> Bool) {
        self.flushAt = flushAt
        self.flush = flush
    }

    @inline(__always) mutating func append(_ byte: UInt8) { bytes.append(byte) }
    @inline(__always) mutating func append<S: Sequence>(contentsOf s: S) where S.Element == UInt8 {
        bytes.append(contentsOf: s)
    }

    /// Hands the buffer to `flush` when it is full enough.
    @inline(__always) mutating func flushIfFull() {
        if bytes.count >= flushAt { flushBytes() }
    }

    /// Hands whatever the buffer holds to `flush` and empties it (keeping its capacity).
    mutating func flushBytes() {
        if !failed && !bytes.isEmpty {
            failed = !bytes.withUnsafeBytes { flush($0) }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Appends JSON text to a byte buffer.
enum JSONSerializer {
    static func write(_ value: JSONValue, to out: inout JSONOutput, pretty: Bool, indent: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): out.append(contentsOf: format(d).utf8)
        case .string(let s): writeString(s, to: &out)
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(&out, indent + 1) }
                write(element, to: &out, pretty: pretty, indent: indent + 1)
                out.flushIfFull()
            }
            if pretty { newline(&out, indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, member) in object {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                if pretty { newline(&out, indent + 1) }
                writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                write(member, to: &out, pretty: pretty, indent: indent + 1)
                out.flushIfFull()
            }
            if pretty { newline(&out, indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always) static func newline(_ out: inout JSONOutput, _ level: Int) {
        out.append(0x0A)
        for _ in 0..<(level * 2) { out.append(0x20) }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func writeString(_ s: String, to out: inout JSONOutput) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape (nearly all of them) are copied in one append.
            var runStart = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(0x5C); out.append(byte)
                case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Shortest round-trip decimal text of a finite double, without exponent for decimal
    /// exponents in -7...20; `null` for NaN and infinities.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        let text = d.description  // shortest round-trip, e.g. "0.1", "100.0", "1e-05", "1.5e+20"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        guard let exponent = Int(text[text.index(after: e)...]), exponent >= -7, exponent <= 20 else {
            return text
        }
        var mantissa = text[..<e]
        var negative = false
        if mantissa.hasPrefix("-") { negative = true; mantissa = mantissa.dropFirst() }
        let pointIndex = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var digits = mantissa.filter { $0 != "." }
        // Position of the decimal point within `digits` after applying the exponent.
        let point = pointIndex + exponent
        var result = negative ? "-" : ""
        if point <= 0 {
            result += "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            digits += String(repeating: "0", count: point - digits.count)
            result += digits + ".0"
        } else {
            let split = digits.index(digits.startIndex, offsetBy: point)
            result += digits[..<split] + "." + digits[split...]
        }
        return result
    }
}
