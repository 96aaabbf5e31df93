import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

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
