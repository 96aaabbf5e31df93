import ArgumentParser
import Export
import Foundation
import JSONSchema
import Pipeline
import Writer

extension ExportFormat: ExpressibleByArgument {}

/// `docstruct export`: other formats from documents already converted.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write converted documents (JSON files or folders of them) as Akoma Ntoso, Markdown, text or JSON Lines.",
        discussion: """
        Each NAME.json gets NAME.xml (akn), NAME.md (md), NAME.txt (text) beside it, or in --output. \
        jsonl writes one stream for all inputs: OUTPUT/run.jsonl, or standard output without --output. \
        A file that cannot be read is named on stderr and does not stop the others. \
        Exit status: 0 all exported, 1 some failed, 2 bad usage.
        """
    )

    @Argument(help: "Document JSON files, or folders searched recursively for *.json.")
    var inputs: [String]

    @Option(name: .customLong("format"), help: "akn, md, text or jsonl (repeatable).")
    var formats: [ExportFormat]

    @Option(name: .shortAndLong, help: "Folder for the exports (default: beside each JSON file).")
    var output: String?

    func validate() throws {
        if formats.isEmpty { throw ValidationError("give at least one --format") }
        for input in inputs where !FileManager.default.fileExists(atPath: input) {
            throw ValidationError("\(input): no such file or folder")
        }
    }

    func run() throws {
        let files = inputs.flatMap(Self.jsonFiles)
        if files.isEmpty { throw ValidationError("no JSON files found in \(inputs.joined(separator: ", "))") }
        var lines: [String] = []
        var failed = 0, exported = 0
        for file in files {
            do {
                let json = try ExportFiles.load(file)
                let folder = output.map { URL(fileURLWithPath: $0) }
                lines += try ExportRun.write(json, formats: formats, besideJSON: file, folder: folder)
                exported += 1
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("docstruct: failed: \(error)\n".utf8))
            }
        }
        if formats.contains(.jsonl) {
            let text = lines.map { $0 + "\n" }.joined()
            if let output {
                try DocumentWriter.writeAtomically(text, to: URL(fileURLWithPath: output).appendingPathComponent("run.jsonl"))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
        FileHandle.standardError.write(Data("exported \(exported), failed \(failed)\n".utf8))
        if failed > 0 { throw ExitCode(ExitStatus.someFailed) }
    }

    /// `path` itself when a file, else the *.json files below it, sorted.
    static func jsonFiles(_ path: String) -> [URL] {
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard isDirectory.boolValue else { return [URL(fileURLWithPath: path)] }
        let root = URL(fileURLWithPath: path)
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (walker?.compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "json" }
            .sorted { $0.path < $1.path }
    }
}

/// Writes the exports of one document; shared by `convert --format` and `export`.
enum ExportRun {
    /// Writes every file format of `formats` (json excepted: it is the input) for `json`, read
    /// from `besideJSON`, into `folder` or beside the JSON; returns its JSON Lines when `formats`
    /// has jsonl, else nothing.
    /// - Throws: `WriterError.io` when a file cannot be written.
    static func write(_ json: JSONValue, formats: [ExportFormat], besideJSON: URL, folder: URL?) throws -> [String] {
        for format in formats where format != .json && format != .jsonl {
            guard var url = ExportFiles.destination(of: besideJSON, format: format), let text = format.render(json) else { continue }
            if let folder { url = folder.appendingPathComponent(url.lastPathComponent) }
            try DocumentWriter.writeAtomically(text, to: url)
        }
        return formats.contains(.jsonl) ? JSONLinesExporter.lines(of: json) : []
    }
}

/// `docstruct schema`: the bundled JSON Schema.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema every output is validated against (its $id names the version)."
    )

    func run() throws {
        let schema = try DocumentWriter.loadBundledSchema()
        print(schema.serialized(pretty: true))
    }
}

extension ExportRun {
    /// After `convert`: the exports of every converted document beside its JSON, and one
    /// `run.jsonl` in the output folder. Returns how many documents failed to export (each
    /// named on stderr).
    static func exportConverted(_ outcomes: [BatchConverter.Outcome], formats: [ExportFormat], outputFolder: URL) -> Int {
        guard formats.contains(where: { $0 != .json }) else { return 0 }
        var lines: [String] = []
        var failed = 0
        for outcome in outcomes where outcome.failure == nil {
            do {
                let json = try ExportFiles.load(outcome.job.output)
                lines += try write(json, formats: formats, besideJSON: outcome.job.output, folder: nil)
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("docstruct: failed: export of \(outcome.job.output.path): \(error)\n".utf8))
            }
        }
        if formats.contains(.jsonl) {
            do {
                try DocumentWriter.writeAtomically(lines.map { $0 + "\n" }.joined(), to: outputFolder.appendingPathComponent("run.jsonl"))
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("docstruct: failed: \(error)\n".utf8))
            }
        }
        return failed
    }
}
