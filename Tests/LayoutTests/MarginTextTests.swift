import Extraction
import Foundation
import Layout
import TestSupport
import XCTest

/// Text in the page margin goes to the `margin` zone, not into the lines beside it.
final class MarginTextTests: XCTestCase {
    /// federal-register-2020-17221, page 2 (rendered): "jbell on DSKJLSW7X2PROD with PROPOSALS"
    /// runs up the left edge at x 18 pt; read as horizontal text, its letters had landed one
    /// per line among the first column's lines ("S L J K S D n o l l"). The running header
    /// "Federal Register / Vol. 85 … / Proposed Rules 47699" (85 characters, its page number on
    /// the right here and on the left of page 3) and the production stamp "VerDate …" at the
    /// foot recur on every page.
    func testFederalRegisterStampAndRunningHeader() throws {
        let pages = try layout(of: TestPaths.shared("corpus/official/federal-register-2020-17221.pdf"))
        let page = pages[1]
        let margin = page.lines(in: .margin)
        XCTAssertEqual(margin.map(\.text), ["jbell on DSKJLSW7X2PROD with PROPOSALS"])
        XCTAssertEqual(margin.first?.margin, .stamp)
        XCTAssertEqual(page.line(startingWith: "Federal Register / Vol. 85, No. 152")?.zone, .header)
        XCTAssertEqual(pages[2].line(startingWith: "47700 Federal Register / Vol. 85, No. 152")?.zone, .header)
        XCTAssertEqual(page.line(startingWith: "VerDate Sep<11>2014")?.zone, .footer)
        // No body line is a stray letter of the stamp.
        let body = page.lines(in: .body)
        XCTAssertFalse(body.contains { $0.words.count <= 3 && $0.words.allSatisfy { $0.text.count == 1 && $0.text.first!.isLetter } },
                       body.map(\.text).joined(separator: "\n"))
    }

    /// gov.uscourts.azd.1085839.3.0, page 1 (pleading paper): lines numbered 1–28 at x 76–88 pt,
    /// the text starting at 108 pt. "15 This multidistrict litigation …" is line number 15 and
    /// the line "This multidistrict litigation proceeding (“MDL”) involves personal injury cases".
    func testPleadingPaperLineNumbers() throws {
        let page = try layout(of: TestPaths.shared("corpus/official/gov.uscourts.azd.1085839.3.0.pdf"))[0]
        let numbers = page.lines(in: .margin)
        XCTAssertEqual(numbers.map(\.text), (1...28).map(String.init))
        XCTAssertTrue(numbers.allSatisfy { $0.margin == .lineNumber })
        let first = try XCTUnwrap(page.line(startingWith: "This multidistrict litigation"))
        XCTAssertEqual(first.zone, .body)
        XCTAssertEqual(first.line.text, "This multidistrict litigation proceeding (“MDL”) involves personal injury cases")
        XCTAssertFalse(page.lines(in: .body).contains { $0.words.first.map { Int($0.text) != nil } ?? false })
    }

    /// A numbered list in the text is not pleading paper: A/RES/73/6 numbers its operative
    /// paragraphs "1." at the text's own left edge, so nothing of it goes to the margin.
    func testNumberedParagraphsStayInTheText() throws {
        let pages = try layout(of: TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
        XCTAssertEqual(pages.flatMap { $0.lines(in: .margin) }.count, 0)
    }

    /// What is and is not a stamp: arXiv prints "arXiv:1601.03642v1 [cs.CV] 12 Jan 2016" up the
    /// left edge (pdfplumber issue 982's two-column paper); a sideways table's column of
    /// single digits at the page edge (nics-background-checks-2015-11-rotated) and a Japanese
    /// gazette set vertically throughout (kampo) have no stamp.
    func testStampsHoldLettersAndAreNotVerticalWriting() throws {
        let arxiv = try layout(of: TestPaths.shared("corpus/bugs/B10_pdfplumber_issue-982-twocolumn.pdf"))
        XCTAssertEqual(arxiv.flatMap { $0.lines(in: .margin) }.map(\.text), ["arXiv:1601.03642v1 [cs.CV] 12 Jan 2016"])
        for name in ["robustness/nics-background-checks-2015-11-rotated.pdf", "official/kampo.pdf"] {
            // As the pipeline reads them: each page turned into its reading frame first.
            let pdf = try PDFFile(url: TestPaths.shared("corpus/" + name))
            let builder = LineBuilder()
            var pages: [(number: Int, width: Double, height: Double, lines: [Line])] = []
            for n in 1...pdf.info.pageCount {
                let page = ReadingFrame.oriented(try pdf.page(n))
                pages.append((n, page.width, page.height, builder.lines(of: page)))
            }
            let zoned = PageZoner().zone(pages: pages)
            XCTAssertEqual(zoned.flatMap { $0.lines(in: .margin) }.map(\.text), [], name)
        }
    }

    /// An OCR layer is no stamp: A/C.4/SR.985 (French, 1959, a scan with its text layer),
    /// page 2, draws the first letters of the left column's lines one above the other, touching
    /// ("p" of "politique", "n" of "non", "p" of "pense", "c" of "caractère", rendered), and
    /// the last letters of the right column's the same way. Each has the rest of its word
    /// beside it at the same height, so none is a stamp; before, five "stamps" ("bpnpcs 9") took
    /// 64 letters out of the text ("le progrès olitique"). The Arabic report
    /// E/ESCWA/2017/EC.4/9/Report p. 12 had lost seven line-opening alefs the same way.
    func testFirstLettersOfOCRLinesAreNoStamp() throws {
        let pages = try layout(of: TestPaths.shared("corpus/un/more/A_C.4_SR.985-FR.pdf"))
        XCTAssertEqual(pages[1].lines(in: .margin).map(\.text), [])
        XCTAssertNotNil(pages[1].line(startingWith: "politique et de développer la capacité des territoires"))
        let arabic = try layout(of: TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_9_REPORT-AR.pdf"))
        XCTAssertEqual(arabic[11].lines(in: .margin).map(\.text), [])
    }
}
