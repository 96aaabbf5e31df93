import ArgumentParser
import Foundation
import Ingest
#if canImport(Glibc)
import Glibc
#endif

/// `docstruct ingest`: the nightly, incremental, crash-isolated conversion of a growing folder.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Convert a folder incrementally, recording every file in a ledger (the nightly job).",
        discussion: """
        Converts each new or changed PDF below SOURCE_DIR into OUT_DIR/…/NAME.json, each in a worker \
        process, and records every file in an SQLite ledger (default OUT_DIR/ledger.sqlite). Unchanged \
        files (same size and mtime, or same SHA-256, same pipeline version) are skipped; files gone from \
        the source are marked removed and their outputs moved to OUT_DIR/.removed/RUN/. A crash, a hang \
        (--timeout) or memory exhaustion (--memory-limit) fails that file only. SIGINT/SIGTERM stop after \
        the documents in flight (a second signal stops at once). Exit status: 0 all converted (or nothing \
        to do), 1 some files failed in this run, 2 could not run (bad usage, missing source, ledger \
        locked by another ingest or unusable), 3 stopped by a signal.
        """
    )

    enum LogFormat: String, ExpressibleByArgument { case text, json }

    @Argument(help: "The folder searched recursively for *.pdf.")
    var source: String

    @Option(name: .shortAndLong, help: "Folder for the JSON files (created if missing).")
    var output: String

    @Option(help: "The ledger (SQLite). Default: OUT_DIR/ledger.sqlite.")
    var ledger: String?

    @Option(name: .shortAndLong, help: "Worker processes converting at once.")
    var jobs: Int = 1

    @Option(help: "Seconds allowed per document before its worker is killed.")
    var timeout: Double = 120

    @Option(help: "Memory (address space) per worker, in MiB; 0 for no limit.")
    var memoryLimit: Int = 2048

    @Flag(help: "Convert every file again, whatever the ledger says.")
    var force = false

    @Flag(help: "Convert again the files whose last attempt failed, even if unchanged.")
    var retryFailed = false

    @Flag(help: "Mark files removed even when more than a quarter of the ledger's files are gone from the source.")
    var allowRemoval = false

    @Flag(help: "Accept a source folder other than the one the ledger recorded (the folder was moved).")
    var sourceMoved = false

    @Option(help: "Take only shard K of N (0 ≤ K < N), by a stable hash of each file's relative path.")
    var shard: String?

    @OptionGroup var password: PasswordOptions

    @Flag(help: "For tagged PDFs, compare the blocks with the structure tree and record each disagreement (about ten times slower).")
    var checkTags = false

    @Option(help: "text: failures on stderr, summary on stdout. json: one JSON object per event on stdout.")
    var logFormat: LogFormat = .text

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout.isFinite, timeout > 0, timeout <= IngestOptions.maximumTimeoutSeconds else {
            throw ValidationError("--timeout must be a number of seconds more than 0 and at most \(Int(IngestOptions.maximumTimeoutSeconds)) (one week)")
        }
        guard memoryLimit == 0 || memoryLimit >= 256 else {
            throw ValidationError("--memory-limit must be 0 (none) or at least 256 MiB")
        }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard must be K/N with 0 ≤ K < N, e.g. 0/4")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(source): no such folder")
        }
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--output \(output): is a file, not a folder")
        }
    }

    /// The running executable (the worker is the same binary).
    static var executablePath: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    func run() throws {
        var options = IngestOptions(source: URL(fileURLWithPath: source), output: URL(fileURLWithPath: output),
                                    ledgerPath: ledger, workerExecutable: Self.executablePath)
        options.jobs = jobs
        options.timeoutSeconds = timeout
        options.memoryLimitMiB = memoryLimit
        options.force = force
        options.retryFailed = retryFailed
        options.allowRemoval = allowRemoval
        options.acceptOtherSource = sourceMoved
        options.shard = shard.flatMap(Shard.init(parsing:))
        options.password = try password.resolved()
        options.checkTags = checkTags
        options.handleSignals = true
        let log = IngestLog(format: logFormat == .json ? .json : .text,
                            progress: logFormat == .text && isatty(STDERR_FILENO) == 1)
        let summary: IngestSummary
        do {
            summary = try Ingester(options: options).run { log.event($0) }
        } catch {
            log.couldNotRun(error)
            throw ExitCode(IngestExit.couldNotRun)
        }
        log.finished(summary)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

/// Prints ingest events: text (progress bar on a terminal, failures on stderr, summary on stdout)
/// or JSON lines on stdout.
final class IngestLog: @unchecked Sendable {
    enum Format { case text, json }
    let format: Format
    let progress: Bool
    private let lock = NSLock()
    private let started = Date()

    init(format: Format, progress: Bool) {
        self.format = format
        self.progress = progress
    }

    private func emit(_ fields: [(String, Any?)]) {
        var object: [String: Any] = ["time": Self.timestamp()]
        for (k, v) in fields { if let v { object[k] = v } }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        StandardStreams.write(STDOUT_FILENO, data + Data("\n".utf8))
    }

    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }

    private func stderr(_ text: String) { StandardStreams.write(STDERR_FILENO, Data(text.utf8)) }

    func event(_ event: IngestEvent) {
        lock.lock(); defer { lock.unlock() }
        switch (format, event) {
        case let (.json, .started(runId, toConvert, unchanged, toRemove)):
            emit([("event", "start"), ("run", runId), ("toConvert", toConvert), ("unchanged", unchanged), ("toRemove", toRemove)])
        case let (.json, .file(row, done, total)):
            emit([("event", row.status.rawValue), ("path", row.path), ("done", done), ("total", total),
                  ("pages", row.pageCount), ("seconds", (row.durationSeconds * 1000).rounded() / 1000),
                  ("errorCode", row.errorCode), ("failureClass", row.failureClass?.rawValue), ("error", row.errorMessage),
                  ("output", row.outputPath)])
        case let (.json, .removed(row)):
            emit([("event", "removed"), ("path", row.path), ("movedTo", row.outputPath)])
        case let (.json, .badLedgerRow(problem)):
            emit([("event", "badLedgerRow"), ("table", problem.table), ("row", problem.key), ("column", problem.column),
                  ("value", problem.value)])
        case let (.json, .notRead(refusal)):
            emit([("event", "notRead"), ("path", refusal.relative), ("errorCode", refusal.code), ("error", refusal.description)])
        case let (.text, .notRead(refusal)):
            if progress { stderr("\r\u{1B}[K") }
            stderr("docstruct: not read [\(refusal.code)]: \(refusal.description)\n")
        case let (.text, .badLedgerRow(problem)):
            if progress { stderr("\r\u{1B}[K") }
            stderr("docstruct: \(problem)\n")
        case let (.json, .stopping(sig)):
            emit([("event", "stopping"), ("signal", Int(sig))])
        case let (.text, .started(_, toConvert, unchanged, toRemove)):
            if progress { stderr("to convert \(toConvert), unchanged \(unchanged), removed from source \(toRemove)\n") }
        case let (.text, .file(row, done, total)):
            if progress { stderr("\r\u{1B}[K") }
            if row.status == .failed {
                let transient = row.failureClass == .transient ? "; transient, tried again next run" : ""
                stderr("docstruct: failed [\(row.errorCode ?? "?")\(transient)]: \(row.errorMessage ?? row.path)\n")
            }
            if progress {
                let width = 30
                let filled = total > 0 ? width * done / total : width
                let elapsed = Date().timeIntervalSince(started)
                let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                let name = (row.path as NSString).lastPathComponent
                stderr(String(format: "[%@] %d/%d eta %@ %@", bar, done, total, Self.duration(eta), String(name.prefix(40))))
            }
        case let (.text, .removed(row)):
            if progress { stderr("\r\u{1B}[K") }
            stderr("docstruct: removed from source: \(row.path)" + (row.outputPath.map { " (output moved to \($0))" } ?? "") + "\n")
        case let (.text, .stopping(sig)):
            if progress { stderr("\r\u{1B}[K") }
            stderr("docstruct: signal \(sig): stopping after the documents in flight (again to stop at once)\n")
        }
    }

    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? "\(t / 3600)h\(String(format: "%02d", t % 3600 / 60))m" : t >= 60 ? "\(t / 60)m\(String(format: "%02d", t % 60))s" : "\(t)s"
    }

    func couldNotRun(_ error: Error) {
        lock.lock(); defer { lock.unlock() }
        if format == .json { emit([("event", "error"), ("error", "\(error)"), ("exitStatus", Int(IngestExit.couldNotRun))]) }
        stderr("docstruct: \(error)\n")
    }

    func finished(_ s: IngestSummary) {
        lock.lock(); defer { lock.unlock() }
        if progress { stderr("\r\u{1B}[K") }
        switch format {
        case .json:
            emit([("event", "end"), ("run", s.runId), ("converted", s.converted), ("failed", s.failed),
                  ("transient", s.transient), ("skipped", s.skipped), ("removed", s.removed), ("seconds", (s.seconds * 1000).rounded() / 1000),
                  ("stopped", s.stopped), ("exitStatus", Int(s.exitStatus))])
        case .text:
            let transient = s.transient > 0 ? " (\(s.transient) transient, tried again next run)" : ""
            let line = String(format: "run %lld: converted %d, failed %d%@, skipped %d, removed %d, %.2f s%@\n",
                              s.runId, s.converted, s.failed, transient, s.skipped, s.removed, s.seconds,
                              s.stopped ? " (stopped by a signal)" : "")
            StandardStreams.write(STDOUT_FILENO, Data(line.utf8))
        }
    }
}
