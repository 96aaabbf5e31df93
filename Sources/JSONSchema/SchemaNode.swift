/// A schema (object or boolean) with its keywords read once, when the validator is built: an
/// instance's evaluation then reads fields instead of looking up some forty keywords in each
/// schema object for each value (most of them absent).
///
/// Only the keywords the validator evaluates are kept, each in the form its check asks for; a
/// keyword of the wrong JSON type is dropped, as the evaluator ignored it. Immutable once the
/// validator's `init` returns (a `$ref` target is filled in after its node is made, for cycles).
final class SchemaNode: @unchecked Sendable {
    /// `true`/`false` for a boolean schema; nil for an object schema.
    var boolean: Bool?
    /// Neither an object nor a boolean (only reachable through a `$ref` into an unknown
    /// keyword): it accepts everything.
    var acceptsAll = false
    /// The base URI in effect inside the schema (its `$id` applied).
    var base = ""

    var ref: String?
    /// The `$ref` target and the absolute URI it resolved to; nil when it cannot be resolved.
    var refTarget: (node: SchemaNode, uri: String)?

    var type: JSONValue?
    var enumValues: [JSONValue]?
    var const: JSONValue?

    var maximum: JSONValue?, exclusiveMaximum: JSONValue?, minimum: JSONValue?, exclusiveMinimum: JSONValue?
    var multipleOf: JSONValue?

    var hasLengthLimit = false
    var maxLength: Int?, minLength: Int?
    var pattern: String?
    var format: String?

    var maxItems: Int?, minItems: Int?
    var uniqueItems = false
    var prefixItems: [SchemaNode]?
    var items: SchemaNode?
    var contains: SchemaNode?
    var hasMinContains = false
    var minContains: Int?, maxContains: Int?

    var maxProperties: Int?, minProperties: Int?
    var required: [String]?
    var dependentRequired: JSONObject?
    var propertyNames: SchemaNode?
    /// Property name to index in `propertyNodes` (a `JSONObject`: names compare by code points).
    var properties: JSONObject?
    var propertyNodes: [SchemaNode] = []
    var patternProperties: [(pattern: String, node: SchemaNode)]?
    var additionalProperties: SchemaNode?

    var allOf: [SchemaNode]?, anyOf: [SchemaNode]?, oneOf: [SchemaNode]?
    var not: SchemaNode?
    var ifSchema: SchemaNode?, thenSchema: SchemaNode?, elseSchema: SchemaNode?
    var dependentSchemas: [(name: String, node: SchemaNode)]?
    var unevaluatedItems: SchemaNode?, unevaluatedProperties: SchemaNode?

    init() {}
}

/// Builds the `SchemaNode` tree of a schema document, each `$ref` target once.
struct SchemaCompiler {
    let registry: SchemaRegistry
    private var targets: [String: SchemaNode] = [:]
    /// Set when some schema met has `unevaluatedProperties` (`unevaluatedItems`).
    private(set) var usesUnevaluatedProperties = false
    private(set) var usesUnevaluatedItems = false

    init(registry: SchemaRegistry) { self.registry = registry }

    /// The node of `schema`, which appears where `base` is the base URI.
    mutating func compile(_ schema: JSONValue, base: String) -> SchemaNode {
        let node = SchemaNode()
        fill(node, schema, base: base)
        return node
    }

    private mutating func fill(_ node: SchemaNode, _ schema: JSONValue, base: String) {
        let object: JSONObject
        switch schema {
        case .bool(let b): node.boolean = b; node.base = base; return
        case .object(let o): object = o
        default: node.acceptsAll = true; node.base = base; return
        }
        var base = base
        if case .string(let id)? = object["$id"] {
            base = URIReference.resolve(id, against: base)
            if let hash = base.firstIndex(of: "#") { base = String(base[..<hash]) }
        }
        node.base = base
        if case .string(let ref)? = object["$ref"] {
            node.ref = ref
            if let (target, uri) = registry.lookup(ref, base: base) {
                if let known = targets[uri] {
                    node.refTarget = (known, uri)
                } else {
                    let made = SchemaNode()
                    targets[uri] = made
                    fill(made, target.schema, base: target.base)
                    node.refTarget = (made, uri)
                }
            }
        }
        fillAssertions(node, object)
        fillApplicators(node, object, base: base)
    }

    private func fillAssertions(_ node: SchemaNode, _ object: JSONObject) {
        node.type = object["type"]
        if case .array(let options)? = object["enum"] { node.enumValues = options }
        node.const = object["const"]
        node.maximum = object["maximum"]
        node.exclusiveMaximum = object["exclusiveMaximum"]
        node.minimum = object["minimum"]
        node.exclusiveMinimum = object["exclusiveMinimum"]
        node.multipleOf = object["multipleOf"]
        node.hasLengthLimit = object["maxLength"] != nil || object["minLength"] != nil
        node.maxLength = object["maxLength"]?.intValue
        node.minLength = object["minLength"]?.intValue
        if case .string(let pattern)? = object["pattern"] { node.pattern = pattern }
        if case .string(let format)? = object["format"] { node.format = format }
        node.maxItems = object["maxItems"]?.intValue
        node.minItems = object["minItems"]?.intValue
        node.uniqueItems = object["uniqueItems"]?.boolValue == true
        node.hasMinContains = object["minContains"] != nil
        node.minContains = object["minContains"]?.intValue
        node.maxContains = object["maxContains"]?.intValue
        node.maxProperties = object["maxProperties"]?.intValue
        node.minProperties = object["minProperties"]?.intValue
        if case .array(let required)? = object["required"] { node.required = required.compactMap(\.stringValue) }
        if case .object(let dependencies)? = object["dependentRequired"] { node.dependentRequired = dependencies }
    }

    private mutating func fillApplicators(_ node: SchemaNode, _ object: JSONObject, base: String) {
        func one(_ keyword: String) -> SchemaNode? { object[keyword].map { compile($0, base: base) } }
        func list(_ keyword: String) -> [SchemaNode]? {
            guard case .array(let subs)? = object[keyword] else { return nil }
            return subs.map { compile($0, base: base) }
        }
        node.prefixItems = list("prefixItems")
        node.items = one("items")
        node.contains = one("contains")
        node.propertyNames = one("propertyNames")
        if case .object(let properties)? = object["properties"] {
            var index = JSONObject()
            for (name, sub) in properties {
                index[name] = .int(node.propertyNodes.count)
                node.propertyNodes.append(compile(sub, base: base))
            }
            node.properties = index
        }
        if case .object(let patterns)? = object["patternProperties"] {
            node.patternProperties = patterns.map { (pattern: $0.key, node: compile($0.value, base: base)) }
        }
        node.additionalProperties = one("additionalProperties")
        node.allOf = list("allOf")
        node.anyOf = list("anyOf")
        node.oneOf = list("oneOf")
        node.not = one("not")
        node.ifSchema = one("if")
        node.thenSchema = one("then")
        node.elseSchema = one("else")
        if case .object(let dependents)? = object["dependentSchemas"] {
            node.dependentSchemas = dependents.map { (name: $0.key, node: compile($0.value, base: base)) }
        }
        node.unevaluatedItems = one("unevaluatedItems")
        node.unevaluatedProperties = one("unevaluatedProperties")
        if node.unevaluatedItems != nil { usesUnevaluatedItems = true }
        if node.unevaluatedProperties != nil { usesUnevaluatedProperties = true }
    }
}
