import Foundation

/// The run-centred parts of the HTML report: what is new in the latest run, the table and chart
/// of runs, and the list of documents worst first with a filter box.
extension HTMLRenderer {
    /// "New tonight": failures of the latest run, documents whose warnings and errors grew since
    /// their previous conversion, documents with unplaced text; each names its document and links
    /// to its page view or its findings.
    func newTonightSection(_ overview: RunOverview, pageViews: [String: String], withFindings: Set<String>) -> String {
        var h = "<section id=new><h2>New tonight</h2>"
        guard !overview.newTonight.isEmpty else { return h + "<p class=quiet>Nothing new in the latest run: no failure, no document with more warnings or errors than before, no unplaced text.</p></section>\n" }
        let titles: [RunOverview.NewItem.Reason: String] = [.failed: "Failed in this run", .findingsGrew: "More warnings and errors than at the previous run",
                                                             .unplacedText: "Unplaced text"]
        for reason in [RunOverview.NewItem.Reason.failed, .findingsGrew, .unplacedText] {
            let items = overview.newTonight.filter { $0.reason == reason }
            guard !items.isEmpty else { continue }
            h += "<h3>\(titles[reason]!) (\(items.count))</h3><ul class=\"new \(reason.rawValue)\">"
            for item in items {
                var links: [String] = []
                if let view = pageViews[item.name] { links.append("<a href=\"\(esc(view))\">page view</a>") }
                if withFindings.contains(item.name) { links.append("<a href=\"#\(anchor(item.name))\">findings</a>") }
                h += "<li data-doc=\"\(esc(item.name))\"><b>\(esc(item.path))</b> — \(esc(item.detail))"
                h += links.isEmpty ? "" : " (" + links.joined(separator: ", ") + ")"
                h += "</li>"
            }
            h += "</ul>"
        }
        return h + "</section>\n"
    }

    /// The runs table, newest first, after a small chart of converted and failed documents and
    /// pages per second over the runs.
    func runsSection(_ overview: RunOverview) -> String {
        guard !overview.runs.isEmpty else { return "" }
        var h = "<section id=runs><h2>Runs</h2>" + runsChart(overview.runs)
        h += "<table class=runs><thead><tr><th>run</th><th>started</th><th>ended</th><th>host</th><th>converted</th><th>failed</th>"
        h += "<th>unchanged</th><th>removed</th><th>pages</th><th>pages/s</th><th>wall time</th><th>exit</th></tr></thead><tbody>"
        let several = Set(overview.runs.map(\.ledger)).count > 1
        for r in overview.runs.reversed() {
            let run = r.run
            h += "<tr><td>\(run.id)\(several ? " <span class=path>\(esc((r.ledger as NSString).lastPathComponent))</span>" : "")</td>"
            h += "<td>\(esc(run.startedAt))</td><td>\(esc(run.endedAt ?? "(not ended)"))</td><td>\(esc(run.host))</td>"
            h += "<td>\(run.converted)</td><td class=\(run.failed > 0 ? "error" : "")>\(run.failed)</td><td>\(run.skipped)</td><td>\(run.removed)</td>"
            h += "<td>\(r.pages)</td><td>\(r.pagesPerSecond.map { String(format: "%.1f", $0) } ?? "—")</td>"
            h += "<td>\(r.wallSeconds.map { String(format: "%.0f s", $0) } ?? "—")</td><td>\(run.exitStatus.map(String.init) ?? "—")</td></tr>"
        }
        return h + "</tbody></table></section>\n"
    }

    /// Bars of converted (green) and failed (red) documents per run, oldest left, with pages per
    /// second as a line over them; an inline SVG, 24 px per run.
    func runsChart(_ runs: [RunOverview.Run]) -> String {
        let shown = Array(runs.suffix(60))
        let height = 90.0, barWidth = 24.0, width = max(200, barWidth * Double(shown.count) + 40)
        let most = Double(max(1, shown.map { $0.run.converted + $0.run.failed }.max() ?? 1))
        let fastest = shown.compactMap(\.pagesPerSecond).max() ?? 0
        var s = String(format: "<svg class=chart width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=img aria-label=\"documents per run\">", width, height + 16, width, height + 16)
        var points: [String] = []
        for (i, r) in shown.enumerated() {
            let x = 30 + Double(i) * barWidth
            let conv = height * Double(r.run.converted) / most, fail = height * Double(r.run.failed) / most
            s += String(format: "<rect class=conv x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>run %lld: converted %d</title></rect>",
                        x, height - conv, barWidth - 6, conv, r.run.id, r.run.converted)
            s += String(format: "<rect class=fail x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>run %lld: failed %d</title></rect>",
                        x, height - conv - fail, barWidth - 6, fail, r.run.id, r.run.failed)
            s += String(format: "<text x=\"%.1f\" y=\"%.0f\">%lld</text>", x + (barWidth - 6) / 2, height + 12, r.run.id)
            if let pps = r.pagesPerSecond, fastest > 0 { points.append(String(format: "%.1f,%.1f", x + (barWidth - 6) / 2, height - height * pps / fastest * 0.95)) }
        }
        if points.count > 1 { s += "<polyline class=speed points=\"\(points.joined(separator: " "))\"/>" }
        s += String(format: "<text class=axis x=\"0\" y=\"10\">%.0f</text>", most)
        s += "</svg><p class=legend><span class=conv>■</span> converted <span class=fail>■</span> failed "
        s += fastest > 0 ? String(format: "<span class=speed>—</span> pages/s (top %.1f)</p>", fastest) : "</p>"
        return s
    }

    /// The documents, worst first (regressions, errors, warnings, info), with a filter box and
    /// the symbol, page count and a link to each page view.
    func documentsTable(_ report: Report, pageViews: [String: String]) -> String {
        var h = "<h2>Documents</h2><p><input id=filter type=search placeholder=\"filter: name, symbol, code…\" size=40> <span id=shown></span></p>"
        h += "<table id=docs class=sortable><thead><tr>"
        let withScores = report.options.expected != nil
        var columns = ["document", "symbol", "pages", "errors", "warnings", "info", "regressions"]
        if withScores { columns += ["meta", "blocks", "CER", "footnotes"] }
        columns.append("page view")
        for (i, c) in columns.enumerated() { h += "<th data-col=\(i)>\(c)</th>" }
        h += "</tr></thead><tbody>\n"
        for doc in report.documents.sorted(by: TextRenderer.worstFirst) {
            let codes = Set(doc.findings.map(\.code)).sorted().joined(separator: " ")
            h += "<tr data-filter=\"\(esc([doc.name, doc.symbol ?? "", codes].joined(separator: " ").lowercased()))\">"
            h += "<td data-v=\"\(esc(doc.name))\">" + (doc.findings.isEmpty ? esc(doc.name) : "<a href=\"#\(anchor(doc.name))\">\(esc(doc.name))</a>") + "</td>"
            h += "<td data-v=\"\(esc(doc.symbol ?? ""))\">\(esc(doc.symbol ?? ""))</td><td data-v=\(doc.pageCount ?? -1)>\(doc.pageCount.map(String.init) ?? "")</td>"
            for n in [doc.count(.error), doc.count(.warning), doc.count(.info), doc.regressions] { h += "<td data-v=\(n)>\(n)</td>" }
            if withScores { h += scoreCells(doc.score) }
            let view = pageViews[doc.name]
            h += "<td data-v=\"\(view == nil ? 0 : 1)\">" + (view.map { "<a href=\"\(esc($0))\">pages</a>" } ?? "") + "</td></tr>\n"
        }
        return h + "</tbody></table>\n"
    }
}
