import ArgumentParser
import Foundation
import Extraction
import Layout
import Report

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print a PDF's lines as the layout stage sees them: zone, position, size, style.",
        discussion: """
        Exit status: 0 printed, 1 the PDF cannot be opened (the reason is named), 2 bad usage. \
        With --html OUT.html, writes the page view instead: the document converted, every page rendered \
        with its blocks, items, footnotes and furniture drawn and labelled, the text beside it. \
        One line per text line: zone (head, body, note, foot), x0 and top and bottom in PDF points \
        (origin top-left), font size; italic words are shown _like this_, bold *like this*, \
        superscripts as ^{1}; control characters of the PDF's text are shown escaped (\\u{08}). Use it to see why a paragraph or a footnote was read as it was.
        """
    )

    @Argument(help: "The PDF.")
    var file: String

    @Option(help: "Only this page (1-based).")
    var page: Int?

    @OptionGroup var pages: PagesOption

    @OptionGroup var password: PasswordOptions

    @Flag(help: "Print the structure tree's paragraphs, headings, list items and notes instead (tagged PDFs).")
    var tags = false

    @Option(help: "Write the page view instead: every page with every block, item, footnote and furniture box drawn and labelled (one self-contained HTML file).")
    var html: String?

    @Option(help: "Resolution of the page images of --html, in dots per inch.")
    var dpi: Double = 110

    func validate() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file): no such file") }
        if let page, page < 1 { throw ValidationError("--page must be 1 or more") }
        if page != nil && pages.pages != nil { throw ValidationError("give --page or --pages, not both") }
        guard dpi >= 18 && dpi <= 300 else { throw ValidationError("--dpi must be between 18 and 300") }
        if html != nil, page != nil || pages.pages != nil || tags { throw ValidationError("--html shows every page; it goes with neither --page, --pages nor --tags") }
    }

    func run() throws {
        if let html { return try InspectHTML.write(file: file, password: try password.resolved(), dpi: dpi, to: html) }
        let pdf: PDFFile
        do { pdf = try PDFFile(url: URL(fileURLWithPath: file), password: try password.resolved()) } catch let error as ExtractionError {
            FileHandle.standardError.write(Data("docstruct: \(error)\n".utf8))
            throw ExitCode(ExitStatus.someFailed)
        }
        let wanted = page.map { $0...$0 } ?? pages.range ?? 1...pdf.info.pageCount
        if wanted.lowerBound > pdf.info.pageCount {
            FileHandle.standardError.write(Data("docstruct: \(file): page \(wanted.lowerBound) out of range (\(pdf.info.pageCount) pages)\n".utf8))
            throw ExitCode(ExitStatus.usage)
        }
        let shown = wanted.lowerBound...min(wanted.upperBound, pdf.info.pageCount)
        if tags {
            let blocks = pdf.taggedBlocks()
            if blocks.isEmpty { print("\(file): not tagged (no structure tree)") }
            for b in blocks where b.page.map(shown.contains) ?? (page == nil && pages.pages == nil) {
                print("\(b.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) p\(b.page.map(String.init) ?? "?") | \(TerminalText.escaped(b.text))")
            }
            return
        }
        // Every page is laid out, as convert does: running headers are told by what recurs
        // from page to page, so a page zoned alone could read otherwise.
        let zoneNames: [Zone: String] = [.header: "head", .body: "body", .footnotes: "note", .footer: "foot"]
        for layout in try DocumentLayout.layOut(pdf) where shown.contains(layout.number) {
            print("=== page \(layout.number) (\(layout.width) × \(layout.height) pt)")
            for (line, zone) in zip(layout.lines, layout.zones) {
                let words = line.words.map { w -> String in
                    if w.isSuperscript { return "^{\(w.text)}" }
                    if w.isBold { return "*\(w.text)*" }
                    return w.isItalic ? "_\(w.text)_" : w.text
                }.joined(separator: " ")
                print(String(format: "%@ %6.1f %6.1f %6.1f %5.1f | ", zoneNames[zone] ?? "?", line.box.x0, line.box.y0,
                             line.bottom, line.fontSize) + TerminalText.escaped(words))
            }
        }
    }
}
