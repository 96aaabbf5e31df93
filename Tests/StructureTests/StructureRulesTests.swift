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
    return DocumentBuilder(headerParsing: HeaderParser.parse)
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

/// Small text rules with the real words that showed them.
final class TextJoinerRuleTests: XCTestCase {
    func testTrailingMarkerSplit() {
        // A/RES/73/6 page 3: footnote 1 repeated at full size after a comma.
        XCTAssertEqual(TextJoiner.splitTrailingMarker("UNISPACE+50,1").map { [$0.0, $0.1] }, ["UNISPACE+50,", "1"])
        // A/RES/78/220: "approximately 4.5 million" is a number, not "4." and a marker.
        XCTAssertNil(TextJoiner.splitTrailingMarker("4.5"))
        XCTAssertNil(TextJoiner.splitTrailingMarker("2030"))
        XCTAssertNil(TextJoiner.splitTrailingMarker("A/78/481/Add.2"))
    }
}

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

/// Other official documents: the parts of an EU act.
final class EUActTests: XCTestCase {
    /// Commission Delegated Regulation (EU) 2024/1772, page 4: "CHAPTER I" over
    /// "CLASSIFICATION CRITERIA", then "Article 1" over the bold "Clients, financial
    /// counterparts and transactions"; recitals are numbered "(1)"; markers "( ¹ )" link notes.
    func testChaptersArticlesRecitalsAndNotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/Commission_Delegated_Regulation_2024_1772.pdf"))
        let chapter = try XCTUnwrap(out.blocks.first { $0.number == "CHAPTER I" })
        XCTAssertEqual(chapter.kind, .heading)
        XCTAssertEqual(chapter.text, "CLASSIFICATION CRITERIA")
        XCTAssertEqual(chapter.level, 1)
        let article = try XCTUnwrap(out.blocks.first { $0.number == "Article 1" })
        XCTAssertEqual(article.text, "Clients, financial counterparts and transactions")
        XCTAssertEqual(article.level, 2)
        let recital = try XCTUnwrap(out.blocks.first { $0.number == "(1)" })
        XCTAssertTrue(recital.text.hasPrefix("Regulation (EU) 2022/2554 aims to harmonise and streamline reporting requirements"))
        XCTAssertNil(recital.role)
        XCTAssertEqual(out.footnotes.first?.marker, "1")
        XCTAssertEqual(out.footnotes.first?.text, "OJ L 333, 27.12.2022, p. 1, ELI: http://data.europa.eu/eli/reg/2022/2554/oj.")
        XCTAssertNil(out.metadata.symbol)
        XCTAssertTrue(out.diagnostics.contains { $0.code == "header.notUN" })
    }
}


/// Front matter of documents that are not UN documents, and its furniture.
final class FrontMatterTests: XCTestCase {
    /// Commission Delegated Regulation (EU) 2024/1772, page 1 (rendered): the OJ masthead
    /// ("Official Journal", "EN", "of the European Union", "L series", "2024/1772", "25.6.2024"),
    /// the bold title in four parts, "(Text with EEA relevance)", then "THE EUROPEAN COMMISSION,".
    func testOfficialJournalMastheadAndTitle() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/Commission_Delegated_Regulation_2024_1772.pdf"))
        XCTAssertEqual(out.metadata.title, "COMMISSION DELEGATED REGULATION (EU) 2024/1772 of 13 March 2024 supplementing Regulation (EU) 2022/2554 of the European Parliament and of the Council with regard to regulatory technical standards specifying the criteria for the classification of ICT-related incidents and cyber threats, setting out materiality thresholds and specifying the details of reports of major incidents")
        XCTAssertEqual(out.metadata.language, "en")
        XCTAssertNil(out.metadata.symbol)
        XCTAssertEqual(out.blocks.first?.text, "THE EUROPEAN COMMISSION,")
        XCTAssertEqual(out.furniture.filter { $0.kind == .masthead }.map(\.text),
                       ["Official Journal", "EN", "of the European Union", "L series", "2024/1772", "25.6.2024", "(Text with EEA relevance)"])
    }

    /// Regulation (EU) 2022/2554, page 1: the older masthead on one line ("27.12.2022 EN
    /// Official Journal of the European Union L 333/1"), "I", "(Legislative acts)",
    /// "REGULATIONS", then the title; the formula names two institutions.
    func testOlderOfficialJournalMasthead() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/DORA_Regulation_EU_2022_2554.pdf"))
        XCTAssertEqual(out.metadata.title?.hasPrefix("REGULATION (EU) 2022/2554 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 14 December 2022 on digital operational resilience"), true)
        XCTAssertEqual(out.blocks.first?.text, "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,")
        XCTAssertTrue(out.furniture.contains { $0.kind == .masthead && $0.text == "(Legislative acts)" })
    }

    /// Court captions: missouri (caption table with a ")" column, panel line, then the centred
    /// "Introduction"); ca5_00516242060 (parties "Plaintiff—Appellant", "Before …, Circuit
    /// Judges.", "Per Curiam:*", then a one-line first paragraph); issue11913 (Irish Supreme
    /// Court: judges, "Between:", parties, "JUDGMENT of Hardiman J. …", then paragraph "1.").
    func testCourtCaptions() throws {
        let missouri = try buildDocument(try TestPaths.shared("corpus/official/missouri.pdf"))
        XCTAssertEqual(missouri.blocks.first?.kind, .heading)
        XCTAssertEqual(missouri.blocks.first?.text, "Introduction")
        XCTAssertTrue(missouri.furniture.contains { $0.kind == .caption && $0.text == ") No. ED108783" })
        XCTAssertNil(missouri.metadata.title)

        let ca5 = try buildDocument(try TestPaths.shared("corpus/official/ca5_00516242060.pdf"))
        XCTAssertEqual(ca5.blocks.first?.text.hasPrefix("This case arises from a dispute involving a life insurance policy."), true)
        XCTAssertEqual(ca5.furniture.filter { $0.kind == .caption }.last?.text, "Per Curiam:*")

        let irish = try buildDocument(try TestPaths.shared("corpus/official/issue11913.pdf"))
        XCTAssertEqual(irish.blocks.first?.number, "1.")
        XCTAssertEqual(irish.blocks.first?.text.hasPrefix("The first of these cases arises from the tragic"), true)
    }

    /// A document that is neither keeps all its text in the body (SEN.pdf, a UNESCO annex in
    /// French: "ANNEXE" is its first block).
    func testOtherDocumentsKeepTheirText() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/SEN.pdf"))
        XCTAssertEqual(out.blocks.first?.text, "ANNEXE")
        XCTAssertFalse(out.furniture.contains { $0.kind == .masthead || $0.kind == .caption })
    }
}

/// Smaller rules, each with the line that showed it.
final class LabelAndHeadingTests: XCTestCase {
    /// A four-digit number ending a sentence at the start of a line is a year ("by September
    /// 21, / 2020.", federal-register-2020-17221; "in / 2001." S/PV.4507), not a paragraph number.
    func testYearsAreNotParagraphNumbers() {
        XCTAssertNil(Label.parse("2020."))
        XCTAssertEqual(Label.parse("123."), .arabic(123))
    }

    /// A/RES/78/68, page 17: "II" alone on its line above a four-line bold title
    /// ("Implementation of the 1995 Agreement … Highly Migratory Fish Stocks").
    func testSectionNumberAboveALongTitle() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-ga/A_RES_78_68.pdf"))
        let heading = try XCTUnwrap(out.blocks.first { $0.number == "II" })
        XCTAssertEqual(heading.kind, .heading)
        XCTAssertEqual(heading.text, "Implementation of the 1995 Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks")
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

/// Parts labelled in their own bold line.
final class LabelledPartTests: XCTestCase {
    /// A/RES/79/1 (the Pact for the Future), page 8: "Action 8. We will achieve gender equality
    /// and the empowerment of all women and girls …" in bold over paragraph 27; "Action 7." runs
    /// to four lines. Each of the 56 actions is a heading numbered "Action N.".
    func testActionsOfThePactForTheFuture() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-ga/A_RES_79_1.pdf"))
        let actions = out.blocks.filter { $0.number?.hasPrefix("Action ") == true }
        XCTAssertEqual(actions.count, 56)
        XCTAssertTrue(actions.allSatisfy { $0.kind == .heading && $0.role == .section })
        let eight = try XCTUnwrap(actions.first { $0.number == "Action 8." })
        XCTAssertEqual(eight.text, "We will achieve gender equality and the empowerment of all women and girls as a crucial contribution to progress across all the Sustainable Development Goals and targets.")
        XCTAssertTrue(actions.contains { $0.number == "Action 7." })
    }
}

/// Notes at the foot of each column of a page set in columns.
final class ColumnFootnoteTests: XCTestCase {
    /// federal-register-2020-17221, page 2 (rendered): three columns; notes 1–6 stand at the
    /// foot of the first two columns in 7 pt ("⁴ The angle of attack (or AOA) is the angle at
    /// which the airplane wing meets the oncoming air."), notes 8 and 9 at the foot of the third.
    func testFederalRegisterColumnNotes() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/federal-register-2020-17221.pdf"))
        let onPage2 = out.footnotes.filter { $0.page == 2 }.map(\.marker)
        XCTAssertEqual(onPage2, ["1", "2", "3", "4", "5", "6", "8", "9"])
        let four = try XCTUnwrap(out.footnotes.first { $0.marker == "4" })
        XCTAssertTrue(four.text.hasPrefix("The angle of attack (or AOA) is the angle at which the airplane wing meets the oncoming air."), four.text)
        XCTAssertFalse(out.blocks.contains { $0.text.hasPrefix("The angle of attack (or AOA)") })
    }

    /// S/PV.4507 (two columns): the page number at the foot of the left column is footer, not a
    /// heading "2" between two paragraphs of the right column.
    func testPageNumberUnderTheFirstColumn() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/sc/S_PV.4507-EN.pdf"))
        XCTAssertFalse(out.blocks.contains { $0.text == "2" })
        XCTAssertTrue(out.furniture.contains { $0.page == 2 && $0.text == "2" && $0.kind == .pageNumber })
    }
}

/// A session report that holds many resolutions (A/HRC/14/37, g1217781.pdf).
final class SessionReportTests: XCTestCase {
    /// Page 6: "14/2" alone over a three-line bold title; page 47: decision 14/117 quoted after
    /// "At its 24th meeting, … decided to adopt the following …", its formula opening with a
    /// quotation mark ("“The Human Rights Council,"); page 50: after the last resolution's
    /// closing lines ("36th meeting / 18 June 2010", "[Adopted without a vote.]"), Part Two's
    /// numbered paragraphs ("1. The Human Rights Council held its fourteenth session …") are the
    /// report's own, not operative.
    func testResolutionsInsideAReport() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g1217781.pdf"))
        let second = try XCTUnwrap(out.blocks.first { $0.number == "14/2" })
        XCTAssertEqual(second.kind, .heading)
        XCTAssertEqual(second.text, "Trafficking in persons, especially women and children: regional and subregional cooperation in promoting a human rights-based approach to combating trafficking in persons")
        let quoted = try XCTUnwrap(out.blocks.first { $0.pages == [47] && $0.text == "“The Human Rights Council," })
        XCTAssertEqual(quoted.role, .formula)
        let partTwo = try XCTUnwrap(out.blocks.first { $0.number == "1." && $0.text.hasPrefix("The Human Rights Council held its fourteenth session") })
        XCTAssertNil(partTwo.role)
        XCTAssertEqual(out.blocks.filter { $0.kind == .heading && $0.number?.hasPrefix("14/") == true && $0.pages.first! < 50 }.count, 35)
    }
}

/// The formula that opens a resolution.
final class FormulaTests: XCTestCase {
    /// A/80/604/Add.1, page 10: the line "The Advisory Committee emphasizes that greater use of
    /// on-the-job training," ends in a comma and names a committee, but it is no formula; a
    /// decision quoted in A/HRC/14/37 opens with a quotation mark.
    func testFormulaNamesABody() throws {
        XCTAssertFalse(DocumentBuilder.isFormula("The Advisory Committee emphasizes that greater use of on-the-job training,", parameters: .standard))
        XCTAssertTrue(DocumentBuilder.isFormula("The Conference of the Parties,", parameters: .standard))
        XCTAssertTrue(DocumentBuilder.isFormula("“The Human Rights Council,", parameters: .standard))
        XCTAssertTrue(DocumentBuilder.isFormula("The General Assembly,", parameters: .standard))
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_604_Add.1.pdf"))
        XCTAssertFalse(out.blocks.contains { $0.kind == .paragraph && $0.role != nil })
    }
}

/// Header rules shown by Secretariat reports.
final class ReportHeaderTests: XCTestCase {
    /// A/80/590, page 1: the title's third line starts with a date ("1 July 2024 to 30 June
    /// 2025"); it was taken for a footnote line and cut the title, leaving "Report of the
    /// Secretary-General" in the body.
    func testTitleLineStartingWithADate() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_590.pdf"))
        XCTAssertEqual(out.metadata.title, "Budget performance of the United Nations Multidimensional Integrated Stabilization Mission in Mali for the period from 1 July 2024 to 30 June 2025")
        XCTAssertEqual(out.metadata.documentType, .report)
    }

    /// A/81/6 (Sect. 13)/Part A: a symbol with a bracketed section and a "Part A".
    func testSymbolWithSectionAndPart() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_81_6 (SECT. 13).pdf"))
        XCTAssertEqual(out.metadata.symbol, "A/81/6 (Sect. 13)/Part A")
        XCTAssertEqual(out.metadata.session, "Eighty-first session")
        XCTAssertFalse(out.blocks.contains { $0.text == "United Nations" })
    }
}

/// A report's table of contents becomes one table.
final class ContentsTableTests: XCTestCase {
    /// A/80/590, pages 1–2 (rendered): "Contents", the column head "Page", then entries with dot
    /// leaders; entry V wraps with its page "23" on the first line, entry VII sets "24" beside
    /// its first line and the leaders three lines lower.
    func testBudgetReportContents() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_590.pdf"))
        let table = try XCTUnwrap(out.blocks.first { $0.kind == .table })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows.first, ["", "", "Page"])
        XCTAssertEqual(rows[1], ["I.", "Introduction", "6"])
        XCTAssertTrue(rows.contains(["V.", "Financial position of the United Nations Multidimensional Integrated Stabilization Mission in Mali as at 30 June 2025", "23"]))
        XCTAssertEqual(rows.last, ["B.", "Advisory Committee on Administrative and Budgetary Questions", "25"])
        XCTAssertEqual(rows.count, 18)
        XCTAssertEqual(table.pages, [1, 2])
        // The contents no longer repeat the report's headings as headings of their own.
        XCTAssertFalse(out.blocks.contains { $0.kind == .heading && $0.text.contains(". . . .") })
        XCTAssertFalse(out.blocks.contains { $0.kind != .table && $0.text.hasPrefix("Introduction . .") })
    }

    /// A/HRC/14/15 (g1012049), page 2: the head "Paragraphs Page" adds a paragraph-range column;
    /// the last entry's page "22" stands alone on the next line.
    func testParagraphsColumn() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g1012049.pdf"))
        let rows = try XCTUnwrap(out.blocks.first { $0.kind == .table }?.rows)
        XCTAssertEqual(rows.first, ["", "", "Paragraphs", "Page"])
        XCTAssertEqual(rows[2], ["I.", "Summary of the proceedings of the review process", "5–110", "3"])
        XCTAssertEqual(rows.last, ["", "Annex Composition of the delegation", "", "22"])
        XCTAssertFalse(out.blocks.contains { $0.text == "22" })
    }
}

/// Tables of cells.
final class TableTests: XCTestCase {
    /// A/RES/79/249 (rendered pages 2–7): the scale of assessments, "Member State" and
    /// "Percentage" over 193 rows, across six pages; "Kuwait" and its "0.222" close page 4 on
    /// one baseline. The operative paragraphs after the table keep their role.
    func testScaleOfAssessments() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-ga/A_RES_79_249.pdf"))
        let table = try XCTUnwrap(out.blocks.first { $0.kind == .table })
        let rows = try XCTUnwrap(table.rows)
        XCTAssertEqual(rows.first, ["Member State", "Percentage"])
        XCTAssertTrue(rows.contains(["Afghanistan", "0.005"]))
        XCTAssertTrue(rows.contains(["Kuwait", "0.222"]))
        XCTAssertTrue(rows.contains(["United States of America", "22.000"]))
        XCTAssertEqual(table.pages, [2, 3, 4, 5, 6, 7])
        XCTAssertFalse(out.blocks.contains { $0.kind == .paragraph && $0.text == "Kuwait" })
        let thirteen = try XCTUnwrap(out.blocks.first { $0.number == "13." })
        XCTAssertEqual(thirteen.role, .operative)
    }

    /// A/80/604/Add.1, page 7: the staffing table; its figures stand a few em apart on one line,
    /// each in its own cell ("International staff  52  42  51  43  50  (1)").
    func testNumericColumns() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_604_Add.1.pdf"))
        let rows = out.blocks.filter { $0.kind == .table }.flatMap { $0.rows ?? [] }
        XCTAssertTrue(rows.contains(["International staff", "52", "42", "51", "43", "50", "(1)"]))
        XCTAssertTrue(rows.contains(["Total", "145", "128", "144", "118", "137", "(7)"]))
    }
}

/// Text normalisation's fast paths give what the slow path gives.
final class NormalizeTests: XCTestCase {
    func testFastPathsAgreeWithCollapseAndNFC() {
        XCTAssertEqual(TextJoiner.normalize("“Space2030” – the agenda’s €5"), "“Space2030” – the agenda’s €5")
        XCTAssertTrue(TextJoiner.isCollapsedNFC("“Space2030” – the agenda’s €5"))
        XCTAssertEqual(TextJoiner.normalize("Caf\u{65}\u{301} du  monde"), "Café du monde")
        XCTAssertEqual(TextJoiner.normalize("non\u{A0}governmental "), "non governmental")
        XCTAssertEqual(TextJoiner.normalize("\u{2126}hm"), "\u{3A9}hm")  // OHM SIGN is not NFC-stable
        XCTAssertFalse(TextJoiner.isCollapsedNFC("a\u{2028}b"))
    }
}

/// Section titles and signatures in Secretariat documents.
final class SectionTitleTests: XCTestCase {
    /// S/2025/257, page 2: "II." opens a bold 14-point title of four lines ("Implementation of
    /// the authorizations set out in resolution 2292 (2016) and extended in resolutions …").
    func testLongSectionTitle() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/sc/S_2025_257-EN.pdf"))
        let two = try XCTUnwrap(out.blocks.first { $0.number == "II." })
        XCTAssertEqual(two.kind, .heading)
        XCTAssertTrue(two.text.hasSuffix("2684 (2023) and 2733 (2024)"), two.text)
    }

    /// A/80/590, page 24: the actions before the General Assembly are set in bold: "79. The
    /// actions to be taken by the General Assembly … are as follows:" with items (a)–(c), "(c)
    /// To defer, until consideration …". A paragraph and its items, not headings.
    func testBoldNumberedParagraphWithItems() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_590.pdf"))
        let actions = try XCTUnwrap(out.blocks.first { $0.number == "79." })
        XCTAssertEqual(actions.kind, .paragraph)
        XCTAssertEqual(actions.items.map { $0.number }, ["(a)", "(b)", "(c)"])
        XCTAssertTrue(actions.items.allSatisfy { $0.kind == .paragraph })
    }

    /// A/80/434–S/2025/632, page 1: the bold "(Signed) Héctor Gómez Hernández" under the letter
    /// is its signature: a paragraph without role or lead-in, not a heading.
    func testSignatureIsNoHeading() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/sc/A_80_434-S_2025_632-EN.pdf"))
        let signature = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("(Signed)") })
        XCTAssertEqual(signature.kind, .paragraph)
        XCTAssertNil(signature.role)
        XCTAssertNil(signature.leadIn)
    }
}

/// Items with no paragraph above them.
final class OrphanItemTests: XCTestCase {
    /// A/RES/78/317 (the Antigua and Barbuda Agenda for SIDS): under a heading, the items
    /// "(a) Reform the international financial architecture … by:" to "(e) Enable youth economic
    /// participation by:" stand side by side, each with its own "(i)", "(ii)".
    func testItemsAfterAHeadingAreSiblings() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_78_317.pdf"))
        let start = try XCTUnwrap(out.blocks.firstIndex { $0.number == "(a)" && $0.text.hasPrefix("Reform the international financial architecture") })
        let run = out.blocks[start..<(start + 5)]
        XCTAssertEqual(run.map { $0.number }, ["(a)", "(b)", "(c)", "(d)", "(e)"])
        XCTAssertTrue(run.allSatisfy { $0.level == 1 })
        XCTAssertEqual(run.first?.items.map { $0.number }, ["(i)", "(ii)", "(iii)"])
        XCTAssertTrue(run.first?.items.allSatisfy { $0.level == 2 } ?? false)
    }
}

/// Vertical writing.
final class VerticalWritingTests: XCTestCase {
    /// kampo.pdf (the Japanese official gazette, rendered): columns read top to bottom, right to
    /// left; the characters are drawn row by row across the columns, so only the geometry shows
    /// the direction. The cabinet order's number and title come out whole.
    func testJapaneseGazetteIsReadColumnByColumn() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/official/kampo.pdf"))
        XCTAssertEqual(out.blocks.first?.text, "政令第百四十九号")
        XCTAssertTrue(out.blocks.contains { $0.text.contains("道路交通法施行令の一部を改正する政令") })
        // Punctuation in its vertical presentation forms is read as the ordinary marks.
        XCTAssertFalse(out.blocks.contains { $0.text.contains("︑") })
    }
}
