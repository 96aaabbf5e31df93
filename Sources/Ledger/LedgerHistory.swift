import Foundation
import GRDB

/// One state a source file had after a run: what `files` held for it when that run wrote its row.
/// The `fileHistory` table keeps them all (a trigger appends one on every write of `files`), so
/// the report can compare a document with the previous run without a separate baseline folder.
public struct LedgerHistoryEntry: Sendable, Equatable {
    /// Path relative to the source folder (the `files` key).
    public var path: String
    /// The run that wrote the row.
    public var runId: Int64
    public var status: LedgerFile.Status
    public var errorCode: String?
    public var pageCount: Int
    /// Diagnostics of each severity in the converted document (0 when not converted).
    public var diagnosticsInfo: Int
    public var diagnosticsWarning: Int
    public var diagnosticsError: Int
    /// Seconds the conversion took (as the supervisor saw it).
    public var durationSeconds: Double

    /// Warnings and errors: the finding count compared from run to run.
    public var findings: Int { diagnosticsWarning + diagnosticsError }
}

extension Ledger {
    /// Migration `v3-fileHistory`: the `fileHistory` table, filled with the current rows, and the
    /// trigger that appends a row to it whenever a `files` row is written (`INSERT OR REPLACE`
    /// fires the insert trigger). A row costs about 90 bytes; only files a run writes add one (a
    /// night that changes 100 files of 10,000 adds about 9 KB).
    /// The columns have no constraint, so that the trigger can never make a write of `files`
    /// fail (a hand-edited row with a NULL is copied as it is, and skipped when read).
    static func registerHistoryMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-fileHistory") { db in
            let columns = "path, runId, status, errorCode, pageCount, diagnosticsInfo, diagnosticsWarning, diagnosticsError, durationSeconds"
            try db.execute(sql: """
                CREATE TABLE fileHistory(
                    id INTEGER PRIMARY KEY,
                    path TEXT,
                    runId INTEGER,
                    status TEXT,
                    errorCode TEXT,
                    pageCount INTEGER,
                    diagnosticsInfo INTEGER,
                    diagnosticsWarning INTEGER,
                    diagnosticsError INTEGER,
                    durationSeconds DOUBLE
                );
                CREATE INDEX fileHistory_path ON fileHistory(path, runId);
                INSERT INTO fileHistory(\(columns)) SELECT \(columns) FROM files;
                CREATE TRIGGER files_history AFTER INSERT ON files BEGIN
                    INSERT INTO fileHistory(\(columns))
                    VALUES (NEW.path, NEW.runId, NEW.status, NEW.errorCode, NEW.pageCount, NEW.diagnosticsInfo,
                            NEW.diagnosticsWarning, NEW.diagnosticsError, NEW.durationSeconds);
                END;
                """)
        }
    }

    /// Every history entry, oldest first; one per path and run (a row written twice by one run,
    /// or rewritten with an older run's id when only its mtime changed, counts once, as written
    /// last). Entries that cannot be read are left out.
    /// - Throws: `LedgerError.database` when the query fails.
    public func history() throws -> [LedgerHistoryEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM fileHistory WHERE id IN (SELECT max(id) FROM fileHistory GROUP BY path, runId) ORDER BY id
                """)
            return rows.compactMap { try? LedgerHistoryEntry(row: $0) }
        }
    }
}
