import Foundation
import TestSupport
import XCTest

/// A scratch folder for the page-view and run-report tests, removed at the end.
final class ViewScratch {
    let url: URL
    init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-view-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Runs `Scripts/check-html.sh PAGE` (headless Chromium) and returns its output lines. Fails the
/// test, naming what is missing, when chromium is not installed: the check is never skipped.
func checkInChromium(_ page: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard found != nil else {
        XCTFail("chromium not found (/usr/bin/chromium): install the Debian package chromium (apt-get install -y chromium); .ci/run installs it", file: file, line: line)
        return []
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [TestPaths.repository.appendingPathComponent("Scripts/check-html.sh").path, page]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box()
    let reading = DispatchGroup()
    DispatchQueue.global().async(group: reading) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    reading.wait()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, "check-html.sh \(page):\n\(output)\(String(decoding: errBox.data, as: UTF8.self))", file: file, line: line)
    return output.split(separator: "\n").map(String.init)
}
