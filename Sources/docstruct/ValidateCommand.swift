import ArgumentParser
import Foundation
import JSONSchema
import Writer

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check JSON files against the document schema.",
        discussion: """
        A folder is searched recursively for *.json (hidden files and folders, such as ingest's \
        .removed/ and convert's .docstruct-run.json, are left out). Prints each violation with its JSON \
        pointer. Exit status: 0 all valid, 1 some invalid, 2 bad usage (including a folder with no JSON).
        """
    )

    @Argument(help: "JSON files, or folders searched recursively for *.json.")
    var files: [String]

    func validate() throws {
        for path in files where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such file or folder")
        }
    }

    /// The files to check: each file given, and every non-hidden `*.json` below each folder, sorted.
    static func expand(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else { return [input] }
            return (FileManager.default.subpaths(atPath: input) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .sorted().map { (input as NSString).appendingPathComponent($0) }
        }
    }

    func run() throws {
        let writer = try DocumentWriter()
        var invalid = 0
        let paths = Self.expand(files)
        if paths.isEmpty { throw ValidationError("no JSON files found in \(files.joined(separator: ", "))") }
        for path in paths {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                invalid += 1
                FileHandle.standardError.write(Data("\(path): cannot read: \(error.localizedDescription)\n".utf8))
                continue
            }
            let value: JSONValue
            do { value = try JSONValue.parse(data) } catch {
                invalid += 1
                FileHandle.standardError.write(Data("\(path): not JSON: \(error)\n".utf8))
                continue
            }
            let violations = writer.validate(value)
            if violations.isEmpty {
                print("\(path): valid")
            } else {
                invalid += 1
                print("\(path): \(violations.count) violation(s)")
                for v in violations { print("  \(v)") }
            }
        }
        if paths.count > 1 { print("\(paths.count - invalid) valid, \(invalid) invalid") }
        if invalid > 0 { throw ExitCode(ExitStatus.someFailed) }
    }
}
