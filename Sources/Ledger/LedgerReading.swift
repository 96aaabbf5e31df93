import Foundation
import GRDB

/// A ledger row that cannot be read: a value of the wrong type (text in a number column, a NULL
/// where a value is required) or an unknown status, e.g. after a hand edit or a damaged copy.
/// Readers name it and go on with the other rows.
public struct LedgerRowProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// `"files"` or `"runs"`.
    public var table: String
    /// The row's key: the file's path, or the run's id (as text); `"rowid N"` when the key itself is bad.
    public var key: String
    /// The column holding the bad value.
    public var column: String
    /// The value as SQLite holds it, quoted, cut to 60 characters.
    public var value: String

    public var description: String {
        "ledger table \(table), row \(key): column \(column) holds \(value), which cannot be read; row ignored"
    }
}

/// Reads typed values from a row without trapping on a wrong type (GRDB's typed subscripts stop
/// the process on a value they cannot convert).
struct RowReader {
    let row: Row
    let table: String
    var key: String
    var problem: LedgerRowProblem?

    init(_ row: Row, table: String, key: String) {
        self.row = row; self.table = table; self.key = key
    }

    private mutating func fail(_ column: String) {
        guard problem == nil else { return }
        let raw: DatabaseValue = row[column] ?? .null
        var shown: String
        switch raw.storage {
        case .null: shown = "NULL"
        case .int64(let v): shown = "\(v)"
        case .double(let v): shown = "\(v)"
        case .string(let v): shown = "'" + String(v.prefix(60)) + "'"
        case .blob(let v): shown = "a blob of \(v.count) byte(s)"
        }
        problem = LedgerRowProblem(table: table, key: key, column: column, value: shown)
    }

    /// A required value of type `T`; records a problem (and returns a placeholder) when absent or mistyped.
    mutating func value<T: DatabaseValueConvertible>(_ column: String, _ placeholder: T) -> T {
        guard let raw: DatabaseValue = row[column], let v = T.fromDatabaseValue(raw) else {
            fail(column)
            return placeholder
        }
        return v
    }

    /// An optional value: NULL is nil; a value of another type is a problem.
    mutating func optional<T: DatabaseValueConvertible>(_ column: String) -> T? {
        guard let raw: DatabaseValue = row[column], !raw.isNull else { return nil }
        guard let v = T.fromDatabaseValue(raw) else { fail(column); return nil }
        return v
    }

    /// A required text value that must be one of an enumeration's raw values.
    mutating func enumeration<E: RawRepresentable>(_ column: String, _ placeholder: E) -> E where E.RawValue == String {
        let text: String = value(column, "")
        guard let v = E(rawValue: text) else { fail(column); return placeholder }
        return v
    }
}

extension Ledger {
    /// Every readable file row, sorted by path (rows that cannot be read are left out; see `readFiles()`).
    /// - Throws: `LedgerError.database` when the query fails.
    public func files() throws -> [LedgerFile] { try readFiles().files }

    /// Every readable run, oldest first (rows that cannot be read are left out; see `readRuns()`).
    /// - Throws: `LedgerError.database` when the query fails.
    public func runs() throws -> [LedgerRun] { try readRuns().runs }

    /// The row for one source path (relative to the source folder), or nil (also when unreadable).
    /// - Throws: `LedgerError.database` when the query fails.
    public func file(path: String) throws -> LedgerFile? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT rowid AS ledgerRowId, * FROM files WHERE path = ?", arguments: [path])
                .flatMap { try? Ledger.file(from: $0).get() }
        }
    }

    /// Every file row, sorted by path, and a problem for each row that cannot be read.
    /// - Throws: `LedgerError.database` when the query fails.
    public func readFiles() throws -> (files: [LedgerFile], problems: [LedgerRowProblem]) {
        try read { db in
            var files: [LedgerFile] = [], problems: [LedgerRowProblem] = []
            for row in try Row.fetchAll(db, sql: "SELECT rowid AS ledgerRowId, * FROM files ORDER BY path") {
                switch Ledger.file(from: row) {
                case .success(let f): files.append(f)
                case .failure(let p): problems.append(p)
                }
            }
            return (files, problems)
        }
    }

    /// Every run, oldest first, and a problem for each run row that cannot be read.
    /// - Throws: `LedgerError.database` when the query fails.
    public func readRuns() throws -> (runs: [LedgerRun], problems: [LedgerRowProblem]) {
        try read { db in
            var runs: [LedgerRun] = [], problems: [LedgerRowProblem] = []
            for row in try Row.fetchAll(db, sql: "SELECT rowid AS ledgerRowId, * FROM runs ORDER BY rowid") {
                var r = RowReader(row, table: "runs", key: "rowid \(row["ledgerRowId"] as Int64? ?? 0)")
                let run = LedgerRun(id: r.value("id", Int64(0)), startedAt: r.value("startedAt", ""),
                                    endedAt: r.optional("endedAt"), host: r.value("host", ""),
                                    converted: r.value("converted", 0), failed: r.value("failed", 0),
                                    skipped: r.value("skipped", 0), removed: r.value("removed", 0),
                                    exitStatus: r.optional("exitStatus"), pipelineVersion: r.value("pipelineVersion", ""),
                                    sourceDirectory: r.value("sourceDirectory", ""),
                                    outputDirectory: r.value("outputDirectory", ""), shard: r.optional("shard"))
                if let p = r.problem { problems.append(p) } else { runs.append(run) }
            }
            return (runs, problems)
        }
    }

    /// Decodes one `files` row (selected with `rowid AS ledgerRowId, *`).
    static func file(from row: Row) -> Result<LedgerFile, LedgerRowProblem> {
        var r = RowReader(row, table: "files", key: "rowid \(row["ledgerRowId"] as Int64? ?? 0)")
        let path: String = r.value("path", "")
        if r.problem == nil { r.key = path }
        let status: LedgerFile.Status = r.enumeration("status", .failed)
        let failureClass: FailureClass? = r.optional("failureClass").flatMap { (text: String) -> FailureClass? in
            FailureClass(rawValue: text)
        }
        let file = LedgerFile(path: path, size: r.value("size", Int64(0)), mtime: r.value("mtime", 0.0),
                              sha256: r.value("sha256", ""), status: status, errorCode: r.optional("errorCode"),
                              errorMessage: r.optional("errorMessage"), pageCount: r.value("pageCount", 0),
                              diagnosticsInfo: r.value("diagnosticsInfo", 0),
                              diagnosticsWarning: r.value("diagnosticsWarning", 0),
                              diagnosticsError: r.value("diagnosticsError", 0),
                              schemaVersion: r.value("schemaVersion", ""), pipelineVersion: r.value("pipelineVersion", ""),
                              durationSeconds: r.value("durationSeconds", 0.0), outputPath: r.optional("outputPath"),
                              runId: r.value("runId", Int64(0)), failureClass: failureClass)
        if let p = r.problem { return .failure(p) }
        return .success(file)
    }
}
