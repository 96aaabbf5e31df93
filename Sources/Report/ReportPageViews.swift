import Foundation
import Extraction
import JSONSchema

/// Writes the page view (`PageView`) of each document of a report, with its findings drawn on
/// the pages that carry them, into a folder beside the HTML report: `REPORT.html` gets
/// `REPORT-pages/NAME.html`.
public enum ReportPageViews {
    /// Writes the page views of at most `limit` documents, worst first, that have a readable
    /// output and a PDF (from `--pdf-root`, or the ledger's source folder for an ingest
    /// output). Each file is written atomically.
    /// - Returns: document name → link relative to the report, for the documents written, and
    ///   a note for each page view that could not be written.
    public static func write(report: Report, htmlPath: String, limit: Int, dpi: Double = 110) -> (links: [String: String], notes: [String]) {
        guard limit > 0 else { return ([:], []) }
        let html = URL(fileURLWithPath: htmlPath)
        let folderName = html.deletingPathExtension().lastPathComponent + "-pages"
        let folder = html.deletingLastPathComponent().appendingPathComponent(folderName)
        var links: [String: String] = [:], notes: [String] = []
        var written = 0
        for doc in report.documents.sorted(by: TextRenderer.worstFirst) where written < limit {
            guard let output = doc.outputPath, let pdfPath = pdf(for: doc, report: report),
                  let data = FileManager.default.contents(atPath: output), let json = try? JSONValue.parse(data) else { continue }
            let file: PDFFile
            do { file = try PDFFile(url: URL(fileURLWithPath: pdfPath)) } catch {
                notes.append("no page view for \(doc.name): \(error)"); continue
            }
            let fileName = safeName(doc.name) + ".html"
            let view = PageView(title: doc.symbol ?? doc.name, dpi: dpi, backLink: "../" + html.lastPathComponent)
            let text = view.render(document: json, pdf: file, findings: doc.findings)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: folder.appendingPathComponent(fileName), options: .atomic)
            } catch { notes.append("cannot write the page view of \(doc.name): \(error.localizedDescription)"); continue }
            links[doc.name] = folderName + "/" + fileName
            written += 1
        }
        return (links, notes)
    }

    /// The PDF of a document: the one `--pdf-root` found, else the ledger's source file of its output.
    static func pdf(for doc: DocumentReport, report: Report) -> String? {
        if let p = doc.pdfPath { return p }
        guard let out = doc.outputPath, let overview = report.runOverview else { return nil }
        let absolute = URL(fileURLWithPath: out).standardizedFileURL.path
        return overview.pdfByOutput[absolute] ?? overview.pdfByOutput[out]
    }

    /// A file name of letters, digits, `.`, `-` and `_` only.
    static func safeName(_ name: String) -> String {
        String(name.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) ? Character($0) : "_" })
    }
}
