import Foundation
import JSONSchema
import Writer
import Ledger
import Pipeline

/// What `docstruct report` looks at.
public struct ReportOptions: Sendable {
    /// Folders (or files) of converted outputs.
    public var outputs: [String]
    /// Folder of expected files (`NAME.json`, as `../shared/gold`), or nil.
    public var expected: String?
    /// Outputs of a previous run, or nil.
    public var baseline: String?
    /// Ledger files to summarise; `OUT_DIR/ledger.sqlite` is added when it exists.
    public var ledgers: [String]
    /// Folder searched recursively for the PDFs (by `source.fileName`), for page images.
    public var pdfRoot: String?

    public init(outputs: [String], expected: String? = nil, baseline: String? = nil, ledgers: [String] = [], pdfRoot: String? = nil) {
        self.outputs = outputs; self.expected = expected; self.baseline = baseline; self.ledgers = ledgers; self.pdfRoot = pdfRoot
    }
}

/// The report on one document.
public struct DocumentReport: Sendable {
    /// File name without `.json`.
    public var name: String
    /// The output file, when there is one.
    public var outputPath: String?
    /// `source.fileName` of the output (or the ledger's file name).
    public var sourceFileName: String?
    /// The PDF, when `--pdf-root` found it.
    public var pdfPath: String?
    /// The scorer's figures against the expected file (nil without one).
    public var score: Score?
    public var findings: [Finding]
    /// Page count (from the output or the ledger).
    public var pageCount: Int?
    /// `metadata.symbol` of the output.
    public var symbol: String?

    /// The worst severity among the findings (nil when there are none).
    public var worst: Severity? { findings.map(\.severity).max() }
    /// Findings of each severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
    /// Number of regressions.
    public var regressions: Int { findings.filter(\.regression).count }
}

/// A summary of the ledger(s): counts by status and error code, slowest documents, speed.
public struct RunSummary: Sendable, Codable {
    public var ledgers: [String]
    public var runs: Int
    public var lastRunStarted: String?
    public var lastRunEnded: String?
    public var byStatus: [String: Int]
    public var byErrorCode: [String: Int]
    /// The slowest documents: path and seconds.
    public var slowest: [Slow]
    public var pages: Int
    public var seconds: Double
    /// Pages converted per second of document time (sum of per-file durations).
    public var pagesPerSecond: Double?

    /// One slow document.
    public struct Slow: Sendable, Codable {
        public var path: String
        public var seconds: Double
        public var pages: Int
    }
}

/// The whole report: documents, totals against the expected files, the run summary.
public struct Report: Sendable {
    public var options: ReportOptions
    /// Every document, sorted by name.
    public var documents: [DocumentReport]
    /// Sum of the scorer's figures over the expected files.
    public var total: Score?
    /// Number of expected files scored (the scorer's `docs=`).
    public var scoredDocuments: Int
    public var runSummary: RunSummary?
    /// Problems reading the inputs (unreadable ledgers…), shown at the top.
    public var notes: [String]
    /// The ledgers' runs and what their latest run brought (nil without a ledger).
    public var runOverview: RunOverview? = nil

    /// The `TOTAL` line, as `score.py` prints it.
    public var totalLine: String? { total?.totalLine(documents: scoredDocuments) }

    /// Every finding.
    public var findings: [Finding] { documents.flatMap(\.findings) }

    /// True when a finding reaches `level`: `error` (any error), `warning` (any warning or
    /// error), `regression` (any regression against the baseline). A report over no document at
    /// all (an empty or wrong output folder) fails at every level: nothing was checked.
    public func fails(on level: FailLevel) -> Bool {
        if documents.isEmpty { return true }
        switch level {
        case .error: return findings.contains { $0.severity == .error }
        case .warning: return findings.contains { $0.severity >= .warning }
        case .regression: return findings.contains(where: \.regression)
        }
    }
}

/// The levels `--fail-on` accepts.
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, regression
}

/// Builds a `Report` from the options.
public struct ReportBuilder {
    public var options: ReportOptions

    public init(options: ReportOptions) { self.options = options }

    /// Reads everything and runs every check and comparison.
    public func build() -> Report {
        var notes: [String] = []
        let writer: DocumentWriter?
        do { writer = try DocumentWriter() } catch { writer = nil; notes.append("schema could not be loaded: \(error)") }
        let checks = OutputChecks(writer: writer)
        let read = readOutputs(checks: checks)
        var docs = read.docs
        let outputs = read.outputs
        let (total, scored) = compareWithExpected(outputs: outputs, docs: &docs, notes: &notes)
        compareWithBaseline(outputs: outputs, checks: checks, docs: &docs, notes: &notes)
        let ledgers = ledgerPaths()
        let summary = readLedgers(ledgers, docs: &docs, notes: &notes)
        notes += Self.addConvertFailures(in: options.outputs, to: &docs)
        locatePDFs(in: &docs)
        var report = Report(options: options, documents: Self.ordered(docs), total: total, scoredDocuments: scored,
                            runSummary: summary, notes: notes)
        if !ledgers.isEmpty {
            report.runOverview = RunOverview.read(ledgers: ledgers)
            report.notes += report.runOverview?.notes ?? []
        }
        return report
    }

    /// The output files of `options.outputs` that are documents, each with its checks' findings.
    private func readOutputs(checks: OutputChecks) -> (docs: [String: DocumentReport], outputs: [String: OutputFile]) {
        let found = OutputFile.find(in: options.outputs)
        var docs: [String: DocumentReport] = [:]
        var outputs: [String: OutputFile] = [:]
        for (name, path) in found {
            let file = OutputFile(path: path)
            // Only files that look like outputs (with blocks or metadata) are documents.
            if let json = file.json, json["blocks"] == nil && json["metadata"] == nil { continue }
            outputs[name] = file
            var report = DocumentReport(name: name, outputPath: path, sourceFileName: file.json?["source"]?["fileName"]?.stringValue,
                                        findings: [], pageCount: file.json?["source"]?["pageCount"]?.intValue)
            report.symbol = file.json?["metadata"]?["symbol"]?.stringValue
            if let json = file.json {
                report.findings = checks.run(json)
            } else {
                report.findings = [Finding(source: .check, code: "output.unreadable", severity: .error,
                                           message: "cannot read the output: \(file.loadError ?? "?")")]
            }
            docs[name] = report
        }
        return (docs, outputs)
    }

    /// Compares the outputs with the expected files (score.py's figures); returns the total
    /// score (nil without expected files) and how many documents were scored.
    private func compareWithExpected(outputs: [String: OutputFile], docs: inout [String: DocumentReport],
                                     notes: inout [String]) -> (total: Score?, scored: Int) {
        var total: Score? = nil
        var scored = 0
        if let expected = options.expected {
            total = Score()
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: expected)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            if names.isEmpty { notes.append("no expected files in \(expected)") }
            for file in names {
                let name = String(file.dropLast(5))
                guard let data = FileManager.default.contents(atPath: (expected as NSString).appendingPathComponent(file)),
                      let gold = try? JSONValue.parse(data) else {
                    notes.append("cannot read expected file \(file)"); continue
                }
                scored += 1
                let matches = OutputFile.match(name, in: outputs.keys)
                if matches.count > 1 {
                    notes.append("expected file \(file) matches \(matches.count) outputs (\(matches.joined(separator: ", "))); scored against \(matches[0])")
                }
                let key = matches.first ?? name
                let output = outputs[key]
                let outJSON: JSONValue? = output.map { $0.json ?? ["metadata": .object(JSONObject()), "blocks": [], "footnotes": []] }
                var (score, differences) = ExpectedComparison.compare(output: outJSON, gold: gold)
                score.missingOutput = output == nil
                total!.add(score)
                var doc = docs[key] ?? DocumentReport(name: key, findings: [])
                doc.score = score
                if output == nil {
                    doc.findings.append(Finding(source: .expected, code: "expected.missingOutput", severity: .error,
                                                message: "no output for the expected file \(file)."))
                }
                doc.findings += differences.map { Self.finding(from: $0, output: outJSON) }
                docs[key] = doc
            }
        }
        return (total, scored)
    }

    /// Compares the outputs with those of the previous run (`options.baseline`).
    private func compareWithBaseline(outputs: [String: OutputFile], checks: OutputChecks, docs: inout [String: DocumentReport],
                                     notes: inout [String]) {
        if let baseline = options.baseline {
            let previous = OutputFile.find(in: [baseline])
            if previous.isEmpty { notes.append("no outputs in the baseline \(baseline)") }
            for name in Set(previous.keys).union(outputs.keys) {
                let old = previous[name].map(OutputFile.init(path:))
                let new = outputs[name]
                var doc = docs[name] ?? DocumentReport(name: name, findings: [])
                doc.findings += BaselineComparison.compare(old: old?.json, new: new?.json, checks: checks)
                docs[name] = doc
            }
        }
    }

    /// The ledgers asked for, and any `ledger.sqlite` in an output folder.
    private func ledgerPaths() -> [String] {
        var ledgers = options.ledgers
        for dir in options.outputs {
            let candidate = (dir as NSString).appendingPathComponent("ledger.sqlite")
            if FileManager.default.fileExists(atPath: candidate), !ledgers.contains(candidate) { ledgers.append(candidate) }
        }
        return ledgers
    }

    /// Reads the ledgers: the run summary, and an error finding for each failed file.
    private func readLedgers(_ ledgers: [String], docs: inout [String: DocumentReport], notes: inout [String]) -> RunSummary? {
        var summary: RunSummary? = nil
        if !ledgers.isEmpty {
            var rows: [LedgerFile] = []
            var runs: [LedgerRun] = []
            for path in ledgers {
                do {
                    let ledger = try Ledger(path: path)
                    let files = try ledger.readFiles(), runRows = try ledger.readRuns()
                    rows += files.files
                    runs += runRows.runs
                    notes += (runRows.problems + files.problems).map { "\(path): \($0)" }
                } catch { notes.append("cannot read ledger \(path): \(error)") }
            }
            summary = RunSummary.make(ledgers: ledgers, files: rows, runs: runs)
            for row in rows where row.status == .failed {
                let name = OutputFile.key(relativePath: row.outputPath ?? row.path)
                var doc = docs[name] ?? DocumentReport(name: name, findings: [])
                doc.sourceFileName = doc.sourceFileName ?? (row.path as NSString).lastPathComponent
                doc.pageCount = doc.pageCount ?? (row.pageCount > 0 ? row.pageCount : nil)
                doc.findings.insert(Finding(source: .check, code: "convert.\(row.errorCode ?? "failed")", severity: .error,
                                            message: (row.errorMessage ?? "conversion failed")
                                                + (row.failureClass == .transient ? " (transient: the next ingest tries it again)" : "")),
                                    at: 0)
                docs[name] = doc
            }
        }
        return summary
    }

    /// Where each document's PDF is, under `options.pdfRoot`.
    private func locatePDFs(in docs: inout [String: DocumentReport]) {
        if let root = options.pdfRoot {
            var pdfs: [String: String] = [:]
            for rel in (FileManager.default.subpaths(atPath: root) ?? []).sorted() where rel.lowercased().hasSuffix(".pdf") {
                let name = (rel as NSString).lastPathComponent
                if pdfs[name] == nil { pdfs[name] = (root as NSString).appendingPathComponent(rel) }
            }
            for (name, var doc) in docs {
                doc.pdfPath = Self.pdf(for: name, sourceFileName: doc.sourceFileName, root: root) ?? pdfs[doc.sourceFileName ?? "\(name).pdf"]
                docs[name] = doc
            }
        }
    }

    /// The documents by name, each with its findings ordered: regressions first, then errors,
    /// warnings, info.
    private static func ordered(_ docs: [String: DocumentReport]) -> [DocumentReport] {
        var list = docs.values.sorted { $0.name < $1.name }
        for i in list.indices {
            // Regressions first, then errors, warnings, info.
            list[i].findings = list[i].findings.enumerated().sorted { l, r in
                let a = l.element, b = r.element
                if a.regression != b.regression { return a.regression }
                if a.severity != b.severity { return a.severity > b.severity }
                return l.offset < r.offset
            }.map(\.element)
        }
        return list
    }

    /// Adds a `convert.<code>` error for each failure in the run record `convert` left in each
    /// output folder (`ConvertRunRecord`), to the document of that output's name. Returns notes
    /// for records that cannot be read.
    static func addConvertFailures(in outputs: [String], to docs: inout [String: DocumentReport]) -> [String] {
        var notes: [String] = []
        for folder in outputs {
            let record: ConvertRunRecord?
            do { record = try ConvertRunRecord.read(from: folder) } catch {
                notes.append("cannot read \((folder as NSString).appendingPathComponent(ConvertRunRecord.fileName)): \(error)")
                continue
            }
            for failure in record?.failures ?? [] {
                let name = failure.output.isEmpty
                    ? ((failure.input as NSString).lastPathComponent as NSString).deletingPathExtension
                    : OutputFile.key(relativePath: failure.output)
                var doc = docs[name] ?? DocumentReport(name: name, findings: [])
                doc.sourceFileName = doc.sourceFileName ?? (failure.input as NSString).lastPathComponent
                doc.findings.insert(Finding(source: .check, code: "convert.\(failure.code)", severity: .error,
                                            message: failure.message), at: 0)
                docs[name] = doc
            }
        }
        return notes
    }

    /// The PDF at the output's own relative path under `root` (`sub/X` → `root/sub/X.pdf`, any
    /// case of the extension, or the source's file name in that folder), when it exists: the
    /// source folder given to `convert` mirrors the output folder. Nil otherwise.
    static func pdf(for key: String, sourceFileName: String?, root: String) -> String? {
        let folder = (root as NSString).appendingPathComponent((key as NSString).deletingLastPathComponent)
        var names = [sourceFileName].compactMap { $0 }
        let base = (key as NSString).lastPathComponent
        names += ["\(base).pdf", "\(base).PDF"]
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// A finding for one difference from the expected file.
    static func finding(from d: ExpectedDifference, output: JSONValue?) -> Finding {
        let block = d.outputPointer.flatMap { p -> JSONValue? in
            guard let json = output else { return nil }
            // Pointer of the block itself (drop a trailing /leadIn or /footnoteRefs).
            var tokens = JSONPointer.tokens(p) ?? []
            if let last = tokens.last, Int(last) == nil { tokens.removeLast() }
            return tokens.first == "blocks" ? JSONPointer.resolve(JSONPointer.make(tokens), in: json) : nil
        }
        var pages: [Int]? = nil
        if d.kind == .footnote, let p = d.outputPointer, let json = output, let page = JSONPointer.resolve(p + "/page", in: json)?.intValue {
            pages = [page]
        }
        if d.kind == .metadata { pages = [1] }
        let message: String
        switch d.kind {
        case .metadata: message = "metadata.\(d.subject): expected \(quote(d.expected)), got \(quote(d.actual))"
        case .blockChanged: message = "block \(d.subject): text differs"
        case .blockLabel: message = "block label: expected \(d.expected ?? "") got \(d.actual ?? "")"
        case .blockMissing: message = "block \(d.subject) missing: \(quote(d.expected.map { String($0.prefix(90)) }))"
        case .blockExtra: message = "extra block \(d.subject): \(quote(d.actual.map { String($0.prefix(90)) }))"
        case .leadIn: message = "block \(d.subject) leadIn: expected \(quote(d.expected)), got \(quote(d.actual))"
        case .refs: message = "block \(d.subject) footnoteRefs: expected [\(d.expected ?? "")], got [\(d.actual ?? "")]"
        case .footnote: message = "footnote \(d.subject): " + (d.actual == nil ? "missing" : "text differs")
        }
        let textual: Set<ExpectedDifference.Kind> = [.blockChanged, .footnote, .metadata]
        let diff = textual.contains(d.kind) && d.expected != nil && d.actual != nil ? WordDiff.diff(d.expected!, d.actual!) : nil
        return Finding(source: .expected, code: "expected.\(d.kind.rawValue)", severity: .error, message: message,
                       pointer: d.outputPointer, pages: pages, regions: PageRegion.of(block: block),
                       expected: d.expected, actual: d.actual, diff: diff)
    }

    static func quote(_ s: String?) -> String { s.map { "“\($0)”" } ?? "null" }
}

extension RunSummary {
    /// Summarises ledger rows and runs.
    static func make(ledgers: [String], files: [LedgerFile], runs: [LedgerRun]) -> RunSummary {
        var byStatus: [String: Int] = [:], byCode: [String: Int] = [:]
        for f in files {
            byStatus[f.status.rawValue, default: 0] += 1
            if let code = f.errorCode { byCode[code, default: 0] += 1 }
        }
        let converted = files.filter { $0.status == .converted }
        let pages = converted.reduce(0) { $0 + $1.pageCount }
        let seconds = converted.reduce(0.0) { $0 + $1.durationSeconds }
        let slowest = files.sorted { $0.durationSeconds > $1.durationSeconds }.prefix(5)
            .map { Slow(path: $0.path, seconds: $0.durationSeconds, pages: $0.pageCount) }
        let last = runs.max { $0.startedAt < $1.startedAt }
        return RunSummary(ledgers: ledgers, runs: runs.count, lastRunStarted: last?.startedAt, lastRunEnded: last?.endedAt,
                          byStatus: byStatus, byErrorCode: byCode, slowest: Array(slowest), pages: pages, seconds: seconds,
                          pagesPerSecond: seconds > 0 ? Double(pages) / seconds : nil)
    }
}
