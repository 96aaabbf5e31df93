import XCTest
import TestSupport

/// The benchmark is not a timed test; CI runs it only as a smoke test: both tools over the
/// samples, every output validated (`Benchmarks/run.sh --smoke`).
final class BenchmarkSmokeTests: XCTestCase {
    func testBenchmarkSmokeMode() throws {
        let binary = try DocstructBinary.path()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestPaths.repository.appendingPathComponent("Benchmarks/run.sh").path, "--smoke"]
        process.currentDirectoryURL = TestPaths.repository
        var environment = ProcessInfo.processInfo.environment
        environment["BIN"] = binary
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        XCTAssertTrue(output.contains("smoke: ok"), output)
    }
}
