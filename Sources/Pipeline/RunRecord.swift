import Foundation

/// What the last `docstruct convert` into an output folder did, kept beside its outputs as
/// `OUT/.docstruct-run.json` so that `docstruct report` sees the failures (which have no
/// output of their own). The file is hidden, so report and validate do not take it for an output.
public struct ConvertRunRecord: Codable, Sendable, Equatable {
    /// The record's file name inside the output folder.
    public static let fileName = ".docstruct-run.json"

    /// One PDF that was not converted.
    public struct Failure: Codable, Sendable, Equatable {
        /// The PDF, as found.
        public var input: String
        /// Where its output would have gone, relative to the output folder (e.g. `sub/a.json`).
        public var output: String
        /// `ConversionResult.errorCode` (or a scan code: `notRegularFile`, `badFileName`, …).
        public var code: String
        public var message: String
        public init(input: String, output: String, code: String, message: String) {
            self.input = input; self.output = output; self.code = code; self.message = message
        }
    }

    /// ISO 8601 UTC start and end of the run.
    public var startedAt: String
    public var endedAt: String
    /// The inputs given on the command line.
    public var inputs: [String]
    public var converted: Int
    public var failures: [Failure]
    /// `PipelineVersion.current` of the binary that ran.
    public var pipelineVersion: String

    public init(startedAt: String, endedAt: String, inputs: [String], converted: Int, failures: [Failure],
                pipelineVersion: String = PipelineVersion.current) {
        self.startedAt = startedAt; self.endedAt = endedAt; self.inputs = inputs; self.converted = converted
        self.failures = failures; self.pipelineVersion = pipelineVersion
    }

    /// Writes the record into `folder` (atomically, replacing the previous run's).
    /// - Throws: the file system's error when the folder cannot be written.
    public func write(into folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try encoder.encode(self).write(to: folder.appendingPathComponent(Self.fileName), options: .atomic)
    }

    /// The record in `folder`; nil when there is none.
    /// - Throws: a decoding error when the file exists but cannot be read as a record.
    public static func read(from folder: String) throws -> ConvertRunRecord? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try JSONDecoder().decode(ConvertRunRecord.self, from: data)
    }

    /// Now as ISO 8601 UTC.
    public static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}
