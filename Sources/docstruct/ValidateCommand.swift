import ArgumentParser
import Foundation
import JSONSchema
import Writer

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check JSON files against the document schema.",
        discussion: "Prints each violation with its JSON pointer. Exit status: 0 all valid, 1 some invalid, 2 bad usage."
    )

    @Argument(help: "JSON files to check.")
    var files: [String]

    func run() throws {
        let writer = try DocumentWriter()
        var invalid = 0
        for path in files {
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
        if invalid > 0 { throw ExitCode(ExitStatus.someFailed) }
    }
}
