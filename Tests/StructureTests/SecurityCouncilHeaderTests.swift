import XCTest
import DocumentModel
@testable import Structure
import TestSupport

/// Security Council resolutions, as `../shared/CONTRACT.md` describes them (the corpus holds
/// none; the lines below follow the layout of the Council's resolutions: masthead, "Resolution
/// 2803 (2025)", "Adopted by the Security Council at its 10046th meeting, on …", the formula).
final class SecurityCouncilHeaderTests: XCTestCase {
    private func line(_ text: String, _ x0: Double, _ y0: Double, size: Double = 10, bold: Bool = false) -> HeaderLine {
        HeaderLine(text: text, page: 1, x0: x0, y0: y0, x1: x0 + Double(text.count) * size * 0.5, y1: y0 + size * 1.1,
                   fontSize: size, isBold: bold, isItalic: false)
    }

    func testResolutionHeader() {
        let lines = [
            line("United Nations", 123, 45, size: 14),
            line("S/RES/2803 (2025)", 470, 40, size: 10),
            line("Security Council", 123, 68, size: 20, bold: true),
            line("Distr.: General", 397, 78),
            line("17 November 2025", 397, 90),
            line("Resolution 2803 (2025)", 123, 200, size: 12, bold: true),
            line("Adopted by the Security Council at its 10046th meeting, on", 123, 222, size: 12, bold: true),
            line("17 November 2025", 123, 236, size: 12, bold: true),
            line("The Security Council,", 147, 270),
            line("Recalling its previous resolutions on the situation,", 147, 288),
            line("25-18000 (E) 171125", 65, 738),
        ]
        let result = HeaderParser.parse(lines: lines, pageWidth: 612, pageHeight: 792)
        let m = result.metadata
        XCTAssertEqual(m.symbol, "S/RES/2803 (2025)")
        XCTAssertEqual(m.organ, "Security Council")
        XCTAssertEqual(m.resolutionNumber, "2803 (2025)")
        XCTAssertNil(m.title)
        XCTAssertEqual(m.adoptionDate, "2025-11-17")
        XCTAssertEqual(m.meeting, "10046th meeting")
        XCTAssertNil(m.session)
        XCTAssertEqual(m.agendaItems, [])
        XCTAssertEqual(m.documentType, .resolution)
        XCTAssertEqual(m.jobNumber, "25-18000")
        XCTAssertFalse(result.consumed.contains(8), "the formula is body, not header")
    }

    /// S/2012/197 (third reissue) prints its job number with the symbol's three stars,
    /// "12-27711*** (E) 170412": the line is job-number furniture like any other's, and the
    /// field holds the number alone.
    func testReissuedJobNumberLineIsFurniture() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/sc/S_2012_197-EN.pdf"))
        XCTAssertEqual(out.metadata.jobNumber, "12-27711")
        XCTAssertTrue(out.furniture.contains { $0.kind == .jobNumber && $0.page == 1 && $0.text == "12-27711*** (E) 170412" })
    }

}
