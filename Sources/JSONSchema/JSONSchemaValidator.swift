import Foundation

/// A JSON Schema (draft 2020-12) validator for one schema document.
///
/// Supported keywords: `type`, `enum`, `const`, `multipleOf`, `maximum`, `exclusiveMaximum`,
/// `minimum`, `exclusiveMinimum`, `maxLength`, `minLength` (in Unicode code points), `pattern`
/// (NSRegularExpression, unanchored search), `maxItems`, `minItems`, `uniqueItems`,
/// `maxContains`, `minContains`, `maxProperties`, `minProperties`, `required`,
/// `dependentRequired`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`,
/// `dependentSchemas`, `prefixItems`, `items`, `contains`, `properties`, `patternProperties`,
/// `additionalProperties`, `propertyNames`, `unevaluatedItems`, `unevaluatedProperties`
/// (with annotation tracking through `$ref` and the in-place applicators), boolean schemas,
/// `$ref` to places in the same document (JSON pointers, `$anchor`, embedded `$id` resources
/// with relative-URI resolution), `$defs`, and `format` (an annotation unless `assertFormat`).
///
/// Not supported: `$dynamicRef` (treated as unknown), `$vocabulary`, references to other
/// documents (remote `$ref`, including the meta-schema). Unknown keywords are ignored.
/// A `$ref` cycle that does not consume the instance (same target, same instance location)
/// is reported as a `$ref` error instead of recursing forever.
public struct JSONSchemaValidator: Sendable {
    /// The schema document.
    public let schema: JSONValue
    /// Whether `format` is asserted (`date`, `date-time`, `time`, `uri`) rather than an annotation.
    public let assertFormat: Bool
    let registry: SchemaRegistry
    /// The schema with its keywords read once (see `SchemaNode`).
    let root: SchemaNode
    /// Whether any schema of the document has `unevaluatedProperties` (`unevaluatedItems`):
    /// only then are the names (indices) a schema evaluated worth collecting.
    let tracksProperties: Bool
    let tracksItems: Bool

    /// Compiles `schema`.
    ///
    /// - Parameters:
    ///   - schema: the root schema (an object or a boolean).
    ///   - assertFormat: when true, `format` values `date`, `date-time`, `time` and `uri` are
    ///     checked (strings only); other formats stay annotations.
    /// - Throws: `SchemaError` when a (sub)schema is neither an object nor a boolean, a
    ///   `pattern`/`patternProperties` regular expression does not compile, or a `$ref` cannot
    ///   be resolved within the document.
    public init(schema: JSONValue, assertFormat: Bool = false) throws {
        self.schema = schema
        self.assertFormat = assertFormat
        let registry = try SchemaRegistry(root: schema)
        self.registry = registry
        var compiler = SchemaCompiler(registry: registry)
        self.root = compiler.compile(schema, base: registry.rootBase)
        self.tracksProperties = compiler.usesUnevaluatedProperties
        self.tracksItems = compiler.usesUnevaluatedItems
    }

    /// Validates `instance`; returns every violation found (empty when valid). Under
    /// `anyOf`/`oneOf`/`not`/`contains`, a failing branch yields one error for the keyword,
    /// not the branch's own errors.
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        var errors: [ValidationError] = []
        var state = EvaluationState()
        _ = evaluate(root, instance, errors: &errors, state: &state)
        return errors
    }

    /// True when `instance` conforms.
    public func isValid(_ instance: JSONValue) -> Bool { validate(instance).isEmpty }
}

/// Mutable bookkeeping of one `validate` call.
struct EvaluationState {
    /// `$ref` targets being evaluated, keyed by absolute URI and instance depth. Only the `$ref`s
    /// of the current evaluation path are in the set, and along one path the instance location
    /// only grows deeper, so an equal depth means the same instance location.
    var activeRefs: Set<RefKey> = []
    var depth = 0
    static let maxDepth = 2000
    struct RefKey: Hashable { var uri: String; var instanceDepth: Int }
    /// The evaluation path from the root schema and the instance location, as tokens: rendered
    /// as JSON pointers only when a violation is recorded, since most evaluations pass.
    var schemaPath: [JSONPointer.Token] = []
    var instancePath: [JSONPointer.Token] = []

    /// The error for `keyword` failing at the current locations.
    func error(_ keyword: String, _ message: String) -> ValidationError {
        ValidationError(instancePointer: JSONPointer.make(instancePath),
                        schemaPointer: JSONPointer.make(schemaPath) + "/" + JSONPointer.escape(keyword),
                        keyword: keyword, message: message)
    }
}

/// What the successful keywords of a schema evaluated, for `unevaluated*`.
struct Annotations {
    var properties: Set<String> = []
    var allItems = false
    var items: Set<Int> = []

    mutating func merge(_ other: Annotations) {
        properties.formUnion(other.properties)
        allItems = allItems || other.allItems
        items.formUnion(other.items)
    }
}

extension JSONSchemaValidator {
    /// Evaluates `schema` against `instance`, appending violations to `errors`.
    /// Returns the annotations of the schema when it passed, nil when it failed.
    func evaluate(_ node: SchemaNode, _ instance: JSONValue,
                  errors: inout [ValidationError], state: inout EvaluationState) -> Annotations? {
        if let boolean = node.boolean {
            if boolean { return Annotations() }
            errors.append(ValidationError(instancePointer: JSONPointer.make(state.instancePath),
                                          schemaPointer: JSONPointer.make(state.schemaPath), keyword: "false",
                                          message: "no value is allowed here (schema false)"))
            return nil
        }
        if node.acceptsAll { return Annotations() }  // rejected at init; unreachable for walked schemas

        let errorCountBefore = errors.count
        var annotations = Annotations()

        func fail(_ keyword: String, _ message: String) { errors.append(state.error(keyword, message)) }

        if let ref = node.ref { evaluateRef(ref, of: node, instance, annotations: &annotations, errors: &errors, state: &state) }

        // MARK: Assertions for any type
        if let type = node.type { checkType(type, instance, fail) }
        if let options = node.enumValues, !options.contains(instance) {
            fail("enum", "\(brief(instance)) is not one of \(brief(.array(options)))")
        }
        if let constant = node.const, constant != instance {
            fail("const", "\(brief(instance)) is not \(brief(constant))")
        }

        // MARK: Type-specific assertions and applicators
        switch instance {
        case .int, .double:
            checkNumber(node, instance, fail)
        case .string(let string):
            checkString(node, string, fail)
        case .array(let array):
            evaluateArray(node, array, annotations: &annotations, errors: &errors, state: &state)
        case .object(let members):
            evaluateObject(node, members, annotations: &annotations, errors: &errors, state: &state)
        default:
            break
        }

        evaluateInPlaceApplicators(node, instance, annotations: &annotations, errors: &errors, state: &state)
        // unevaluated* last: they need every other keyword's annotations.
        evaluateUnevaluated(node, instance, annotations: &annotations, errors: &errors, state: &state)

        return errors.count == errorCountBefore ? annotations : nil
    }

    /// `$ref`: the target schema evaluated at the same instance location, its annotations
    /// merged into `annotations`. A `$ref` met again at the same instance location (or past
    /// `EvaluationState.maxDepth`) is a loop, and fails.
    func evaluateRef(_ ref: String, of node: SchemaNode, _ instance: JSONValue, annotations: inout Annotations,
                     errors: inout [ValidationError], state: inout EvaluationState) {
        func fail(_ keyword: String, _ message: String) { errors.append(state.error(keyword, message)) }
        if let (target, uri) = node.refTarget {
            let key = EvaluationState.RefKey(uri: uri, instanceDepth: state.instancePath.count)
            if state.activeRefs.contains(key) || state.depth >= EvaluationState.maxDepth {
                fail("$ref", "$ref \"\(ref)\" loops back to itself without consuming the instance")
            } else {
                state.activeRefs.insert(key)
                state.depth += 1
                if let sub = descend(target, instance, schema: .key("$ref"),
                                     errors: &errors, state: &state) {
                    annotations.merge(sub)
                }
                state.depth -= 1
                state.activeRefs.remove(key)
            }
        } else {
            fail("$ref", "$ref \"\(ref)\" cannot be resolved")
        }
    }

    /// The applicators that evaluate subschemas at the same instance location: `allOf`, `anyOf`,
    /// `oneOf`, `not`, `if`/`then`/`else`, `dependentSchemas`. Violations go to `errors` (for
    /// `anyOf`, `oneOf` and `not` the keyword's own, not its subschemas'; `if` gives none), the
    /// annotations of the subschemas that passed to `annotations`.
    func evaluateInPlaceApplicators(_ node: SchemaNode, _ instance: JSONValue, annotations: inout Annotations,
                                    errors: inout [ValidationError], state: inout EvaluationState) {
        func fail(_ keyword: String, _ message: String) { errors.append(state.error(keyword, message)) }
        /// Evaluates a subschema in place (same instance location).
        func inPlace(_ sub: SchemaNode, _ keyword: String, _ token: JSONPointer.Token? = nil,
                     into errs: inout [ValidationError]) -> Annotations? {
            descend(sub, instance, schema: .key(keyword), token, errors: &errs, state: &state)
        }
        if let subs = node.allOf {
            for (i, sub) in subs.enumerated() {
                if let a = inPlace(sub, "allOf", .index(i), into: &errors) { annotations.merge(a) }
            }
        }
        if let subs = node.anyOf {
            var passed = 0
            var scratch: [ValidationError] = []
            for (i, sub) in subs.enumerated() {
                if let a = inPlace(sub, "anyOf", .index(i), into: &scratch) { passed += 1; annotations.merge(a) }
            }
            if passed == 0 { fail("anyOf", "\(brief(instance)) matches none of the \(subs.count) subschemas of anyOf") }
        }
        if let subs = node.oneOf {
            var passing: [Int] = []
            var passingAnnotations = Annotations()
            var scratch: [ValidationError] = []
            for (i, sub) in subs.enumerated() {
                if let a = inPlace(sub, "oneOf", .index(i), into: &scratch) { passing.append(i); passingAnnotations.merge(a) }
            }
            if passing.count == 1 {
                annotations.merge(passingAnnotations)
            } else if passing.isEmpty {
                fail("oneOf", "\(brief(instance)) matches none of the \(subs.count) subschemas of oneOf")
            } else {
                fail("oneOf", "\(brief(instance)) matches more than one subschema of oneOf (\(passing.map(String.init).joined(separator: ", ")))")
            }
        }
        if let sub = node.not {
            var scratch: [ValidationError] = []
            if inPlace(sub, "not", into: &scratch) != nil {
                fail("not", "\(brief(instance)) must not match the schema under not")
            }
        }
        if let condition = node.ifSchema {
            var scratch: [ValidationError] = []
            if let a = inPlace(condition, "if", into: &scratch) {
                annotations.merge(a)
                if let then = node.thenSchema, let b = inPlace(then, "then", into: &errors) { annotations.merge(b) }
            } else if let otherwise = node.elseSchema, let b = inPlace(otherwise, "else", into: &errors) {
                annotations.merge(b)
            }
        }
        if case .object(let members) = instance, let dependents = node.dependentSchemas {
            for (name, sub) in dependents where members.contains(name) {
                if let a = inPlace(sub, "dependentSchemas", .key(name), into: &errors) {
                    annotations.merge(a)
                }
            }
        }
    }

    /// `unevaluatedItems` and `unevaluatedProperties`: the elements and members no other keyword
    /// evaluated (`annotations`, complete by now), evaluated against the subschema.
    func evaluateUnevaluated(_ node: SchemaNode, _ instance: JSONValue, annotations: inout Annotations,
                             errors: inout [ValidationError], state: inout EvaluationState) {
        if case .array(let array) = instance, let sub = node.unevaluatedItems, !annotations.allItems {
            var allPassed = true
            for (i, element) in array.enumerated() where !annotations.items.contains(i) {
                if descend(sub, element, schema: .key("unevaluatedItems"), instance: .index(i),
                           errors: &errors, state: &state) == nil {
                    allPassed = false
                }
            }
            if allPassed { annotations.allItems = true }
        }
        if case .object(let members) = instance, let sub = node.unevaluatedProperties {
            for (name, value) in members where !annotations.properties.contains(name) {
                if descend(sub, value, schema: .key("unevaluatedProperties"), instance: .key(name),
                           errors: &errors, state: &state) != nil {
                    annotations.properties.insert(name)
                }
            }
        }
    }

    /// Evaluates `schema` one or two schema tokens deeper (and one instance token deeper when
    /// `instanceToken` is given), restoring both paths afterwards.
    func descend(_ schema: SchemaNode, _ instance: JSONValue, schema first: JSONPointer.Token,
                 _ second: JSONPointer.Token? = nil, instance instanceToken: JSONPointer.Token? = nil,
                 errors: inout [ValidationError], state: inout EvaluationState) -> Annotations? {
        let schemaDepth = state.schemaPath.count, instanceDepth = state.instancePath.count
        state.schemaPath.append(first)
        if let second { state.schemaPath.append(second) }
        if let instanceToken { state.instancePath.append(instanceToken) }
        defer {
            state.schemaPath.removeSubrange(schemaDepth...)
            state.instancePath.removeSubrange(instanceDepth...)
        }
        return evaluate(schema, instance, errors: &errors, state: &state)
    }

    // MARK: - Keyword groups

    func checkType(_ type: JSONValue, _ instance: JSONValue, _ fail: (String, String) -> Void) {
        let actual = instance.schemaTypeName
        func matches(_ name: String) -> Bool {
            name == actual || (name == "number" && actual == "integer")
        }
        switch type {
        case .string(let name):
            if !matches(name) { fail("type", "expected \(name), found \(actual)") }
        case .array(let names):
            let strings = names.compactMap(\.stringValue)
            if !strings.contains(where: matches) {
                fail("type", "expected \(strings.joined(separator: " or ")), found \(actual)")
            }
        default:
            break
        }
    }

    func checkNumber(_ node: SchemaNode, _ instance: JSONValue, _ fail: (String, String) -> Void) {
        if let limit = node.maximum, let c = compareNumbers(instance, limit), c > 0 {
            fail("maximum", "\(brief(instance)) is greater than the maximum \(brief(limit))")
        }
        if let limit = node.exclusiveMaximum, let c = compareNumbers(instance, limit), c >= 0 {
            fail("exclusiveMaximum", "\(brief(instance)) is not less than \(brief(limit))")
        }
        if let limit = node.minimum, let c = compareNumbers(instance, limit), c < 0 {
            fail("minimum", "\(brief(instance)) is less than the minimum \(brief(limit))")
        }
        if let limit = node.exclusiveMinimum, let c = compareNumbers(instance, limit), c <= 0 {
            fail("exclusiveMinimum", "\(brief(instance)) is not greater than \(brief(limit))")
        }
        if let divisor = node.multipleOf, !isMultiple(instance, of: divisor) {
            fail("multipleOf", "\(brief(instance)) is not a multiple of \(brief(divisor))")
        }
    }

    func checkString(_ node: SchemaNode, _ string: String, _ fail: (String, String) -> Void) {
        if node.hasLengthLimit {
            let length = string.unicodeScalars.count
            if let max = node.maxLength, length > max {
                fail("maxLength", "string of \(length) characters is longer than \(max)")
            }
            if let min = node.minLength, length < min {
                fail("minLength", "string of \(length) characters is shorter than \(min)")
            }
        }
        if let pattern = node.pattern, !matches(pattern, string) {
            fail("pattern", "\(brief(.string(string))) does not match pattern \(pattern)")
        }
        if assertFormat, let format = node.format, let ok = FormatChecker.check(format, string), !ok {
            fail("format", "\(brief(.string(string))) is not a valid \(format)")
        }
    }

    func matches(_ pattern: String, _ string: String) -> Bool {
        guard let regex = registry.regex(pattern) else { return false }
        let range = NSRange(string.startIndex..<string.endIndex, in: string)
        return regex.firstMatch(in: string, options: [], range: range) != nil
    }

    func evaluateArray(_ node: SchemaNode, _ array: [JSONValue],
                       annotations: inout Annotations, errors: inout [ValidationError],
                       state: inout EvaluationState) {
        func fail(_ keyword: String, _ message: String) { errors.append(state.error(keyword, message)) }
        if let max = node.maxItems, array.count > max {
            fail("maxItems", "array of \(array.count) items has more than \(max)")
        }
        if let min = node.minItems, array.count < min {
            fail("minItems", "array of \(array.count) items has fewer than \(min)")
        }
        if node.uniqueItems {
            outer: for i in array.indices {
                for j in array.indices where j > i && array[i] == array[j] {
                    fail("uniqueItems", "items \(i) and \(j) are equal")
                    break outer
                }
            }
        }
        var prefixCount = 0
        if let prefix = node.prefixItems {
            prefixCount = min(prefix.count, array.count)
            for i in 0..<prefixCount {
                _ = descend(prefix[i], array[i], schema: .key("prefixItems"), .index(i), instance: .index(i),
                            errors: &errors, state: &state)
                if tracksItems { annotations.items.insert(i) }
            }
        }
        if let itemSchema = node.items {
            for i in prefixCount..<array.count {
                _ = descend(itemSchema, array[i], schema: .key("items"), instance: .index(i),
                            errors: &errors, state: &state)
            }
            annotations.allItems = true
        }
        if let containsSchema = node.contains {
            var matched: [Int] = []
            var scratch: [ValidationError] = []
            for (i, element) in array.enumerated() {
                if descend(containsSchema, element, schema: .key("contains"), instance: .index(i),
                           errors: &scratch, state: &state) != nil {
                    matched.append(i)
                }
            }
            if tracksItems { annotations.items.formUnion(matched) }
            let minContains = node.minContains ?? 1
            if matched.count < minContains {
                if !node.hasMinContains {
                    fail("contains", "no item matches the schema under contains")
                } else {
                    fail("minContains", "\(matched.count) items match contains, fewer than \(minContains)")
                }
            }
            if let maxContains = node.maxContains, matched.count > maxContains {
                fail("maxContains", "\(matched.count) items match contains, more than \(maxContains)")
            }
        }
    }

    func evaluateObject(_ node: SchemaNode, _ members: JSONObject,
                        annotations: inout Annotations, errors: inout [ValidationError],
                        state: inout EvaluationState) {
        func fail(_ keyword: String, _ message: String) { errors.append(state.error(keyword, message)) }
        if let max = node.maxProperties, members.count > max {
            fail("maxProperties", "object of \(members.count) properties has more than \(max)")
        }
        if let min = node.minProperties, members.count < min {
            fail("minProperties", "object of \(members.count) properties has fewer than \(min)")
        }
        if let required = node.required {
            let missing = required.filter { !members.contains($0) }
            if !missing.isEmpty {
                fail("required", "missing required propert\(missing.count == 1 ? "y" : "ies") "
                     + missing.map { "\"\($0)\"" }.joined(separator: ", "))
            }
        }
        if let dependencies = node.dependentRequired {
            for (name, needed) in dependencies where members.contains(name) {
                let missing = (needed.arrayValue ?? []).compactMap(\.stringValue).filter { !members.contains($0) }
                if !missing.isEmpty {
                    fail("dependentRequired", "\"\(name)\" requires " + missing.map { "\"\($0)\"" }.joined(separator: ", "))
                }
            }
        }
        if let names = node.propertyNames {
            for name in members.keys {
                _ = descend(names, .string(name), schema: .key("propertyNames"), instance: .key(name),
                            errors: &errors, state: &state)
            }
        }
        let properties = node.properties
        let patterns = node.patternProperties
        let additional = node.additionalProperties
        guard properties != nil || patterns != nil || additional != nil else { return }
        for (name, value) in members {
            var covered = false
            if case .int(let k)? = properties?[name] {
                covered = true
                _ = descend(node.propertyNodes[k], value, schema: .key("properties"), .key(name), instance: .key(name),
                            errors: &errors, state: &state)
            }
            if let patterns {
                for (pattern, sub) in patterns where matches(pattern, name) {
                    covered = true
                    _ = descend(sub, value, schema: .key("patternProperties"), .key(pattern),
                                instance: .key(name), errors: &errors, state: &state)
                }
            }
            if !covered, let additional {
                covered = true
                if additional.boolean == false {
                    fail("additionalProperties", "property \"\(name)\" is not allowed")
                } else {
                    _ = descend(additional, value, schema: .key("additionalProperties"), instance: .key(name),
                                errors: &errors, state: &state)
                }
            }
            if covered && tracksProperties { annotations.properties.insert(name) }
        }
    }

    // MARK: - Numbers

    /// -1, 0 or 1 comparing two numbers exactly; nil when either is not a number.
    func compareNumbers(_ a: JSONValue, _ b: JSONValue) -> Int? {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.int(x), .double(y)): return -compareIntDouble(y, x)
        case let (.double(x), .int(y)): return compareIntDouble(x, y)
        case let (.double(x), .double(y)): return x < y ? -1 : (x == y ? 0 : 1)
        default: return nil
        }
    }

    /// Compares a double with an integer exactly: sign of (d - i).
    func compareIntDouble(_ d: Double, _ i: Int) -> Int {
        if JSONValue.numericallyEqual(i, d) { return 0 }
        if d >= 9.223372036854775808e18 { return 1 }
        if d < -9.223372036854775808e18 { return -1 }
        let truncated = Int(d.rounded(.towardZero))
        if truncated != i { return truncated < i ? -1 : 1 }
        return d < Double(truncated) ? -1 : 1
    }

    func isMultiple(_ value: JSONValue, of divisor: JSONValue) -> Bool {
        if case .int(let x) = value, case .int(let y) = divisor, y != 0 {
            return x % y == 0
        }
        guard let x = value.doubleValue, let y = divisor.doubleValue, y != 0 else { return true }
        let quotient = x / y
        guard quotient.isFinite else { return false }
        let nearest = quotient.rounded()
        return abs(quotient - nearest) <= 1e-9 * max(1, abs(quotient))
    }

    /// A short rendering of a value for messages (long texts are cut).
    func brief(_ value: JSONValue) -> String {
        let text = value.serialized(pretty: false)
        guard text.count > 80 else { return text }
        return String(text.prefix(77)) + "..."
    }
}
