import XCTest
import DocumentModel
import Extraction
import JSONSchema
import Pipeline
import TestSupport
import Writer

/// End to end: PDF → validated JSON, on our own samples and on the shared corpus.
final class ConvertIntegrationTests: XCTestCase {
    let converter = Converter()

    /// Each sample converts to exactly its expected JSON (metadata, blocks with their items,
    /// footnotes); the expected files come from the text the samples were drawn from.
    func testSamplesMatchTheirExpectedJSON() throws {
        let samples = try FileManager.default.contentsOfDirectory(at: TestPaths.samples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "pdf" }.sorted { $0.path < $1.path }
        XCTAssertGreaterThanOrEqual(samples.count, 3)
        let writer = try DocumentWriter()
        for pdf in samples {
            let expectedURL = pdf.deletingPathExtension().appendingPathExtension("expected.json")
            let expected = try JSONValue.parse(Data(contentsOf: expectedURL))
            let document = try converter.convert(pdf)
            let json = DocumentEncoder.encode(document)
            XCTAssertEqual(writer.validate(json), [], pdf.lastPathComponent)
            let name = pdf.lastPathComponent
            for (field, value) in expected["metadata"]?.objectValue ?? JSONObject() {
                XCTAssertEqual(json["metadata"]?[field], value, "\(name) metadata.\(field)")
            }
            let expectedBlocks = flatten(expected["blocks"])
            let actualBlocks = flatten(json["blocks"])
            XCTAssertEqual(actualBlocks.count, expectedBlocks.count, "\(name) block count")
            for (e, a) in zip(expectedBlocks, actualBlocks) {
                for field in ["id", "kind", "role", "number", "level", "text", "leadIn", "footnoteRefs", "footnoteMarkers", "pages"] {
                    XCTAssertEqual(a[field], e[field], "\(name) block \(e["number"] ?? .null) \(field)")
                }
            }
            let expectedNotes = expected["footnotes"]?.arrayValue ?? []
            let actualNotes = json["footnotes"]?.arrayValue ?? []
            XCTAssertEqual(actualNotes.count, expectedNotes.count, "\(name) footnotes")
            for (e, a) in zip(expectedNotes, actualNotes) {
                for field in ["id", "marker", "text", "page"] { XCTAssertEqual(a[field], e[field], "\(name) footnote \(field)") }
            }
        }
    }

    /// Every UN document with a text layer converts to a valid document with a symbol and a
    /// body; the two image-only scans are refused as such, by name.
    func testEveryUNDocumentConvertsOrIsNamedAsAScan() throws {
        let folder = try TestPaths.shared("corpus/un")
        let jobs = try BatchConverter.plan(inputs: [folder.path], outputDirectory: FileManager.default.temporaryDirectory)
        XCTAssertGreaterThan(jobs.count, 50)
        let writer = try DocumentWriter()
        var scans: [String] = []
        for job in jobs {
            do {
                let document = try converter.convert(job.input)
                XCTAssertEqual(writer.validate(DocumentEncoder.encode(document)), [], job.input.lastPathComponent)
                XCTAssertFalse(document.blocks.isEmpty, "\(job.input.lastPathComponent) has no blocks")
            } catch {
                guard case .noTextLayer = error else { XCTFail("\(error)"); continue }
                scans.append(job.input.lastPathComponent)
            }
        }
        XCTAssertEqual(scans.sorted(), [
            "1971-10-25_GA_Resolution_2758_ru.pdf",
            "2022-03-04_Note_Verbale_from_the_Office_of_Legal_Affairs_to_the_Permanent_Mission_of_Ukraine.pdf",
        ])
    }

    /// The hand-checked expected files of ../shared/gold: every metadata field and every block
    /// text exactly as checked by hand (the same comparison as ../shared/eval/score.py).
    func testGoldDocumentsMatchExactly() throws {
        let checked = try assertExpectedFilesMatch(in: try TestPaths.shared("gold"))
        XCTAssertGreaterThanOrEqual(checked, 12)
    }

    /// The project's own hand-checked expected files for documents outside the gold
    /// (Tests/Fixtures/Expected: two drafts, an HRC decision, a Security Council agenda, an EU
    /// act with its masthead and title block, a court judgment with its caption).
    func testOwnHandCheckedDocumentsMatchExactly() throws {
        let folder = TestPaths.repository.appendingPathComponent("Tests/Fixtures/Expected")
        let checked = try assertExpectedFilesMatch(in: folder)
        XCTAssertEqual(checked, 22)
    }

    /// Converts the corpus PDF of each NAME.json in `folder` and compares: every metadata field
    /// given, the blocks (flattened, items after their parent) and the footnotes. An expected
    /// file whose `scope` says "Pages M-N only" is compared with the blocks that start on those
    /// pages (1-based). Returns how many expected files were compared.
    private func assertExpectedFilesMatch(in folder: URL) throws -> Int {
        let corpus = try TestPaths.shared("corpus")
        let pdfs = (FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension.lowercased() == "pdf" }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            guard let pdf = pdfs.first(where: { $0.deletingPathExtension().lastPathComponent == name }) else {
                XCTFail("no corpus PDF for \(name)"); continue
            }
            let expected = try JSONValue.parse(Data(contentsOf: file))
            let json = DocumentEncoder.encode(try converter.convert(pdf))
            for (field, value) in expected["metadata"]?.objectValue ?? JSONObject() {
                XCTAssertEqual(json["metadata"]?[field], value, "\(name) metadata.\(field)")
            }
            var pages = 1...Int.max
            if let scope = expected["scope"]?.stringValue,
               let m = scope.range(of: #"^Pages \d+-\d+ only"#, options: .regularExpression) {
                let bounds = scope[m].dropFirst(6).split(separator: "-").map { Int($0.prefix { $0.isNumber }) ?? 0 }
                guard bounds[0] <= bounds[1] else { XCTFail("\(name): bad scope \(scope)"); continue }
                pages = bounds[0]...bounds[1]
            }
            func firstPage(_ b: JSONValue) -> Int { b["pages"]?.arrayValue?.first?.intValue ?? 0 }
            let e = flatten(expected["blocks"]), a = flatten(json["blocks"]).filter { pages.contains(firstPage($0)) }
            XCTAssertEqual(a.count, e.count, "\(name) block count")
            for (eb, ab) in zip(e, a) {
                let what = "\(name) block \(eb["text"]?.stringValue?.prefix(40) ?? "")"
                XCTAssertEqual(ab["text"], eb["text"], "\(what): text")
                for field in ["kind", "role", "number", "footnoteRefs"] where eb[field] != nil {
                    XCTAssertEqual(ab[field] ?? .null, eb[field], "\(what): \(field)")
                }
            }
            let en = expected["footnotes"]?.arrayValue ?? [], an = json["footnotes"]?.arrayValue ?? []
            for note in en {
                let match = an.first { $0["marker"] == note["marker"] }
                XCTAssertEqual(match?["text"], note["text"], "\(name) footnote \(note["marker"] ?? .null)")
            }
        }
        return files.count
    }

    /// Broken, encrypted, scanned and odd files: each converts or fails with a named reason;
    /// none crashes the batch, and a failure leaves no file behind.
    func testRobustnessFilesConvertOrFailWithAReason() throws {
        let folder = try TestPaths.shared("corpus/robustness")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-robustness-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let jobs = try BatchConverter.plan(inputs: [folder.path], outputDirectory: out)
        let outcomes = BatchConverter(converter: converter, jobs: 2).run(jobs, writer: try DocumentWriter()) { _, _ in }
        XCTAssertEqual(outcomes.count, jobs.count)
        var codes: [String: String] = [:]
        for o in outcomes {
            let exists = FileManager.default.fileExists(atPath: o.job.output.path)
            if let failure = o.failure {
                XCTAssertTrue(failure.contains(o.job.input.lastPathComponent), failure)
                XCTAssertFalse(exists, "a failed conversion left \(o.job.output.path)")
                codes[o.job.input.lastPathComponent] = o.failureCode
            } else {
                XCTAssertTrue(exists, o.job.output.path)
            }
        }
        XCTAssertEqual(codes["password-example.pdf"], "encrypted")
        XCTAssertEqual(codes["pdf-with-jbig2.pdf"], "noTextLayer")
        let leftovers = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    /// Outputs mirror the input folder's layout, and a bad file among good ones is reported
    /// with its name while the others are written.
    func testBatchMirrorsPathsAndSurvivesABadFile() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("docstruct-batch-\(UUID().uuidString)")
        let input = root.appendingPathComponent("in/sub")
        let out = root.appendingPathComponent("out")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        try fm.copyItem(at: TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf"), to: input.appendingPathComponent("a.pdf"))
        try Data("not a pdf at all".utf8).write(to: input.appendingPathComponent("broken.pdf"))
        let jobs = try BatchConverter.plan(inputs: [root.appendingPathComponent("in").path], outputDirectory: out)
        XCTAssertEqual(jobs.map { $0.output.path }.sorted(),
                       [out.appendingPathComponent("sub/a.json").path, out.appendingPathComponent("sub/broken.json").path])
        let outcomes = BatchConverter(converter: converter, jobs: 2).run(jobs, writer: try DocumentWriter()) { _, _ in }
        let broken = outcomes.first { $0.job.input.lastPathComponent == "broken.pdf" }
        XCTAssertEqual(broken?.failureCode, "notAPDF")
        XCTAssertTrue(broken?.failure?.contains("broken.pdf") ?? false)
        XCTAssertTrue(fm.fileExists(atPath: out.appendingPathComponent("sub/a.json").path))
        XCTAssertFalse(fm.fileExists(atPath: out.appendingPathComponent("sub/broken.json").path))
        XCTAssertThrowsError(try BatchConverter.plan(inputs: [root.appendingPathComponent("nowhere").path], outputDirectory: out))
    }

    private func flatten(_ blocks: JSONValue?) -> [JSONValue] {
        var out: [JSONValue] = []
        for b in blocks?.arrayValue ?? [] {
            out.append(b)
            out += flatten(b["items"])
        }
        return out
    }
}
