import Foundation

/// `--html FILE`: one self-contained page (no network; page images embedded as data URIs) with
/// the summary, a sortable list of documents and, for each document with findings, its
/// findings and the pages they concern with the affected boxes drawn on them.
public struct HTMLRenderer {
    /// Resolution of the page images.
    public var dpi: Double
    /// Pages rendered per document at most (`report --max-pages`): the pages that carry
    /// findings, the most serious first (see `pagesByConcern`).
    public var maxPagesPerDocument: Int

    public init(dpi: Double = 72, maxPagesPerDocument: Int = 3) { self.dpi = dpi; self.maxPagesPerDocument = maxPagesPerDocument }

    /// The HTML text.
    /// - Parameter pageViews: document name → link (relative to the report) of its page view,
    ///   as `ReportPageViews.write` returns them.
    public func render(_ report: Report, pageViews: [String: String] = [:]) -> String {
        var h = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>docstruct report</title>
        <style>\(Self.css)</style></head><body>
        <h1>docstruct report</h1>

        """
        let all = report.findings
        h += "<p class=summary>\(report.documents.count) documents · <b class=error>\(all.filter { $0.severity == .error }.count) errors</b> · "
        h += "<b class=warning>\(all.filter { $0.severity == .warning }.count) warnings</b> · \(all.filter { $0.severity == .info }.count) info"
        if report.options.baseline != nil { h += " · <b class=regression>\(all.filter(\.regression).count) regressions</b>" }
        h += "</p>\n"
        for note in report.notes { h += "<p class=note>\(esc(note))</p>\n" }
        if let overview = report.runOverview {
            h += newTonightSection(overview, pageViews: pageViews, withFindings: Set(report.documents.filter { !$0.findings.isEmpty }.map(\.name)))
            h += runsSection(overview)
        }
        if let line = report.totalLine { h += "<pre class=total>\(esc(line))</pre>\n" }
        if let s = report.runSummary {
            h += "<h2>Run summary</h2><table class=run><tr><th>status</th><td>"
            h += s.byStatus.sorted { $0.key < $1.key }.map { "\(esc($0.key)) \($0.value)" }.joined(separator: ", ") + "</td></tr>"
            if !s.byErrorCode.isEmpty {
                h += "<tr><th>errors</th><td>" + s.byErrorCode.sorted { $0.key < $1.key }.map { "\(esc($0.key)) \($0.value)" }.joined(separator: ", ") + "</td></tr>"
            }
            h += "<tr><th>speed</th><td>\(s.pages) pages in \(String(format: "%.2f", s.seconds)) s"
            h += (s.pagesPerSecond.map { String(format: " (%.1f pages/s)", $0) } ?? "") + "</td></tr>"
            for slow in s.slowest { h += "<tr><th>slow</th><td>\(String(format: "%.2f", slow.seconds)) s, \(slow.pages) p — \(esc(slow.path))</td></tr>" }
            h += "</table>\n"
        }
        h += documentsTable(report, pageViews: pageViews)
        // Each document with findings.
        for doc in report.documents.sorted(by: TextRenderer.worstFirst) where !doc.findings.isEmpty {
            h += "<section id=\"\(anchor(doc.name))\"><h2>\(esc(doc.name))</h2>\n"
            if let s = doc.score { h += "<p class=score>\(esc(s.documentLine))</p>" }
            if let p = doc.outputPath { h += "<p class=path>\(esc(p))</p>" }
            if let view = pageViews[doc.name] { h += "<p><a href=\"\(esc(view))\">page view: every page, every box, findings drawn</a></p>" }
            h += "<ol class=findings>\n"
            for (i, f) in doc.findings.enumerated() {
                let cls = f.regression ? "regression" : f.severity.rawValue
                h += "<li id=\"\(anchor(doc.name))-\(i + 1)\" class=\(cls)><span class=tag>\(f.regression ? "regression" : f.severity.rawValue)</span> "
                h += "<code>\(esc(f.code))</code>"
                if !f.pages.isEmpty { h += " <span class=pages>p.\(f.pages.map(String.init).joined(separator: ","))</span>" }
                h += " \(esc(f.message))"
                if let ptr = f.pointer, !ptr.isEmpty { h += " <span class=ptr>\(esc(ptr))</span>" }
                if let diff = f.diff, f.code != "expected.metadata" { h += "<div class=diff>\(renderDiff(diff))</div>" }
                h += "</li>\n"
            }
            h += "</ol>\n"
            h += pages(for: doc)
            h += "</section>\n"
        }
        h += "<script>\(Self.script)</script>\n</body></html>\n"
        return h
    }

    /// The scorer's four cells (meta, blocks, CER, footnotes) of the documents table.
    func scoreCells(_ s: Score?) -> String {
        var h = cell(s.map { ($0.metadata.hit, $0.metadata.total) })
        h += cell(s.flatMap { $0.hasBlocks ? ($0.exactBlocks, $0.expectedBlocks) : nil })
        if let s, s.hasBlocks {
            let v = s.characters.total == 0 ? 0 : Double(s.characters.hit) / Double(s.characters.total)
            h += "<td data-v=\(v)>\(s.characters.percent)</td>"
        } else { h += "<td data-v=-1></td>" }
        return h + cell(s.flatMap { $0.hasFootnotes ? ($0.footnotes.hit, $0.footnotes.total) : nil })
    }

    private func cell(_ v: (Int, Int)?) -> String {
        guard let (a, b) = v else { return "<td data-v=-1></td>" }
        return "<td data-v=\(b == 0 ? 1 : Double(a) / Double(b))>\(a)/\(b)</td>"
    }

    private func renderDiff(_ segments: [WordDiff.Segment]) -> String {
        segments.map { s in
            switch s.operation {
            case .equal: return esc(s.text)
            case .delete: return "<del>\(esc(s.text))</del>"
            case .insert: return "<ins>\(esc(s.text))</ins>"
            }
        }.joined(separator: " ")
    }

    /// The page images with numbered boxes, or the reason there are none.
    private func pages(for doc: DocumentReport) -> String {
        var byPage: [Int: [(Int, Finding, PageRegion)]] = [:]
        for (i, f) in doc.findings.enumerated() {
            for r in f.regions { byPage[r.page, default: []].append((i + 1, f, r)) }
            if f.regions.isEmpty { for p in f.pages { byPage[p, default: []] += [] } }
        }
        let concerns = Self.concerns(doc.findings)
        let order = Self.ordered(concerns)
        guard !byPage.isEmpty else { return "" }
        guard let pdf = doc.pdfPath else {
            let why = doc.sourceFileName == nil ? "the output names no source PDF" : "no PDF named \(doc.sourceFileName!) (give --pdf-root DIR)"
            return "<p class=noimage>No page images: \(esc(why)). Pages concerned: \(byPage.keys.sorted().map(String.init).joined(separator: ", ")).</p>\n"
        }
        guard let renderer = PageRenderer(path: pdf) else { return "<p class=noimage>No page images: Poppler cannot open \(esc(pdf)).</p>\n" }
        var h = "<div class=pagelist>"
        let chosen = order.prefix(maxPagesPerDocument)
        for page in chosen {
            guard let image = renderer.render(page: page, dpi: dpi) else { continue }
            h += "<figure class=page><div class=sheet><img alt=\"page \(page) of \(esc(doc.name))\" src=\"\(image.dataURI)\">"
            for (n, f, r) in byPage[page] ?? [] {
                let left = 100 * r.x0 / image.widthPoints, top = 100 * r.y0 / image.heightPoints
                let width = 100 * max(1, r.x1 - r.x0) / image.widthPoints, height = 100 * max(1, r.y1 - r.y0) / image.heightPoints
                let cls = f.regression ? "regression" : f.severity.rawValue
                h += String(format: "<a class=\"box %@\" href=\"#%@-%d\" title=\"%@\" style=\"left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%\"><span>%d</span></a>",
                            cls, anchor(doc.name), n, esc("\(n). \(f.code): \(f.message)"), left, top, width, height, n)
            }
            let count = concerns[page]?.count ?? 0
            h += "</div><figcaption>page \(page): \(count) finding\(count == 1 ? "" : "s")</figcaption></figure>"
        }
        if byPage.count > chosen.count { h += "<p class=noimage>\(byPage.count - chosen.count) more page(s) with findings not rendered.</p>" }
        return h + "</div>\n"
    }

    /// What each page's findings amount to: a regression among them, the worst severity, how
    /// many. A finding concerns the pages of its regions and its `pages`.
    typealias PageConcern = (regression: Bool, severity: Severity, count: Int)
    static func concerns(_ findings: [Finding]) -> [Int: PageConcern] {
        var worst: [Int: PageConcern] = [:]
        for f in findings {
            for page in Set(f.pages + f.regions.map(\.page)) {
                let old = worst[page] ?? (false, .info, 0)
                worst[page] = (old.regression || f.regression, max(old.severity, f.severity), old.count + 1)
            }
        }
        return worst
    }

    /// The pages that carry findings, most serious first: a regression before an error before a
    /// warning before an info finding, then more findings before fewer, then the earlier page.
    public static func pagesByConcern(_ findings: [Finding]) -> [Int] { ordered(concerns(findings)) }

    static func ordered(_ worst: [Int: PageConcern]) -> [Int] {
        worst.keys.sorted { a, b in
            let l = worst[a]!, r = worst[b]!
            if l.regression != r.regression { return l.regression }
            if l.severity != r.severity { return l.severity > r.severity }
            if l.count != r.count { return l.count > r.count }
            return a < b
        }
    }

    func anchor(_ s: String) -> String {
        "d-" + String(s.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "_" })
    }

    /// HTML-escapes text.
    func esc(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static let css = """
    body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
    h1{margin:0 0 .3em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}
    .error{color:#b00}.warning{color:#a60}.info{color:#666}.regression{color:#808}
    pre.total{background:#f4f4f4;padding:.5em}
    table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 8px;text-align:left}
    table.sortable th{cursor:pointer;background:#eee;user-select:none}
    table.sortable th.asc::after{content:" ▲"}table.sortable th.desc::after{content:" ▼"}
    ol.findings li{margin:.25em 0}ol.findings li .tag{font-weight:bold;text-transform:uppercase;font-size:11px}
    ol.findings li code{color:#222}.pages,.ptr,.path{color:#777;font-size:12px}
    .diff{color:#222;background:#fafafa;padding:3px 6px;margin:2px 0;font-family:serif}
    del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
    .pagelist{display:flex;flex-wrap:wrap;gap:12px}
    figure.page{margin:0}.sheet{position:relative;display:inline-block;border:1px solid #999;line-height:0}
    .sheet img{display:block;max-width:560px;height:auto}
    a.box{position:absolute;border:2px solid;box-sizing:border-box;line-height:1}
    a.box.error{border-color:rgba(200,0,0,.8);background:rgba(255,0,0,.08)}
    a.box.warning{border-color:rgba(220,140,0,.9);background:rgba(255,170,0,.08)}
    a.box.info{border-color:rgba(90,90,90,.6)}a.box.regression{border-color:rgba(140,0,140,.9);background:rgba(140,0,140,.08)}
    a.box span{position:absolute;left:-2px;top:-16px;background:#333;color:#fff;font-size:11px;padding:1px 3px;text-decoration:none}
    .noimage{color:#777;font-style:italic}
    #new{background:#fff8e1;border:1px solid #f0c36d;padding:0 12px 8px;margin-top:1em}#new h2{border:0}
    #new h3{margin:.6em 0 .2em;font-size:14px}ul.new li{margin:.15em 0}ul.new.failed b{color:#b00}.quiet{color:#2e7d32}
    svg.chart rect.conv{fill:#66bb6a}svg.chart rect.fail{fill:#e53935}svg.chart polyline.speed{fill:none;stroke:#1565c0;stroke-width:2}
    svg.chart text{font-size:10px;text-anchor:middle;fill:#555}svg.chart text.axis{text-anchor:start}
    .legend .conv{color:#66bb6a}.legend .fail{color:#e53935}.legend .speed{color:#1565c0;font-weight:bold}
    table.runs{margin-top:6px}#shown{color:#777}
    """

    static let script = """
    (function(){
      var box=document.getElementById('filter'), rows=document.querySelectorAll('#docs tbody tr'), shown=document.getElementById('shown');
      if(!box)return;
      function apply(){var q=box.value.trim().toLowerCase(), n=0;
        rows.forEach(function(r){var ok=!q||r.dataset.filter.indexOf(q)>=0;r.hidden=!ok;if(ok)n++});
        shown.textContent=n+' of '+rows.length+' shown';}
      box.addEventListener('input',apply);apply();
    })();
    document.querySelectorAll('table.sortable').forEach(function(table){
      table.querySelectorAll('th').forEach(function(th){
        th.addEventListener('click',function(){
          var col=+th.dataset.col, body=table.tBodies[0], asc=!th.classList.contains('asc');
          table.querySelectorAll('th').forEach(function(x){x.classList.remove('asc','desc')});
          th.classList.add(asc?'asc':'desc');
          var rows=Array.prototype.slice.call(body.rows);
          rows.sort(function(a,b){
            var x=a.cells[col].dataset.v, y=b.cells[col].dataset.v, nx=parseFloat(x), ny=parseFloat(y);
            var c=(isNaN(nx)||isNaN(ny))?x.localeCompare(y):nx-ny;
            return asc?c:-c;
          });
          rows.forEach(function(r){body.appendChild(r)});
        });
      });
    });
    """
}
