import Foundation

/// The built `docstruct` executable, used as the worker (and as the command in the kill test).
/// `swift test` builds it, as a product of the package, next to the test bundle.
public enum DocstructBinary {
    public struct NotBuilt: Error, CustomStringConvertible {
        public let looked: [String]
        public var description: String { "the docstruct executable is not built (looked in \(looked.joined(separator: ", "))); run swift build first" }
    }

    public static func path() throws -> String {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("docstruct"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("docstruct"))
        for test in Bundle.allBundles where test.bundlePath.hasSuffix(".xctest") {
            candidates.append(test.bundleURL.deletingLastPathComponent().appendingPathComponent("docstruct"))
        }
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("docstruct"))
        }
        for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c.standardizedFileURL.path }
        throw NotBuilt(looked: candidates.map(\.path))
    }
}
