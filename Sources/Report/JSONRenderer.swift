import Foundation
import JSONSchema

/// `--format json`: the report for machines.
public enum JSONRenderer {
    /// The report as a JSON value: `summary`, `total` (the scorer's figures and the counts, see
    /// `totals`), `runSummary`, `runs` (the ledger's runs and what is new in the latest, see
    /// `RunOverview.json`),
    /// `documents` (each with `score` and `findings`).
    public static func render(_ report: Report) -> JSONValue {
        func ratio(_ r: Ratio) -> JSONValue { ["hit": .int(r.hit), "total": .int(r.total)] }
        func score(_ s: Score?) -> JSONValue {
            guard let s else { return .null }
            return [
                "missingOutput": .bool(s.missingOutput),
                "metadata": ratio(s.metadata),
                "blocks": s.hasBlocks ? ["exact": .int(s.exactBlocks), "expected": .int(s.expectedBlocks), "output": .int(s.outputBlocks),
                                          "f1": .double(s.blockF1)] : .null,
                "characterEdits": s.hasBlocks ? ["edits": .int(s.characters.hit), "expectedCharacters": .int(s.characters.total)] : .null,
                "refs": s.hasBlocks ? ratio(s.refs) : .null,
                "leadIn": s.hasBlocks ? ratio(s.leadIn) : .null,
                "footnotes": s.hasFootnotes ? ratio(s.footnotes) : .null,
            ]
        }
        func str(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        func finding(_ f: Finding) -> JSONValue {
            [
                "source": .string(f.source.rawValue), "code": .string(f.code), "severity": .string(f.severity.rawValue),
                "regression": .bool(f.regression), "message": .string(f.message), "pointer": str(f.pointer),
                "pages": .array(f.pages.map(JSONValue.int)),
                "boxes": .array(f.regions.map { ["page": .int($0.page), "x0": .double($0.x0), "y0": .double($0.y0), "x1": .double($0.x1), "y1": .double($0.y1)] }),
                "expected": str(f.expected), "actual": str(f.actual),
                "diff": f.diff.map { .array($0.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }) } ?? .null,
            ]
        }
        let all = report.findings
        var summary: JSONObject = [
            "documents": .int(report.documents.count),
            "errors": .int(all.filter { $0.severity == .error }.count),
            "warnings": .int(all.filter { $0.severity == .warning }.count),
            "info": .int(all.filter { $0.severity == .info }.count),
            "regressions": .int(all.filter(\.regression).count),
        ]
        summary["totalLine"] = str(report.totalLine)
        var root: JSONObject = ["summary": .object(summary), "notes": .array(report.notes.map(JSONValue.string))]
        root["total"] = .object(totals(report, score: score(report.total)))
        if let s = report.runSummary {
            root["runSummary"] = [
                "ledgers": .array(s.ledgers.map(JSONValue.string)), "runs": .int(s.runs),
                "lastRunStarted": str(s.lastRunStarted), "lastRunEnded": str(s.lastRunEnded),
                "byStatus": .object(JSONObject(s.byStatus.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                "byErrorCode": .object(JSONObject(s.byErrorCode.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                "slowest": .array(s.slowest.map { ["path": .string($0.path), "seconds": .double($0.seconds), "pages": .int($0.pages)] }),
                "pages": .int(s.pages), "seconds": .double(s.seconds),
                "pagesPerSecond": s.pagesPerSecond.map(JSONValue.double) ?? .null,
            ]
        } else { root["runSummary"] = .null }
        root["runs"] = report.runOverview.map(\.json) ?? .null
        root["documents"] = .array(report.documents.map { d in
            [
                "name": .string(d.name), "output": str(d.outputPath), "sourceFileName": str(d.sourceFileName),
                "pdf": str(d.pdfPath), "pageCount": d.pageCount.map(JSONValue.int) ?? .null,
                "score": score(d.score), "findings": .array(d.findings.map(finding)),
            ]
        })
        return .object(root)
    }

    /// `total`: the scorer's sums over the expected files when there are some (`documents` is then
    /// the number scored), and always the document and finding counts of the whole report.
    static func totals(_ report: Report, score: JSONValue) -> JSONObject {
        var total = score.objectValue ?? JSONObject()
        total["documents"] = .int(report.total == nil ? report.documents.count : report.scoredDocuments)
        total["documentsReported"] = .int(report.documents.count)
        let all = report.findings
        total["documentsWithErrors"] = .int(report.documents.filter { $0.worst == .error }.count)
        total["errors"] = .int(all.filter { $0.severity == .error }.count)
        total["warnings"] = .int(all.filter { $0.severity == .warning }.count)
        total["info"] = .int(all.filter { $0.severity == .info }.count)
        total["regressions"] = .int(all.filter(\.regression).count)
        total["failedConversions"] = .int(all.filter { $0.code.hasPrefix("convert.") }.count)
        return total
    }
}
