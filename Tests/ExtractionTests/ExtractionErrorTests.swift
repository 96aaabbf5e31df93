import Extraction
import Foundation
import TestSupport
import XCTest

/// Each way a file can fail to open gives its own `ExtractionError`, naming the file.
final class ExtractionErrorTests: XCTestCase {
    private var tempDir: URL!

    override func setUpWithError() throws {
        tempDir = FileManager.default.temporaryDirectory
            .appendingPathComponent("docstruct-extraction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tempDir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let tempDir { try? FileManager.default.removeItem(at: tempDir) }
    }

    /// Opens `url`, expecting an error; returns it (nil, after a failure, when it opened).
    private func openError(_ url: URL, password: String? = nil,
                           file: StaticString = #filePath, line: UInt = #line) -> ExtractionError? {
        do {
            _ = try PDFFile(url: url, password: password)
            XCTFail("\(url.path) opened, expected an error", file: file, line: line)
            return nil
        } catch {
            XCTAssertEqual(error.path, url.path, file: file, line: line)
            XCTAssertTrue(error.description.contains(url.path), "description \"\(error.description)\" lacks the path",
                          file: file, line: line)
            return error
        }
    }

    func testMissingFile() {
        let url = tempDir.appendingPathComponent("no-such-file.pdf")
        XCTAssertEqual(openError(url), .fileNotFound(path: url.path))
        XCTAssertEqual(openError(url)?.code, "fileNotFound")
    }

    func testTextFileIsNotAPDF() throws {
        let url = tempDir.appendingPathComponent("hello.pdf")
        try Data("hello".utf8).write(to: url)
        XCTAssertEqual(openError(url), .notAPDF(path: url.path))
    }

    func testDirectoryIsUnreadable() {
        guard let error = openError(tempDir) else { return }
        guard case .unreadable(let path, let reason) = error else {
            return XCTFail("expected .unreadable, got \(error)")
        }
        XCTAssertEqual(path, tempDir.path)
        XCTAssertFalse(reason.isEmpty)
        XCTAssertEqual(error.code, "unreadable")
    }

    // pdfinfo on this file without a password: "Command Line Error: Incorrect password".
    func testEncryptedWithoutPassword() throws {
        let url = try TestPaths.shared("corpus/robustness/password-example.pdf")
        let error = openError(url)
        XCTAssertEqual(error, .encrypted(path: url.path, passwordGiven: false))
        XCTAssertEqual(error?.code, "encrypted")
    }

    /// A wrong password is reported as such. (Poppler 22.12's `poppler_document_new_from_bytes`
    /// crashed here with SIGSEGV; `PDFFile` opens by file name for that reason.)
    func testEncryptedWithWrongPassword() throws {
        let url = try TestPaths.shared("corpus/robustness/password-example.pdf")
        XCTAssertEqual(openError(url, password: "definitely-not-the-password"),
                       .encrypted(path: url.path, passwordGiven: true))
    }

    // The first 400 bytes of a sample: a %PDF- header and no xref, trailer or pages
    // (pdfinfo: "Couldn't find trailer dictionary", "Couldn't read xref table").
    // Poppler reports it as a damaged document.
    func testTruncatedPDF() throws {
        let sample = try Data(contentsOf: TestPaths.samples.appendingPathComponent("A_RES_91_87.pdf"))
        let url = tempDir.appendingPathComponent("truncated.pdf")
        try sample.prefix(400).write(to: url)
        guard let error = openError(url) else { return }
        switch error {
        case .damaged(let path, let message):
            XCTAssertEqual(path, url.path)
            XCTAssertFalse(message.isEmpty)
        default:
            XCTFail("expected .damaged, got \(error.code): \(error)")
        }
    }
}

/// Bold and italic from a PDF font name.
final class FontStyleTests: XCTestCase {
    func testSubsetPrefixAndBoldItalic() {
        let f = FontStyle(pdfFontName: "ABCDEF+TimesNewRomanPS-BoldItalicMT", size: 10)
        XCTAssertEqual(f.name, "TimesNewRomanPS-BoldItalicMT")
        XCTAssertTrue(f.isBold)
        XCTAssertTrue(f.isItalic)
        XCTAssertEqual(f.size, 10)
    }

    func testArialCommaItalic() {
        let f = FontStyle(pdfFontName: "Arial,Italic", size: 8.5)
        XCTAssertEqual(f.name, "Arial,Italic")
        XCTAssertTrue(f.isItalic)
        XCTAssertFalse(f.isBold)
    }

    func testPlainTimes() {
        let f = FontStyle(pdfFontName: "TimesNewRomanPSMT", size: 12)
        XCTAssertEqual(f.name, "TimesNewRomanPSMT")
        XCTAssertFalse(f.isBold)
        XCTAssertFalse(f.isItalic)
    }

    // pdffonts A/RES/73/6 page 1 lists these two.
    func testWordFontNames() {
        let bold = FontStyle(pdfFontName: "TimesNewRomanPS-BoldMT", size: 12)
        XCTAssertTrue(bold.isBold); XCTAssertFalse(bold.isItalic)
        let italic = FontStyle(pdfFontName: "TimesNewRomanPS-ItalicMT", size: 10)
        XCTAssertTrue(italic.isItalic); XCTAssertFalse(italic.isBold)
    }

    /// A "+" that is not after a six-letter tag is part of the name.
    func testPlusNotASubsetPrefix() {
        XCTAssertEqual(FontStyle(pdfFontName: "AB+Times", size: 10).name, "AB+Times")
    }
}

/// Character clean-up of each glyph.
final class TextNormalizerTests: XCTestCase {
    func testExpand() {
        XCTAssertEqual(TextNormalizer.expand("\u{FB01}"), "fi")
        XCTAssertEqual(TextNormalizer.expand("\u{FB02}"), "fl")
        XCTAssertEqual(TextNormalizer.expand("\u{00AD}"), "")
        XCTAssertEqual(TextNormalizer.expand("\u{2011}"), "-")
        XCTAssertEqual(TextNormalizer.expand("\u{00A0}"), " ")
        XCTAssertEqual(TextNormalizer.expand("\u{200B}"), "")
        XCTAssertEqual(TextNormalizer.expand("a"), "a")
        XCTAssertEqual(TextNormalizer.expand("é"), "é")
        XCTAssertEqual(TextNormalizer.expand("\u{2013}"), "\u{2013}", "an en dash stays")
    }
}
