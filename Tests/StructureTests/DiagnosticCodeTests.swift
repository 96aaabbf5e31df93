import DocumentModel
import Foundation
import TestSupport
import XCTest

/// The diagnostic codes live in one place (`DiagnosticCode`), and README's table
/// "Diagnostics that may appear" says the same: every code, its severity and its meaning.
final class DiagnosticCodeTests: XCTestCase {
    func testReadmeTableMatchesDiagnosticCode() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "### Diagnostics that may appear"))
        let section = readme[start.upperBound...].prefix { _ in true }
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        var rows: [String] = []
        for line in section[..<end].split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            rows.append("\(cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))) \(cells[1]) \(cells[2])")
        }
        let expected = DiagnosticCode.allCases.map { "\($0.rawValue) \($0.severity.rawValue) \($0.meaning)" }
        XCTAssertEqual(rows, expected)
    }

    func testEveryDiagnosticIsMadeFromItsCode() throws {
        let root = TestPaths.repository.appendingPathComponent("Sources")
        let walker = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var offences: [String] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains("Diagnostic(code: \"") { offences.append(url.lastPathComponent) }
        }
        XCTAssertEqual(offences, [], "a diagnostic made from a free string instead of a DiagnosticCode")
    }
}
