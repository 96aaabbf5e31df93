import Foundation
@testable import Ingest
import TestSupport
import XCTest

/// A scratch folder removed at the end of the test.
final class Scratch {
    let url: URL
    init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-ingest-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    var source: URL { url.appendingPathComponent("source") }
    var output: URL { url.appendingPathComponent("out") }

    /// Copies `files` (absolute) into `source/`, keeping their names.
    func populate(_ files: [URL]) throws {
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        for f in files { try FileManager.default.copyItem(at: f, to: source.appendingPathComponent(f.lastPathComponent)) }
    }
}

/// The `count` smallest PDFs of a corpus folder (smallest first keeps debug-build tests quick).
func smallestPDFs(in folder: String, count: Int) throws -> [URL] {
    let dir = try TestPaths.shared(folder)
    let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: [.fileSizeKey])
        .filter { $0.pathExtension.lowercased() == "pdf" }
    let sized = try files.map { ($0, try $0.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) }
    return sized.sorted { ($0.1, $0.0.path) < ($1.1, $1.0.path) }.prefix(count).map(\.0)
}

/// Writer temporary files left anywhere below `folder`.
func temporaryFiles(under folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".tmp") }
}

func options(_ scratch: Scratch, jobs: Int = 2) throws -> IngestOptions {
    var o = IngestOptions(source: scratch.source, output: scratch.output, workerExecutable: try DocstructBinary.path())
    o.jobs = jobs
    o.timeoutSeconds = 60
    o.memoryLimitMiB = 2048
    return o
}
