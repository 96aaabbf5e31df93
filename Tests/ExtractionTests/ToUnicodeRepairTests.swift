import XCTest
@testable import Extraction
import TestSupport

/// Word 2013's Arabic documents map the digit glyphs of their embedded fonts to the wrong
/// digits in ToUnicode; the font's own character map names the right ones.
final class ToUnicodeRepairTests: XCTestCase {
    /// E/ESCWA/EDID/2017/IG.2/8 (Arabic): Arial's map reads the glyphs zero, one, two and seven
    /// as 1, 0, 7 and 2 ("2017" came out "7102", "2018-2019" as "7108-7109", "-2-" as "-7-").
    func testDigitsOfTheArabicProgrammeAreTheGlyphs() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_8-AR.pdf"))
        let arial = try XCTUnwrap(pdf.fontRepairs.first { $0.fontName == "Arial" && $0.corrections.contains { $0.code == 0x13 } })
        XCTAssertEqual(arial.corrections.prefix(4).map { "\(String($0.code, radix: 16)):\($0.was)>\($0.now)" },
                       ["13:1>0", "14:0>1", "15:7>2", "1a:2>7"])
        // The same map sends the marks' glyphs to a space: fathatan (glyph 0x2F1) among them.
        XCTAssertTrue(arial.corrections.contains(FontRepair.Correction(code: 0x2F1, was: " ", now: "\u{064B}")))
        XCTAssertTrue(arial.summary.hasPrefix("0 read as 1, 1 read as 0, 2 read as 7, 7 read as 2, U+064B read as space"), arial.summary)
        let page2 = try pdf.page(2).glyphs.map(\.text).joined()
        XCTAssertTrue(page2.contains("2018") && page2.contains("2019"), page2)
        XCTAssertFalse(page2.contains("7108"))
        // The digest and size are the file's own, not the corrected copy's.
        let bytes = try Data(contentsOf: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_8-AR.pdf"))
        XCTAssertEqual(pdf.data, bytes)
    }

    /// The English information note E/ESCWA/30/INF.1 has the same fault in a table: Lebanon's
    /// dialling code +961 read "+161" (page 6, the hospitals of Beirut).
    func testDiallingCodesOfTheInformationNote() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_INF.1-EN.pdf"))
        XCTAssertFalse(pdf.fontRepairs.isEmpty)
        let page = try pdf.page(6).glyphs.map(\.text).joined()
        XCTAssertTrue(page.contains("+961-1-350000"), page)
        XCTAssertFalse(page.contains("+161"))
    }

    /// A General Assembly draft whose maps are right is read from the file, untouched.
    func testRightMapsAreLeftAlone() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/bulk/A_80_L.1.pdf"))
        XCTAssertEqual(pdf.fontRepairs, [])
    }

    /// The ranges of the faulty map, as Word wrote them, read code by code; the override that
    /// the repair appends wins over them.
    func testMapRangesAndTheOverride() {
        let text = Array("""
            1 beginbfchar
            <0003> <0020>
            endbfchar
            3 beginbfrange
            <0013> <0015> [<0031> <0030> <0037>]
            <0016> <0019> <0033>
            <001A> <001A> [<0032>]
            endbfrange
            endcmap
            """.utf8)
        let map = ToUnicodeMap(text)
        XCTAssertEqual(map.text(for: 0x03), [0x20])
        XCTAssertEqual(map.text(for: 0x14), [0x30])
        XCTAssertEqual(map.text(for: 0x18), [0x35])
        XCTAssertEqual(map.digitCodes.map { "\($0.code):\($0.digit)" }, ["19:1", "20:0", "21:7", "22:3", "23:4", "24:5", "25:6", "26:2"])
        XCTAssertEqual(map.spaceCodeCount, 1)
        let patched = ToUnicodeMap(ToUnicodeRepair.overriding(text, with: [FontRepair.Correction(code: 0x13, was: "1", now: "0"),
                                                                                    FontRepair.Correction(code: 0x14, was: "0", now: "1")]))
        XCTAssertEqual(patched.text(for: 0x13), [0x30])
        XCTAssertEqual(patched.text(for: 0x14), [0x31])
        XCTAssertEqual(patched.text(for: 0x15), [0x37])
    }

    /// Damaged input is passed over, never trapped on: a font program cut short, a map whose
    /// codes run to the top of four bytes.
    func testDamagedMapsAndFontsAreNotRead() throws {
        let pdf = try Data(contentsOf: try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.2_8-AR.pdf"))
        XCTAssertNil(TrueTypeCharacterMap(font: Array(pdf.prefix(40))), "a PDF's first bytes are no font program")
        XCTAssertNil(TrueTypeCharacterMap(font: [0, 1, 0, 0, 0, 9]), "a table directory cut short")
        let map = ToUnicodeMap(Array("1 beginbfrange\n<FFFFFFFE> <FFFFFFFF> [<0031> <0020>]\nendbfrange\n".utf8))
        XCTAssertEqual(map.digitCodes.map(\.code), [0xFFFF_FFFE])
        XCTAssertEqual(map.spaceCodeCount, 1)
    }
}
