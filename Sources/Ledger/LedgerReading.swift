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

/// A column as `RowReader` asks for it: by name, found by GRDB in each row, or at a position
/// found once for a whole query (case-insensitively, the leftmost column of a name winning, as
/// GRDB does). By name, GRDB looks the lower-cased name up in a table it builds once per
/// statement; the lower-cased key is kept here, so that a look-up costs one hash and no new
/// string (over a 10,000-row ledger, camel-case look-ups, each lower-casing its name, were a
/// fifth of a no-change ingest's instructions).
struct LedgerColumn: ExpressibleByStringLiteral {
    /// The column's name, as problems report it.
    let name: String
    /// `name` lower-cased: what GRDB's per-statement table of column names holds.
    let key: String
    /// nil: find the name in each row; `.some(nil)`: the query has no such column;
    /// `.some(.some(i))`: column `i`.
    let position: Int??

    init(stringLiteral name: String) {
        self.name = name
        key = name.lowercased()
        position = nil
    }

    /// `name` found among a statement's `columns`.
    init(_ name: String, among columns: [String]) {
        self.name = name
        key = name.lowercased()
        position = .some(columns.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame })
    }
}

/// The columns of a `files` row (`LedgerFile.databaseSelection`: `rowid AS ledgerRowId, *`), by
/// name or by position in one statement's result.
struct FileColumns {
    let rowId, path, size, mtime, sha256, status, errorCode, errorMessage, pageCount: LedgerColumn
    let info, warning, error, schemaVersion, pipelineVersion, duration, outputPath, runId, failureClass: LedgerColumn

    /// Found by name in each row (any query that selects them).
    static let byName = FileColumns(among: nil)

    /// By position among `columns` (a statement's column names); by name when nil.
    init(among columns: [String]?) {
        func column(_ name: String) -> LedgerColumn {
            columns.map { LedgerColumn(name, among: $0) } ?? LedgerColumn(stringLiteral: name)
        }
        rowId = column("ledgerRowId"); path = column("path"); size = column("size"); mtime = column("mtime")
        sha256 = column("sha256"); status = column("status"); errorCode = column("errorCode")
        errorMessage = column("errorMessage"); pageCount = column("pageCount"); info = column("diagnosticsInfo")
        warning = column("diagnosticsWarning"); error = column("diagnosticsError")
        schemaVersion = column("schemaVersion"); pipelineVersion = column("pipelineVersion")
        duration = column("durationSeconds"); outputPath = column("outputPath"); runId = column("runId")
        failureClass = column("failureClass")
    }
}

/// Reads typed values from a row without trapping on a wrong type (GRDB's typed subscripts stop
/// the process on a value they cannot convert): a bad value becomes a `LedgerRowProblem`.
struct RowReader {
    let row: Row
    let table: String
    var key: String
    var problem: LedgerRowProblem?
    /// The statement `row` is the current row of, for columns read by position (straight from
    /// SQLite, without GRDB's generic decoding); nil reads them through `row`.
    let statement: SQLiteStatement?

    init(_ row: Row, table: String, key: String, statement: SQLiteStatement? = nil) {
        self.row = row; self.table = table; self.key = key; self.statement = statement
    }

    /// The stored value of `column`: nil when the row has no such column. (By name, GRDB may
    /// give nil for a NULL too; every caller treats nil and `.null` alike.)
    private func raw(_ column: LedgerColumn) -> DatabaseValue? {
        switch column.position {
        case .none: return row[column.key]
        case .some(.none): return nil
        case .some(.some(let index)):
            if let statement { return DatabaseValue(sqliteStatement: statement, index: CInt(index)) }
            let value: DatabaseValue = row[index]
            return value
        }
    }

    private mutating func fail(_ column: LedgerColumn) {
        guard problem == nil else { return }
        let raw: DatabaseValue = raw(column) ?? .null
        var shown: String
        switch raw.storage {
        case .null: shown = "NULL"
        case .int64(let v): shown = "\(v)"
        case .double(let v): shown = "\(v)"
        case .string(let v): shown = "'" + String(v.prefix(60)) + "'"
        case .blob(let v): shown = "a blob of \(v.count) byte(s)"
        }
        problem = LedgerRowProblem(table: table, key: key, column: column.name, value: shown)
    }

    /// A required value of type `T`; records a problem (and returns a placeholder) when absent or mistyped.
    mutating func value<T: DatabaseValueConvertible>(_ column: LedgerColumn, _ placeholder: T) -> T {
        guard let raw = raw(column), let v = T.fromDatabaseValue(raw) else {
            fail(column)
            return placeholder
        }
        return v
    }

    /// An optional value: NULL is nil; a value of another type is a problem.
    mutating func optional<T: DatabaseValueConvertible>(_ column: LedgerColumn) -> T? {
        guard let raw = raw(column), !raw.isNull else { return nil }
        guard let v = T.fromDatabaseValue(raw) else { fail(column); return nil }
        return v
    }

    /// An integer value, nil when absent or not an integer; never a problem (for row ids).
    func integer(_ column: LedgerColumn) -> Int64? { raw(column).flatMap { Int64.fromDatabaseValue($0) } }

    /// A required text value that must be one of an enumeration's raw values.
    mutating func enumeration<E: RawRepresentable>(_ column: LedgerColumn, _ placeholder: E) -> E where E.RawValue == String {
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
            try Row.fetchOne(db, LedgerFile.filter(Column("path") == path)).flatMap { try? LedgerFile(row: $0) }
        }
    }

    /// Every file row, sorted by path, and a problem for each row that cannot be read.
    /// - Throws: `LedgerError.database` when the query fails.
    public func readFiles() throws -> (files: [LedgerFile], problems: [LedgerRowProblem]) {
        var files: [LedgerFile] = []
        let problems = try forEachFile { files.append($0) }
        return (files, problems)
    }

    /// Every readable file row keyed by its path (what `ingest` compares the source with), and a
    /// problem for each row that cannot be read, in path order. Read in one pass, without the
    /// sorted array `readFiles()` builds.
    /// - Throws: `LedgerError.database` when the query fails.
    public func readFilesByPath() throws -> (files: [String: LedgerFile], problems: [LedgerRowProblem]) {
        var files: [String: LedgerFile] = [:]
        let problems = try forEachFile { file in
            if files[file.path] == nil { files[file.path] = file }
        }
        return (files, problems)
    }

    /// Calls `body` with each readable file row in path order; returns the problems of the rows
    /// that cannot be read.
    ///
    /// The fast path of a no-change ingest, which reads every row: the record's request
    /// (`LedgerFile.order(path)`, its `databaseSelection`) is prepared once, the columns found
    /// once in its result, and each row read by position straight from SQLite, through the
    /// decoding `LedgerFile.init(row:)` uses (`Ledger.file(from:columns:statement:)`). Going
    /// through `init(row:)` itself, which finds each column by name in each row, made the
    /// no-change ingest over 10,000 files 21 % slower (Benchmarks/ingest.sh, median wall
    /// 0.185 s against 0.153 s).
    private func forEachFile(_ body: (LedgerFile) -> Void) throws -> [LedgerRowProblem] {
        try read { db in
            var problems: [LedgerRowProblem] = []
            let statement = try LedgerFile.order(Column("path")).makePreparedRequest(db, forSingleResult: false).statement
            let columns = FileColumns(among: statement.columnNames)
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() {
                switch Ledger.file(from: row, columns: columns, statement: statement.sqliteStatement) {
                case .success(let f): body(f)
                case .failure(let p): problems.append(p)
                }
            }
            return problems
        }
    }

    /// Every run, oldest first, and a problem for each run row that cannot be read.
    /// - Throws: `LedgerError.database` when the query fails.
    public func readRuns() throws -> (runs: [LedgerRun], problems: [LedgerRowProblem]) {
        try read { db in
            var runs: [LedgerRun] = [], problems: [LedgerRowProblem] = []
            let rows = try Row.fetchCursor(db, LedgerRun.order(Column.rowID))
            while let row = try rows.next() {
                do throws(LedgerRowProblem) { runs.append(try LedgerRun(row: row)) } catch { problems.append(error) }
            }
            return (runs, problems)
        }
    }

    /// Decodes one `files` row (selected with `rowid AS ledgerRowId, *`), its columns found by
    /// name, or by `columns` found once for the whole query (then `statement`, when given, is
    /// the statement whose current row `row` is).
    static func file(from row: Row, columns c: FileColumns,
                     statement: SQLiteStatement? = nil) -> Result<LedgerFile, LedgerRowProblem> {
        // The key is the path; the rowid names a row whose path cannot be read (built only then).
        var r = RowReader(row, table: "files", key: "", statement: statement)
        let path: String = r.value(c.path, "")
        if r.problem == nil {
            r.key = path
        } else {
            r.key = "rowid \(r.integer(c.rowId) ?? 0)"
            r.problem?.key = r.key
        }
        let status: LedgerFile.Status = r.enumeration(c.status, .failed)
        let failureClass: FailureClass? = r.optional(c.failureClass).flatMap { (text: String) -> FailureClass? in
            FailureClass(rawValue: text)
        }
        let file = LedgerFile(path: path, size: r.value(c.size, Int64(0)), mtime: r.value(c.mtime, 0.0),
                              sha256: r.value(c.sha256, ""), status: status, errorCode: r.optional(c.errorCode),
                              errorMessage: r.optional(c.errorMessage), pageCount: r.value(c.pageCount, 0),
                              diagnosticsInfo: r.value(c.info, 0), diagnosticsWarning: r.value(c.warning, 0),
                              diagnosticsError: r.value(c.error, 0), schemaVersion: r.value(c.schemaVersion, ""),
                              pipelineVersion: r.value(c.pipelineVersion, ""), durationSeconds: r.value(c.duration, 0.0),
                              outputPath: r.optional(c.outputPath), runId: r.value(c.runId, Int64(0)),
                              failureClass: failureClass)
        if let p = r.problem { return .failure(p) }
        return .success(file)
    }
}
