import Extraction
import Foundation
@testable import Report
import TestSupport
import XCTest

/// Control characters from a PDF's text never reach the terminal: `docstruct inspect` and the
/// text report print them as visible escapes. S/PV.10011 sets a backspace (U+0008) after the page
/// number in each page's footer ("2/42").
final class TerminalTextTests: XCTestCase {
    private let pv = "corpus/un/sc/S_PV.10011-EN.pdf"

    /// Control characters of `text` other than line feed.
    private func controls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { ($0 < 0x20 && $0 != 0x0A) || (0x7F...0x9F).contains($0) }
    }

    func testEscapes() {
        XCTAssertEqual(TerminalText.escaped("2/42\u{08}"), "2/42\\u{08}")
        XCTAssertEqual(TerminalText.escaped("a\u{1B}[2Jb\u{9B}c\u{7F}\u{0}"), "a\\u{1B}[2Jb\\u{9B}c\\u{7F}\\u{00}")
        XCTAssertEqual(TerminalText.escaped("a\tb\nc"), "a\\u{09}b\\u{0A}c")
        XCTAssertEqual(TerminalText.escaped("a\tb\nc\u{08}", keepingTabsAndNewlines: true), "a\tb\nc\\u{08}")
        XCTAssertEqual(TerminalText.escaped("Résolution 2758 – «ok»"), "Résolution 2758 – «ok»")
    }

    /// The footer's text as Poppler gives it, backspace included, in a finding of the text report.
    /// Extraction leaves the backspace out (and counts it), so the finding is built with it here,
    /// as a JSON written by another tool or an older version would carry it.
    func testTextReportEscapesTheFooterBackspace() throws {
        let page = try PDFFile(url: try TestPaths.shared(pv)).page(2)
        XCTAssertEqual(page.glyphs.filter { $0.box.y0 > 740 && $0.box.x0 < 200 }.map(\.text).joined(), "2/42")
        XCTAssertEqual(page.controlGlyphs, 1)
        let footer = "2/42\u{08}"
        let finding = Finding(source: .check, code: "furniture.text", severity: .warning, message: "footer \(footer) on p.2",
                              diff: [.init(.equal, "footer"), .init(.delete, footer)])
        let doc = DocumentReport(name: "S_PV.10011\u{1B}]0;title\u{07}", outputPath: nil, sourceFileName: nil, pdfPath: nil,
                                 score: nil, findings: [finding], pageCount: 42)
        let report = Report(options: ReportOptions(outputs: []), documents: [doc], total: nil, scoredDocuments: 0,
                            runSummary: nil, notes: [])
        let plain = TextRenderer(colour: false).render(report)
        XCTAssertEqual(controls(plain), [])
        XCTAssertTrue(plain.contains("footer 2/42\\u{08} on p.2"), plain)
        XCTAssertTrue(plain.contains("S_PV.10011\\u{1B}]0;title\\u{07}"), plain)
        // With colours, the only escapes are the renderer's own colour codes (ESC followed by "[").
        let coloured = TextRenderer(colour: true).render(report)
        XCTAssertEqual(Set(controls(coloured)), [0x1B])
        XCTAssertFalse(coloured.contains("\u{1B}]"))
        XCTAssertFalse(coloured.contains("\u{08}"))
    }

    /// The backspace is left out at extraction: inspect shows the footer without it.
    func testInspectShowsNoControlCharacter() throws {
        let run = try DocstructBinary.run(["inspect", try TestPaths.shared(pv).path, "--page", "2"])
        let text = run.stdout
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(controls(text), [])
        XCTAssertTrue(text.contains("foot   60.0  746.1  757.8   8.5 | *2/42*\n"), text)
    }
}
