import DocumentModel
import Foundation
import JSONSchema
import XCTest
@testable import Writer

/// A/RES/73/6 (first page and one preambular paragraph), with values as printed.
func resolution73_6() -> Document {
    Document(
        source: SourceInfo(fileName: "A_RES_73_6-EN.pdf",
                           sha256: "3f5a0c1e9b7d2a4c6e8f0a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d",
                           byteCount: 187_402, pageCount: 4, producer: "Microsoft Word 2016", creator: nil,
                           creationDate: "2018-10-31T10:12:00Z", modificationDate: nil, tagged: true),
        metadata: Metadata(symbol: "A/RES/73/6", organ: "General Assembly", distribution: "General",
                           issuedDate: "2018-10-31", session: "Seventy-third session", sessionNumber: 73,
                           agendaItems: ["30"], documentType: .resolution, resolutionNumber: "73/6",
                           title: "Fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space: space as a driver of sustainable development",
                           adoptionDate: "2018-10-26",
                           adoptionReference: "without reference to a Main Committee (A/73/L.6 and A/73/L.6/Add.1)",
                           meeting: "26th plenary meeting", language: "en", jobNumber: "18-17962"),
        blocks: [
            Block(kind: .paragraph, role: .formula, text: "The General Assembly,", pages: [1],
                  boxes: [PageBox(page: 1, x0: 72.0, y0: 300.5, x1: 190.25, y1: 312.0)]),
            Block(kind: .paragraph, role: .preamble, text: "Recalling its resolution 2222 (XXI) of 19 December 1966,",
                  leadIn: "Recalling", footnoteRefs: ["1"], pages: [1],
                  boxes: [PageBox(page: 1, x0: 72.0, y0: 320.0, x1: 540.0, y1: 345.75)],
                  footnoteMarkers: [FootnoteMarker(marker: "1", offset: 55)]),
        ],
        footnotes: [Footnote(marker: "1", text: "Resolution 2222 (XXI), annex.", page: 1,
                             boxes: [PageBox(page: 1, x0: 72.0, y0: 700.0, x1: 300.0, y1: 710.0)])],
        furniture: [Furniture(kind: .jobNumber, text: "18-17962 (E)", page: 1,
                              box: PageBox(page: 1, x0: 72.0, y0: 760.0, x1: 120.5, y1: 770.0))],
        diagnostics: [Diagnostic(code: "layout.columnGuess", severity: .info, message: "single column assumed")],
        pages: [PageInfo(number: 1, width: 595.0, height: 842.0, rotation: 0)]
    )
}

final class DocumentEncoderTests: XCTestCase {
    func testFieldOrderAndValues() throws {
        let json = DocumentEncoder.encode(resolution73_6())
        let top = try XCTUnwrap(json.objectValue)
        XCTAssertEqual(top.keys, ["schemaVersion", "producer", "source", "coordinates", "pages", "metadata", "blocks",
                                  "footnotes", "furniture", "diagnostics"])
        XCTAssertEqual(top["schemaVersion"], "1.4.0")
        XCTAssertEqual(top["coordinates"], ["unit": "pt", "origin": "top-left", "yAxis": "down"])
        XCTAssertEqual(top["pages"], [["number": 1, "width": 595.0, "height": 842.0, "rotation": 0]])
        XCTAssertEqual(top["producer"], ["name": "docstruct", "version": "unknown", "pipelineVersion": "unknown"])
        XCTAssertEqual(json["source"]?.objectValue?.keys,
                       ["fileName", "sha256", "byteCount", "pageCount", "producer", "creator", "creationDate",
                        "modificationDate", "tagged"])
        XCTAssertEqual(json["source"]?["creator"], .null)
        XCTAssertEqual(json["source"]?["byteCount"], 187_402)
        XCTAssertEqual(json["source"]?["tagged"], true)
        XCTAssertEqual(json["metadata"]?.objectValue?.keys,
                       ["symbol", "organ", "distribution", "issuedDate", "session", "sessionNumber", "agendaItems",
                        "agendaItemTitle", "documentType", "resolutionNumber", "title", "adoptionDate",
                        "adoptionReference", "meeting", "adoptionVote", "committee", "sponsors", "language", "jobNumber",
                        "submittedBy", "amends", "otherSymbols"])
        XCTAssertEqual(json["metadata"]?["symbol"], "A/RES/73/6")
        XCTAssertEqual(json["metadata"]?["submittedBy"], .null)
        XCTAssertEqual(json["metadata"]?["amends"], [])
        XCTAssertEqual(json["metadata"]?["otherSymbols"], [])
        XCTAssertEqual(json["metadata"]?["jobNumber"], "18-17962")
        XCTAssertEqual(json["metadata"]?["sessionNumber"], 73)
        XCTAssertEqual(json["metadata"]?["agendaItems"], ["30"])
        XCTAssertEqual(json["metadata"]?["documentType"], "resolution")
        XCTAssertEqual(json["metadata"]?["agendaItemTitle"], .null)
        XCTAssertEqual(json["metadata"]?["sponsors"], [])

        let preamble = try XCTUnwrap(json["blocks"]?[1]?.objectValue)
        XCTAssertEqual(preamble.keys, ["id", "kind", "role", "number", "level", "text", "leadIn", "footnoteRefs",
                                       "footnoteMarkers", "citations", "items", "pages", "boxes"])
        XCTAssertEqual(json["blocks"]?[0]?["id"], "formula_1")
        XCTAssertEqual(preamble["id"], "preamble__p_1")
        XCTAssertEqual(preamble["footnoteMarkers"], [["marker": "1", "offset": 55]])
        XCTAssertEqual(preamble["citations"], [["text": "resolution 2222 (XXI) of 19 December 1966", "offset": 14,
                                                "kind": "resolution", "symbol": "A/RES/2222(XXI)", "organ": "General Assembly",
                                                "number": "2222 (XXI)", "date": "1966-12-19"]])
        XCTAssertEqual(preamble["role"], "preamble")
        XCTAssertEqual(preamble["leadIn"], "Recalling")
        XCTAssertEqual(preamble["footnoteRefs"], ["1"])
        XCTAssertEqual(preamble["number"], .null)
        XCTAssertEqual(preamble["level"], .null)
        XCTAssertNil(preamble["rows"], "rows must be absent when the block has none")
        XCTAssertEqual(preamble["boxes"]?[0]?.objectValue?.keys, ["page", "x0", "y0", "x1", "y1"])
        XCTAssertEqual(preamble["boxes"]?[0]?["y1"], .double(345.75))

        XCTAssertEqual(json["footnotes"]?[0]?.objectValue?.keys, ["id", "marker", "text", "page", "boxes", "citations"])
        XCTAssertEqual(json["footnotes"]?[0]?["id"], "fn_1")
        XCTAssertEqual(json["footnotes"]?[0]?["boxes"]?[0]?["y0"], .double(700.0))
        XCTAssertEqual(json["footnotes"]?[0]?["citations"]?[0]?["symbol"], "A/RES/2222(XXI)")
        XCTAssertEqual(json["furniture"]?[0]?.objectValue?.keys, ["kind", "text", "page", "box"])
        XCTAssertEqual(json["furniture"]?[0]?["box"]?["x1"], .double(120.5))
        XCTAssertEqual(json["diagnostics"]?[0]?.objectValue?.keys, ["code", "severity", "message", "page"])
        XCTAssertEqual(json["diagnostics"]?[0]?["page"], .null)
    }

    func testSerialisedTextIsStable() {
        let text = DocumentEncoder.encode(resolution73_6()).serialized()
        XCTAssertTrue(text.hasPrefix("{\n  \"schemaVersion\": \"1.4.0\",\n  \"producer\": {\n    \"name\": \"docstruct\",\n    \"version\": \"unknown\",\n    \"pipelineVersion\": \"unknown\"\n  },\n  \"source\": {\n    \"fileName\": \"A_RES_73_6-EN.pdf\","), text)
        XCTAssertTrue(text.contains("""
              "leadIn": "Recalling",
              "footnoteRefs": [
                "1"
              ],
        """), text)
        XCTAssertTrue(text.contains("\"x0\": 72.0,"))
        XCTAssertTrue(text.hasSuffix("}\n"))
    }

    func testRowsOnlyWhenPresent() throws {
        let table = Block(kind: .table, text: "State Votes Italy 1", rows: [["State", "Votes"], ["Italy", "1"]])
        let json = DocumentEncoder.encode(table)
        XCTAssertEqual(json.objectValue?.keys.last, "rows")
        XCTAssertEqual(json["rows"], [["State", "Votes"], ["Italy", "1"]])
    }
}

final class DocumentWriterTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("docstruct-writer-tests-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func contents(of url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    func testValidDocumentConforms() throws {
        XCTAssertEqual(try DocumentWriter().validate(DocumentEncoder.encode(resolution73_6())), [])
    }

    func testWriteCreatesDirectoriesAndLeavesNoTemporaryFile() throws {
        let destination = directory.appendingPathComponent("out/nested/A_RES_73_6.json")
        let document = resolution73_6()
        try DocumentWriter().write(document, to: destination)
        XCTAssertEqual(contents(of: destination.deletingLastPathComponent()), ["A_RES_73_6.json"])
        let written = try String(contentsOf: destination, encoding: .utf8)
        XCTAssertEqual(written, DocumentEncoder.encode(document).serialized())
        XCTAssertEqual(try JSONValue.parse(written)["metadata"]?["symbol"], "A/RES/73/6")
    }

    func testWriteReplacesExistingFile() throws {
        let destination = directory.appendingPathComponent("A_RES_73_6.json")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("old content that is longer than nothing".utf8).write(to: destination)
        var document = resolution73_6()
        document.metadata.meeting = "27th plenary meeting"
        try DocumentWriter().write(document, to: destination)
        let written = try JSONValue.parse(Data(contentsOf: destination))
        XCTAssertEqual(written["metadata"]?["meeting"], "27th plenary meeting")
        XCTAssertEqual(contents(of: directory), ["A_RES_73_6.json"])
    }

    func testInvalidIssuedDateIsRefusedAndNothingWritten() throws {
        let destination = directory.appendingPathComponent("bad.json")
        var document = resolution73_6()
        document.metadata.issuedDate = "31 October 2018"
        XCTAssertThrowsError(try DocumentWriter().write(document, to: destination)) { error in
            guard case let .invalidDocument(file, violations)? = error as? WriterError else {
                return XCTFail("expected WriterError.invalidDocument, got \(error)")
            }
            XCTAssertEqual(file, destination.path)
            XCTAssertEqual(violations.map(\.instancePointer), ["/metadata/issuedDate"])
            XCTAssertEqual(violations.first?.keyword, "pattern")
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("\(destination.path): document does not conform"), message)
            XCTAssertTrue(message.contains("/metadata/issuedDate: \"31 October 2018\" does not match pattern"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.path))
        XCTAssertEqual(contents(of: directory), [], "neither the file nor a temporary file may appear")
    }

    func testLevelZeroInNestedItemIsRefused() throws {
        var document = resolution73_6()
        document.blocks[1].items = [Block(kind: .paragraph, role: .preamble, number: "(a)", level: 0, text: "outer space;")]
        let violations = try DocumentWriter().validate(DocumentEncoder.encode(document))
        XCTAssertEqual(violations.map(\.instancePointer), ["/blocks/1/items/0/level"])
        XCTAssertEqual(violations.map(\.keyword), ["minimum"])
    }

    func testSchemaCatchesTyposAndMisplacedRows() throws {
        let writer = try DocumentWriter()
        guard case .object(var top) = DocumentEncoder.encode(resolution73_6()),
              case .object(var metadata)? = top["metadata"] else { return XCTFail("not an object") }
        metadata["sessionNumbr"] = 73
        metadata["jobNumber"] = nil
        top["metadata"] = .object(metadata)
        let violations = writer.validate(.object(top))
        XCTAssertEqual(violations.map(\.keyword).sorted(), ["additionalProperties", "required"])
        XCTAssertTrue(violations.allSatisfy { $0.instancePointer == "/metadata" })

        var document = resolution73_6()
        document.blocks[0].rows = [["a"]]
        XCTAssertEqual(writer.validate(DocumentEncoder.encode(document)).map(\.instancePointer), ["/blocks/0/kind"])
        document.blocks[0].kind = .table
        XCTAssertEqual(writer.validate(DocumentEncoder.encode(document)), [])
    }

    func testIOErrorNamesThePathAndLeavesNoTemporaryFile() throws {
        // The destination is an existing directory: rename(2) must fail.
        let destination = directory.appendingPathComponent("taken.json", isDirectory: true)
        try FileManager.default.createDirectory(at: destination.appendingPathComponent("inside"),
                                                withIntermediateDirectories: true)
        XCTAssertThrowsError(try DocumentWriter().write(resolution73_6(), to: destination)) { error in
            guard case let .io(path, reason)? = error as? WriterError else {
                return XCTFail("expected WriterError.io, got \(error)")
            }
            XCTAssertEqual(path, destination.standardizedFileURL.path)
            XCTAssertTrue(reason.hasPrefix("rename: "), reason)
            XCTAssertTrue("\(error)".hasPrefix(destination.standardizedFileURL.path + ": rename: "), "\(error)")
        }
        XCTAssertEqual(contents(of: directory), ["taken.json"])

        // A path component is a regular file: creating the directory must fail with errno text.
        let blocker = directory.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        XCTAssertThrowsError(try DocumentWriter().write(resolution73_6(), to: blocker.appendingPathComponent("sub/a.json"))) { error in
            guard case let .io(path, reason)? = error as? WriterError else {
                return XCTFail("expected WriterError.io, got \(error)")
            }
            XCTAssertEqual(path, blocker.path)
            XCTAssertEqual(reason, "mkdir: Not a directory")
        }
    }
}

final class BundledSchemaTests: XCTestCase {
    func testBundledSchemaIsTheRepositorySchema() throws {
        let bundled = try DocumentWriter.loadBundledSchema()
        XCTAssertEqual(bundled["$schema"], "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(bundled["$id"], .string("https://docstruct.invalid/schemas/document-\(Document.schemaVersion).schema.json"))
        XCTAssertEqual(bundled["properties"]?["schemaVersion"]?["const"], .string(Document.schemaVersion))
        // Single source of truth: Schemas/document.schema.json must be the bundled file.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let schemasFile = repository.appendingPathComponent("Schemas/document.schema.json")
        let resourceFile = repository.appendingPathComponent("Sources/Writer/Resources/document.schema.json")
        XCTAssertEqual(try JSONValue.parse(Data(contentsOf: schemasFile)), bundled)
        XCTAssertEqual(try Data(contentsOf: schemasFile), try Data(contentsOf: resourceFile))
        // The text compiled into the binary is the file byte for byte (Scripts/embed-schema.sh).
        XCTAssertEqual(DocumentWriter.embeddedSchemaText + "\n", try String(contentsOf: resourceFile, encoding: .utf8),
                       "Sources/Writer/EmbeddedSchema.swift is out of date: run Scripts/embed-schema.sh")
    }

    func testMinimalDocumentValidates() throws {
        let minimal = Document(source: SourceInfo(fileName: "x.pdf", sha256: String(repeating: "0", count: 64),
                                                  byteCount: 10, pageCount: 1))
        let writer = try DocumentWriter()
        XCTAssertEqual(writer.validate(DocumentEncoder.encode(minimal)), [])
        XCTAssertEqual(writer.validate(.object(JSONObject())).map(\.keyword), ["required"])
        var badHash = minimal
        badHash.source.sha256 = "ABC"
        XCTAssertEqual(writer.validate(DocumentEncoder.encode(badHash)).map(\.instancePointer), ["/source/sha256"])
    }

    /// Every property of every object in the schema carries a description.
    func testEveryPropertyIsDescribed() throws {
        var undocumented: [String] = []
        func visit(_ schema: JSONValue, _ path: String) {
            guard case .object(let object) = schema else { return }
            if case .object(let properties)? = object["properties"] {
                for (name, sub) in properties where sub["description"]?.stringValue?.isEmpty != false {
                    undocumented.append(path + "/properties/" + name)
                }
            }
            for (key, value) in object {
                switch value {
                case .object(let members):
                    visit(value, path + "/" + key)
                    for (name, sub) in members { visit(sub, path + "/" + key + "/" + name) }
                case .array(let elements):
                    for (i, element) in elements.enumerated() { visit(element, path + "/\(key)/\(i)") }
                default: break
                }
            }
        }
        visit(try DocumentWriter.loadBundledSchema(), "")
        XCTAssertEqual(undocumented, [])
    }
}
