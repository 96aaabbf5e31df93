import DocumentModel
import Foundation
import Pipeline
import TestSupport
import Writer
import XCTest

/// A creation or modification date the schema cannot take (a year below 1000, which GLib writes
/// with three digits) is dropped with a `source.badDate` diagnostic instead of failing the document.
final class SourceDateTests: XCTestCase {
    func testGoodDatesAreKept() {
        for date in ["2018-11-07T11:12:30-05:00", "2024-01-31T23:59:59Z", "1000-01-01T00:00:00+14:00"] {
            let checked = SourceDates.checked(date, field: "creationDate")
            XCTAssertEqual(checked.value, date)
            XCTAssertNil(checked.diagnostic)
        }
        XCTAssertNil(SourceDates.checked(nil, field: "creationDate").value)
        XCTAssertNil(SourceDates.checked(nil, field: "creationDate").diagnostic)
    }

    func testYearBelow1000IsDroppedWithADiagnostic() throws {
        // What GLib's "%Y-%m-%dT%H:%M:%S%:z" gives for D:09990102030405Z.
        let raw = "999-01-02T03:04:05+00:00"
        let checked = SourceDates.checked(raw, field: "modificationDate")
        XCTAssertNil(checked.value)
        let diagnostic = try XCTUnwrap(checked.diagnostic)
        XCTAssertEqual(diagnostic.code, "source.badDate")
        XCTAssertEqual(diagnostic.severity, .info)
        XCTAssertTrue(diagnostic.message.hasPrefix("modificationDate \"999-01-02T03:04:05+00:00\""), diagnostic.message)
        XCTAssertNil(SourceDates.checked("0045-01-02T03:04:05Z", field: "creationDate").value)
        XCTAssertNil(SourceDates.checked("2018-13", field: "creationDate").value)

        // Kept, the raw value fails the whole document's validation; dropped, the document is valid.
        let writer = try DocumentWriter()
        func document(_ date: String?, _ diagnostics: [Diagnostic]) -> Document {
            Document(source: SourceInfo(fileName: "x.pdf", sha256: String(repeating: "0", count: 64), byteCount: 1, pageCount: 1,
                                        producer: nil, creator: nil, creationDate: date, modificationDate: nil, tagged: false),
                     metadata: Metadata(), blocks: [], footnotes: [], furniture: [], diagnostics: diagnostics)
        }
        XCTAssertEqual(writer.validate(DocumentEncoder.encode(document(raw, []))).map(\.instancePointer), ["/source/creationDate"])
        XCTAssertEqual(writer.validate(DocumentEncoder.encode(document(checked.value, [diagnostic]))).count, 0)
    }

    /// End to end: A/RES/73/8 with its CreationDate edited to the year 999 (same length, so the
    /// file stays intact) converts to a valid document without the date. Poppler 22.12 itself
    /// gives no date for years before 1902 (its GLib date is built from a time_t), so here the
    /// date never reaches `SourceDates`; a Poppler that does pass it on is covered by the test above.
    func testPDFWithYear999ConvertsWithoutTheDate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-date-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let qdf = folder.appendingPathComponent("q.pdf"), edited = folder.appendingPathComponent("A_RES_73_8-999.pdf")
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--qdf", "--object-streams=disable", try TestPaths.shared("corpus/un/gate/A_RES_73_8-EN.pdf").path, qdf.path]
        try qpdf.run()
        qpdf.waitUntilExit()
        var text = String(data: try Data(contentsOf: qdf), encoding: .isoLatin1)!
        let original = "/CreationDate (D:20181107111230-05'00')"
        XCTAssertTrue(text.contains(original))
        text = text.replacingOccurrences(of: original, with: "/CreationDate (D:09990102030405-05'00')")
        try text.data(using: .isoLatin1)!.write(to: edited)

        let document = try Converter().convert(edited)
        XCTAssertNil(document.source.creationDate)
        XCTAssertEqual(document.source.modificationDate, "2018-11-07T11:12:30-05:00")
        XCTAssertEqual(try DocumentWriter().validate(DocumentEncoder.encode(document)).count, 0)
    }
}
