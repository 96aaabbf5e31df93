import Foundation

/// Why a text is not JSON, and where: `offset` is the 0-based byte offset in the UTF-8 input
/// at which the problem was found.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 0-based byte offset in the UTF-8 input.
    public var offset: Int
    /// What was wrong, e.g. `"unterminated string"`.
    public var reason: String

    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "invalid JSON at byte \(offset): \(reason)" }
}

extension JSONValue {
    /// Parses one JSON text (RFC 8259, strict).
    ///
    /// Accepted: exactly one value surrounded by optional whitespace (space, tab, LF, CR).
    /// Rejected: trailing commas, comments, single quotes, unescaped control characters in
    /// strings, invalid UTF-8, unpaired UTF-16 surrogate escapes, leading zeros, `NaN`/`Infinity`,
    /// numbers whose magnitude overflows a `Double`, duplicate keys in one object, and nesting
    /// deeper than 512 levels. Integers (no fraction, no exponent) that fit `Int` become `.int`;
    /// every other number becomes `.double`.
    ///
    /// - Throws: `JSONParseError` with the byte offset and the reason.
    public static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
            return try parser.parseDocument()
        }
    }

    /// Parses one JSON text from a string (its UTF-8 form); see `parse(_ data:)`.
    ///
    /// - Throws: `JSONParseError` with the byte offset (in UTF-8) and the reason.
    public static func parse(_ text: String) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { buffer in
            var parser = JSONParser(bytes: buffer)
            return try parser.parseDocument()
        }
    }
}

/// Recursive-descent parser over a UTF-8 byte buffer.
struct JSONParser {
    static let maxDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0
    var depth = 0
    /// Scratch buffer for decoding strings, reused between strings.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func fail(_ reason: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(offset: offset ?? pos, reason: reason)
    }

    mutating func parseDocument() throws -> JSONValue {
        skipWhitespace()
        guard pos < bytes.count else { throw fail("empty input") }
        let value = try parseValue()
        skipWhitespace()
        guard pos == bytes.count else { throw fail("unexpected data after the JSON value") }
        return value
    }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws -> JSONValue {
        guard pos < bytes.count else { throw fail("unexpected end of input, expected a value") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("unexpected character \(describe(bytes[pos])), expected a value")
        }
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
        return String(format: "0x%02X", byte)
    }

    mutating func expectLiteral(_ literal: StaticString) throws {
        let start = pos
        let expected = literal.withUTF8Buffer { Array($0) }
        for byte in expected {
            guard pos < bytes.count, bytes[pos] == byte else {
                throw fail("invalid literal, expected '\(literal)'", at: start)
            }
            pos += 1
        }
    }

    mutating func enter() throws {
        depth += 1
        if depth > JSONParser.maxDepth { throw fail("nesting deeper than \(JSONParser.maxDepth) levels") }
    }

    mutating func parseObject() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        pos += 1  // {
        var object = JSONObject()
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unterminated object") }
            guard bytes[pos] == UInt8(ascii: "\"") else {
                throw fail("expected a string key, found \(describe(bytes[pos]))")
            }
            let keyStart = pos
            let key = try parseString()
            if object.contains(key) { throw fail("duplicate key \"\(key)\"", at: keyStart) }
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unterminated object") }
            guard bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':' after object key") }
            pos += 1
            skipWhitespace()
            object[key] = try parseValue()
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unterminated object") }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"): pos += 1; return .object(object)
            default: throw fail("expected ',' or '}' in object, found \(describe(bytes[pos]))")
            }
        }
    }

    mutating func parseArray() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        pos += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard pos < bytes.count else { throw fail("unterminated array") }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"): pos += 1; return .array(elements)
            default: throw fail("expected ',' or ']' in array, found \(describe(bytes[pos]))")
            }
        }
    }

    /// Parses a string starting at the opening quote; leaves `pos` after the closing quote.
    mutating func parseString() throws -> String {
        let start = pos
        pos += 1  // opening quote
        // Fast path: no escapes.
        var runStart = pos
        scratch.removeAll(keepingCapacity: true)
        var usedScratch = false
        while true {
            guard pos < bytes.count else { throw fail("unterminated string", at: start) }
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\"") {
                let result: String?
                if usedScratch {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                    result = String(validating: scratch, as: UTF8.self)
                } else {
                    result = String(validating: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]), as: UTF8.self)
                }
                guard let string = result else { throw fail("invalid UTF-8 in string", at: start) }
                pos += 1
                return string
            } else if byte == UInt8(ascii: "\\") {
                usedScratch = true
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                try parseEscape()
                runStart = pos
            } else if byte < 0x20 {
                throw fail("unescaped control character \(describe(byte)) in string")
            } else {
                pos += 1
            }
        }
    }

    /// Decodes one escape sequence at `pos` (the backslash) into `scratch` as UTF-8.
    mutating func parseEscape() throws {
        let escapeStart = pos
        pos += 1
        guard pos < bytes.count else { throw fail("unterminated escape sequence", at: escapeStart) }
        let c = bytes[pos]
        pos += 1
        switch c {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4(escapeStart: escapeStart)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                    throw fail("unpaired high surrogate \\u\(String(unit, radix: 16, uppercase: true))", at: escapeStart)
                }
                let lowStart = pos
                pos += 2
                let low = try parseHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw fail("high surrogate not followed by a low surrogate", at: lowStart)
                }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw fail("unpaired low surrogate \\u\(String(unit, radix: 16, uppercase: true))", at: escapeStart)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw fail("invalid Unicode scalar", at: escapeStart)
            }
            scratch.append(contentsOf: UTF8.encode(scalar)!)
        default:
            throw fail("invalid escape sequence '\\\(Character(UnicodeScalar(c)))'", at: escapeStart)
        }
    }

    mutating func parseHex4(escapeStart: Int) throws -> UInt16 {
        guard pos + 4 <= bytes.count else { throw fail("truncated \\u escape", at: escapeStart) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let h = bytes[pos]
            let digit: UInt8
            switch h {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = h - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = h - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = h - UInt8(ascii: "A") + 10
            default: throw fail("invalid hex digit in \\u escape", at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            pos += 1
        }
        return value
    }

    mutating func parseNumber() throws -> JSONValue {
        let start = pos
        var isInteger = true
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < bytes.count, isDigit(bytes[pos]) else { throw fail("expected a digit", at: pos) }
        if bytes[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < bytes.count, isDigit(bytes[pos]) { throw fail("leading zero in number", at: start) }
        } else {
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            isInteger = false
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw fail("expected a digit after '.'") }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            isInteger = false
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw fail("expected a digit in exponent") }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        guard let d = Double(text), d.isFinite else { throw fail("number out of range", at: start) }
        return .double(d)
    }

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
