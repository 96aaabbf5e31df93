import Foundation

/// Where the tests find the repository and the shared corpus.
///
/// The corpus lives beside the repository in `../shared` (real third-party PDFs that are never
/// copied into this repository). Tests that need it call `sharedFolder(_:)`, which throws an
/// error saying so when it is absent, so the test fails with that message instead of passing.
public enum TestPaths {
    /// The repository root (the folder holding Package.swift).
    public static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/TestSupport/Paths.swift
        return url
    }()

    /// `Samples/` of this repository.
    public static var samples: URL { repository.appendingPathComponent("Samples") }

    public struct SharedMissing: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "\(path) is missing: this test reads the shared corpus in ../shared beside the repository (as CI provides it)"
        }
    }

    /// A file or folder under `../shared`, e.g. `sharedFolder("corpus/un/gate/A_RES_73_6-EN.pdf")`.
    /// - Throws: `SharedMissing` when it does not exist.
    public static func shared(_ relative: String) throws -> URL {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw SharedMissing(path: url.path) }
        return url
    }
}
