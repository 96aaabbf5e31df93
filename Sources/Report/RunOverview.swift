import Foundation
import Ledger
import JSONSchema

/// The ingest runs as the report shows them: one row per run, and what is new in the latest
/// run of each ledger. Read from the ledger (`runs`, `files` and the `fileHistory` that ingest
/// keeps as the automatic baseline), so no earlier output folder is needed.
public struct RunOverview: Sendable {
    /// One run of one ledger.
    public struct Run: Sendable {
        public var ledger: String
        public var run: LedgerRun
        /// Pages of the documents this run converted.
        public var pages: Int
        /// Sum of the conversion times of those documents, in seconds.
        public var documentSeconds: Double
        /// Wall-clock seconds from start to end (whole seconds, as the ledger keeps them); nil
        /// for a run that never ended.
        public var wallSeconds: Double?
        /// Pages per second of document time; nil when the run converted nothing.
        public var pagesPerSecond: Double? { documentSeconds > 0 ? Double(pages) / documentSeconds : nil }
    }

    /// A document the person on duty should look at first.
    public struct NewItem: Sendable, Equatable {
        public enum Reason: String, Sendable { case failed, findingsGrew, unplacedText }
        public var reason: Reason
        /// Ledger path, relative to the source folder.
        public var path: String
        /// The report's document key: the output's path relative to its folder, without extension.
        public var name: String
        /// Absolute output path, when the run wrote one.
        public var outputPath: String?
        /// The error, the finding counts before and after, or the unplaced words.
        public var detail: String
    }

    /// Every run, oldest first (by ledger, then id).
    public var runs: [Run] = []
    /// What the latest run of each ledger brought: failures, documents whose warnings and
    /// errors grew since their previous conversion, and documents with unplaced text.
    public var newTonight: [NewItem] = []
    /// Absolute output path → absolute source PDF (the run's source folder + ledger path).
    public var pdfByOutput: [String: String] = [:]
    /// Problems met reading the ledgers.
    public var notes: [String] = []

    /// Reads `ledgers` (SQLite files written by `docstruct ingest`).
    public static func read(ledgers: [String]) -> RunOverview {
        var overview = RunOverview()
        for path in ledgers {
            do {
                let ledger = try Ledger(path: path)
                overview.add(ledger: path, runs: try ledger.runs(), files: try ledger.files(), history: try ledger.history())
            } catch { overview.notes.append("cannot read the runs of ledger \(path): \(error)") }
        }
        return overview
    }

    /// The output of `file` as an absolute path: ledger paths are relative to the output folder
    /// of the run that wrote the row (`LedgerFile.outputPath`).
    static func absoluteOutput(_ file: LedgerFile, runs: [LedgerRun]) -> String? {
        guard let relative = file.outputPath else { return nil }
        if relative.hasPrefix("/") { return relative }
        guard let folder = runs.first(where: { $0.id == file.runId })?.outputDirectory, !folder.isEmpty else { return nil }
        return file.output(in: URL(fileURLWithPath: folder))?.path
    }

    mutating func add(ledger: String, runs: [LedgerRun], files: [LedgerFile], history: [LedgerHistoryEntry]) {
        let byRun = Dictionary(grouping: history, by: \.runId)
        for run in runs {
            let converted = (byRun[run.id] ?? []).filter { $0.status == .converted }
            self.runs.append(Run(ledger: ledger, run: run, pages: converted.reduce(0) { $0 + $1.pageCount },
                                 documentSeconds: converted.reduce(0) { $0 + $1.durationSeconds },
                                 wallSeconds: Self.seconds(from: run.startedAt, to: run.endedAt)))
        }
        let source = Dictionary(runs.map { ($0.id, $0.sourceDirectory) }, uniquingKeysWith: { a, _ in a })
        for f in files where f.status == .converted {
            if let out = Self.absoluteOutput(f, runs: runs), let dir = source[f.runId], !dir.isEmpty {
                pdfByOutput[out] = (dir as NSString).appendingPathComponent(f.path)
            }
        }
        guard let latest = runs.map(\.id).max() else { return }
        let previous = Dictionary(grouping: history.filter { $0.runId < latest }, by: \.path)
        for f in files where f.runId == latest {
            let name = OutputFile.key(relativePath: f.outputPath ?? f.path)
            if f.status == .failed {
                newTonight.append(NewItem(reason: .failed, path: f.path, name: name, outputPath: nil,
                                          detail: "[\(f.errorCode ?? "failed")] \(f.errorMessage ?? "")"))
                continue
            }
            guard f.status == .converted else { continue }
            let now = f.diagnosticsWarning + f.diagnosticsError
            if let before = previous[f.path]?.last(where: { $0.status == .converted }), now > before.findings {
                newTonight.append(NewItem(reason: .findingsGrew, path: f.path, name: name, outputPath: Self.absoluteOutput(f, runs: runs),
                                          detail: "warnings and errors \(before.findings) → \(now) (run \(before.runId) → run \(latest))"))
            }
            if let out = Self.absoluteOutput(f, runs: runs), let unplaced = Self.unplacedText(in: out) {
                newTonight.append(NewItem(reason: .unplacedText, path: f.path, name: name, outputPath: out, detail: unplaced))
            }
        }
    }

    /// The `text.unplaced` diagnostics of an output, joined ("p.3: …"), or nil when it has none.
    static func unplacedText(in output: String) -> String? {
        guard let data = FileManager.default.contents(atPath: output), let json = try? JSONValue.parse(data) else { return nil }
        let found = (json["diagnostics"]?.arrayValue ?? []).filter { $0["code"]?.stringValue == "text.unplaced" }
        guard !found.isEmpty else { return nil }
        return found.map { d in (d["page"]?.intValue.map { "p.\($0): " } ?? "") + (d["message"]?.stringValue ?? "") }.joined(separator: "; ")
    }

    static func seconds(from start: String, to end: String?) -> Double? {
        let f = ISO8601DateFormatter()
        guard let end, let a = f.date(from: start), let b = f.date(from: end) else { return nil }
        return b.timeIntervalSince(a)
    }
}

extension RunOverview {
    /// `{"runs": [{"id", "startedAt", "endedAt", "converted", "failed", "skipped", "removed",
    /// "pages", "pagesPerSecond", "exitStatus"}], "newTonight": [{"reason", "path", "name",
    /// "detail"}]}`, for `report --format json`.
    public var json: JSONValue {
        func optional<T>(_ v: T?, _ f: (T) -> JSONValue) -> JSONValue { v.map(f) ?? .null }
        return [
            "runs": .array(runs.map { r in
                ["ledger": .string(r.ledger), "id": .int(Int(r.run.id)), "startedAt": .string(r.run.startedAt),
                 "endedAt": optional(r.run.endedAt, JSONValue.string), "converted": .int(r.run.converted),
                 "failed": .int(r.run.failed), "skipped": .int(r.run.skipped), "removed": .int(r.run.removed),
                 "pages": .int(r.pages), "pagesPerSecond": optional(r.pagesPerSecond, JSONValue.double),
                 "exitStatus": optional(r.run.exitStatus, JSONValue.int)]
            }),
            "newTonight": .array(newTonight.map { ["reason": .string($0.reason.rawValue), "path": .string($0.path),
                                                   "name": .string($0.name), "detail": .string($0.detail)] }),
        ]
    }
}
