import JSONSchema

/// Why `DocumentWriter` did not write a file.
public enum WriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The encoded document does not conform to the bundled schema; nothing was written.
    /// `file` is the destination path; `violations` every schema violation found.
    case invalidDocument(file: String, violations: [ValidationError])
    /// A file-system operation failed; `path` is the file or directory concerned and `reason`
    /// the operation with the system's error text (e.g. `"open: Permission denied"`).
    case io(path: String, reason: String)
    /// The schema bundled with the Writer module is missing or is not a valid schema.
    case bundledSchema(reason: String)

    public var description: String {
        switch self {
        case let .invalidDocument(file, violations):
            let lines = violations.map { "  - \($0.instancePointer.isEmpty ? "(root)" : $0.instancePointer): \($0.message) [\($0.keyword) at \($0.schemaPointer)]" }
            return "\(file): document does not conform to document.schema.json (\(violations.count) violation\(violations.count == 1 ? "" : "s")):\n" + lines.joined(separator: "\n")
        case let .io(path, reason):
            return "\(path): \(reason)"
        case let .bundledSchema(reason):
            return "bundled document.schema.json: \(reason)"
        }
    }
}
