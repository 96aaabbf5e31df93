import Foundation
import JSONSchema
import Pipeline
import TestSupport
import Writer

/// Converts corpus PDFs to their document JSON (as `convert` writes it) for the export tests.
enum Converted {
    /// The document JSON of `../shared/<relative>`.
    /// - Throws: `TestPaths.SharedMissing` when the PDF is absent; conversion errors.
    static func json(_ relative: String) throws -> JSONValue {
        DocumentEncoder.encode(try Converter().convert(try TestPaths.shared(relative)))
    }

    /// Runs a command-line tool found on PATH; returns its status and its output (stdout and stderr).
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
