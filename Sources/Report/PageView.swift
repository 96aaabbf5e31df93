import Foundation
import Extraction
import JSONSchema

/// The page view (`docstruct inspect FILE.pdf --html OUT.html`, and one per document of the
/// HTML report): every page rendered by Poppler with every block, item, table, footnote and
/// furniture line drawn and labelled on it, lead-ins shaded, a line from each block that holds
/// a footnote marker to its note, the header fields beside page 1, and the reading-order text
/// (or the JSON) of each page beside it. Clicking a box shows its JSON.
///
/// One self-contained HTML file (no network): page images are PNG data URIs that the browser
/// decodes only when a page nears the window, so a 70-page document opens at once.
public struct PageView {
    /// Resolution of the page images, in dots per inch (110: body text of 10 pt is 15 px high,
    /// readable without zooming; A/80/605's 71 pages then weigh about 9 MB).
    public var dpi: Double
    /// Title of the page (the document symbol or file name).
    public var title: String
    /// A link back (to the report), shown at the top; nil for none.
    public var backLink: String?

    public init(title: String, dpi: Double = 110, backLink: String? = nil) {
        self.title = title; self.dpi = dpi; self.backLink = backLink
    }

    /// The HTML text for `document` (a docstruct JSON output) over the pages of `pdf`.
    /// - Parameters:
    ///   - pdf: the source PDF, for the page images and the positions the JSON lacks; when
    ///     nil, the boxes are drawn on blank pages of the size the PDF had (`pdfProblem` says why).
    ///   - findings: drawn on the pages that carry them, numbered from 1.
    public func render(document: JSONValue, pdf: PDFFile?, findings: [Finding] = [], pdfProblem: String? = nil) -> String {
        let locator = pdf.map { PageLocator(file: $0) }
        let marks = PageMarks.marks(document: document, locator: locator, findings: findings)
        let sizes: [Int: (Double, Double)] = Dictionary(uniqueKeysWithValues: (locator?.pages ?? []).map { ($0.number, ($0.width, $0.height)) })
        let pageCount = pdf?.info.pageCount ?? (marks.map(\.page).max() ?? 1)
        var h = head()
        h += toolbar(document: document, marks: marks, pageCount: pageCount, pdfProblem: pdfProblem)
        h += "<main>\n"
        for page in 1...max(1, pageCount) {
            let image = pdf?.renderPNG(page: page, dpi: dpi)
            let size = image.map { ($0.widthPoints, $0.heightPoints) } ?? sizes[page] ?? (612, 792)
            h += pageRow(page: page, size: size, image: image, marks: marks, metadata: page == 1 ? document["metadata"] : nil)
        }
        h += "</main>\n<div id=json hidden><button id=close title=close>×</button><div id=jsonwhere></div><pre></pre></div>\n"
        h += "<script type=\"application/json\" id=marks>" + scriptSafe(JSONValue.array(marks.map(\.json)).serialized(pretty: false)) + "</script>\n"
        h += "<script>\(Self.script)</script>\n</body></html>\n"
        return h
    }

    private func head() -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>\(esc(title)) — docstruct page view</title>
        <style>\(Self.css)</style></head><body>

        """
    }

    private func toolbar(document: JSONValue, marks: [PageMark], pageCount: Int, pdfProblem: String?) -> String {
        func count(_ kind: String) -> Int { Set(marks.filter { $0.kind == kind }.compactMap(\.pointer)).count }
        var h = "<header id=bar>"
        if let backLink { h += "<a href=\"\(esc(backLink))\">← report</a> " }
        h += "<b>\(esc(title))</b> <span class=muted>\(esc(document["source"]?["fileName"]?.stringValue ?? ""))</span> · \(pageCount) pages · "
        h += "\((document["blocks"]?.arrayValue ?? []).count) blocks, \(count("item")) items, \(count("footnote")) footnotes, \(count("furniture")) furniture"
        let findings = marks.filter { $0.kind == "finding" }.count
        if findings > 0 { h += ", <b class=error>\(findings) finding box(es)</b>" }
        h += " <span class=tools><button id=zoomout title='zoom out'>−</button> <span id=zoomlevel>100%</span> <button id=zoomin title='zoom in'>+</button>"
        h += " <label><input type=checkbox id=labels checked> labels</label>"
        h += " <label>beside the page <select id=sidemode><option value=text>reading-order text</option><option value=json>JSON</option></select></label></span>"
        h += "<div class=legend>" + ["paragraph", "heading", "table", "item", "leadin", "footnote", "furniture", "finding"]
            .map { "<span class=\"key k-\($0)\">\($0 == "leadin" ? "lead-in" : $0)</span>" }.joined(separator: " ")
        h += " <span class=\"key k-link\">marker → note</span></div>"
        if let pdfProblem { h += "<p class=noimage>No page images: \(esc(pdfProblem)).</p>" }
        return h + "</header>\n"
    }

    /// One page: the image with its boxes (an SVG in PDF points over it) and, beside it, the
    /// header fields (page 1) and the page's marks in reading order.
    private func pageRow(page: Int, size: (Double, Double), image: PageImage?, marks: [PageMark], metadata: JSONValue?) -> String {
        let (w, h) = size
        let pixelWidth = image?.widthPixels ?? Int((w * dpi / 72).rounded())
        let pixelHeight = image?.heightPixels ?? Int((h * dpi / 72).rounded())
        var s = "<section class=row id=p\(page)><div class=sheet style=\"--w:\(pixelWidth)px;--h:\(pixelHeight)px\">"
        if let image {
            s += "<img alt=\"page \(page)\" width=\(pixelWidth) height=\(pixelHeight) data-src=\"\(image.dataURI)\">"
        } else {
            s += "<div class=blank></div>"
        }
        s += String(format: "<svg viewBox=\"0 0 %.2f %.2f\" preserveAspectRatio=\"none\">", w, h)
        var labels = ""
        for (i, m) in marks.enumerated() where m.page == page {
            guard let r = m.rect else { continue }
            let cls = "m k-\(m.kind)" + (m.severity.map { " s-\($0)" } ?? "")
            s += String(format: "<rect class=\"%@\" data-m=%d x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"><title>%@</title></rect>",
                        cls, i, r.x0, r.y0, max(0.5, r.x1 - r.x0), max(0.5, r.y1 - r.y0), esc(m.label.isEmpty ? "lead-in" : m.label))
            // From the left edge of the block that holds the marker (the JSON keeps no marker
            // position) down the margin to its note.
            if let t = m.linkTo, marks[t].page == page, let to = marks[t].rect {
                s += String(format: "<line class=link x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>", r.x0 - 2, r.y0 + min(6, (r.y1 - r.y0) / 2), to.x0 - 2, to.y0 + 3)
            }
            if !m.label.isEmpty {
                labels += String(format: "<text class=\"lbl k-%@\" x=\"%.2f\" y=\"%.2f\">%@</text>", m.kind, max(1, r.x0), max(5, r.y0 - 0.8), esc(m.label))
            }
        }
        s += "<g class=labels>\(labels)</g></svg><div class=pno>page \(page)</div></div>"
        s += "<aside class=side><div class=inner>"
        if let metadata { s += metadataTable(metadata) }
        for (i, m) in marks.enumerated() where m.page == page && !m.text.isEmpty {
            let cls = "e k-\(m.kind)" + (m.severity.map { " s-\($0)" } ?? "") + (m.rect == nil ? " unplaced" : "")
            s += "<div class=\"\(cls)\" data-m=\(i)><span class=tag>\(esc(m.label))</span>"
            if m.rect == nil, m.kind == "footnote" || m.kind == "furniture" { s += " <span class=muted>(not found on the page)</span>" }
            s += " <span class=t>\(esc(m.text))</span></div>"
        }
        return s + "</div></aside></section>\n"
    }

    private func metadataTable(_ metadata: JSONValue) -> String {
        guard case .object(let fields) = metadata else { return "" }
        var s = "<table class=meta><caption>header fields</caption>"
        for (key, value) in fields {
            let text: String
            switch value {
            case .null: continue
            case .string(let v): text = v
            case .array(let a): if a.isEmpty { continue }; text = a.map { $0.stringValue ?? $0.serialized(pretty: false) }.joined(separator: "; ")
            default: text = value.serialized(pretty: false)
            }
            s += "<tr><th>\(esc(key))</th><td>\(esc(text))</td></tr>"
        }
        return s + "</table>"
    }

    /// JSON text that cannot end the `<script>` element holding it.
    private func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "</", with: "<\\/").replacingOccurrences(of: "<!--", with: "\\u003c!--")
    }

    private func esc(_ s: String) -> String { HTMLRenderer().esc(s) }
}
