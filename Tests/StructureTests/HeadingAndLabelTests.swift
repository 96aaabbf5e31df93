import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

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

/// Section titles and signatures in Secretariat documents.
final class SectionTitleTests: XCTestCase {
    /// "Summary" and "Contents" alone on their line title a part, in whatever type: the italic
    /// "Summary" of S/2025/317 and the plain 14-point "Contents" of A/80/628 were paragraphs
    /// while ESCWA's bold "SUMMARY" and "CONTENTS" were headings (review 14, kind 12).
    func testSummaryAndContentsAreHeadings() throws {
        let report = try buildDocument(try TestPaths.shared("corpus/un/sc/S_2025_317-EN.pdf"))
        let summary = try XCTUnwrap(report.blocks.first { $0.text == "Summary" })
        XCTAssertEqual(summary.kind, .heading)
        XCTAssertEqual(summary.role, .section)
        let budget = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_628.pdf"))
        XCTAssertEqual(budget.blocks.filter { $0.text == "Contents" || $0.text == "Summary" }.map(\.kind), [.heading, .heading])
    }

    /// Centred section titles whose label hangs left of the centred words are one heading:
    /// E/ESCWA/30/18/Report p. 10, "I. ISSUES FOR ATTENTION AND ACTION BY THE ECONOMIC" over "AND
    /// SOCIAL COUNCIL" (two headings before); p. 40, "B." over four centred lines in small
    /// capitals and "(Agenda item 4)" (a paragraph before); E/ESCWA/30/6 p. 22, the italic "8.
    /// Localizing the SDGs in the Arab region:" over "challenges and prospects for action", a
    /// subsection title (a paragraph breaking the report's numbering before). The French twin's
    /// "A. Aperçu de l'évolution …" over "(Point 5 de l'ordre du jour)" is a heading too.
    func testCentredTitlesWithAHangingLabel() throws {
        let report = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-EN.pdf"))
        let one = try XCTUnwrap(report.blocks.first { $0.number == "I." && $0.pages == [10] })
        XCTAssertEqual(one.kind, .heading)
        XCTAssertEqual(one.text, "ISSUES FOR ATTENTION AND ACTION BY THE ECONOMIC AND SOCIAL COUNCIL")
        let observers = try XCTUnwrap(report.blocks.first { $0.number == "B." && $0.pages == [40] })
        XCTAssertEqual(observers.kind, .heading)
        XCTAssertTrue(observers.text.hasSuffix("AS OBSERVERS IN THE THIRTIETH SESSION OF THE COMMISSION"), observers.text)
        let forum = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_6-EN.pdf"))
        let eight = try XCTUnwrap(forum.blocks.first { $0.number == "8." && $0.pages == [22] })
        XCTAssertEqual(eight.kind, .heading)
        XCTAssertTrue(eight.text.hasPrefix("Localizing the SDGs in the Arab region: challenges and prospects for action"), eight.text)
        let french = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-FR.pdf"))
        XCTAssertEqual(french.blocks.first { $0.number == "A." && $0.pages == [32] }?.kind, .heading)
    }

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

/// Enumerations run into a sentence.
final class InlineEnumerationTests: XCTestCase {
    /// A/80/628 p. 3: "The unencumbered balance of $13.5 million reflects the net impact of:"
    /// then a line that opens with "(a) increased requirements …" and, four lines down,
    /// "… personnel; (b) increased requirements …". The enumeration runs on inside the
    /// sentence, as it does two paragraphs below where "(a)" falls mid-line; before, the text
    /// from "(a)" on was one item holding (a) to (c). A/80/605 paragraph 108 (p. 53) the same.
    func testARunInEnumerationOpeningALineStaysInItsParagraph() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_628.pdf"))
        let balance = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("The unencumbered balance of $13.5 million reflects the net impact of:") })
        XCTAssertTrue(balance.items.isEmpty)
        XCTAssertTrue(balance.text.contains("reflects the net impact of: (a) increased requirements for military and police personnel"), balance.text)
        XCTAssertTrue(balance.text.contains("personnel; (b) increased requirements for civilian personnel"), balance.text)
        let budget = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_605.pdf"))
        let p108 = try XCTUnwrap(budget.blocks.first { $0.number == "108." })
        XCTAssertTrue(p108.items.isEmpty)
        XCTAssertTrue(p108.text.hasPrefix("For the 2026/27 period, the reduced requirements are attributable primarily to: (a) the abolishment of three international staff posts"), p108.text)
    }

    /// Poppler breaks "4." from "The Importance of a Legal Approach" (E/ESCWA/SDD/2017/Technical
    /// Paper.8, English, p. 4) with 0.09 em between them: the heading is numbered, as in the
    /// Arabic edition, and its text has no label ("4.The Importance…" before). The same break
    /// numbers "1. Cooperation with treaty bodies" of A/HRC/WG.6/7/SVN/2/Corr.1 (g0917825).
    func testAPopplerBreakAfterTheLabelThatOpensTheLine() throws {
        let paper = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_SDD_2017_TECHNICAL_PAPER.8-EN.pdf"))
        let headings = paper.blocks.filter { $0.kind == .heading && $0.number != nil }
        XCTAssertEqual(headings.map(\.number), ["1.", "2.", "3.", "4."])
        XCTAssertEqual(headings.last?.text, "The Importance of a Legal Approach")
        let report = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g0917825.pdf"))
        XCTAssertTrue(report.blocks.contains { $0.number == "1." && $0.text == "Cooperation with treaty bodies" })
    }
    /// A bold title centred over two lines whose first line nearly fills the measure (so it
    /// starts near the margin, and the second looked indented): "A. State governed by the rule
    /// of law: implementing Constitutional Court decisions, court" over "backlogs, trial
    /// without undue delay", both centred on 318.9 pt (un-hrc/g0916919 p. 5, rendered), was two
    /// headings; so were "Domestic and international private" / "business and finance"
    /// (E/ESCWA/2017/EC.4/4(Part II) p. 8).
    func testBoldCentredTitleOverTwoLinesIsOneHeading() throws {
        let report = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g0916919.pdf"))
        let heading = try XCTUnwrap(report.blocks.first { $0.kind == .heading && $0.number == "A." && $0.pages == [5] })
        XCTAssertEqual(heading.text, "State governed by the rule of law: implementing Constitutional Court decisions, court backlogs, trial without undue delay")
        let escwa = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_4(PART_II)-EN.pdf"))
        XCTAssertTrue(escwa.blocks.contains { $0.kind == .heading && $0.text == "Domestic and international private business and finance" })
    }
}

/// Bold sentences inside numbered paragraphs (the Advisory Committee's reports set its
/// recommendations in bold) against bold titles with a roman tail.
final class BoldSentenceTests: XCTestCase {
    /// A/80/604/Add.1 p. 12: paragraph 42 opens with a bold sentence that ends inside its
    /// second line ("… gender parity. The"); the roman lines under it are the same paragraph,
    /// which is no heading.
    func testBoldSentenceEndingInsideALineKeepsItsParagraph() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_604_Add.1.pdf"))
        let p42 = try XCTUnwrap(out.blocks.first { $0.number == "42." })
        XCTAssertEqual(p42.kind, .paragraph)
        XCTAssertTrue(p42.text.hasPrefix("The Advisory Committee trusts that UNDOF will further pursue its efforts"))
        XCTAssertTrue(p42.text.hasSuffix("related to peacekeeping operations (A/80/604)."))
    }

    /// A/C.4/80/L.1 p. 2: "Consideration of decolonization items (continues)", bold but for its
    /// roman "(continues)", stays a heading over the roman line under it.
    func testBoldTitleWithARomanTailStaysAHeading() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-ga/A_C.4_80_L.1.pdf"))
        XCTAssertTrue(out.blocks.contains { $0.kind == .heading && $0.pages == [2] && $0.text == "Consideration of decolonization items (continues)" })
    }
}

/// Unnumbered titles set in italics alone on their line.
final class ItalicTitleTests: XCTestCase {
    /// A/80/604/Add.1 heads its subsections in italics between numbered paragraphs ("Vacancy
    /// rates", p. 9); A/RES/80/226's annex does so under its lettered sections ("Assessments",
    /// p. 5). Both are headings; the italic column header "Variance" over A/80/590's small
    /// tables (p. 21) stands over its column and stays a paragraph.
    func testItalicTitlesAreHeadings() throws {
        let acabq = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_604_Add.1.pdf"))
        XCTAssertTrue(acabq.blocks.contains { $0.kind == .heading && $0.text == "Vacancy rates" && $0.pages == [9] })
        let kyoto = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_80_226.pdf"))
        XCTAssertTrue(kyoto.blocks.contains { $0.kind == .heading && $0.text == "Assessments" && $0.pages == [5] })
        let liquidation = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_590.pdf"))
        XCTAssertFalse(liquidation.blocks.contains { $0.kind == .heading && $0.text == "Variance" })
        XCTAssertTrue(liquidation.blocks.contains { $0.kind == .paragraph && $0.text == "Variance" && $0.pages == [21] })
    }
}

/// Lettered subsection titles between numbered paragraphs.
final class LetteredTitleTests: XCTestCase {
    /// A/80/590 pp. 11–12, "Lessons learned": "(a) Movement of …", then "(b) Human resources"
    /// … "(f) Surge capacity", each in bold on its own line over numbered paragraphs, are
    /// headings; (b)–(f) had run into the paragraph before them (the numbered paragraphs
    /// between them reset the item series).
    func testBoldLetteredTitlesAfterNumberedParagraphsAreHeadings() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_80_590.pdf"))
        let titles = out.blocks.filter { $0.kind == .heading && ($0.pages == [11] || $0.pages == [12]) }.map { "\($0.number ?? "") \($0.text)" }
        XCTAssertTrue(titles.contains("(b) Human resources"))
        XCTAssertTrue(titles.contains("(f) Surge capacity"))
        let p43 = try XCTUnwrap(out.blocks.first { $0.number == "43." })
        XCTAssertTrue(p43.text.hasSuffix("in compliance with international safety standards."))
    }
}

/// Part labels whose number carries a letter.
final class LetteredPartNumberTests: XCTestCase {
    /// A/RES/80/242 pp. 11–12: the programme budget splits section 29 by letter: "Section 29A"
    /// over "Department of Management Strategy, Policy and Compliance", "Section 29D" over
    /// "Administration, Nairobi" are labelled headings like "Section 32".
    func testSectionNumberWithALetter() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_80_242.pdf"))
        let a = try XCTUnwrap(out.blocks.first { $0.number == "Section 29A" })
        XCTAssertEqual(a.kind, .heading)
        XCTAssertEqual(a.text, "Department of Management Strategy, Policy and Compliance")
        XCTAssertEqual(out.blocks.first { $0.number == "Section 29D" }?.text, "Administration, Nairobi")
        XCTAssertNotNil(BlockClassifier.partLabel("Section 29D", parameters: .standard))
        XCTAssertNil(BlockClassifier.partLabel("Section XIVB", parameters: .standard))
    }
}

/// Section letters that run past every letter before them.
final class HonorificLetterTests: XCTestCase {
    /// E/ESCWA/30/18/Report in French, pp. 51–57: each entry of the list of participants opens
    /// with "M." ("M. Ahmed Abul Gheith / Secrétaire général", p. 55), after section letters
    /// up to "H." only: it is the honorific, kept in the entry's text, not section "M.". The
    /// report's own letters still count: "G. Date et lieu de la trente et unième session"
    /// comes after a nested "A.", "B." in the agenda (p. 50).
    func testMonsieurOpeningAnEntryIsNoSectionLetter() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-FR.pdf"))
        XCTAssertFalse(out.blocks.contains { $0.number == "M." })
        let entry = try XCTUnwrap(out.blocks.first { $0.pages == [55] && $0.text.hasPrefix("M. Ahmed Abul Gheith") })
        XCTAssertEqual(entry.kind, .paragraph)
        XCTAssertEqual(entry.text, "M. Ahmed Abul Gheith Secrétaire général")
        let g = try XCTUnwrap(out.blocks.first { $0.number == "G." && $0.pages == [50] })
        XCTAssertEqual(g.kind, .heading)
        XCTAssertTrue(g.text.hasPrefix("Date et lieu de la trente et unième session"), g.text)
    }

    /// S/1996/112 p. 3 (the French civilian "M. Jean Hubert Feuillé" at a line's start, with
    /// no section letter before) and A/81/6 (Sect. 25) p. 9, where "C." after "A." reads as
    /// Roman 100 because "B." stands in a table, yet "D. Communication deliverables" is the
    /// next section letter.
    func testLetterSeriesAcrossAMissedLetter() throws {
        let s = try buildDocument(try TestPaths.shared("corpus/un/sc/S_1996_112-EN.pdf"))
        XCTAssertTrue(s.blocks.contains { $0.number == nil && $0.text.hasPrefix("M. Jean Hubert Feuillé") })
        let sect = try buildDocument(try TestPaths.shared("corpus/un/un-mandates/A_81_6 (SECT. 25).pdf"))
        let d = try XCTUnwrap(sect.blocks.first { $0.text == "Communication deliverables" })
        XCTAssertEqual(d.number, "D.")
        XCTAssertEqual(d.level, 2)
    }
}

/// Bold words inside running text.
final class BoldNamesInTextTests: XCTestCase {
    /// A/HRC/WG.6/7/SVN/1 p. 8 sets names in bold italics inside paragraph 22: "22. The first
    /// Programme for Children and Youth 2006-2016 was drafted in 2006 in" over "compliance with
    /// the recommendation of the UN Committee …". The line is mostly bold but opens in roman:
    /// no title, and the paragraph runs on. It had been a numbered heading and a paragraph.
    func testNumberedParagraphWithBoldNamesStaysWhole() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g0916919.pdf"))
        let p22 = try XCTUnwrap(out.blocks.first { $0.number == "22." })
        XCTAssertEqual(p22.kind, .paragraph)
        XCTAssertTrue(p22.text.hasPrefix("The first Programme for Children and Youth 2006-2016 was drafted in 2006 in compliance with the recommendation"), p22.text)
        XCTAssertFalse(out.blocks.contains { $0.text.hasPrefix("compliance with the recommendation") })
        // Paragraph 31 (p. 11) opens in bold ("The Strategy of Education of Roma in the Republic
        // of Slovenia") and runs on in roman, "(2004) includes a number", over "of measures:
        // …" in lower case: the sentence goes on, no title ends there.
        let p31 = try XCTUnwrap(out.blocks.first { $0.number == "31." })
        XCTAssertEqual(p31.kind, .paragraph)
        XCTAssertTrue(p31.text.hasPrefix("The Strategy of Education of Roma in the Republic of Slovenia (2004) includes a number of measures:"), p31.text)
    }
}

/// Centred titles in capitals that wrap after a colon.
final class CapitalTitleWrapTests: XCTestCase {
    /// E/ESCWA/EDID/2017/IG.3/4 p. 3 centres "I. TRADE AND THE SUSTAINABLE DEVELOPMENT GOALS:"
    /// over "THEORETICAL ANALYSIS", in roman capitals: one heading, as the contents on p. 2
    /// print it. The second line had been a paragraph of its own.
    func testCentredCapitalTitleBrokenAfterAColon() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.3_4-EN.pdf"))
        let one = try XCTUnwrap(out.blocks.first { $0.number == "I." && $0.kind == .heading })
        XCTAssertEqual(one.text, "TRADE AND THE SUSTAINABLE DEVELOPMENT GOALS: THEORETICAL ANALYSIS")
        XCTAssertFalse(out.blocks.contains { $0.text == "THEORETICAL ANALYSIS" })
    }
}

/// Annex labels at the top of a page.
final class AnnexAtPageTopTests: XCTestCase {
    /// E/ESCWA/2017/EC.4/9/Report: p. 20 ends with the last row of the list of participants
    /// ("Ministry of Planning and International Cooperation", no full stop); p. 21 opens with
    /// "Annex II" over "List of documents". The annex label is its own heading, not the end of
    /// the row before it.
    func testAnnexLabelOpensThePage() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_2017_EC.4_9_REPORT-EN.pdf"))
        let annex = try XCTUnwrap(out.blocks.first { $0.number == "Annex II" })
        XCTAssertEqual(annex.role, .annex)
        XCTAssertEqual(annex.text, "List of documents")
        XCTAssertEqual(annex.pages, [21])
        XCTAssertTrue(out.blocks.contains { $0.text == "Ministry of Planning and International Cooperation" && $0.pages == [20] })
    }
}

/// Part labels printed with a full stop.
final class PartLabelWithStopTests: XCTestCase {
    /// The convention annexed to A/RES/79/243 prints "Article 13." (p. 9) with a stray full stop
    /// over its title, between "Article 12" and "Article 14": a part heading like theirs. A
    /// sentence ending in a part's name ("See Form 8889, / Part III.", i1040nr p. 15) is no label.
    func testArticleWithAStrayFullStop() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_79_243.pdf"))
        let thirteen = try XCTUnwrap(out.blocks.first { $0.number == "Article 13." })
        XCTAssertEqual(thirteen.kind, .heading)
        XCTAssertEqual(thirteen.text, "Information and communications technology system-related theft or fraud")
        XCTAssertEqual(thirteen.level, out.blocks.first { $0.number == "Article 12" }?.level)
        XCTAssertNil(BlockClassifier.partLabel("Part III.", parameters: .standard, strayStop: false))
        XCTAssertNotNil(BlockClassifier.partLabel("Part III.", parameters: .standard))
        let irs = try buildDocument(try TestPaths.shared("corpus/official/i1040nr.pdf"))
        XCTAssertFalse(irs.blocks.contains { $0.number == "Part III." })
    }
}

/// Statements set in bold.
final class BoldStatementTests: XCTestCase {
    /// The annex of A/RES/80/226 boxes its core principles in bold: "States should develop
    /// national strategies and action plans aimed at the reduction of reoffending, as
    /// necessary." (p. 19) is a paragraph, not a heading; the two-sentence one on p. 6 too.
    /// Their labels ("Core principle II") stay headings.
    func testBoldSentencesAreParagraphs() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_80_226.pdf"))
        let strategies = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("States should develop national strategies and action plans") })
        XCTAssertEqual(strategies.kind, .paragraph)
        let custodial = try XCTUnwrap(out.blocks.first { $0.text.hasPrefix("States should promote the use of non-custodial measures") })
        XCTAssertEqual(custodial.kind, .paragraph)
        XCTAssertTrue(custodial.text.hasSuffix("Imprisonment should be used as a measure of last resort."), custodial.text)
        XCTAssertFalse(out.blocks.contains { $0.kind == .heading && $0.number == nil && $0.text.hasSuffix(".") && $0.text.count >= StructureParameters.standard.boldSentenceMinLength })
    }
}

/// Heading levels follow the nesting of the label series, unnumbered headings included.
final class HeadingNestingTests: XCTestCase {
    /// S/2025/317 p. 6: the bold "Deprivation of liberty of children for alleged association
    /// with armed groups/national security" under "A. Recruitment and use of children"
    /// (level 2, under "III.") is level 3, not level 1 above its own section.
    func testUnnumberedHeadingSitsUnderTheNumberedOne() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/sc/S_2025_317-EN.pdf"))
        let a = try XCTUnwrap(out.blocks.first { $0.kind == .heading && $0.text == "Recruitment and use of children" })
        XCTAssertEqual(a.level, 2)
        let sub = try XCTUnwrap(out.blocks.first { $0.kind == .heading && $0.text.hasPrefix("Deprivation of liberty of children") })
        XCTAssertEqual(sub.level, 3)
    }

    /// E/ESCWA/30/L.1 has no roman series: "A. Senior officials segment" is the outer series,
    /// level 1 (contract), and the centred "Global and regional developments" under it level 2.
    /// In A/RES/78/253 the bold section number "VII" opens the roman series, so "A. Pension
    /// Administration" under it stays level 2.
    func testLetterSeriesWithoutRomanIsOuter() throws {
        let escwa = try buildDocument(try TestPaths.shared("corpus/un/escwa/E_ESCWA_30_L.1-EN.pdf"))
        let a = try XCTUnwrap(escwa.blocks.first { $0.number == "A." })
        XCTAssertEqual(a.level, 1)
        let under = try XCTUnwrap(escwa.blocks.first { $0.kind == .heading && $0.text == "Global and regional developments" })
        XCTAssertEqual(under.level, 2)
        let budget = try buildDocument(try TestPaths.shared("corpus/un/un-ga/A_RES_78_253.pdf"))
        XCTAssertEqual(budget.blocks.first { $0.number == "A." && $0.text == "Pension Administration" }?.level, 2)
    }
}

/// Titles set large over several lines.
final class LargeTitleLineTests: XCTestCase {
    /// A/HRC/43/2 p. 5 sets "Part One" over a title of two lines in 14-pt type, 15 pt apart,
    /// in a report set in 10 on 11: the title is one, "Resolutions, decisions and President's
    /// statement adopted by the Human Rights Council at its forty-third session". Measured
    /// against the 10-pt text's pitch, its second line had opened a heading of its own.
    func testLargeTitleLinesAreMeasuredAtTheirSize() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/hrc/A_HRC_43_2-EN.pdf"))
        let part = try XCTUnwrap(out.blocks.first { $0.number == "Part One" })
        XCTAssertEqual(part.text, "Resolutions, decisions and President’s statement adopted by the Human Rights Council at its forty-third session")
        XCTAssertFalse(out.blocks.contains { $0.text == "the Human Rights Council at its forty-third session" })
    }
}

/// A title at the top of a page after a question.
final class TitleAfterAQuestionTests: XCTestCase {
    /// The advance questions to Slovenia (UPR addendum 1) end page 2 with a question ("…
    /// against national and other minorities?") and open page 3 with the asking State's name,
    /// "NORWAY": a heading, not the end of the question.
    func testStateNameAtThePageTop() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/more/UPR_Slovenia_Advance_Questions_Add1.pdf"))
        let norway = try XCTUnwrap(out.blocks.first { $0.text == "NORWAY" })
        XCTAssertEqual(norway.kind, .heading)
        XCTAssertEqual(norway.pages, [3])
        XCTAssertTrue(out.blocks.contains { $0.text.hasSuffix("against national and other minorities?") })
    }
}

/// Part labels at the top of pages are no running headers.
final class MovingPartNumberTests: XCTestCase {
    /// The convention annexed to A/RES/79/243 opens page 29 with "Article 41" and page 31 with
    /// "Article 43", at the same height: their numbers moved by two in two pages, as a page
    /// number would, but on no page in between. Both are part headings with their titles, not
    /// running headers.
    func testArticlesHeadingPagesTwoApart() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/bulk/A_RES_79_243.pdf"))
        XCTAssertEqual(out.blocks.first { $0.number == "Article 41" }?.text, "24/7 network")
        XCTAssertEqual(out.blocks.first { $0.number == "Article 43" }?.pages, [31])
        XCTAssertFalse(out.furniture.contains { $0.kind == .runningHeader && $0.text.hasPrefix("Article") })
    }
}

/// Annex titles set under a bracketed note.
final class AnnexTitleUnderNoteTests: XCTestCase {
    /// A/HRC/14/37 p. 165 sets "Annex I", then "[English only]", then the title "Attendance":
    /// the title is the annex's, and the note stays a paragraph (Annex IV on p. 175 likewise).
    func testAnnexTitleAfterALanguageNote() throws {
        let out = try buildDocument(try TestPaths.shared("corpus/un/un-hrc/g1217781.pdf"))
        let one = try XCTUnwrap(out.blocks.first { $0.number == "Annex I" })
        XCTAssertEqual(one.text, "Attendance")
        XCTAssertEqual(out.blocks.first { $0.number == "Annex IV" }?.text,
                       "List of documents issued for the fourteenth session of the Human Rights Council")
        XCTAssertEqual(out.blocks.filter { $0.text == "[English only]" }.count, 2)
        XCTAssertFalse(out.blocks.contains { $0.kind == .heading && $0.text == "Attendance" && $0.role == .section && $0.pages == [165] })
    }
}
