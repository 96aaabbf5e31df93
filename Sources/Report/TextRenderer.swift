import Foundation

/// The terminal report: totals, run summary, then each document with findings, worst first.
/// ANSI colours only when asked (on a terminal). Control characters in the data (text from the
/// PDFs, file names) are printed escaped (`TerminalText`), so only our own colour codes reach
/// the terminal.
public struct TextRenderer {
    public var colour: Bool
    /// Findings shown per document before "… and N more" (0: all).
    public var limit: Int

    public init(colour: Bool, limit: Int = 0) { self.colour = colour; self.limit = limit }

    private func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    /// Data made safe to print (tabs and newlines kept: messages may span lines).
    private func safe(_ s: String) -> String { TerminalText.escaped(s, keepingTabsAndNewlines: true) }
    private func tag(_ f: Finding) -> String {
        if f.regression { return paint("REGRESSION", "1;35") }
        switch f.severity {
        case .error: return paint("error  ", "1;31")
        case .warning: return paint("warning", "33")
        case .info: return paint("info   ", "2")
        }
    }

    /// The report as text.
    public func render(_ report: Report) -> String {
        var out: [String] = []
        let docs = report.documents
        let all = report.findings
        out.append(paint("docstruct report", "1") + " — \(docs.count) document(s): "
                   + "\(all.filter { $0.severity == .error }.count) error(s), \(all.filter { $0.severity == .warning }.count) warning(s), "
                   + "\(all.filter { $0.severity == .info }.count) info" + (report.options.baseline != nil ? ", \(all.filter(\.regression).count) regression(s)" : ""))
        for note in report.notes { out.append(paint("note: ", "33") + safe(note)) }
        if let total = report.totalLine { out.append(total) }
        if let s = report.runSummary {
            out.append("")
            out.append(paint("Run summary", "1") + " (\(safe(s.ledgers.joined(separator: ", "))); \(s.runs) run(s)\(s.lastRunStarted.map { ", last started \($0)" } ?? ""))")
            out.append("  status: " + safe(s.byStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
            if !s.byErrorCode.isEmpty {
                out.append("  errors: " + safe(s.byErrorCode.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
            }
            out.append(String(format: "  pages %d in %.2f s of document time", s.pages, s.seconds)
                       + (s.pagesPerSecond.map { String(format: ", %.1f pages/s", $0) } ?? ""))
            for slow in s.slowest { out.append(String(format: "  slow: %6.2f s %4d p  ", slow.seconds, slow.pages) + safe(slow.path)) }
        }
        for doc in docs.sorted(by: Self.worstFirst) where !doc.findings.isEmpty || doc.score != nil {
            out.append("")
            var head = paint(safe(doc.name), "1")
            if let score = doc.score { head += "  " + score.documentLine }
            out.append(head)
            if let src = doc.outputPath { out.append(paint("  \(safe(src))", "2")) }
            let shown = limit > 0 ? Array(doc.findings.prefix(limit)) : doc.findings
            for f in shown {
                let pages = f.pages.isEmpty ? "" : " p.\(f.pages.map(String.init).joined(separator: ","))"
                out.append("  \(tag(f)) \(safe(f.code))\(pages): \(safe(f.message))")
                if let pointer = f.pointer, !pointer.isEmpty, f.source != .schema { out.append(paint("          at \(safe(pointer))", "2")) }
                if let diff = f.diff, f.code != "expected.metadata" {
                    out.append("          " + renderDiff(diff))
                }
            }
            if shown.count < doc.findings.count { out.append("  … and \(doc.findings.count - shown.count) more") }
        }
        let clean = docs.filter { $0.findings.isEmpty }.count
        if clean > 0 { out.append(""); out.append("\(clean) document(s) without findings.") }
        if let total = report.totalLine { out.append(""); out.append(total) }
        return out.joined(separator: "\n") + "\n"
    }

    /// The word diff, each segment's text made safe for the terminal; with colour, deletions red
    /// and insertions green (the marks are added to the segments, never searched for in text).
    private func renderDiff(_ segments: [WordDiff.Segment]) -> String {
        let safe = segments.map { WordDiff.Segment($0.operation, TerminalText.escaped($0.text)) }
        guard colour else { return WordDiff.render(safe) }
        return WordDiff.render(safe) { operation, text in
            (operation == .delete ? "\u{1B}[31m" : "\u{1B}[32m") + WordDiff.bracketed(operation, text) + "\u{1B}[0m"
        }
    }

    /// Regressions, then errors, warnings and info; then by name.
    static func worstFirst(_ a: DocumentReport, _ b: DocumentReport) -> Bool {
        if a.regressions != b.regressions { return a.regressions > b.regressions }
        if a.count(.error) != b.count(.error) { return a.count(.error) > b.count(.error) }
        if a.count(.warning) != b.count(.warning) { return a.count(.warning) > b.count(.warning) }
        return a.name < b.name
    }
}
