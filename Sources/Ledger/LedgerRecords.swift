import GRDB

/// A `files` row is a GRDB record: fetched through `init(row:)` (which never traps on a bad
/// value) and written through `encode(to:)` (`Ledger.commit` inserts it with `INSERT OR REPLACE`).
extension LedgerFile: FetchableRecord, PersistableRecord {
    /// The ledger's table of files.
    public static let databaseTableName = "files"

    /// What a request for files selects: the row id as `ledgerRowId` (it names a row whose path
    /// cannot be read) and every column.
    public static var databaseSelection: [any SQLSelectable] { [Column.rowID.forKey("ledgerRowId"), AllColumns()] }

    /// Reads a `files` row, its columns found by name (any query that selects them).
    /// - Throws: `LedgerRowProblem` when a value has the wrong type (text in a number column, a
    ///   NULL where a value is required, an unknown status): a hand-edited or damaged ledger
    ///   gives a problem to report, never a crash.
    public init(row: Row) throws(LedgerRowProblem) {
        self = try Ledger.file(from: row, columns: .byName).get()
    }

    /// The row as the ledger stores it: every column; `failureClass` only for a failure.
    public func encode(to container: inout PersistenceContainer) {
        container["path"] = path
        container["size"] = size
        container["mtime"] = mtime
        container["sha256"] = sha256
        container["status"] = status.rawValue
        container["errorCode"] = errorCode
        container["errorMessage"] = errorMessage
        container["pageCount"] = pageCount
        container["diagnosticsInfo"] = diagnosticsInfo
        container["diagnosticsWarning"] = diagnosticsWarning
        container["diagnosticsError"] = diagnosticsError
        container["schemaVersion"] = schemaVersion
        container["pipelineVersion"] = pipelineVersion
        container["durationSeconds"] = durationSeconds
        container["outputPath"] = outputPath
        container["runId"] = runId
        container["failureClass"] = status == .failed ? failureClass?.rawValue : nil
    }
}

/// A `runs` row is a GRDB record for reading. It is never written whole: a run's row is inserted
/// when the run starts (`RunStart`), its counts grow as files are committed and its end is
/// written last, each a column update (`Ledger.beginRun`, `commit`, `finishRun`).
extension LedgerRun: FetchableRecord, TableRecord {
    /// The ledger's table of runs.
    public static let databaseTableName = "runs"

    /// What a request for runs selects: the row id as `ledgerRowId` (it names a row whose id
    /// cannot be read) and every column.
    public static var databaseSelection: [any SQLSelectable] { [Column.rowID.forKey("ledgerRowId"), AllColumns()] }

    /// Reads a `runs` row, its columns found by name.
    /// - Throws: `LedgerRowProblem` when a value has the wrong type (see `LedgerFile.init(row:)`).
    public init(row: Row) throws(LedgerRowProblem) {
        var r = RowReader(row, table: "runs", key: "rowid \(rowNumber(row, "ledgerRowId"))")
        self.init(id: r.value("id", Int64(0)), startedAt: r.value("startedAt", ""),
                  endedAt: r.optional("endedAt"), host: r.value("host", ""),
                  converted: r.value("converted", 0), failed: r.value("failed", 0),
                  skipped: r.value("skipped", 0), removed: r.value("removed", 0),
                  exitStatus: r.optional("exitStatus"), pipelineVersion: r.value("pipelineVersion", ""),
                  sourceDirectory: r.value("sourceDirectory", ""),
                  outputDirectory: r.value("outputDirectory", ""), shard: r.optional("shard"))
        if let p = r.problem { throw p }
    }
}

/// The integer in `column` of `row` (a row id, to name a row that cannot be read), 0 when
/// absent or not an integer.
private func rowNumber(_ row: Row, _ column: LedgerColumn) -> Int64 {
    RowReader(row, table: "", key: "").integer(column) ?? 0
}

/// The part of a `runs` row known when the run starts; the counts and the end take the
/// columns' defaults until they are written.
struct RunStart: PersistableRecord {
    static let databaseTableName = "runs"
    var startedAt, host, pipelineVersion, sourceDirectory, outputDirectory: String
    var shard: String?

    func encode(to container: inout PersistenceContainer) {
        container["startedAt"] = startedAt
        container["host"] = host
        container["pipelineVersion"] = pipelineVersion
        container["sourceDirectory"] = sourceDirectory
        container["outputDirectory"] = outputDirectory
        container["shard"] = shard
    }
}

/// A `fileHistory` row is a GRDB record for reading.
extension LedgerHistoryEntry: FetchableRecord, TableRecord {
    /// The ledger's table of file states after each run.
    public static let databaseTableName = "fileHistory"

    /// Reads a `fileHistory` row, its columns found by name.
    /// - Throws: `LedgerRowProblem` when a value has the wrong type (see `LedgerFile.init(row:)`).
    public init(row: Row) throws(LedgerRowProblem) {
        var r = RowReader(row, table: "fileHistory", key: "id \(rowNumber(row, "id"))")
        self.init(path: r.value("path", ""), runId: r.value("runId", Int64(0)),
                  status: r.enumeration("status", .failed), errorCode: r.optional("errorCode"),
                  pageCount: r.value("pageCount", 0), diagnosticsInfo: r.value("diagnosticsInfo", 0),
                  diagnosticsWarning: r.value("diagnosticsWarning", 0),
                  diagnosticsError: r.value("diagnosticsError", 0),
                  durationSeconds: r.value("durationSeconds", 0.0))
        if let p = r.problem { throw p }
    }
}
