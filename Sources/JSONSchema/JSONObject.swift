/// A JSON object: string keys mapped to values, remembering the order in which keys were
/// first inserted, so that serialising it gives a stable field order.
///
/// Lookup is O(1) (hash index); appending is amortised O(1); removing a key is O(n).
/// Equality ignores key order (`{"a":1,"b":2} == {"b":2,"a":1}`), as JSON does.
/// Keys are compared by Unicode code points: `"é"` (U+00E9) and `"e\u{301}"` are two keys.
public struct JSONObject: Sendable {
    private var orderedKeys: [String] = []
    private var values: [JSONValue] = []
    private var index: [ScalarKey: Int] = [:]

    /// An empty object.
    public init() {}

    /// An object with the given members in the given order. When a key repeats, the later
    /// value replaces the earlier one and the key keeps its first position.
    public init(_ pairs: [(String, JSONValue)]) {
        orderedKeys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// The value for `key`, or nil. Setting a value for a new key appends the key at the end;
    /// setting one for an existing key replaces the value in place; setting nil removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let i = index[ScalarKey(key)] else { return nil }
            return values[i]
        }
        set {
            if let i = index[ScalarKey(key)] {
                if let newValue {
                    values[i] = newValue
                } else {
                    orderedKeys.remove(at: i)
                    values.remove(at: i)
                    index[ScalarKey(key)] = nil
                    for j in i..<orderedKeys.count { index[ScalarKey(orderedKeys[j])] = j }
                }
            } else if let newValue {
                index[ScalarKey(key)] = orderedKeys.count
                orderedKeys.append(key)
                values.append(newValue)
            }
        }
    }

    /// The keys in insertion order.
    public var keys: [String] { orderedKeys }

    /// The number of members.
    public var count: Int { orderedKeys.count }

    /// True when the object has no members.
    public var isEmpty: Bool { orderedKeys.isEmpty }

    /// True when the object has a member named `key`.
    public func contains(_ key: String) -> Bool { index[ScalarKey(key)] != nil }
}

extension JSONObject: Equatable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (i, key) in lhs.orderedKeys.enumerated() {
            guard let other = rhs[key], other == lhs.values[i] else { return false }
        }
        return true
    }
}

extension JSONObject: Sequence {
    /// Iterates over `(key, value)` pairs in insertion order.
    public struct Iterator: IteratorProtocol {
        fileprivate let object: JSONObject
        fileprivate var position = 0
        public mutating func next() -> (key: String, value: JSONValue)? {
            guard position < object.orderedKeys.count else { return nil }
            defer { position += 1 }
            return (object.orderedKeys[position], object.values[position])
        }
    }

    public func makeIterator() -> Iterator { Iterator(object: self) }
    public var underestimatedCount: Int { orderedKeys.count }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(elements) }
}

/// A dictionary key that compares and hashes a string by its Unicode scalars, not by
/// Swift's canonical equivalence.
private struct ScalarKey: Hashable {
    let string: String
    init(_ string: String) { self.string = string }
    static func == (lhs: ScalarKey, rhs: ScalarKey) -> Bool {
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }
    func hash(into hasher: inout Hasher) {
        for byte in string.utf8 { hasher.combine(byte) }
    }
}
