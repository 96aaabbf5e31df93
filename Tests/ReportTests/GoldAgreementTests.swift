import XCTest
import JSONSchema
import Pipeline
import Writer
import TestSupport
@testable import Report

/// Converts the PDFs of `../shared/gold`, then checks that the report's TOTAL line (and each
/// document's line) equals `../shared/eval/score.py`'s, on the outputs as they are and on
/// deliberately damaged copies (a block dropped, a word changed, a footnote dropped…).
final class GoldAgreementTests: XCTestCase {
    nonisolated(unsafe) private static var converted: URL?

    /// Converts each gold document's PDF once into a temporary folder.
    private func convertGold() throws -> (outputs: URL, gold: URL) {
        let gold = try TestPaths.shared("gold")
        if let dir = Self.converted { return (dir, gold) }
        let corpus = try TestPaths.shared("corpus/un")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("report-gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let pdfs = FileManager.default.subpaths(atPath: corpus.path)?.filter { $0.hasSuffix(".pdf") } ?? []
        let writer = try DocumentWriter()
        for name in try FileManager.default.contentsOfDirectory(atPath: gold.path) where name.hasSuffix(".json") {
            let stem = String(name.dropLast(5))
            let rel = try XCTUnwrap(pdfs.first { ($0 as NSString).lastPathComponent == stem + ".pdf" }, "no PDF for \(name)")
            let document = try Converter().convert(corpus.appendingPathComponent(rel))
            try writer.write(document, to: dir.appendingPathComponent(name))
        }
        Self.converted = dir
        return (dir, gold)
    }

    /// score.py's output lines for `outputs`.
    private func runScorePy(_ outputs: URL, _ gold: URL) throws -> [String] {
        let script = try TestPaths.shared("eval/score.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, outputs.path, gold.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private func assertAgreement(_ outputs: URL, _ gold: URL, file: StaticString = #filePath, line: UInt = #line) throws -> Report {
        let python = try runScorePy(outputs, gold)
        let report = ReportBuilder(options: ReportOptions(outputs: [outputs.path], expected: gold.path)).build()
        XCTAssertEqual(report.totalLine, python.last, file: file, line: line)
        let ours = report.documents.compactMap { d in d.score.map { "\(d.name): \($0.documentLine)" } }.sorted()
        XCTAssertEqual(ours, python.dropLast().sorted(), file: file, line: line)
        return report
    }

    func testAgreesWithScorePyOnTheGold() throws {
        let (outputs, gold) = try convertGold()
        let report = try assertAgreement(outputs, gold)
        XCTAssertEqual(report.scoredDocuments, 12)
        XCTAssertFalse(report.findings.contains { $0.source == .expected }, "our outputs match the gold")
    }

    func testAgreesWithScorePyOnDamagedCopies() throws {
        let (outputs, gold) = try convertGold()
        let damaged = FileManager.default.temporaryDirectory.appendingPathComponent("report-damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: damaged, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: damaged) }
        for name in try FileManager.default.contentsOfDirectory(atPath: outputs.path) {
            var doc = try JSONValue.parse(Data(contentsOf: outputs.appendingPathComponent(name))).objectValue!
            var blocks = doc["blocks"]!.arrayValue!
            if blocks.count > 6 {
                blocks.remove(at: 3)                                            // drop a block
                var b4 = blocks[4].objectValue!
                var words = b4["text"]!.stringValue!.split(separator: " ").map(String.init)
                if words.count > 2 { words[1] = "CHANGED" }                     // change a word
                b4["text"] = .string(words.joined(separator: " "))
                blocks[4] = .object(b4)
                var last = blocks[blocks.count - 1].objectValue!
                last["number"] = "(zz)"                                         // change a label
                last["leadIn"] = .null
                blocks[blocks.count - 1] = .object(last)
                var b2 = blocks[2].objectValue!
                b2["footnoteRefs"] = []                                         // drop markers
                blocks[2] = .object(b2)
            }
            doc["blocks"] = .array(blocks)
            if var notes = doc["footnotes"]!.arrayValue, !notes.isEmpty {
                notes.removeFirst()                                             // drop a footnote
                doc["footnotes"] = .array(notes)
            }
            var meta = doc["metadata"]!.objectValue!
            meta["title"] = .string((meta["title"]?.stringValue ?? "") + " x")  // change a field
            doc["metadata"] = .object(meta)
            try Data(JSONValue.object(doc).serialized().utf8).write(to: damaged.appendingPathComponent(name))
        }
        let report = try assertAgreement(damaged, gold)
        XCTAssertNotEqual(report.totalLine, "TOTAL docs=12 meta=100.00% blockF1=100.00% CER=0.00% footnotes=100.00% refs=100.00% leadIn=100.00%")
        let codes = Set(report.findings.map(\.code))
        for code in ["expected.metadata", "expected.blockMissing", "expected.blockChanged", "expected.footnote", "expected.refs", "expected.leadIn"] {
            XCTAssertTrue(codes.contains(code), code)
        }
        // A changed word shows as a word-level diff, and the changed block has its boxes for the page image.
        let changed = try XCTUnwrap(report.findings.first { $0.code == "expected.blockChanged" })
        XCTAssertTrue(changed.diff?.contains(.init(.insert, "CHANGED")) == true)
        XCTAssertFalse(changed.regions.isEmpty)
    }

    func testHTMLEmbedsPageImagesWithBoxes() throws {
        let (outputs, gold) = try convertGold()
        let damaged = FileManager.default.temporaryDirectory.appendingPathComponent("report-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: damaged, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: damaged) }
        var doc = try JSONValue.parse(Data(contentsOf: outputs.appendingPathComponent("A_RES_73_6-EN.json"))).objectValue!
        var blocks = doc["blocks"]!.arrayValue!
        var b = blocks[5].objectValue!
        b["text"] = .string("Changed " + (b["text"]!.stringValue ?? ""))
        blocks[5] = .object(b)
        doc["blocks"] = .array(blocks)
        try Data(JSONValue.object(doc).serialized().utf8).write(to: damaged.appendingPathComponent("A_RES_73_6-EN.json"))
        let report = ReportBuilder(options: ReportOptions(outputs: [damaged.path], expected: gold.path,
                                                          pdfRoot: try TestPaths.shared("corpus/un").path)).build()
        let html = HTMLRenderer(dpi: 40).render(report)
        XCTAssertTrue(html.contains("src=\"data:image/png;base64,iVBOR"))
        XCTAssertTrue(html.contains("class=\"box error\""))
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "self-contained")
        XCTAssertTrue(html.contains("<ins>Changed</ins>"))
        // Without --pdf-root the page says why there is no image.
        let plain = HTMLRenderer().render(ReportBuilder(options: ReportOptions(outputs: [damaged.path], expected: gold.path)).build())
        XCTAssertTrue(plain.contains("give --pdf-root DIR"))
    }
}
