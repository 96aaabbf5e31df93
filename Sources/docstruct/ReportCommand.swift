import ArgumentParser
import Foundation
import JSONSchema
import Report
import Ledger

/// `docstruct report`: what went wrong in converted outputs and where to look.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Check converted outputs, compare them with expected files or a previous run, and summarise the ledger.",
        discussion: """
        Checks each output on its own (numbering, sub-items, footnotes, header fields, furniture or notes \
        in the body, schema violations, recorded diagnostics). With --expected, scores each output as \
        ../shared/eval/score.py does and lists every difference; with --baseline, lists what changed since \
        that run, regressions first. OUT_DIR/ledger.sqlite (or --ledger) adds a run summary. \
        Exit status: 0 report written (and nothing at the --fail-on level), 1 findings at the --fail-on level, \
        2 bad usage or an unwritable --html file.
        """
    )

    /// Output formats of the main report.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Folders (or files) of converted JSON outputs.")
    var outputs: [String]

    @Option(help: "Folder of expected files NAME.json (the shape of CONTRACT.md).")
    var expected: String?

    @Option(help: "Outputs of a previous run to compare with.")
    var baseline: String?

    @Option(help: "Ledger file to summarise (repeatable); OUT_DIR/ledger.sqlite is read when present.")
    var ledger: [String] = []

    @Option(name: .customLong("pdf-root"), help: "Folder searched recursively for the PDFs, for page images in the HTML.")
    var pdfRoot: String?

    @Option(help: "Report format on standard output: text or json.")
    var format: Format = .text

    @Option(help: "Also write a self-contained HTML report to this file.")
    var html: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when findings of this level exist: error, warning or regression.")
    var failOn: String?

    @Option(help: "Findings shown per document in the text report (0: all).")
    var limit: Int = 0

    @Option(help: "Resolution of the page images in the HTML report.")
    var dpi: Double = 72

    @Option(name: .customLong("max-pages"), help: "With --html, page images per document at most: the pages that carry findings, the most serious first (regressions, errors, warnings, then the most findings).")
    var maxPages: Int = 3

    @Option(name: .customLong("page-views"), help: "With --html, write the page view (every page, every box, findings drawn) of at most this many documents, worst first, into REPORT-pages/ beside it (0: none).")
    var pageViews: Int = 50

    func validate() throws {
        for path in outputs + [expected, baseline, pdfRoot].compactMap({ $0 }) + ledger
        where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such file or folder")
        }
        if let failOn, FailLevel(rawValue: failOn) == nil {
            throw ValidationError("--fail-on must be error, warning or regression")
        }
        guard dpi >= 18 && dpi <= 300 else { throw ValidationError("--dpi must be between 18 and 300") }
        guard maxPages >= 0 else { throw ValidationError("--max-pages must be 0 or more") }
        guard pageViews >= 0 else { throw ValidationError("--page-views must be 0 or more") }
    }

    func run() throws {
        let options = ReportOptions(outputs: outputs, expected: expected, baseline: baseline, ledgers: ledger, pdfRoot: pdfRoot)
        let report = ReportBuilder(options: options).build()
        switch format {
        case .text:
            let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            print(TextRenderer(colour: colour, limit: limit).render(report), terminator: "")
        case .json:
            print(JSONRenderer.render(report).serialized(pretty: true))
        }
        if let html {
            let views = ReportPageViews.write(report: report, htmlPath: html, limit: pageViews)
            var report = report
            report.notes += views.notes
            let text = HTMLRenderer(dpi: dpi, maxPagesPerDocument: maxPages).render(report, pageViews: views.links)
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: html), options: .atomic) } catch {
                FileHandle.standardError.write(Data("docstruct: cannot write \(html): \(error.localizedDescription)\n".utf8))
                throw ExitCode(ExitStatus.usage)
            }
        }
        if let failOn, let level = FailLevel(rawValue: failOn), report.fails(on: level) {
            throw ExitCode(ExitStatus.someFailed)
        }
    }
}
