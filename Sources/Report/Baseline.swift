import Foundation
import JSONSchema

/// Compares one document's output with the previous run's: newly failing or fixed, and the
/// fields, blocks and footnotes that changed. Losses (a document, block, note or field gone,
/// a new check finding) are regressions.
public enum BaselineComparison {
    /// The changes from `old` to `new` (either nil when that run has no readable output).
    public static func compare(old: JSONValue?, new: JSONValue?, checks: OutputChecks) -> [Finding] {
        switch (old, new) {
        case (nil, nil): return []
        case (_?, nil):
            return [Finding(source: .baseline, code: "baseline.newlyFailing", severity: .error, regression: true,
                            message: "converted in the baseline, no output now.")]
        case (nil, _?):
            return [Finding(source: .baseline, code: "baseline.fixed", severity: .info,
                            message: "no output in the baseline, converted now.")]
        case let (old?, new?):
            return changes(old, new, checks: checks)
        }
    }

    static func changes(_ old: JSONValue, _ new: JSONValue, checks: OutputChecks) -> [Finding] {
        var findings: [Finding] = []
        // Metadata, field by field.
        let om = old["metadata"]?.objectValue ?? JSONObject(), nm = new["metadata"]?.objectValue ?? JSONObject()
        var fields = om.keys
        for k in nm.keys where !fields.contains(k) { fields.append(k) }
        for field in fields {
            let a = om[field] ?? .null, b = nm[field] ?? .null
            guard a != b else { continue }
            let lost = b == .null || b == .array([])
            findings.append(Finding(source: .baseline, code: lost ? "baseline.fieldLost" : "baseline.fieldChanged",
                                    severity: .warning, regression: lost,
                                    message: "metadata.\(field): was \(ReportBuilder.quote(ExpectedComparison.display(a))), now \(ReportBuilder.quote(ExpectedComparison.display(b)))",
                                    pointer: "/metadata/\(field)", pages: [1],
                                    expected: ExpectedComparison.display(a), actual: ExpectedComparison.display(b)))
        }
        // Blocks, aligned as the scorer aligns them.
        let ob = FlatBlock.flatten(old["blocks"]), nb = FlatBlock.flatten(new["blocks"])
        for pair in BlockAligner.align(ob, nb) {
            switch (pair.expected, pair.output) {
            case let (i?, j?):
                let a = ob[i], b = nb[j]
                if a.text != b.text || a.key != b.key || ScoreText.norm(a.value["leadIn"]) != ScoreText.norm(b.value["leadIn"])
                    || a.value["footnoteRefs"] != b.value["footnoteRefs"] {
                    var what: [String] = []
                    if a.key != b.key { what.append("label \(a.key) → \(b.key)") }
                    if a.text != b.text { what.append("text") }
                    if ScoreText.norm(a.value["leadIn"]) != ScoreText.norm(b.value["leadIn"]) { what.append("leadIn") }
                    if a.value["footnoteRefs"] != b.value["footnoteRefs"] { what.append("footnoteRefs") }
                    findings.append(Finding(source: .baseline, code: "baseline.blockChanged", severity: .warning,
                                            message: "block \(b.key) changed: \(what.joined(separator: ", "))",
                                            pointer: b.pointer, regions: PageRegion.of(block: b.value),
                                            expected: a.text, actual: b.text,
                                            diff: a.text != b.text ? WordDiff.diff(a.text, b.text) : nil))
                }
            case let (i?, nil):
                findings.append(Finding(source: .baseline, code: "baseline.blockRemoved", severity: .warning, regression: true,
                                        message: "block \(ob[i].key) is gone: “\(ob[i].text.prefix(90))”", expected: ob[i].text))
            case let (nil, j?):
                findings.append(Finding(source: .baseline, code: "baseline.blockAdded", severity: .warning,
                                        message: "new block \(nb[j].key): “\(nb[j].text.prefix(90))”", pointer: nb[j].pointer,
                                        regions: PageRegion.of(block: nb[j].value), actual: nb[j].text))
            case (nil, nil): break
            }
        }
        // Footnotes by marker.
        func notes(_ doc: JSONValue) -> [(String, String, Int)] {
            (doc["footnotes"]?.arrayValue ?? []).enumerated().compactMap { i, f in
                f["marker"]?.stringValue.map { ($0, ScoreText.norm(f["text"]), i) }
            }
        }
        let on = notes(old), nn = notes(new)
        for (marker, text, _) in on {
            if let (_, t, i) = nn.first(where: { $0.0 == marker }) {
                if t != text {
                    findings.append(Finding(source: .baseline, code: "baseline.footnoteChanged", severity: .warning,
                                            message: "footnote \(marker) changed", pointer: "/footnotes/\(i)",
                                            pages: new["footnotes"]?[i]?["page"]?.intValue.map { [$0] } ?? [],
                                            expected: text, actual: t, diff: WordDiff.diff(text, t)))
                }
            } else {
                findings.append(Finding(source: .baseline, code: "baseline.footnoteRemoved", severity: .warning, regression: true,
                                        message: "footnote \(marker) is gone: “\(text.prefix(80))”", expected: text))
            }
        }
        for (marker, text, i) in nn where !on.contains(where: { $0.0 == marker }) {
            findings.append(Finding(source: .baseline, code: "baseline.footnoteAdded", severity: .info,
                                    message: "new footnote \(marker): “\(text.prefix(80))”", pointer: "/footnotes/\(i)", actual: text))
        }
        // Check findings that are new in this run.
        let before = Set(checks.run(old).filter { $0.severity >= .warning }.map { "\($0.code) \($0.message)" })
        for f in checks.run(new) where f.severity >= .warning && !before.contains("\(f.code) \(f.message)") {
            var g = f
            g.source = .baseline
            g.code = "baseline.new:" + f.code
            g.regression = true
            g.message = "new since the baseline: " + f.message
            findings.append(g)
        }
        return findings
    }
}
