import Foundation
import TestSupport
import XCTest

/// Issue 12, item 15: the binary works when copied alone (before, it died for want of its
/// resource bundle, exit 132, once the build folder was gone).
final class InstallTests: XCTestCase {
    /// The schema is compiled in: the binary names no resource bundle, and a copy of it alone in
    /// an empty folder converts a sample and validates its output.
    func testABinaryCopiedAloneConvertsTheSamples() throws {
        let binary = try DocstructBinary.path()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: binary))
        XCTAssertNil(bytes.range(of: Data("docstruct_Writer.resources".utf8)), "the binary still looks for a resource bundle")
        XCTAssertNotNil(bytes.range(of: Data("https://docstruct.invalid/schemas/document-1.4.0.schema.json".utf8)))

        let scratch = try Scratch("alone")
        let copy = scratch.url.appendingPathComponent("bin/docstruct")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: binary, toPath: copy.path)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["convert", TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf").path, "-o", scratch.output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent("A_RES_91_12.json").path))
    }
}
