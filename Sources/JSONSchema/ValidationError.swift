/// One reason why an instance does not conform to a schema.
public struct ValidationError: Sendable, Equatable, CustomStringConvertible {
    /// RFC 6901 pointer to the offending part of the instance; `""` for the instance itself.
    public var instancePointer: String
    /// RFC 6901 pointer to the failing keyword along the evaluation path from the root schema;
    /// a `$ref` that was followed appears as a `/$ref` token (e.g. `/properties/blocks/items/$ref/properties/level/minimum`).
    public var schemaPointer: String
    /// The failing keyword, e.g. `"pattern"`, `"required"`, `"$ref"`.
    public var keyword: String
    /// A human-readable explanation, e.g. `"\"31 October 2018\" does not match pattern ^\\d{4}-\\d{2}-\\d{2}$"`.
    public var message: String

    public init(instancePointer: String, schemaPointer: String, keyword: String, message: String) {
        self.instancePointer = instancePointer
        self.schemaPointer = schemaPointer
        self.keyword = keyword
        self.message = message
    }

    /// `"<instance pointer or (root)>: <message> (schema <schema pointer>)"`.
    public var description: String {
        "\(instancePointer.isEmpty ? "(root)" : instancePointer): \(message) (schema \(schemaPointer.isEmpty ? "#" : schemaPointer))"
    }
}

/// A schema that cannot be compiled into a validator.
public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON pointer to the offending place in the schema document.
    public var schemaPointer: String
    /// What is wrong, e.g. `"invalid regular expression"`.
    public var reason: String

    public init(schemaPointer: String, reason: String) {
        self.schemaPointer = schemaPointer
        self.reason = reason
    }

    public var description: String { "invalid schema at \(schemaPointer.isEmpty ? "#" : schemaPointer): \(reason)" }
}
