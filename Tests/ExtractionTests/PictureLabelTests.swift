import XCTest
@testable import Extraction
import TestSupport

/// Word 2016 drew the list numbers of some ESCWA documents as small pictures: nothing of
/// "1." is in the text layer. They are read from their shapes.
final class PictureLabelTests: XCTestCase {
    /// E/ESCWA/EDID/2017/IG.1/8 (English), page 3: paragraphs 1. to 7., each number one
    /// picture, become glyphs left of their paragraphs' first lines.
    func testParagraphNumbersOfTheRoadSafetyReport() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_8-EN.pdf"))
        let page = try pdf.page(3)
        XCTAssertEqual(page.pictureLabels.sorted(), ["1.", "2.", "3.", "4.", "5.", "6.", "7."])
        // "1." stands left of "A 2015 report by the World Health Organization", level with it.
        let one = try XCTUnwrap(page.glyphs.first { $0.text == "1" && $0.box.x0 < 60 })
        let a = try XCTUnwrap(page.glyphs.first { $0.text == "A" && abs($0.box.midY - one.box.midY) < 3 && $0.box.x0 > one.box.x1 })
        XCTAssertEqual(one.box.x0, 57.9, accuracy: 0.3, "the ink of the picture at 56.5–63.5 pt")
        XCTAssertLessThan(a.box.x0 - one.box.x1, 40)
        XCTAssertTrue(one.spaceBefore)
        // Two-digit numbers with a one: the serif "1" is not taken for a capital I.
        XCTAssertEqual(try pdf.page(5).pictureLabels.sorted(), ["10.", "11.", "12.", "13.", "9."])
    }

    /// E/ESCWA/EDID/2017/IG.3/4 (Arabic), page 3: each number is a picture ("1" to "7") and its
    /// dash another one.
    func testArabicNumbersAndTheirDashes() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.3_4-AR.pdf"))
        let labels = try pdf.page(3).pictureLabels
        XCTAssertEqual(labels.filter { $0 != "-" }.sorted(), ["1", "2", "3", "4", "5", "6", "7"])
        XCTAssertEqual(labels.filter { $0 == "-" }.count, 7)
    }

    /// Section letters of a contents page (E/ESCWA/SDPD/2017/IG.2/8/Report, English, page 2):
    /// "A." to "I.", the "I." a capital, not a one.
    func testSectionLettersOfTheContents() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDPD_2017_IG.2_8_REPORT-EN.pdf"))
        let labels = try pdf.page(2).pictureLabels
        XCTAssertEqual(Set(labels), ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I."])
    }

    /// Letters drawn white on grey discs before the rows of a table (official/zonage_crlf.pdf,
    /// page 1) are no labels the templates know: nothing is read, and the photograph beside
    /// them is too large to be asked.
    func testCircledLettersAreNotRead() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/official/zonage_crlf.pdf"))
        XCTAssertTrue(pdf.pagesWithSmallImages.contains(1))
        XCTAssertEqual(try pdf.page(1).pictureLabels, [])
    }

    /// A General Assembly document's pictures (the UN emblem, the QR code) are too large to be
    /// labels: its pages are never asked for pictures.
    func testEmblemPagesAreNotAsked() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/bulk/A_80_L.1.pdf"))
        XCTAssertEqual(pdf.pagesWithSmallImages, [])
    }

    /// The label grammar: what a picture may be read as.
    func testLabelGrammar() {
        for label in ["1.", "12", "12-", "-", "B.", "IV.", "(c)", "(iv)", "(3)"] {
            XCTAssertTrue(PictureLabelReader.isLabel(label), label)
        }
        for text in ["l.", "0O", "1234.", "(cde)", "AB.", "q)"] {
            XCTAssertFalse(PictureLabelReader.isLabel(text), text)
        }
    }
}
