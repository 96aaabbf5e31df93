import Foundation
import JSONSchema
import Report
import TestSupport
import XCTest

/// The run-centred report over an ingest output: after two runs, where the second changes one
/// PDF and breaks another, "new tonight" names exactly those two and the runs table shows both.
final class RunReportTests: XCTestCase {
    func testNewTonightNamesTheChangedAndTheBrokenDocument() throws {
        let scratch = try ViewScratch("runs")
        let source = scratch.path("source"), out = scratch.path("out")
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        let gate = try TestPaths.shared("corpus/un/gate")
        for name in ["A_RES_73_6-EN", "A_RES_73_7-EN", "A_RES_73_8-EN"] {
            try FileManager.default.copyItem(atPath: gate.appendingPathComponent(name + ".pdf").path, toPath: source + "/\(name).pdf")
        }
        let first = try DocstructBinary.run(["ingest", source, "--output", out])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("run 1: converted 3, failed 0"), first.stdout)

        // Changed: A_RES_73_7-EN.pdf now holds the French summary record A/C.4/SR.985 (a scanned
        // typescript with an OCR text layer: warnings where the resolution had none). Broken:
        // A_RES_73_8-EN.pdf cut to half its length.
        let changed = source + "/A_RES_73_7-EN.pdf", broken = source + "/A_RES_73_8-EN.pdf"
        try FileManager.default.removeItem(atPath: changed)
        try FileManager.default.copyItem(atPath: try TestPaths.shared("corpus/un/more/A_C.4_SR.985-FR.pdf").path, toPath: changed)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: broken))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: broken))
        let second = try DocstructBinary.run(["ingest", source, "--output", out])
        XCTAssertEqual(second.status, 1, second.stderr)
        XCTAssertTrue(second.stdout.hasPrefix("run 2: converted 1, failed 1, skipped 1"), second.stdout)

        // The model.
        let report = ReportBuilder(options: ReportOptions(outputs: [out])).build()
        let overview = try XCTUnwrap(report.runOverview)
        XCTAssertEqual(Set(overview.newTonight.map(\.name)), ["A_RES_73_7-EN", "A_RES_73_8-EN"])
        let failed = overview.newTonight.filter { $0.reason == .failed }
        XCTAssertEqual(failed.map(\.path), ["A_RES_73_8-EN.pdf"])
        XCTAssertTrue(failed[0].detail.hasPrefix("[damaged]"), failed[0].detail)
        let output = try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: out + "/A_RES_73_7-EN.json")))
        let now = (output["diagnostics"]?.arrayValue ?? []).filter { ["warning", "error"].contains($0["severity"]?.stringValue ?? "") }.count
        XCTAssertGreaterThan(now, 0)
        XCTAssertEqual(overview.newTonight.filter { $0.reason == .findingsGrew }.map(\.detail),
                       ["warnings and errors 0 → \(now) (run 1 → run 2)"])
        XCTAssertEqual(overview.runs.map(\.run.id), [1, 2])
        XCTAssertEqual(overview.runs.map(\.run.converted), [3, 1])
        XCTAssertEqual(overview.runs.map(\.run.failed), [0, 1])
        // Pages: 5 + 5 + 2 in the first run; the summary record's 5 in the second.
        XCTAssertEqual(overview.runs.map(\.pages), [12, 5])

        // The HTML: the "new tonight" section names exactly the two; both runs are in the table.
        let html = scratch.path("report.html")
        let run = try DocstructBinary.run(["report", out, "--html", html])
        XCTAssertEqual(run.status, 0, run.stderr)
        let text = try String(contentsOfFile: html, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "<section id=new>")), end = try XCTUnwrap(text.range(of: "</section>", range: start.upperBound..<text.endIndex))
        let section = String(text[start.upperBound..<end.lowerBound])
        let named = Set(section.components(separatedBy: "data-doc=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        XCTAssertEqual(named, ["A_RES_73_7-EN", "A_RES_73_8-EN"])
        let runs = try XCTUnwrap(text.range(of: "<section id=runs>")).upperBound
        let runsTable = String(text[runs...].prefix { _ in true }.components(separatedBy: "</section>")[0])
        XCTAssertTrue(runsTable.contains("<tr><td>2</td>") && runsTable.contains("<tr><td>1</td>"), runsTable)
        XCTAssertTrue(runsTable.contains("<svg class=chart"))
        // The changed document's page view, with its findings drawn.
        let view = scratch.path("report-pages/A_RES_73_7-EN.html")
        XCTAssertTrue(FileManager.default.fileExists(atPath: view))
        XCTAssertTrue(text.contains("href=\"report-pages/A_RES_73_7-EN.html\""))

        // The same for machines.
        let machine = try DocstructBinary.run(["report", out, "--format", "json"])
        XCTAssertEqual(machine.status, 0, machine.stderr)
        let runsJSON = try XCTUnwrap(try JSONValue.parse(machine.stdout)["runs"])
        XCTAssertEqual(Set((runsJSON["newTonight"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }), ["A_RES_73_7-EN", "A_RES_73_8-EN"])
        XCTAssertEqual((runsJSON["runs"]?.arrayValue ?? []).compactMap { $0["converted"]?.intValue }, [3, 1])

        // In Chromium: sorting, the filter, images, no console error; and the page view.
        let lines = try checkInChromium(html)
        for expected in ["ok sort: column \"pages\" ascending and descending over 3 rows",
                         "ok filter: \"a_res_73_8-en\" shows 1 of 3 rows, cleared shows all", "ok console: no errors"] {
            XCTAssertTrue(lines.contains(expected), "missing \(expected) in\n" + lines.joined(separator: "\n"))
        }
        let viewLines = try checkInChromium(view)
        XCTAssertTrue(viewLines.contains("ok images: 5 rendered 5 broken 0"), viewLines.joined(separator: "\n"))
    }
}
