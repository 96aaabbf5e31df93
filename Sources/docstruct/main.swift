import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

// A closed reader (`docstruct ingest … | head -1`) must not kill the process: writes then fail
// with EPIPE, which StandardStreams ignores.
signal(SIGPIPE, SIG_IGN)

// Bad usage exits with 2 (ArgumentParser's default would be 64).
do {
    var command = try Docstruct.parseAsRoot()
    try command.run()
} catch {
    let code = Docstruct.exitCode(for: error)
    if code == .validationFailure {
        StandardStreams.write(STDERR_FILENO, Data((Docstruct.fullMessage(for: error) + "\n").utf8))
        exit(ExitStatus.usage)
    }
    Docstruct.exit(withError: error)
}
