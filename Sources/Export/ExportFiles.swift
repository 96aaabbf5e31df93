import Foundation
import JSONSchema

/// Reads written document JSON files for the exporters.
public enum ExportFiles {
    /// Why a file cannot be exported.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The document JSON at `url`, parsed and checked to carry what the exporters need (element
    /// ids, schema 1.4 or later).
    ///
    /// - Throws: `Failure` naming the file: unreadable, not JSON, not a document, or written by
    ///   an older schema without ids (convert it again).
    public static func load(_ url: URL) throws -> JSONValue {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Failure(path: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        let json: JSONValue
        do { json = try JSONValue.parse(data) } catch {
            throw Failure(path: url.path, reason: "not JSON: \(error)")
        }
        guard let version = json["schemaVersion"]?.stringValue, json["blocks"]?.arrayValue != nil else {
            throw Failure(path: url.path, reason: "not a docstruct document (no schemaVersion or blocks)")
        }
        let parts = version.split(separator: ".").compactMap { Int($0) }
        guard parts.count >= 2, parts[0] > 1 || (parts[0] == 1 && parts[1] >= 4) else {
            throw Failure(path: url.path, reason: "schema \(version) has no element ids; convert the PDF again (exports need 1.4.0 or later)")
        }
        return json
    }

    /// The path of the `format` export beside `json` (`NAME.json` → `NAME.xml`), or nil for jsonl.
    public static func destination(of json: URL, format: ExportFormat) -> URL? {
        format.fileExtension.map { json.deletingPathExtension().appendingPathExtension($0) }
    }
}
