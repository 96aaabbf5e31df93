import ArgumentParser
import Foundation

// Bad usage exits with 2 (ArgumentParser's default would be 64).
do {
    var command = try Docstruct.parseAsRoot()
    try command.run()
} catch {
    let code = Docstruct.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((Docstruct.fullMessage(for: error) + "\n").utf8))
        exit(ExitStatus.usage)
    }
    Docstruct.exit(withError: error)
}
