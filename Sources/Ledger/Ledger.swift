import Foundation
import GRDB

/// What the ledger says about one source file (one row of the `files` table).
///
/// `path` is relative to the source folder of the run (`LedgerRun.sourceDirectory`), with `/`
/// separators; it is the row's key.
public struct LedgerFile: Sendable, Equatable {
    /// The state of a source file after the last run that looked at it.
    public enum Status: String, Sendable, Equatable, CaseIterable {
        /// The output at `outputPath` is the conversion of the file's current content.
        case converted
        /// The last attempt failed; `errorCode` and `errorMessage` say why. No output is kept.
        case failed
        /// Seen by a run that stopped (SIGINT/SIGTERM) before reaching it; the next run converts it.
        case skipped
        /// The file is gone from the source folder; its output was moved aside to `outputPath`.
        case removed
    }

    /// Path relative to the source folder, e.g. `"un/gate/A_RES_73_6-EN.pdf"`.
    public var path: String
    /// Size in bytes when last seen.
    public var size: Int64
    /// Modification time when last seen, in seconds since 1970-01-01 UTC.
    public var mtime: Double
    /// SHA-256 of the content (64 lowercase hex digits) when last hashed.
    public var sha256: String
    public var status: Status
    /// Short stable reason for a failure: an `ExtractionError.code` (`"encrypted"`, `"damaged"`, …),
    /// `"invalidDocument"`, `"writeFailed"`, or one of the supervisor's: `"crashed"` (the worker died
    /// on a signal), `"timeout"`, `"outOfMemory"`, `"workerExited"`. Nil unless `status == .failed`
    /// (or `"interrupted"` for `.skipped`).
    public var errorCode: String?
    /// Human-readable reason, naming the file; for a crash, the signal and the worker's last stderr lines.
    public var errorMessage: String?
    /// Pages in the PDF (0 when unknown, e.g. the file could not be opened).
    public var pageCount: Int
    /// Diagnostics of severity info / warning / error in the converted document.
    public var diagnosticsInfo: Int
    public var diagnosticsWarning: Int
    public var diagnosticsError: Int
    /// `Document.schemaVersion` of the output.
    public var schemaVersion: String
    /// `PipelineVersion.current` of the run that produced the row.
    public var pipelineVersion: String
    /// Wall-clock seconds spent on the file (conversion and writing, as the supervisor saw it).
    public var durationSeconds: Double
    /// Path of the JSON output relative to the output folder, e.g. `"sub/a.json"` (for
    /// `.removed`, where it was moved aside: `".removed/3/sub/a.json"`; nil when none). Relative,
    /// so that a copied or moved output folder with its ledger refers to its own files only;
    /// resolve it with `output(in:)`. Ledgers from before schema migration `v3` held absolute
    /// paths; the migration made them relative.
    public var outputPath: String?
    /// `LedgerRun.id` of the run that wrote this row.
    public var runId: Int64
    /// For `.failed`: whether the failure is the PDF's (`permanent`) or the run's (`transient`,
    /// tried again by the next run). Nil for other statuses.
    public var failureClass: FailureClass?

    public init(path: String, size: Int64, mtime: Double, sha256: String, status: Status, errorCode: String? = nil,
                errorMessage: String? = nil, pageCount: Int = 0, diagnosticsInfo: Int = 0, diagnosticsWarning: Int = 0,
                diagnosticsError: Int = 0, schemaVersion: String, pipelineVersion: String, durationSeconds: Double = 0,
                outputPath: String? = nil, runId: Int64, failureClass: FailureClass? = nil) {
        self.path = path; self.size = size; self.mtime = mtime; self.sha256 = sha256; self.status = status
        self.errorCode = errorCode; self.errorMessage = errorMessage; self.pageCount = pageCount
        self.diagnosticsInfo = diagnosticsInfo; self.diagnosticsWarning = diagnosticsWarning
        self.diagnosticsError = diagnosticsError; self.schemaVersion = schemaVersion
        self.pipelineVersion = pipelineVersion; self.durationSeconds = durationSeconds
        self.outputPath = outputPath; self.runId = runId
        self.failureClass = failureClass ?? (status == .failed ? FailureClass.classify(code: errorCode ?? "error") : nil)
    }
}

extension LedgerFile {
    /// The output's location inside `outputFolder`; nil when there is none, or when the recorded
    /// path would leave the folder (absolute, or with a `..` component): ingest never touches a
    /// path outside its output folder.
    public func output(in outputFolder: URL) -> URL? {
        guard let relative = outputPath.flatMap(LedgerFile.containedPath) else { return nil }
        return outputFolder.appendingPathComponent(relative)
    }

    /// `path` when it is a relative path that stays inside its folder; else nil.
    public static func containedPath(_ path: String) -> String? {
        if isPlainRelative(path) { return path }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else { return nil }
        return parts.joined(separator: "/")
    }

    /// True when `path` is non-empty, does not start or end with `/`, and has no empty, `.` or
    /// `..` component, read byte by byte: then `containedPath` returns it as it is, without
    /// splitting and joining it (once per file of a no-change ingest).
    static func isPlainRelative(_ path: String) -> Bool {
        var length = 0, dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard length > 0, dots != length || length > 2 else { return false }
                length = 0; dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && (dots != length || length > 2)
    }

    /// `url` relative to `folder` when it lies inside it; else nil.
    public static func relativePath(of url: URL, in folder: URL) -> String? {
        let root = folder.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(root + "/") else { return nil }
        return String(path.dropFirst(root.count + 1))
    }
}

/// One run of `docstruct ingest` (one row of the `runs` table).
public struct LedgerRun: Sendable, Equatable {
    public var id: Int64
    /// ISO 8601 UTC, e.g. `"2026-11-29T02:00:00Z"`.
    public var startedAt: String
    /// Nil while the run is going on, or when it was killed (SIGKILL, power loss) before its end.
    public var endedAt: String?
    /// Host name of the machine that ran it.
    public var host: String
    /// Files converted, failed, skipped (unchanged, not converted again) and marked removed by this run.
    public var converted: Int
    public var failed: Int
    public var skipped: Int
    public var removed: Int
    /// The command's exit status (0 all converted, 1 some failed, 3 stopped by a signal); nil until the end.
    public var exitStatus: Int?
    public var pipelineVersion: String
    /// Absolute source and output folders, and `"K/N"` when the run took one shard (else nil).
    public var sourceDirectory: String
    public var outputDirectory: String
    public var shard: String?

    public init(id: Int64, startedAt: String, endedAt: String?, host: String, converted: Int, failed: Int,
                skipped: Int, removed: Int, exitStatus: Int?, pipelineVersion: String, sourceDirectory: String,
                outputDirectory: String, shard: String?) {
        self.id = id; self.startedAt = startedAt; self.endedAt = endedAt; self.host = host
        self.converted = converted; self.failed = failed; self.skipped = skipped; self.removed = removed
        self.exitStatus = exitStatus; self.pipelineVersion = pipelineVersion
        self.sourceDirectory = sourceDirectory; self.outputDirectory = outputDirectory; self.shard = shard
    }
}

/// Why a ledger could not be opened or used.
public enum LedgerError: Error, Sendable, CustomStringConvertible {
    /// No ledger at `path` (and creation was not asked for).
    case notFound(path: String)
    /// SQLite or the migration failed; `reason` is SQLite's message.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no ledger there"
        case .database(let p, let r): return "\(p): ledger: \(r)"
        }
    }
}

/// The ingest ledger: an SQLite database (through GRDB) with one row per source file and one per run.
///
/// Readers (the report command) open it with `Ledger(path:)` and call `files()` and `runs()`;
/// reading is safe while an ingest is writing (the database is in WAL mode). The schema is
/// created and upgraded by GRDB's migrator when the ledger is opened for writing.
///
/// ```swift
/// let ledger = try Ledger(path: "out/ledger.sqlite")
/// let failed = try ledger.files().filter { $0.status == .failed }
/// ```
public struct Ledger: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the ledger at `path`.
    ///
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - create: create it (and its folder) when missing. When false, a missing file is an error.
    ///     Opening always applies pending schema migrations.
    /// - Throws: `LedgerError.notFound` when the file is missing and `create` is false;
    ///   `LedgerError.database` when it is not an SQLite database or cannot be migrated.
    public init(path: String, create: Bool = false) throws {
        self.path = path
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw LedgerError.notFound(path: path) }
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        }
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // In WAL mode, NORMAL keeps every commit across a process kill (only a power loss may
            // drop the last commits, and those documents are then simply converted again).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try Ledger.migrator.migrate(queue)
        } catch {
            throw LedgerError.database(path: path, reason: "\(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE runs(
                    id INTEGER PRIMARY KEY,
                    startedAt TEXT NOT NULL,
                    endedAt TEXT,
                    host TEXT NOT NULL,
                    converted INTEGER NOT NULL DEFAULT 0,
                    failed INTEGER NOT NULL DEFAULT 0,
                    skipped INTEGER NOT NULL DEFAULT 0,
                    removed INTEGER NOT NULL DEFAULT 0,
                    exitStatus INTEGER,
                    pipelineVersion TEXT NOT NULL,
                    sourceDirectory TEXT NOT NULL DEFAULT '',
                    outputDirectory TEXT NOT NULL DEFAULT '',
                    shard TEXT
                );
                CREATE TABLE files(
                    path TEXT PRIMARY KEY,
                    size INTEGER NOT NULL,
                    mtime DOUBLE NOT NULL,
                    sha256 TEXT NOT NULL,
                    status TEXT NOT NULL,
                    errorCode TEXT,
                    errorMessage TEXT,
                    pageCount INTEGER NOT NULL DEFAULT 0,
                    diagnosticsInfo INTEGER NOT NULL DEFAULT 0,
                    diagnosticsWarning INTEGER NOT NULL DEFAULT 0,
                    diagnosticsError INTEGER NOT NULL DEFAULT 0,
                    schemaVersion TEXT NOT NULL,
                    pipelineVersion TEXT NOT NULL,
                    durationSeconds DOUBLE NOT NULL DEFAULT 0,
                    outputPath TEXT,
                    runId INTEGER NOT NULL REFERENCES runs(id)
                );
                CREATE INDEX files_status ON files(status);
                CREATE INDEX files_runId ON files(runId);
                """)
        }
        // Failures are permanent (the PDF's fault) or transient (the run's, tried again next run).
        m.registerMigration("v2-failureClass") { db in
            let transient = FailureClass.transientCodes.sorted().map { "'\($0)'" }.joined(separator: ", ")
            try db.execute(sql: """
                ALTER TABLE files ADD COLUMN failureClass TEXT;
                UPDATE files SET failureClass = CASE
                    WHEN errorCode IN (\(transient)) THEN 'transient'
                    WHEN errorCode = 'crashed' AND errorMessage LIKE '%(SIGKILL)%' THEN 'transient'
                    ELSE 'permanent' END
                WHERE status = 'failed';
                """)
        }
        // Each file's state after each run, for the report's "new tonight" (LedgerHistory.swift).
        registerHistoryMigration(&m)
        m.registerMigration("v3-relativeOutputPaths") { db in try migrateToRelativeOutputPaths(db) }
        return m
    }

    /// Migration `v3`: absolute output paths become relative to the output folder of the last
    /// run. A path outside that folder (the ledger was copied with its outputs) is rebuilt from
    /// the mirror rule instead: `.removed/RUN/…` kept from its `.removed` part, else the source
    /// path with `.json`, so the copy never points at the original's files.
    static func migrateToRelativeOutputPaths(_ db: Database) throws {
        let folder = try String.fetchOne(db, sql: "SELECT outputDirectory FROM runs ORDER BY id DESC LIMIT 1") ?? ""
        let rows = try Row.fetchAll(db, sql: "SELECT rowid AS id, path, outputPath FROM files WHERE outputPath LIKE '/%'")
        for row in rows {
            let absolute: String = row["outputPath"]
            let source: String = row["path"]
            var relative: String
            if !folder.isEmpty, absolute.hasPrefix(folder + "/") {
                relative = String(absolute.dropFirst(folder.count + 1))
            } else if let range = absolute.range(of: "/.removed/") {
                relative = String(absolute[absolute.index(after: range.lowerBound)...])
            } else {
                relative = (source as NSString).deletingPathExtension + ".json"
            }
            let contained = LedgerFile.containedPath(relative)
            try db.execute(sql: "UPDATE files SET outputPath = ? WHERE rowid = ?", arguments: [contained, row["id"] as Int64])
        }
    }

    // MARK: Reading

    // MARK: Writing (used by the supervisor)

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw LedgerError.database(path: path, reason: "\(error)") }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch { throw LedgerError.database(path: path, reason: "\(error)") }
    }

    /// Inserts a run row and returns its id.
    public func beginRun(startedAt: String, host: String, pipelineVersion: String, sourceDirectory: String,
                  outputDirectory: String, shard: String?) throws -> Int64 {
        try write { db in
            try RunStart(startedAt: startedAt, host: host, pipelineVersion: pipelineVersion, sourceDirectory: sourceDirectory,
                         outputDirectory: outputDirectory, shard: shard).insert(db)
            return db.lastInsertedRowID
        }
    }

    /// Records the end of a run.
    public func finishRun(id: Int64, endedAt: String, converted: Int, failed: Int, skipped: Int, removed: Int,
                   exitStatus: Int) throws {
        try write { db in
            _ = try LedgerRun.filter(Column("id") == id).updateAll(db, [
                Column("endedAt").set(to: endedAt), Column("converted").set(to: converted), Column("failed").set(to: failed),
                Column("skipped").set(to: skipped), Column("removed").set(to: removed), Column("exitStatus").set(to: exitStatus),
            ])
        }
    }
}

extension Ledger {
    /// Inserts or replaces `rows` and adds the deltas to run `runId`'s counts, in one transaction,
    /// so that a killed run's row still counts what it committed.
    public func commit(_ rows: [LedgerFile], runId: Int64, converted: Int = 0, failed: Int = 0, skipped: Int = 0,
                removed: Int = 0) throws {
        try write { db in
            // INSERT OR REPLACE: the insert trigger appends each row to `fileHistory`.
            for f in rows { try f.insert(db, onConflict: .replace) }
            if converted + failed + skipped + removed > 0 {
                _ = try LedgerRun.filter(Column("id") == runId).updateAll(db, [
                    Column("converted") += converted, Column("failed") += failed, Column("skipped") += skipped,
                    Column("removed") += removed,
                ])
            }
        }
    }
}
