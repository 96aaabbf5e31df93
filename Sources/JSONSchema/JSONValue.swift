/// A JSON value as defined by RFC 8259.
///
/// Numbers keep the distinction the parser saw (`int` for integers that fit `Int`, `double`
/// otherwise), but equality follows JSON Schema: two numbers are equal when their
/// mathematical values are equal, so `.int(1) == .double(1.0)`. Objects compare equal when
/// they hold the same keys with equal values, whatever the key order. `true` is never
/// equal to `1`, nor `false` to `0`. Strings compare by Unicode code points (no normalisation).
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.int(a), .double(b)), let (.double(b), .int(a)): return JSONValue.numericallyEqual(a, b)
        // Code point comparison: Swift's String == treats canonically equivalent strings
        // ("é" and "e" + U+0301) as equal, JSON does not.
        case let (.string(a), .string(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        default: return false
        }
    }

    /// Exact comparison of an integer with a double (no rounding of the integer to a double).
    static func numericallyEqual(_ i: Int, _ d: Double) -> Bool {
        guard d.isFinite, d.rounded(.towardZero) == d else { return false }
        // Doubles at or beyond ±2^63 cannot equal any Int.
        guard d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return false }
        return Int(d) == i
    }
}

extension JSONValue {
    /// The JSON Schema type name of this value: `"null"`, `"boolean"`, `"integer"` (an `int`,
    /// or a `double` with no fractional part), `"number"`, `"string"`, `"array"` or `"object"`.
    public var schemaTypeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double(let d): return (d.isFinite && d.rounded(.towardZero) == d) ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The string payload, or nil when this is not a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The boolean payload, or nil when this is not a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The numeric payload as a `Double` (`int` converted), or nil when this is not a number.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The integer payload: an `int`, or a `double` with an integral value that fits `Int`; else nil.
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d):
            guard d.isFinite, d.rounded(.towardZero) == d,
                  d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return nil }
            return Int(d)
        default: return nil
        }
    }

    /// The elements, or nil when this is not an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, or nil when this is not an object.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Member lookup on an object; nil when this is not an object or has no such key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// Element lookup on an array; nil when this is not an array or the index is out of range.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let a) = self, a.indices.contains(index) { return a[index] }
        return nil
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Builds an object keeping the literal's key order (a later duplicate key replaces the earlier value).
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}
