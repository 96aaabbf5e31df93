import DocumentModel
import Foundation
import Pipeline
import Writer
import Ledger
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--shard K/N`: the files whose stable hash of relative path, modulo N, equals K (0 ≤ K < N).
///
/// The hash is 64-bit FNV-1a of the path's UTF-8 bytes, so a file lands in the same shard on
/// every machine and every run, and each shard keeps its own ledger.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// - Returns: nil unless `0 <= index < count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index; self.count = count
    }

    /// Parses `"K/N"`, e.g. `"3/8"`; nil when malformed or out of range.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// True when `relativePath` belongs to this shard.
    public func contains(_ relativePath: String) -> Bool {
        Int(Shard.stableHash(relativePath) % UInt64(count)) == index
    }

    /// 64-bit FNV-1a of the UTF-8 bytes.
    public static func stableHash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    public var description: String { "\(index)/\(count)" }
}

/// Exit statuses of `docstruct ingest`.
public enum IngestExit {
    /// Every file needing work was converted (or there was nothing to do).
    public static let allConverted: Int32 = 0
    /// The run finished, and some files failed in this run (each has its reason in the ledger).
    public static let someFailed: Int32 = 1
    /// Nothing was done: bad usage, missing source, another ingest holds the ledger, ledger unusable.
    public static let couldNotRun: Int32 = 2
    /// Stopped by SIGINT/SIGTERM after the documents in flight; the next run does the rest.
    public static let stopped: Int32 = 3
}

/// What one ingest run is asked to do.
public struct IngestOptions: Sendable {
    /// The folder searched recursively for `*.pdf`.
    public var source: URL
    /// Where the JSON files go (mirroring paths below `source`).
    public var output: URL
    /// The ledger file; default `output/ledger.sqlite`.
    public var ledgerPath: String
    /// Worker processes run at once.
    public var jobs = 1
    /// Wall-clock limit per document, in seconds; the worker is killed (SIGKILL) beyond it.
    /// Must be finite, more than 0 and at most `maximumTimeoutSeconds`; the run clamps any other value.
    public var timeoutSeconds: Double = 120
    /// The largest `timeoutSeconds` accepted, in seconds (one week).
    public static let maximumTimeoutSeconds: Double = 7 * 24 * 3600
    /// Address-space limit of each worker, in MiB (`setrlimit(RLIMIT_AS)`); 0 for none.
    public var memoryLimitMiB = 2048
    /// Convert every file again, whatever the ledger says.
    public var force = false
    /// Convert again the files whose last attempt failed, even when unchanged.
    public var retryFailed = false
    /// Mark files removed even when more than `maximumRemovalShare` of the ledger would go.
    public var allowRemoval = false
    /// The share of the ledger's live files (0…1) one run may mark removed without `allowRemoval`:
    /// 0.25. Issue 12 (item 6): a typo in the source folder marked 634 of 634 files removed; a
    /// nightly run removes a few files at most.
    public var maximumRemovalShare = 0.25
    /// Removals of at most this many files (count) are never refused, so that a small folder
    /// may lose one file: 1.
    public var removalsAlwaysAllowed = 1
    /// Accept a source folder other than the one the ledger recorded (the source was moved).
    public var acceptOtherSource = false
    /// Take only this shard of the files.
    public var shard: Shard?
    /// Password for encrypted PDFs.
    public var password: String?
    /// Compare each tagged PDF's blocks with its structure tree (`tagged.*` diagnostics; slower).
    public var checkTags = false
    /// The executable started as a worker, and its arguments (the memory limit is appended).
    public var workerExecutable: String
    public var workerArguments: [String] = ["worker"]
    /// Variables added to the workers' environment (e.g. `DOCSTRUCT_FAULT` in tests).
    public var workerEnvironment: [String: String] = [:]
    /// Stop cleanly on SIGINT/SIGTERM (the command line sets it; tests leave it off).
    public var handleSignals = false

    public init(source: URL, output: URL, ledgerPath: String? = nil, workerExecutable: String) {
        self.source = source.standardizedFileURL
        self.output = output.standardizedFileURL
        self.ledgerPath = ledgerPath ?? self.output.appendingPathComponent("ledger.sqlite").path
        self.workerExecutable = workerExecutable
    }
}

/// What a run reports while it goes (from several threads, one call at a time).
public enum IngestEvent: Sendable {
    /// The plan: files to convert, unchanged files skipped, files gone from the source.
    case started(runId: Int64, toConvert: Int, unchanged: Int, toRemove: Int)
    /// One file converted or failed; `done` of `total` files to convert.
    case file(LedgerFile, done: Int, total: Int)
    /// A file gone from the source, its output moved aside.
    case removed(LedgerFile)
    /// SIGINT or SIGTERM received: no new document is started.
    case stopping(signal: Int32)
    /// A file of the source that is not read: not a regular file, or a link leading outside the source.
    case notRead(SourceWalk.Refusal)
    /// A ledger row that cannot be read (a mistyped or truncated value). A file row is ignored and
    /// its file converted again, which rewrites the row.
    case badLedgerRow(LedgerRowProblem)
}

/// The outcome of a run.
public struct IngestSummary: Sendable, Equatable {
    public var runId: Int64
    public var converted = 0, failed = 0, skipped = 0, removed = 0
    /// Of `failed`, the failures that are the run's fault (`FailureClass.transient`): the next run
    /// tries those files again by itself.
    public var transient = 0
    /// Wall-clock seconds of the whole run.
    public var seconds = 0.0
    /// True when a signal stopped the run before every file was done.
    public var stopped = false
    /// `IngestExit` status.
    public var exitStatus: Int32 = IngestExit.allConverted
}

/// Why a run could not start.
public enum IngestError: Error, Sendable, CustomStringConvertible {
    /// Another ingest holds the ledger's lock.
    case locked(ledger: String, holder: String)
    /// The source folder does not exist or is not a folder.
    case sourceMissing(String)
    /// The source holds no PDF while the ledger knows files: refused rather than marking them all removed.
    case sourceEmpty(source: String, known: Int)
    case ledger(LedgerError)
    /// The run would mark `removing` of the ledger's `known` files removed, more than
    /// `maximumRemovalShare`: refused (nothing done) without `allowRemoval`.
    case massRemoval(source: String, removing: Int, known: Int)
    /// The ledger's runs read another source folder: refused without `acceptOtherSource`.
    case otherSource(ledger: String, recorded: String, given: String)
    /// The lock file or the output folder cannot be used.
    case io(path: String, reason: String)
    /// A worker process cannot be started (missing executable, no processes left, broken install);
    /// the documents not yet recorded are left for the next run.
    case workerStart(reason: String)
    /// Files of the source whose outputs would be the same file (`x.pdf` and `x.PDF` in one
    /// folder both give `x.json`; compared ignoring case). The run is refused: nothing is
    /// converted or recorded until one of them is renamed.
    case outputCollision([BatchConverter.Collision])

    public var description: String {
        switch self {
        case let .locked(ledger, holder):
            return "another docstruct ingest is using the ledger \(ledger) (\(holder)); not started"
        case .sourceMissing(let s): return "\(s): no such folder"
        case let .sourceEmpty(s, n):
            return "\(s) holds no PDF, but the ledger knows \(n) file(s); refusing to mark them all removed (is the source mounted?)"
        case let .massRemoval(source, removing, known):
            return "\(source): this run would mark \(removing) of the ledger's \(known) file(s) removed (gone from the source); refused (a wrong source folder? an unmounted share?); use --allow-removal if they were really deleted"
        case let .otherSource(ledger, recorded, given):
            return "the ledger \(ledger) belongs to the source folder \(recorded), not \(given); refused (use another --output or --ledger, or --source-moved if the folder was moved)"
        case .ledger(let e): return "\(e)"
        case let .io(p, r): return "\(p): \(r)"
        case .workerStart(let r): return "cannot start a worker process: \(r)"
        case .outputCollision(let clashes):
            return BatchConverter.InputError.outputCollision(clashes).description
        }
    }
}

/// The supervisor of `docstruct ingest`: scans the source, decides from the ledger what needs
/// work, converts each document in a worker process, and records every outcome in the ledger.
///
/// Guarantees: an output is written atomically by the worker before its ledger row is committed;
/// a crash, hang or memory exhaustion costs the document in hand only (the worker is restarted);
/// a run killed at any moment leaves no temporary file once the next run has started, and the
/// next run converts each remaining document once.
public final class Ingester: @unchecked Sendable {
    public let options: IngestOptions

    public init(options: IngestOptions) {
        self.options = options
    }

    /// One file that needs conversion.
    struct Item {
        var relative: String
        /// The PDF's path and its JSON's (strings: URLs cost more than the scan they serve).
        var input: String
        var output: String
        var size: Int64
        var mtime: Double
        var previous: LedgerFile?
    }

    // Shared state of a run, behind `lock`.
    private let lock = NSLock()
    private var cursor = 0
    private var done = 0
    private var stopRequested = false
    private var liveWorkers: Set<pid_t> = []
    private var summary = IngestSummary(runId: 0)
    private var fatal: IngestError?

    static func iso8601(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "unknown" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Runs once over the source.
    ///
    /// - Parameter events: called as the run goes (plan, each file, removals, stop requests).
    /// - Returns: the counts and the exit status (`IngestExit`).
    /// - Throws: `IngestError` when the run cannot start (locked ledger, missing source, unusable
    ///   ledger or output folder) or when the ledger fails mid-run (committed rows stay valid).
    public func run(events: @escaping @Sendable (IngestEvent) -> Void = { _ in }) throws(IngestError) -> IngestSummary {
        let started = ContinuousClock.now
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.source.path, isDirectory: &isDirectory),
              isDirectory.boolValue else { throw .sourceMissing(options.source.path) }
        do {
            try FileManager.default.createDirectory(at: options.output, withIntermediateDirectories: true)
        } catch { throw .io(path: options.output.path, reason: error.localizedDescription) }
        let lockHolder = try LedgerLock(ledgerPath: options.ledgerPath)
        defer { withExtendedLifetime(lockHolder) {} }
        signal(SIGPIPE, SIG_IGN)

        let (ledger, known, previousRunUnfinished, previousSource, badRows) = try openLedger()

        // A run that never finished may have left temporary files (a worker killed mid-write).
        if previousRunUnfinished { Self.removeTemporaryFiles(under: options.output, tag: temporaryTag) }

        let (present, refused, undecodable, gone) = try scanSource(known: known, previousSource: previousSource)

        let runId: Int64
        do {
            runId = try ledger.beginRun(startedAt: Self.iso8601(), host: Self.hostName,
                                        pipelineVersion: PipelineVersion.current, sourceDirectory: options.source.path,
                                        outputDirectory: options.output.path, shard: options.shard?.description)
        } catch { throw .ledger(error as? LedgerError ?? .database(path: options.ledgerPath, reason: "\(error)")) }
        summary = IngestSummary(runId: runId)
        for problem in badRows { events(.badLedgerRow(problem)) }

        let (items, touched, alreadyDone) = triage(present, known: known)
        var unchanged = alreadyDone
        summary.skipped = unchanged
        do { try ledger.commit(touched, runId: runId, skipped: unchanged) } catch { throw .ledger(error as? LedgerError ?? .database(path: options.ledgerPath, reason: "\(error)")) }

        let badNames = try recordUndecodable(undecodable, known: known, ledger: ledger, runId: runId)
        unchanged += badNames.unchanged
        summary.skipped = unchanged
        events(.started(runId: runId, toConvert: items.count, unchanged: unchanged, toRemove: gone.count))
        for row in badNames.failed { events(.file(row, done: 0, total: items.count)) }
        for refusal in refused { events(.notRead(refusal)) }

        try markRemoved(gone, ledger: ledger, runId: runId, events: events)

        // Convert.
        var signalSources: [DispatchSourceSignal] = []
        if options.handleSignals { signalSources = installSignalHandlers(events: events) }
        let slots = max(1, min(options.jobs, items.count))
        if !items.isEmpty {
            let items = items
            let group = DispatchGroup()
            for _ in 0..<slots {
                group.enter()
                let thread = Thread { [self] in
                    slotLoop(items: items, ledger: ledger, runId: runId, events: events)
                    group.leave()
                }
                thread.stackSize = 1 << 20
                thread.start()
            }
            group.wait()
        }
        for source in signalSources { source.cancel() }
        if options.handleSignals {
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }

        lock.lock()
        var result = summary
        let reached = cursor
        let failure = fatal
        lock.unlock()
        if let failure {
            // Rows committed so far stay valid; the run row keeps no end, so the next run tidies up.
            throw failure
        }

        // New files a stop left untouched get a row, so that the ledger names every file.
        if reached < items.count {
            result.stopped = true
            let pending = items[reached...].filter { $0.previous == nil }.map { item in
                LedgerFile(path: item.relative, size: item.size, mtime: item.mtime, sha256: "", status: .skipped,
                           errorCode: "interrupted", errorMessage: "the run was stopped before this file",
                           schemaVersion: Document.schemaVersion, pipelineVersion: PipelineVersion.current, runId: runId)
            }
            result.skipped += items.count - reached
            try? ledger.commit(pending, runId: runId, skipped: items.count - reached)
        }
        result.exitStatus = result.stopped ? IngestExit.stopped
            : result.failed > 0 ? IngestExit.someFailed : IngestExit.allConverted
        let d = ContinuousClock.now - started
        result.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        do {
            try ledger.finishRun(id: runId, endedAt: Self.iso8601(), converted: result.converted, failed: result.failed,
                                 skipped: result.skipped, removed: result.removed, exitStatus: Int(result.exitStatus))
        } catch { throw .ledger(error as? LedgerError ?? .database(path: options.ledgerPath, reason: "\(error)")) }
        return result
    }

    /// Opens (creating) the ledger and reads it: its rows by path, whether the last run ended,
    /// the source folder the runs recorded, and the rows that cannot be read.
    private func openLedger() throws(IngestError) -> (Ledger, [String: LedgerFile], Bool, String?, [LedgerRowProblem]) {
        do {
            let ledger = try Ledger(path: options.ledgerPath, create: true)
            let runs = try ledger.readRuns()
            let files = try ledger.readFilesByPath()
            let unfinished = runs.runs.last.map { $0.endedAt == nil } ?? !runs.problems.isEmpty
            let source = runs.runs.last(where: { !$0.sourceDirectory.isEmpty })?.sourceDirectory
            return (ledger, files.files, unfinished, source, runs.problems + files.problems)
        } catch let e as LedgerError { throw .ledger(e) } catch { throw .ledger(.database(path: options.ledgerPath, reason: "\(error)")) }
    }

    /// Scans the source (this shard's part): the PDFs, the files not read, the names that are not
    /// UTF-8, and the ledger's files gone from the source.
    /// - Throws: `outputCollision`, `sourceMissing`, `sourceEmpty`, `otherSource`, `massRemoval`.
    private func scanSource(known: [String: LedgerFile], previousSource: String?) throws(IngestError)
        -> (present: [BatchConverter.PlannedFile], refused: [SourceWalk.Refusal],
            undecodable: [FileNames.Undecodable], gone: [LedgerFile]) {
        // Regular files only; links inside the source only, named by their path.
        let plan: (files: [BatchConverter.PlannedFile], refused: [SourceWalk.Refusal])
        do { plan = try BatchConverter.scanPaths(inputs: [options.source.path], outputDirectory: options.output) } catch {
            if case .outputCollision(let clashes) = error as? BatchConverter.InputError { throw .outputCollision(clashes) }
            throw .sourceMissing(options.source.path)
        }
        let present = options.shard.map { shard in plan.files.filter { shard.contains($0.relative) } } ?? plan.files
        let refused = plan.refused.filter { options.shard?.contains($0.relative) ?? true }
        let undecodable = FileNames.undecodablePDFs(under: options.source.path)
            .filter { options.shard?.contains($0.display) ?? true }
        let stillKnown = known.values.reduce(0) { $1.status == .removed ? $0 : $0 + 1 }
        if present.isEmpty && undecodable.isEmpty && stillKnown > 0 { throw .sourceEmpty(source: options.source.path, known: stillKnown) }
        try checkSource(recorded: previousSource)
        let presentSet = Set(present.map(\.relative) + undecodable.map(\.display) + refused.map(\.relative))
        let unreadFolders = refused.filter { $0.code == "unreadableFolder" }.map { $0.relative + "/" }
        let gone = known.values.filter { row in
            row.status != .removed && !presentSet.contains(row.path) && (options.shard?.contains(row.path) ?? true)
                && !unreadFolders.contains { row.path.hasPrefix($0) }
        }.sorted { $0.path < $1.path }
        try checkRemovals(gone.count, known: stillKnown)
        return (present, refused, undecodable, gone)
    }

    /// Decides what needs work: the files to convert (sorted by path), the rows of files found
    /// unchanged by their hash (with their new size and mtime), and the count of unchanged files.
    /// Size and mtime first; hash only when they changed.
    private func triage(_ present: [BatchConverter.PlannedFile], known: [String: LedgerFile])
        -> (items: [Item], touched: [LedgerFile], unchanged: Int) {
        var items: [Item] = []
        var needHash: [Item] = []
        var unchanged = 0
        let outputFolder = options.output.path
        for file in present {
            let relative = file.relative
            var st = stat()
            guard stat(file.input, &st) == 0 else { continue }  // vanished since the scan
            let size = Int64(st.st_size)
            #if os(Linux)
            let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
            #else
            let mtime = Double(st.st_mtimespec.tv_sec) + Double(st.st_mtimespec.tv_nsec) / 1e9
            #endif
            let item = Item(relative: relative, input: file.input, output: file.output, size: size, mtime: mtime,
                            previous: known[relative])
            guard !options.force, let previous = item.previous, previous.status == .converted || previous.status == .failed,
                  previous.pipelineVersion == PipelineVersion.current, previous.schemaVersion == Document.schemaVersion,
                  !(previous.status == .failed && (options.retryFailed || previous.failureClass != .permanent))
            else { items.append(item); continue }
            if previous.status == .converted, !Self.outputExists(previous, in: outputFolder) {
                items.append(item)  // the output went missing
            } else if previous.size == size && previous.mtime == mtime {
                unchanged += 1
            } else {
                needHash.append(item)
            }
        }
        var touched: [LedgerFile] = []
        if !needHash.isEmpty {
            let hashes = Self.hashAll(needHash.map(\.input), seconds: options.timeoutSeconds)
            for (item, hash) in zip(needHash, hashes) {
                if let hash, var previous = item.previous, hash == previous.sha256 {
                    previous.size = item.size
                    previous.mtime = item.mtime
                    touched.append(previous)
                    unchanged += 1
                } else {
                    items.append(item)
                }
            }
            items.sort { $0.relative < $1.relative }
        }
        return (items, touched, unchanged)
    }

    /// Whether the output `row` records is there, below the output folder's path `folder` (as
    /// `LedgerFile.output(in:)` and `FileManager.fileExists` tell it: one `stat`, links followed,
    /// a path leaving the folder never looked at).
    static func outputExists(_ row: LedgerFile, in folder: String) -> Bool {
        guard let relative = row.outputPath.flatMap(LedgerFile.containedPath) else { return false }
        var st = stat()
        return stat(BatchConverter.joined(folder, relative), &st) == 0
    }

    /// Files gone from the source: moves their outputs aside and marks them removed, one commit each.
    private func markRemoved(_ gone: [LedgerFile], ledger: Ledger, runId: Int64,
                             events: (IngestEvent) -> Void) throws(IngestError) {
        for var row in gone {
            row.outputPath = moveAside(row.outputPath, relative: row.path, runId: runId)
            row.status = .removed
            row.runId = runId
            do { try ledger.commit([row], runId: runId, removed: 1) } catch {
                throw .ledger(error as? LedgerError ?? .database(path: options.ledgerPath, reason: "\(error)"))
            }
            summary.removed += 1
            events(.removed(row))
        }
    }

    /// Refuses a source folder other than the one the ledger's runs recorded (compared as given
    /// and resolved through links), unless `acceptOtherSource`.
    private func checkSource(recorded: String?) throws(IngestError) {
        guard let recorded, !options.acceptOtherSource else { return }
        let given = options.source.path
        if recorded == given { return }
        if let a = SourceWalk.realPath(recorded), let b = SourceWalk.realPath(given), a == b { return }
        throw .otherSource(ledger: options.ledgerPath, recorded: recorded, given: given)
    }

    /// Refuses a run that would mark more than `maximumRemovalShare` of the ledger's files removed
    /// (and more than `removalsAlwaysAllowed`), unless `allowRemoval`.
    private func checkRemovals(_ count: Int, known: Int) throws(IngestError) {
        guard !options.allowRemoval, count > options.removalsAlwaysAllowed,
              Double(count) > options.maximumRemovalShare * Double(known) else { return }
        throw .massRemoval(source: options.source.path, removing: count, known: known)
    }

    /// Gives each PDF whose name is not valid UTF-8 a failed row (`badFileName`, permanent): such
    /// names cannot be opened through Swift strings. A file already recorded so, unchanged in size
    /// and mtime, is counted unchanged. Returns the rows written and the unchanged count.
    private func recordUndecodable(_ files: [FileNames.Undecodable], known: [String: LedgerFile], ledger: Ledger,
                                   runId: Int64) throws(IngestError) -> (failed: [LedgerFile], unchanged: Int) {
        var rows: [LedgerFile] = [], unchanged = 0
        for file in files {
            if let previous = known[file.display], previous.errorCode == "badFileName", previous.size == file.size,
               previous.mtime == file.mtime {
                unchanged += 1
                continue
            }
            let shown = options.source.path + "/" + file.display
            rows.append(LedgerFile(path: file.display, size: file.size, mtime: file.mtime, sha256: "", status: .failed,
                                   errorCode: "badFileName", errorMessage: FileNames.message(shown),
                                   schemaVersion: Document.schemaVersion, pipelineVersion: PipelineVersion.current,
                                   runId: runId, failureClass: .permanent))
        }
        do { try ledger.commit(rows, runId: runId, failed: rows.count, skipped: unchanged) } catch {
            throw .ledger(error as? LedgerError ?? .database(path: options.ledgerPath, reason: "\(error)"))
        }
        lock.lock()
        summary.failed += rows.count
        lock.unlock()
        return (rows, unchanged)
    }

    /// One worker slot: takes the next item, runs it in this slot's worker, records the outcome.
    private func slotLoop(items: [Item], ledger: Ledger, runId: Int64, events: @Sendable (IngestEvent) -> Void) {
        let slot = WorkerSlot(executable: options.workerExecutable, arguments: options.workerArguments,
                              environment: options.workerEnvironment, timeoutSeconds: options.timeoutSeconds,
                              memoryLimitMiB: options.memoryLimitMiB,
                              started: { [self] in register($0) }, ended: { [self] in unregister($0) })
        defer { slot.finish() }
        while true {
            lock.lock()
            guard !stopRequested, fatal == nil, cursor < items.count else { lock.unlock(); break }
            let item = items[cursor]
            cursor += 1
            lock.unlock()

            let job = WorkerJob(input: item.input, output: item.output, password: options.password,
                                checkTags: options.checkTags, temporaryTag: temporaryTag)
            let startedAt = ContinuousClock.now
            var row: LedgerFile
            switch slot.run(job) {
            case .reply(let reply):
                row = self.row(item, reply: reply, runId: runId, since: startedAt)
            case let .failed(code, message, signal):
                row = failedRow(item, runId: runId, code: code, message: message, since: startedAt)
                row.failureClass = FailureClass.classify(code: code, signal: signal)
            case .workerUnavailable(let reason):
                stopWith(.workerStart(reason: reason))
                return
            }
            if row.status == .failed, let old = item.previous?.outputPath, item.previous?.status == .converted {
                // The new content failed: the old output no longer describes the file.
                _ = moveAside(old, relative: item.relative, runId: runId)
            }
            record(row, ledger: ledger, runId: runId, total: items.count, events: events)
        }
    }

    private func row(_ item: Item, reply: WorkerReply, runId: Int64, since: ContinuousClock.Instant) -> LedgerFile {
        var row = failedRow(item, runId: runId, code: reply.errorCode ?? "error", message: reply.errorMessage ?? "",
                            since: since, sha256: reply.sha256.isEmpty ? nil : reply.sha256)
        row.pageCount = reply.pageCount
        if reply.converted {
            row.status = .converted
            row.errorCode = nil
            row.errorMessage = nil
            row.outputPath = LedgerFile.relativePath(of: URL(fileURLWithPath: item.output), in: options.output)
            row.failureClass = nil
            row.diagnosticsInfo = reply.info
            row.diagnosticsWarning = reply.warning
            row.diagnosticsError = reply.error
        }
        return row
    }

    /// A failed row; the file is hashed here unless the worker's hash is given.
    private func failedRow(_ item: Item, runId: Int64, code: String, message: String,
                           since: ContinuousClock.Instant, sha256: String? = nil) -> LedgerFile {
        let d = ContinuousClock.now - since
        return LedgerFile(path: item.relative, size: item.size, mtime: item.mtime,
                          sha256: sha256 ?? Self.hash(item.input, seconds: options.timeoutSeconds) ?? "", status: .failed,
                          errorCode: code, errorMessage: message, schemaVersion: Document.schemaVersion,
                          pipelineVersion: PipelineVersion.current,
                          durationSeconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18,
                          outputPath: nil, runId: runId)
    }

    private func record(_ row: LedgerFile, ledger: Ledger, runId: Int64, total: Int, events: (IngestEvent) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if row.status == .failed && row.failureClass == .transient { summary.transient += 1 }
        do {
            try ledger.commit([row], runId: runId, converted: row.status == .converted ? 1 : 0,
                              failed: row.status == .failed ? 1 : 0)
        } catch {
            fatal = .ledger(error as? LedgerError ?? .database(path: options.ledgerPath, reason: "\(error)"))
            return
        }
        if row.status == .converted { summary.converted += 1 } else { summary.failed += 1 }
        done += 1
        events(.file(row, done: done, total: total))
    }

    private func stopWith(_ error: IngestError) {
        lock.lock()
        if fatal == nil { fatal = error }
        lock.unlock()
    }

    private func register(_ pid: pid_t) { lock.lock(); liveWorkers.insert(pid); lock.unlock() }
    private func unregister(_ pid: pid_t) { lock.lock(); liveWorkers.remove(pid); lock.unlock() }

    private func installSignalHandlers(events: @escaping @Sendable (IngestEvent) -> Void) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { sig in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                let second = stopRequested
                stopRequested = true
                let pids = liveWorkers
                lock.unlock()
                if second {
                    // A second signal: stop now. Documents in flight are left for the next run.
                    for pid in pids { kill(pid, SIGKILL) }
                    _exit(IngestExit.stopped)
                }
                events(.stopping(signal: sig))
            }
            source.resume()
            return source
        }
    }

    /// Moves an output (`outputPath` relative to the output folder) to
    /// `OUTPUT/.removed/RUN/<relative>.json`; returns its new path relative to the output folder
    /// (nil when there was nothing to move and nothing already moved). A recorded path that
    /// would leave the output folder is never followed.
    private func moveAside(_ outputPath: String?, relative: String, runId: Int64) -> String? {
        guard let outputPath, let contained = LedgerFile.containedPath(outputPath) else { return nil }
        let target = ".removed/\(runId)/" + (relative as NSString).deletingPathExtension + ".json"
        let source = options.output.appendingPathComponent(contained)
        let destination = options.output.appendingPathComponent(target)
        let fm = FileManager.default
        guard fm.fileExists(atPath: source.path) else {
            return fm.fileExists(atPath: destination.path) ? target : nil
        }
        try? fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? fm.removeItem(at: destination)
        return rename(source.path, destination.path) == 0 ? target : contained
    }

    /// The tag of this ledger's runs in temporary file names: `ingest-` and 16 hex digits of a
    /// stable hash of the ledger's path. Each shard keeps its own ledger, so shards writing into
    /// one output folder never share a tag, and clean-up removes only this ledger's leftovers.
    var temporaryTag: String {
        "ingest-" + String(Shard.stableHash(options.ledgerPath), radix: 16)
    }

    /// Removes the Writer's temporary files (`.<name>.<tag>.<pid>.<uuid>.tmp`) left for `output` by worker `pid`.
    static func removeTemporaryFiles(for output: URL, pid: pid_t, tag: String) {
        let directory = output.deletingLastPathComponent().path
        let prefix = DocumentWriter.temporaryPrefix(for: output.lastPathComponent, tag: tag, pid: pid)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            unlink(directory + "/" + name)
        }
    }

    /// Removes every Writer temporary file with `tag` (`.*.json.<tag>.*.tmp`) below `directory`;
    /// other runs' temporary files (another shard's, a `convert`'s) are left alone.
    static func removeTemporaryFiles(under directory: URL, tag: String) {
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return }
        let marker = ".json.\(DocumentWriter.safeTag(tag))."
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("."), name.hasSuffix(".tmp"), name.contains(marker) {
                unlink(directory.path + "/" + relative)
            }
        }
    }

    /// SHA-256 of a file (nil when unreadable, or when reading it took more than `seconds`:
    /// see `BoundedStep`).
    /// - Parameter read: the digest; `SHA256.hex(ofFile:)` (a test gives a read that stalls).
    static func hash(_ path: String, seconds: Double,
                     read: @escaping @Sendable (String) throws -> String = { try SHA256.hex(ofFile: $0) }) -> String? {
        switch BoundedStep.run(seconds: seconds, { try? read(path) }) {
        case .finished(let hex): return hex
        case .timedOut: return nil
        }
    }

    /// SHA-256 of each path (nil when unreadable or not read within `seconds`), on all cores.
    /// A file whose hash is nil is converted again, in a worker bounded by the same timeout.
    static func hashAll(_ paths: [String], seconds: Double,
                        read: @escaping @Sendable (String) throws -> String = { try SHA256.hex(ofFile: $0) }) -> [String?] {
        final class Box: @unchecked Sendable { var values: [String?]; init(_ n: Int) { values = Array(repeating: nil, count: n) } }
        let box = Box(paths.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let h = hash(paths[i], seconds: seconds, read: read)
            lock.lock(); box.values[i] = h; lock.unlock()
        }
        return box.values
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}

/// An exclusive `flock` on `LEDGER.lock`, held while the object lives.
final class LedgerLock {
    let fd: Int32

    /// - Throws: `IngestError.locked` naming the holder (pid, host, start) when another process holds it.
    init(ledgerPath: String) throws(IngestError) {
        let path = ledgerPath + ".lock"
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, reason: "open: \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw .locked(ledger: ledgerPath, holder: holder.isEmpty ? "lock \(path) held" : holder)
        }
        let text = "pid \(getpid()) on \(Ingester.hostName), since \(Ingester.iso8601())\n"
        _ = ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
