import Foundation
@testable import Ingest
import Pipeline
import TestSupport
import XCTest

/// Two inputs that would write the same output file are refused before anything is written:
/// by the planner (convert), by ingest, and with exit status 2 by the built binary.
final class OutputCollisionTests: XCTestCase {
    private var root: URL!
    private let pdf = TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf")

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-collide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    /// Copies the sample PDF to each relative path below `root`; returns the absolute paths.
    @discardableResult
    private func place(_ relatives: [String]) throws -> [String] {
        try relatives.map { rel in
            let url = root.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: pdf, to: url)
            return url.path
        }
    }

    private func collisions(_ inputs: [String], file: StaticString = #filePath, line: UInt = #line) -> [BatchConverter.Collision] {
        do {
            let jobs = try BatchConverter.plan(inputs: inputs, outputDirectory: root.appendingPathComponent("out"))
            XCTFail("planned \(jobs.count) jobs, expected a collision", file: file, line: line)
        } catch BatchConverter.InputError.outputCollision(let clashes) {
            return clashes
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
        return []
    }

    func testSameNameInTwoFoldersGivenAsFiles() throws {
        let paths = try place(["a/X.pdf", "b/X.pdf"])
        let out = root.appendingPathComponent("out/X.json").path
        XCTAssertEqual(collisions(paths), [BatchConverter.Collision(output: out, inputs: paths)])
    }

    func testNamesDifferingOnlyInCase() throws {
        let paths = try place(["in/x.pdf", "in/x.PDF", "in/Y.pdf", "in/sub/y.pdf"])
        // As a folder: x.pdf and x.PDF both give x.json; Y.pdf and sub/y.pdf do not clash.
        XCTAssertEqual(collisions([root.appendingPathComponent("in").path]).map(\.inputs), [[paths[1], paths[0]]])
        // As files: X.json and x.json are one file on a case-insensitive file system.
        let upper = try place(["c/X.pdf"])[0]
        XCTAssertEqual(collisions([paths[0], upper]).map(\.inputs), [[upper, paths[0]]])
    }

    func testTwoFoldersHoldingTheSameRelativeName() throws {
        let paths = try place(["one/sub/r.pdf", "two/sub/r.pdf", "two/other.pdf"])
        let clashes = collisions([root.appendingPathComponent("one").path, root.appendingPathComponent("two").path])
        XCTAssertEqual(clashes, [BatchConverter.Collision(output: root.appendingPathComponent("out/sub/r.json").path,
                                                          inputs: [paths[0], paths[1]])])
        let message = BatchConverter.InputError.outputCollision(clashes).description
        XCTAssertTrue(message.contains(paths[0]) && message.contains(paths[1]), message)
    }

    /// The same file reached twice (given directly and inside its folder) is not a collision:
    /// it is converted once.
    func testTheSameFileTwiceIsPlannedOnce() throws {
        let path = try place(["d/z.pdf"])[0]
        let jobs = try BatchConverter.plan(inputs: [path, root.appendingPathComponent("d").path, path],
                                           outputDirectory: root.appendingPathComponent("out"))
        XCTAssertEqual(jobs.map(\.input.path), [path])
    }

    func testIngestRefusesASourceWithNamesDifferingInCase() throws {
        let scratch = try Scratch("collide")
        try FileManager.default.createDirectory(at: scratch.source, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: pdf, to: scratch.source.appendingPathComponent("x.pdf"))
        try FileManager.default.copyItem(at: pdf, to: scratch.source.appendingPathComponent("x.PDF"))
        let o = try options(scratch)
        XCTAssertThrowsError(try Ingester(options: o).run()) { error in
            guard case IngestError.outputCollision(let clashes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(clashes.first?.inputs.map { ($0 as NSString).lastPathComponent }, ["x.PDF", "x.pdf"])
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent("x.json").path))
    }

    func testConvertCommandExitsWithStatus2AndWritesNothing() throws {
        let paths = try place(["a/X.pdf", "b/X.pdf"])
        let out = root.appendingPathComponent("out")
        let run = try DocstructBinary.run(["convert"] + paths + ["--output", out.path])
        let message = run.stderr
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(message.contains(paths[0]) && message.contains(paths[1]), message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("X.json").path))
    }
}
