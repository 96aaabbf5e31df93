import XCTest
@testable import Extraction
import TestSupport

final class StructureTreeTests: XCTestCase {
    /// A/RES/73/6's structure tree: the formula is a tagged paragraph, note 1 is a note element
    /// of its own, and "“Space2030”" reads with its quotation marks (Poppler hands the text back
    /// as UTF-8 bytes read as PDFDocEncoding, "â•œSpace2030â•š", which is undone).
    func testTaggedBlocksOfAResolution() throws {
        let pdf = try PDFFile(url: try TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
        let blocks = pdf.taggedBlocks()
        XCTAssertTrue(blocks.contains { $0.kind == .paragraph && $0.text.trimmingCharacters(in: .whitespaces) == "The General Assembly," })
        let note = try XCTUnwrap(blocks.first { $0.kind == .note && $0.text.contains("See A/AC.105/1137.") })
        XCTAssertEqual(note.page, 1)
        XCTAssertTrue(blocks.contains { $0.text.contains("preparation of a “Space2030” agenda") })
    }

    func testRepairOfMisdecodedUTF8() {
        XCTAssertEqual(PDFDocEncoding.repairMisdecodedUTF8("a â•œSpace2030â•š agenda"), "a “Space2030” agenda")
        XCTAssertEqual(PDFDocEncoding.repairMisdecodedUTF8("café"), "café")  // not mis-decoded: left alone
    }
}
