import Extraction
import Foundation
import Layout
import TestSupport
import XCTest

/// Reads a PDF and runs the layout stage on every page, as `docstruct inspect` does.
func layout(of url: URL, parameters: LayoutParameters = LayoutParameters()) throws -> [PageLayout] {
    try DocumentLayout.layOut(try PDFFile(url: url), parameters: parameters)
}

extension PageLayout {
    /// The (line, zone) pairs whose text starts with `prefix`.
    func lines(startingWith prefix: String) -> [(line: Line, zone: Zone)] {
        zip(lines, zones).filter { $0.0.text.hasPrefix(prefix) }.map { ($0.0, $0.1) }
    }

    /// The one line whose text starts with `prefix`; fails the test when there is not exactly one.
    func line(startingWith prefix: String, file: StaticString = #filePath, line: UInt = #line) -> (line: Line, zone: Zone)? {
        let found = lines(startingWith: prefix)
        guard found.count == 1 else {
            XCTFail("page \(number): \(found.count) lines start with \"\(prefix)\"; lines are:\n"
                    + lines.map(\.text).joined(separator: "\n"), file: file, line: line)
            return nil
        }
        return found[0]
    }
}
