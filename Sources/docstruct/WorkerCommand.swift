import ArgumentParser
import Foundation
import Ingest

/// `docstruct worker`: the child process of `docstruct ingest` (hidden; not for direct use).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Convert documents named on standard input, one JSON line each (used by ingest).",
        shouldDisplay: false
    )

    @Option(help: "Address-space limit in MiB (setrlimit RLIMIT_AS); 0 for none.")
    var memoryLimit: Int = 0

    func run() throws {
        let status = WorkerMain.run(memoryLimitMiB: memoryLimit)
        if status != 0 { throw ExitCode(status) }
    }
}
