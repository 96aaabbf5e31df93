import XCTest
@testable import Extraction
import TestSupport

final class TaggedFlagTests: XCTestCase {
    /// The tagged flag read from the PDF's bytes (`StructureTreeScan`) gives Poppler's answer
    /// (the structure tree parsed, `poppler_structure_element_iter_new`) on every PDF of the
    /// corpus that opens, and the bytes alone decide almost all of them.
    func testTaggedFlagMatchesPopplerOnTheWholeCorpus() throws {
        let corpus = try TestPaths.shared("corpus")
        let files = (FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension.lowercased() == "pdf" }
            .sorted { $0.path < $1.path }
        XCTAssertGreaterThan(files.count, 500)
        var opened = 0, tagged = 0, undecided = 0
        for file in files {
            guard let pdf = try? PDFFile(url: file) else { continue }
            opened += 1
            let reference = PDFFile.popplerHasStructureTree(pdf.document)
            XCTAssertEqual(pdf.info.isTagged, reference, file.path)
            if let fromBytes = StructureTreeScan.hasStructureTree(pdf.data) {
                XCTAssertEqual(fromBytes, reference, file.path)
            } else {
                undecided += 1
            }
            if reference { tagged += 1 }
        }
        print("tagged flag: \(opened) PDFs opened, \(tagged) tagged, \(undecided) left to Poppler")
        XCTAssertGreaterThan(tagged, 300)
        XCTAssertLessThan(undecided, 10)
    }

    /// A catalog inside a Flate-compressed object stream is found once the stream is inflated.
    func testInflatesObjectStreams() {
        let catalog = Array("1 0 obj <</Type/Catalog/StructTreeRoot 5 0 R>> endobj".utf8)
        let plain = Array("%PDF-1.5\n".utf8)
        XCTAssertEqual(StructureTreeScan.hasStructureTree(Data(plain + catalog)), true)
        XCTAssertEqual(StructureTreeScan.hasStructureTree(Data(plain)), false)
        // zlib stream of "<</StructTreeRoot 5 0 R>>", made by Python's zlib.compress.
        let compressed: [UInt8] = StructureTreeScanFixture.compressed
        let objectStream = Array("2 0 obj\n<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length \(compressed.count)>>\nstream\n".utf8)
            + compressed + Array("\nendstream\nendobj\n".utf8)
        XCTAssertEqual(StructureTreeScan.hasStructureTree(Data(plain + objectStream)), true)
        let predicted = Array("2 0 obj\n<</Type/ObjStm/Filter/FlateDecode/DecodeParms<</Predictor 12>>>>\nstream\n".utf8)
            + compressed + Array("\nendstream\nendobj\n".utf8)
        XCTAssertNil(StructureTreeScan.hasStructureTree(Data(plain + predicted)))
    }
}
enum StructureTreeScanFixture {
    static let compressed: [UInt8] = [120, 156, 51, 84, 48, 80, 176, 177, 209, 15, 46, 41, 42, 77, 46, 9, 41, 74, 77, 13, 202, 207, 47, 81, 48, 5, 138, 6, 217, 217, 1, 0, 128, 5, 8, 149]
}
