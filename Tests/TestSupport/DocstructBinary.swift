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

    /// Runs the built executable with `arguments` and waits for it. Standard error is read on
    /// another thread, so a large output on either stream cannot stall the child.
    /// - Parameter closingStdout: close the read end of standard output before the run (a
    ///   reader that went away, as `| head -1` does).
    /// - Parameter environment: variables added to the child's environment.
    /// - Returns: the exit status (nil when a signal ended it) and both streams as UTF-8.
    /// - Throws: `NotBuilt`, or the error of starting the process.
    public static func run(_ arguments: [String], closingStdout: Bool = false,
                           environment: [String: String] = [:]) throws -> (status: Int32?, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if closingStdout { try out.fileHandleForReading.close() }
        try process.run()
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = closingStdout ? Data() : out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        let errData = errBox.data
        process.waitUntilExit()
        let status = process.terminationReason == .exit ? process.terminationStatus : nil
        return (status, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
