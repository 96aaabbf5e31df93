import Foundation

/// Everything a schema document identifies, found once when the validator is built:
/// its resources (`$id`), their anchors (`$anchor`, `$dynamicAnchor`), every subschema by
/// JSON pointer from each enclosing resource, and compiled regular expressions.
///
/// Immutable after `init`, hence safe to share between threads.
final class SchemaRegistry: @unchecked Sendable {
    /// A subschema and the base URI in effect where it appears (before its own `$id`, which
    /// the evaluator applies when it enters the schema).
    struct Entry {
        let schema: JSONValue
        let base: String
    }

    /// Base URI of a root schema that has no `$id` (a hierarchical URI, so relative `$id`s resolve).
    static let defaultBase = "https://docstruct.invalid/__root__.json"

    /// Keywords whose value is one subschema.
    static let singleSchemaKeywords: [String] = [
        "additionalProperties", "propertyNames", "items", "contains", "not", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    ]
    /// Keywords whose value is an array of subschemas.
    static let arraySchemaKeywords: [String] = ["allOf", "anyOf", "oneOf", "prefixItems"]
    /// Keywords whose value is an object of subschemas.
    static let mapSchemaKeywords: [String] = ["$defs", "properties", "patternProperties", "dependentSchemas"]

    /// Keys: `uri` (resource root), `uri#/json/pointer`, `uri#anchor`.
    private(set) var locations: [String: Entry] = [:]
    private(set) var regexes: [String: NSRegularExpression] = [:]
    /// Base URI of the root schema.
    let rootBase: String

    private struct PendingRef {
        let ref: String
        let base: String
        let pointer: String
    }
    private var pendingRefs: [PendingRef] = []

    /// - Throws: `SchemaError` when a schema is neither an object nor a boolean, a pattern does
    ///   not compile, or a `$ref` designates nothing in this document.
    init(root: JSONValue) throws {
        var base = SchemaRegistry.defaultBase
        if case .object(let object) = root, case .string(let id)? = object["$id"] {
            base = URIReference.resolve(id, against: base)
        }
        rootBase = base
        try walk(root, base: base, scopes: [], rootPath: [])
        for pending in pendingRefs where lookup(pending.ref, base: pending.base) == nil {
            throw SchemaError(schemaPointer: pending.pointer, reason: "$ref \"\(pending.ref)\" cannot be resolved")
        }
        pendingRefs = []
    }

    /// Registers `schema` (found at `rootPath` from the document root) and its subschemas.
    /// `scopes` lists the enclosing resources with the tokens that lead from each to `schema`.
    private func walk(_ schema: JSONValue, base: String, scopes: [(uri: String, tokens: [String])],
                      rootPath: [String]) throws {
        let outerBase = base
        var base = base
        var scopes = scopes
        switch schema {
        case .bool:
            break
        case .object(let object):
            if case .string(let id)? = object["$id"] {
                base = URIReference.resolve(id, against: base)
                if let hash = base.firstIndex(of: "#") { base = String(base[..<hash]) }
                scopes.append((base, []))
            } else if scopes.isEmpty {
                scopes.append((base, []))
            }
        default:
            throw SchemaError(schemaPointer: JSONPointer.make(rootPath), reason: "a schema must be an object or a boolean")
        }
        for scope in scopes {
            let key = scope.tokens.isEmpty ? scope.uri : scope.uri + "#" + JSONPointer.make(scope.tokens)
            if locations[key] == nil { locations[key] = Entry(schema: schema, base: outerBase) }
        }
        guard case .object(let object) = schema else { return }

        for anchorKeyword in ["$anchor", "$dynamicAnchor"] {
            if case .string(let anchor)? = object[anchorKeyword] {
                locations[base + "#" + anchor] = Entry(schema: schema, base: outerBase)
            }
        }
        if case .string(let ref)? = object["$ref"] {
            pendingRefs.append(PendingRef(ref: ref, base: base, pointer: JSONPointer.make(rootPath + ["$ref"])))
        }
        if case .string(let pattern)? = object["pattern"] {
            try compile(pattern, at: rootPath + ["pattern"])
        }
        if case .object(let patterns)? = object["patternProperties"] {
            for key in patterns.keys { try compile(key, at: rootPath + ["patternProperties", key]) }
        }

        func descend(_ sub: JSONValue, _ tokens: [String]) throws {
            try walk(sub, base: base, scopes: scopes.map { ($0.uri, $0.tokens + tokens) }, rootPath: rootPath + tokens)
        }
        for keyword in SchemaRegistry.singleSchemaKeywords {
            if let sub = object[keyword] { try descend(sub, [keyword]) }
        }
        for keyword in SchemaRegistry.arraySchemaKeywords {
            if case .array(let subs)? = object[keyword] {
                for (i, sub) in subs.enumerated() { try descend(sub, [keyword, String(i)]) }
            }
        }
        for keyword in SchemaRegistry.mapSchemaKeywords {
            if case .object(let subs)? = object[keyword] {
                for (name, sub) in subs { try descend(sub, [keyword, name]) }
            }
        }
    }

    private func compile(_ pattern: String, at path: [String]) throws {
        if regexes[pattern] != nil { return }
        do {
            regexes[pattern] = try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            throw SchemaError(schemaPointer: JSONPointer.make(path), reason: "invalid regular expression \(pattern)")
        }
    }

    /// The subschema that `ref` designates when it appears where `base` is the base URI, with
    /// the absolute URI it resolved to; nil when it designates nothing known.
    func lookup(_ ref: String, base: String) -> (entry: Entry, uri: String)? {
        // A document's validation asks the same few references thousands of times.
        let cacheKey = base + "\u{1}" + ref
        lookupLock.lock()
        if let cached = lookupCache[cacheKey] { lookupLock.unlock(); return cached }
        lookupLock.unlock()
        let result = resolveLookup(ref, base: base)
        lookupLock.lock()
        lookupCache[cacheKey] = result
        lookupLock.unlock()
        return result
    }

    private let lookupLock = NSLock()
    private var lookupCache: [String: (entry: Entry, uri: String)?] = [:]

    private func resolveLookup(_ ref: String, base: String) -> (entry: Entry, uri: String)? {
        let absolute = URIReference.resolve(ref, against: base)
        let resource: String
        var fragment = ""
        if let hash = absolute.firstIndex(of: "#") {
            resource = String(absolute[..<hash])
            fragment = String(absolute[absolute.index(after: hash)...])
        } else {
            resource = absolute
        }
        if fragment.isEmpty {
            return locations[resource].map { ($0, absolute) }
        }
        if fragment.hasPrefix("/") {
            let pointer = fragment.removingPercentEncoding ?? fragment
            if let entry = locations[resource + "#" + pointer] { return (entry, absolute) }
            // A pointer into a place that is not a known subschema (e.g. inside an unknown keyword).
            guard let root = locations[resource], let value = JSONPointer.resolve(pointer, in: root.schema) else {
                return nil
            }
            switch value {
            case .object, .bool: return (Entry(schema: value, base: resource), absolute)
            default: return nil
            }
        }
        return locations[resource + "#" + fragment].map { ($0, absolute) }
    }

    /// The compiled form of `pattern` (compiled now if the schema walk did not see it); nil if invalid.
    func regex(_ pattern: String) -> NSRegularExpression? {
        regexes[pattern] ?? (try? NSRegularExpression(pattern: pattern, options: []))
    }
}
