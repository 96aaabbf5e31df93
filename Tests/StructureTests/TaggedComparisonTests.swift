import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// The structure tree of tagged PDFs as a second reading.
final class TaggedComparisonTests: XCTestCase {
    private func output(_ relative: String) throws -> DocumentBuilder.Output {
        try buildDocument(try TestPaths.shared(relative), tagged: true)
    }

    /// A/RES/73/6 is tagged by Word: 36 tagged paragraphs (its paragraphs cut at page breaks,
    /// its notes nested in them, its quotation marks mis-decoded by Poppler) all agree with the
    /// layout's blocks once compared letter by letter.
    func testAgreementOnAResolution() throws {
        let out = try output("corpus/un/gate/A_RES_73_6-EN.pdf")
        let summary = try XCTUnwrap(out.diagnostics.first { $0.code == "tagged.summary" })
        XCTAssertTrue(summary.message.contains("0 split or missing in the layout, 0 layout blocks not in the tree, 0 notes differing"), summary.message)
    }

    /// A/C.6/80/L.1 (organization of work, a programme in a table) disagrees: the tree has
    /// paragraphs the layout splits or merges, and each is recorded with its page.
    func testDisagreementsAreRecorded() throws {
        let out = try output("corpus/un/un-ga/A_C.6_80_L.1.pdf")
        let split = out.diagnostics.filter { $0.code == "tagged.paragraphSplit" }
        XCTAssertFalse(split.isEmpty)
        XCTAssertTrue(split.allSatisfy { $0.page != nil && $0.severity == .info })
        XCTAssertLessThanOrEqual(split.count, StructureParameters.standard.taggedMaximumReported)
    }

    /// An untagged PDF gets no tagged.* diagnostics.
    func testUntaggedPDFHasNoComparison() throws {
        let pdf = try PDFFile(url: TestPaths.samples.appendingPathComponent("A_RES_91_12.pdf"))
        XCTAssertEqual(pdf.taggedBlocks(), [])
    }

    func testKeysKeepLettersOnly() {
        XCTAssertEqual(String(decoding: TaggedComparison.key("Con\u{FB01}rms “Space2030”, é!"), as: UTF8.self), "confirmsspacee")
        XCTAssertEqual(TaggedComparison.stripLabel("(a) To continue", parameters: .standard), " To continue")
    }
}

/// The structure-tree comparison's text search.
final class TaggedComparisonSearchTests: XCTestCase {
    /// A/RES/79/1, page 2: the tagged note "1 Resolution 70/1." has ten letters, fewer than the
    /// search index's twelve-letter grams; it was reported as missing from the footnotes.
    /// A/RES/79/1, page 8: the tree tags "Action 8. We will achieve gender equality …" as one
    /// paragraph; the layout reads a heading numbered "Action 8." — the same text.
    func testHeadingLabelCountsInTheComparison() {
        let sentence = "We will achieve gender equality and the empowerment of all women and girls as a crucial contribution to progress across all the Sustainable Development Goals and targets."
        let tagged = [TaggedBlock(kind: .paragraph, text: "Action 8. " + sentence, page: 8)]
        let heading = Block(kind: .heading, role: .section, number: "Action 8.", level: 1, text: sentence, pages: [8])
        let found = TaggedComparison.diagnostics(tagged: tagged, blocks: [heading], footnotes: [], otherText: [])
        XCTAssertEqual(found.map { $0.code }, ["tagged.summary"])
    }

    func testShortNoteIsFoundAmongTheFootnotes() {
        let notes = TextIndex([TaggedComparison.key("Resolution 70/1.") + TaggedComparison.key("United Nations, Treaty Series, vol. 1771, No. 30822.")],
                              gram: StructureParameters.standard.taggedGramLength)
        XCTAssertTrue(notes.contains(TaggedComparison.key("1 Resolution 70/1.")))
        XCTAssertFalse(notes.contains(TaggedComparison.key("Resolution 70/2 bis")))
    }
}
