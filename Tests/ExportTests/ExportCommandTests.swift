import Foundation
import JSONSchema
import TestSupport
import XCTest

/// `convert --format`, `export` and `schema` through the built binary, on a sample.
final class ExportCommandTests: XCTestCase {
    func testConvertWithFormatsThenExportAgain() throws {
        let folder = try Converted.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf").path
        let convert = try DocstructBinary.run(["convert", pdf, "--output", folder.path,
                                               "--format", "akn", "--format", "md", "--format", "text", "--format", "jsonl"])
        XCTAssertEqual(convert.status, 0, convert.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        // Beside the exports, the run record convert writes for report (.docstruct-run.json).
        XCTAssertEqual(names, [".docstruct-run.json", "A_RES_91_12.json", "A_RES_91_12.md", "A_RES_91_12.txt", "A_RES_91_12.xml", "run.jsonl"])
        let jsonl = try String(contentsOf: folder.appendingPathComponent("run.jsonl"), encoding: .utf8)
        XCTAssertTrue(jsonl.hasPrefix("{\"symbol\":\"A/RES/91/12\",\"file\":\"A_RES_91_12.pdf\",\"id\":\"formula_1\","), jsonl)

        // export from the JSON gives the same Markdown as convert did.
        let again = folder.appendingPathComponent("again")
        let export = try DocstructBinary.run(["export", folder.appendingPathComponent("A_RES_91_12.json").path,
                                              "--format", "md", "--output", again.path])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(try Data(contentsOf: again.appendingPathComponent("A_RES_91_12.md")),
                       try Data(contentsOf: folder.appendingPathComponent("A_RES_91_12.md")))
        XCTAssertTrue(export.stderr.contains("exported 1, failed 0"), export.stderr)
    }

    func testExportRefusesAnOutputWithoutIdsByName() throws {
        let folder = try Converted.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("old.json")
        try Data(#"{"schemaVersion": "1.3.0", "blocks": []}"#.utf8).write(to: old)
        let result = try DocstructBinary.run(["export", old.path, "--format", "akn"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(old.path): schema 1.3.0 has no element ids; convert the PDF again"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("old.xml").path))
    }

    func testSchemaCommandPrintsTheVersionedSchema() throws {
        let result = try DocstructBinary.run(["schema"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let schema = try JSONValue.parse(Data(result.stdout.utf8))
        XCTAssertEqual(schema["$id"], "https://docstruct.invalid/schemas/document-1.4.0.schema.json")
        XCTAssertEqual(schema["properties"]?["schemaVersion"]?["const"], "1.4.0")
    }
}
