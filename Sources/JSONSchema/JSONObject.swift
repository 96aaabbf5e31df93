/// A JSON object: string keys mapped to values, remembering the order in which keys were
/// first inserted, so that serialising it gives a stable field order.
///
/// Lookup is O(1) (hash index) above 16 members and a scan of at most 16 keys below;
/// appending is amortised O(1); removing a key is O(n).
/// Equality ignores key order (`{"a":1,"b":2} == {"b":2,"a":1}`), as JSON does.
/// Keys are compared by Unicode code points: `"é"` (U+00E9) and `"e\u{301}"` are two keys.
public struct JSONObject: Sendable {
    private var orderedKeys: [String] = []
    private var values: [JSONValue] = []
    /// Built once the object has more than `linearLimit` members; smaller objects (a block has
    /// eleven) are searched in order, which is faster than hashing the key.
    private var index: [ScalarKey: Int] = [:]
    private static let linearLimit = 16

    /// An empty object.
    public init() {}

    /// An object with the given members in the given order. When a key repeats, the later
    /// value replaces the earlier one and the key keeps its first position.
    public init(_ pairs: [(String, JSONValue)]) {
        orderedKeys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    private func position(of key: String) -> Int? {
        if orderedKeys.count <= Self.linearLimit {
            // Length and String's own equality reject most keys fast; the bytes decide, so that
            // canonically equivalent keys ("é" and "e\u{301}") stay two keys.
            let length = key.utf8.count
            return orderedKeys.firstIndex { $0.utf8.count == length && $0 == key && $0.utf8.elementsEqual(key.utf8) }
        }
        return index[ScalarKey(key)]
    }

    private mutating func rebuildIndex() {
        index = [:]
        guard orderedKeys.count > Self.linearLimit else { return }
        for (j, k) in orderedKeys.enumerated() { index[ScalarKey(k)] = j }
    }

    /// The value for `key`, or nil. Setting a value for a new key appends the key at the end;
    /// setting one for an existing key replaces the value in place; setting nil removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let i = position(of: key) else { return nil }
            return values[i]
        }
        set {
            if let i = position(of: key) {
                if let newValue {
                    values[i] = newValue
                } else {
                    orderedKeys.remove(at: i)
                    values.remove(at: i)
                    rebuildIndex()
                }
            } else if let newValue {
                orderedKeys.append(key)
                values.append(newValue)
                if orderedKeys.count == Self.linearLimit + 1 {
                    rebuildIndex()
                } else if orderedKeys.count > Self.linearLimit + 1 {
                    index[ScalarKey(key)] = orderedKeys.count - 1
                }
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
    public func contains(_ key: String) -> Bool { position(of: key) != nil }
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
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
