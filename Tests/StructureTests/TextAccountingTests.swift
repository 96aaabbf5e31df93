import XCTest
import DocumentModel
import Extraction
import Layout
@testable import Structure
import TestSupport

/// The word folding of `TextAccounting`: the scalar-by-scalar form gives the words of the
/// reference form (Foundation's decomposition, split by characters) on every printed word and
/// every block of real documents in Arabic, French, English, Russian and Chinese.
final class TextAccountingTests: XCTestCase {
    private func assertSameWords(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = try TestPaths.shared(path)
        let pdf = try PDFFile(url: url)
        let builder = LineBuilder()
        var texts: [String] = []
        for n in 1...pdf.info.pageCount {
            for l in builder.lines(of: ReadingFrame.oriented(try pdf.page(n))) { texts += l.words.map(\.text) }
        }
        func walk(_ bs: [Block]) { for b in bs { texts.append(b.text); walk(b.items) } }
        walk(try buildDocument(url).blocks)
        XCTAssertGreaterThan(texts.count, 100, file: file, line: line)
        var folding = TextAccounting.Folding()
        for t in texts {
            XCTAssertEqual(folding.words(t), TextAccounting.slowWords(t), "\(path): \(t)", file: file, line: line)
        }
    }

    func testArabicReport() throws { try assertSameWords("corpus/un/escwa/E_ESCWA_30_18_REPORT-AR.pdf") }
    func testFrenchReport() throws { try assertSameWords("corpus/un/escwa/E_ESCWA_30_18_REPORT-FR.pdf") }
    func testEnglishReport() throws { try assertSameWords("corpus/un/un-mandates/A_80_605.pdf") }

    /// The printed words come one at a time, in reading order, with their page; only the last
    /// part of a line's last word ending in a hyphen before a lower-case line is marked.
    func testPrintedWordsOneAtATime() {
        func line(_ page: Int, _ words: [String]) -> Line {
            let box = Rect(x0: 0, y0: 0, x1: 10, y1: 10)
            return Line(page: page, words: words.map {
                Word(text: $0, box: box, fontSize: 10, isBold: false, isItalic: false, isSuperscript: false, gapBefore: 0)
            }, box: box, fontSize: 10, bottom: 10)
        }
        let lines = [line(1, ["The", "by-"]), line(1, ["catch", "—", "Well-"]), line(2, []), line(2, ["Known"])]
        var printed = TextAccounting.PrintedWords(lines: lines, folding: TextAccounting.Folding())
        var seen: [String] = []
        while let item = printed.next() {
            seen.append("\(item.word)@\(item.page)\(item.lineEndDash ? "-" : "")")
        }
        XCTAssertEqual(seen, ["the@1", "by@1-", "catch@1", "well@1", "known@2"])
        XCTAssertNil(printed.next())
    }

    /// A word printed over a line end is found as its two halves joined, before the halves alone.
    func testAWordJoinedAcrossALineEndIsPlaced() {
        func line(_ page: Int, _ words: [String]) -> Line {
            let box = Rect(x0: 0, y0: 0, x1: 10, y1: 10)
            return Line(page: page, words: words.map {
                Word(text: $0, box: box, fontSize: 10, isBold: false, isItalic: false, isSuperscript: false, gapBefore: 0)
            }, box: box, fontSize: 10, bottom: 10)
        }
        let lines = [line(3, ["no", "by-"]), line(3, ["catch", "lost", "words"])]
        let block = Block(kind: .paragraph, text: "no bycatch")
        XCTAssertEqual(TextAccounting.unplaced(lines: lines, blocks: [block], footnotes: []),
                       [TextAccounting.Unplaced(page: 3, text: "lost words")])
    }

    /// Lower case, accents and Arabic hamza seats folded, marks dropped, CJK one word a character.
    func testFoldingOfSingleWords() {
        XCTAssertEqual(TextAccounting.words("Secretary-General"), ["secretary", "general"])
        XCTAssertEqual(TextAccounting.words("communiqué"), ["communique"])
        XCTAssertEqual(TextAccounting.words("\u{0623}\u{064E}\u{0645}\u{0652}\u{0646}"), ["\u{0627}\u{0645}\u{0646}"])
        XCTAssertEqual(TextAccounting.words("人人生"), ["人", "人", "生"])
        XCTAssertEqual(TextAccounting.words("a\r\nb"), ["a", "b"])
    }
}
