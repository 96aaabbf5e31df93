import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// Lays out a PDF the way the pipeline does and builds its document (with its structure tree
/// when `tagged`).
func buildDocument(_ url: URL, tagged: Bool = false) throws -> DocumentBuilder.Output {
    let pdf = try PDFFile(url: url)
    return DocumentBuilder()
        .build(pages: try DocumentLayout.layOut(pdf), tagged: tagged ? pdf.taggedBlocks() : [])
}

/// The structure rules, each with the real document that shows it.
final class StructureRulesTests: XCTestCase {
    private func build(_ url: URL) throws -> DocumentBuilder.Output { try buildDocument(url) }

    func testLabels() {
        XCTAssertEqual(Label.parse("12."), .arabic(12))
        XCTAssertEqual(Label.parse("(b)"), .letter("b"))
        XCTAssertEqual(Label.parse("(iv)"), .parenRoman("iv"))
        XCTAssertEqual(Label.parse("IV."), .roman("IV"))
        XCTAssertEqual(Label.parse("B."), .capital("B"))
        XCTAssertNil(Label.parse("2030"))
        XCTAssertNil(Label.parse("(UNISPACE+50)"))
        XCTAssertEqual(Label.romanValue("xiv"), 14)
    }

    /// Lead-ins of A/RES/73/6 and A/RES/78/220: participles and adjectives open preambular
    /// paragraphs, present-tense verbs operative ones.
    func testLeadInKinds() {
        XCTAssertEqual(BlockClassifier.leadInKind("Recalling", parameters: .standard), .preamble)
        XCTAssertEqual(BlockClassifier.leadInKind("Noting with satisfaction", parameters: .standard), .preamble)
        XCTAssertEqual(BlockClassifier.leadInKind("Seriously concerned", parameters: .standard), .preamble)
        XCTAssertEqual(BlockClassifier.leadInKind("Mindful", parameters: .standard), .preamble)
        XCTAssertEqual(BlockClassifier.leadInKind("Having conducted", parameters: .standard), .preamble)
        XCTAssertEqual(BlockClassifier.leadInKind("Welcomes", parameters: .standard), .operative)
        XCTAssertEqual(BlockClassifier.leadInKind("Also expresses serious concern", parameters: .standard), .operative)
        XCTAssertEqual(BlockClassifier.leadInKind("Strongly condemns", parameters: .standard), .operative)
    }

    /// Line-end hyphens: kept in "twenty-\nfirst" (A/RES/73/6 page 4) where the document spells
    /// the compound with a hyphen, removed where the document spells the word whole.
    func testLineEndHyphens() throws {
        func line(_ words: [String], page: Int = 1, y: Double) -> Line {
            var x = 100.0
            let ws = words.map { t -> Word in
                defer { x += Double(t.count) * 5 + 3 }
                return Word(text: t, box: Rect(x0: x, y0: y, x1: x + Double(t.count) * 5, y1: y + 11), fontSize: 10,
                            isBold: false, isItalic: false, isSuperscript: false, gapBefore: 3)
            }
            return Line(page: page, words: ws, box: Rect(x0: 100, y0: y, x1: x, y1: y + 11), fontSize: 10, bottom: y + 11)
        }
        let joiner = TextJoiner(vocabulary: ["cooperation", "twenty-first"], knownMarkers: [])
        let kept = joiner.tokens(of: [line(["the", "twenty-"], y: 0), line(["first", "century,"], y: 12)])
        XCTAssertEqual(TextJoiner.join(kept), "the twenty-first century,")
        let dropped = joiner.tokens(of: [line(["international", "co-"], y: 0), line(["operation", "in"], y: 12)])
        XCTAssertEqual(TextJoiner.join(dropped), "international cooperation in")
    }

    /// A/RES/73/6: a preambular paragraph runs from page 1 onto page 2 and stays one block;
    /// footnote 1 is referenced twice (page 1 as a superscript, page 3 set at full size after a
    /// comma: "UNISPACE+50,1"); note 6 runs from page 3 onto page 4 and is joined.
    func testParagraphsAndFootnotesAcrossPages() throws {
        let out = try build(try TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
        let emphasizing = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("Emphasizing that, for the past 50 years") })
        XCTAssertEqual(emphasizing.pages, [1, 2])
        XCTAssertTrue(emphasizing.text.hasSuffix("to continue to shape the global governance of outer space activities to benefit people and the planet,"))
        XCTAssertEqual(emphasizing.role, .preamble)
        let refsToOne = out.blocks.filter { $0.footnoteRefs.contains("1") }
        XCTAssertEqual(refsToOne.count, 2)
        XCTAssertTrue(refsToOne[1].text.hasSuffix("the selection of the seven thematic priorities of UNISPACE+50,"))
        let six = try XCTUnwrap(out.footnotes.first { $0.marker == "6" })
        XCTAssertEqual(six.page, 3)
        XCTAssertTrue(six.text.hasSuffix("A/AC.105/1166, A/AC.105/1168, A/AC.105/1169, A/AC.105/1170, A/AC.105/1171, A/AC.105/1172, A/AC.105/1173, A/AC.105/1174, A/AC.105/1175, A/AC.105/1180 and A/AC.105/1181."))
        XCTAssertEqual(out.footnotes.map(\.marker), ["1", "2", "3", "4", "5", "6"])
        let operative = out.blocks.filter { $0.role == .operative }
        XCTAssertEqual(operative.map { $0.number ?? "" }, (1...14).map { "\($0)." })
        XCTAssertEqual(operative.first?.leadIn, "Notes with appreciation")
        // Running headers, page numbers and job numbers are furniture, never body text.
        // (Compared without their boxes, which furniture carries since schema 1.4.0.)
        let furniture = out.furniture.map { Furniture(kind: $0.kind, text: $0.text, page: $0.page) }
        XCTAssertTrue(furniture.contains(Furniture(kind: .pageNumber, text: "2/5", page: 2)))
        XCTAssertTrue(furniture.contains(Furniture(kind: .runningHeader, text: "A/RES/73/6", page: 3)))
        XCTAssertTrue(out.furniture.allSatisfy { $0.box?.page == $0.page })
        XCTAssertFalse(out.blocks.contains { $0.text.contains("18-17962") || $0.text == "A/RES/73/6" })
    }

    /// A/RES/78/220 operative paragraph 30: items (a)–(g) nest under it with its role, and
    /// their footnote references stay on the items.
    func testSubItemsNestUnderTheirParagraph() throws {
        let out = try build(try TestPaths.shared("corpus/un/un-ga/A_RES_78_220.pdf"))
        let thirty = try XCTUnwrap(out.blocks.first { $0.number == "30." })
        XCTAssertEqual(thirty.leadIn, "Calls upon")
        XCTAssertEqual(thirty.items.map { $0.number ?? "" }, ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"])
        XCTAssertTrue(thirty.items.allSatisfy { $0.role == .operative && $0.level == 1 })
        XCTAssertEqual(thirty.items[3].footnoteRefs, ["11", "12"])
        XCTAssertEqual(thirty.footnoteRefs, [])
    }

    /// Our justified sample: (i)–(iii) nest under (c), a marker referenced twice is linked twice.
    func testNestedRomanItemsInSample() throws {
        let out = try build(TestPaths.samples.appendingPathComponent("A_RES_91_87.pdf"))
        let withRoman = out.blocks.flatMap(\.items).first { !$0.items.isEmpty }
        XCTAssertEqual(withRoman?.number, "(c)")
        XCTAssertEqual(withRoman?.items.map { $0.number ?? "" }, ["(i)", "(ii)", "(iii)"])
        XCTAssertEqual(withRoman?.items.first?.level, 2)
        XCTAssertEqual(out.blocks.filter { $0.footnoteRefs.contains("1") }.count, 2)
    }

    /// S/2025/378: a quotation set wholly indented under paragraph 3 is one unnumbered paragraph,
    /// not one per line; numbered paragraphs of a note have no role.
    func testIndentedQuotationIsOneParagraph() throws {
        let out = try build(try TestPaths.shared("corpus/un/sc/S_2025_378-EN.pdf"))
        XCTAssertEqual(out.blocks.map { $0.number ?? "-" }, ["1.", "2.", "3.", "-", "4.", "-", "5.", "6."])
        XCTAssertTrue(out.blocks[3].text.hasPrefix("Vacancies shall be filled"))
        XCTAssertTrue(out.blocks[3].text.hasSuffix("shall be fixed by the Security Council."))
        XCTAssertTrue(out.blocks.allSatisfy { $0.role == nil })
        XCTAssertEqual(out.blocks[7].pages, [1, 2])
    }

    /// A/HRC/DEC/14/105: no separator rule, yet the "*" note at the foot of page 1 is a footnote,
    /// the job number "GE.10-14611" is furniture, and "22nd meeting" is read whole.
    func testFootnoteWithoutSeparatorAndOrdinalSuperscript() throws {
        let out = try build(try TestPaths.shared("corpus/un/un-hrc/g1014611.pdf"))
        XCTAssertEqual(out.footnotes.map(\.marker), ["*"])
        XCTAssertTrue(out.footnotes[0].text.hasPrefix("The resolutions and decisions adopted by the Human Rights Council"))
        XCTAssertEqual(out.metadata.meeting, "22nd meeting")
        XCTAssertEqual(out.blocks.map { $0.role }, [.formula, .preamble, .preamble, .operative])
        XCTAssertEqual(out.blocks.last?.leadIn, "Adopts")
    }
}

/// Rules shown by the bulk set of General Assembly resolutions.
final class BulkStructureTests: XCTestCase {
    private func build(_ name: String) throws -> DocumentBuilder.Output {
        try buildDocument(try TestPaths.shared("corpus/bulk/\(name)"))
    }

    /// A/RES/79/243 annexes a convention: "Annex" and its title make one annex heading, the
    /// annexed paragraphs take no resolution role, and "Article 5" / "Protection of sovereignty"
    /// is a heading whose number is the label as printed.
    func testAnnexedConventionHeadings() throws {
        let out = try build("A_RES_79_243.pdf")
        let annex = try XCTUnwrap(out.blocks.first { $0.role == .annex })
        XCTAssertEqual(annex.number, "Annex")
        XCTAssertTrue(annex.text.hasPrefix("United Nations Convention against Cybercrime; Strengthening International Cooperation"))
        let article5 = try XCTUnwrap(out.blocks.first { $0.number == "Article 5" })
        XCTAssertEqual(article5.kind, .heading)
        XCTAssertEqual(article5.text, "Protection of sovereignty")
        XCTAssertEqual(article5.level, 2)
        XCTAssertEqual(out.blocks.first { $0.number == "Chapter II" }?.text, "Criminalization")
        let afterAnnex = out.blocks.drop { $0.role != .annex }
        XCTAssertFalse(afterAnnex.contains { $0.role == .operative || $0.role == .preamble })
        // Paragraph 2 of the resolution itself: a marker after "Secretary-General;" does not hide
        // the semicolon that ends paragraph 1 (A/RES/79/217 shows the same on a page break).
        XCTAssertEqual(out.blocks.filter { $0.role == .operative }.first?.number, "1.")
    }

    /// A/RES/79/217: paragraph 1 ends "…Secretary-General; ^23" at the foot of page 5 and
    /// paragraph 2 opens page 6; they are two blocks.
    func testParagraphEndingInAMarkerBeforeAPageBreak() throws {
        let out = try build("A_RES_79_217.pdf")
        let operative = out.blocks.filter { $0.role == .operative }
        XCTAssertEqual(operative.prefix(3).map { $0.number ?? "" }, ["1.", "2.", "3."])
        XCTAssertEqual(operative.first?.text, "Takes note of the report of the Secretary-General;")
        XCTAssertEqual(operative.first?.footnoteRefs, ["23"])
    }

    /// Item series: an inline enumeration wrapped so that "(c)" opens a line stays in its
    /// paragraph (A/C.3/80/L.8: "…for example: (a) when … (b) at the beginning … / (c) whenever
    /// …"); "(iv)" at the top of a page after "(iii) … facilities," opens its item (A/RES/80/116);
    /// "(mm)Designing" set without a space, and "(ll)" after "(kk)", are items of the same list
    /// (A/RES/78/181).
    func testItemSeries() throws {
        let l8 = try build("A_C.3_80_L.8.pdf")
        func flat(_ bs: [Block]) -> [Block] { bs.flatMap { [$0] + flat($0.items) } }
        XCTAssertFalse(flat(l8.blocks).contains { $0.number == "(c)" && $0.text.hasPrefix("whenever there are significant changes") })
        XCTAssertTrue(flat(l8.blocks).contains { $0.text.contains("(b) at the beginning of a period of imprisonment or supervision; (c) whenever") })

        let r116 = try build("A_RES_80_116.pdf")
        let roman = flat(r116.blocks).filter { ["(iii)", "(iv)", "(v)", "(vi)"].contains($0.number ?? "") }.map { $0.number ?? "" }
        XCTAssertEqual(roman, ["(iii)", "(iv)", "(v)", "(vi)"])

        let r181 = try build("A_RES_78_181.pdf")
        let items = flat(r181.blocks).filter { ["(kk)", "(ll)", "(mm)", "(nn)"].contains($0.number ?? "") }
        XCTAssertEqual(items.map { $0.number ?? "" }, ["(kk)", "(ll)", "(mm)", "(nn)"])
        XCTAssertTrue(items.allSatisfy { $0.level == 1 })
        XCTAssertTrue(items[2].text.hasPrefix("Designing, revising and implementing laws"))
    }

    /// A/RES/79/298 sets its section number alone on a line ("I" above "Support account for
    /// peacekeeping operations"): one heading, number "I" as printed, level 1.
    func testSectionNumberAloneOnItsLine() throws {
        let out = try build("A_RES_79_298.pdf")
        let first = try XCTUnwrap(out.blocks.first { $0.kind == .heading })
        XCTAssertEqual(first.number, "I")
        XCTAssertEqual(first.level, 1)
        XCTAssertEqual(first.text, "Support account for peacekeeping operations")
    }

    /// A/C.1/80/L.62 paragraph 5: items (a)–(f), then the paragraph's closing words "and demands
    /// that the perpetrators be held accountable, …" at the margin; they end the parent's text.
    func testClosingWordsAfterItemsBelongToTheParent() throws {
        let out = try build("A_C.1_80_L.62.pdf")
        let five = try XCTUnwrap(out.blocks.first { $0.number == "5." })
        XCTAssertEqual(five.items.map { $0.number ?? "" }, ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"])
        XCTAssertTrue(five.text.hasSuffix("and demands that the perpetrators be held accountable, noting in this regard that the Syrian Arab Republic has a vested interest in investigating and holding to account perpetrators of any use of chemical weapons on its territory;"))
        XCTAssertFalse(out.blocks.contains { $0.text.hasPrefix("and demands") })
    }

    /// A/RES/80/167 prints "6 Also reaffirms" without the full stop: still paragraph 6, with a warning.
    func testMalformedParagraphNumber() throws {
        let out = try build("A_RES_80_167.pdf")
        let six = try XCTUnwrap(out.blocks.first { $0.number == "6" })
        XCTAssertEqual(six.role, .operative)
        XCTAssertEqual(six.leadIn, "Also reaffirms")
        XCTAssertTrue(out.diagnostics.contains { $0.code == "numbering.malformedLabel" })
    }
}
