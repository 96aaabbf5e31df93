import ArgumentParser
import Foundation
import Pipeline

/// `--password`, `--password-file` and the `DOCSTRUCT_PASSWORD` variable, in that order of
/// precedence: a password on the command line is visible to other users in `ps`, a file or
/// the environment is not.
struct PasswordOptions: ParsableArguments {
    @Option(help: "Password for encrypted PDFs (visible in ps; prefer --password-file or DOCSTRUCT_PASSWORD).")
    var password: String?

    @Option(name: .customLong("password-file"), help: "File holding the password for encrypted PDFs (one trailing newline is ignored).")
    var passwordFile: String?

    /// The variable read when neither option is given.
    static let environmentVariable = "DOCSTRUCT_PASSWORD"

    /// The password to use, or nil.
    /// - Throws: `ValidationError` when `--password-file` cannot be read.
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let password { return password }
        if let passwordFile {
            guard let data = FileManager.default.contents(atPath: passwordFile),
                  var text = String(data: data, encoding: .utf8) else {
                throw ValidationError("--password-file \(passwordFile): cannot read it as UTF-8 text")
            }
            if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
            return text
        }
        return environment[Self.environmentVariable]
    }

    func validate() throws {
        if password != nil && passwordFile != nil { throw ValidationError("give --password or --password-file, not both") }
        _ = try resolved()
    }
}

/// `--pages 1-5` (or `3`, or `3-`): 1-based, inclusive.
struct PagesOption: ParsableArguments {
    @Option(help: "Only these pages, 1-based: 5, 1-5 or 3- (to the last page).")
    var pages: String?

    /// The range asked for, or nil for all pages.
    var range: ClosedRange<Int>? { pages.flatMap(PageRange.parse) }

    func validate() throws {
        if let pages, PageRange.parse(pages) == nil {
            throw ValidationError("--pages must be N, N-M or N- with 1 ≤ N ≤ M, e.g. 1-5")
        }
    }
}
