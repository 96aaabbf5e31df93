import XCTest
import JSONSchema
@testable import Report

/// The port of score.py's pieces, checked against values Python printed for the same inputs.
final class ScorerTests: XCTestCase {
    func testNormCollapsesWhitespaceAndAppliesNFKC() {
        XCTAssertEqual(ScoreText.norm("  a\u{00A0}\u{2003}b\n\tc  "), "a b c")
        XCTAssertEqual(ScoreText.norm("ﬁnal"), "final")
        XCTAssertEqual(ScoreText.norm(nil as String?), "")
        XCTAssertEqual(ScoreText.norm(JSONValue.int(73)), "73")
        // U+200B is not whitespace for Python: it stays.
        XCTAssertEqual(ScoreText.norm("a\u{200B}b").unicodeScalars.count, 3)
    }

    func testNumberKeyDropsParenthesesDotsAndCase() {
        XCTAssertEqual(ScoreText.normNumber("(a)"), "a")
        XCTAssertEqual(ScoreText.normNumber("12."), "12")
        XCTAssertEqual(ScoreText.normNumber("Annex I"), "annexi")
        XCTAssertEqual(ScoreText.normNumber(JSONValue.null), "")
    }

    func testSequenceMatcherAgreesWithDifflib() {
        // (a, b, ratio, matching blocks) from Python's difflib with autojunk=False.
        let cases: [(String, String, Double, [[Int]])] = [
            ("abcd", "bcde", 0.75, [[1, 0, 3]]),
            ("the general assembly", "the generous assembly,", 0.8571428571428571, [[0, 0, 9], [11, 12, 9]]),
            ("qabxcd", "abycdf", 0.6666666666666666, [[1, 0, 2], [4, 3, 2]]),
            ("aaaa", "aa", 0.6666666666666666, [[0, 0, 2]]),
            ("", "x", 0.0, []),
            ("héllo wörld", "hello world", 0.8181818181818182, [[0, 0, 1], [2, 2, 5], [8, 8, 3]]),
        ]
        for (a, b, ratio, blocks) in cases {
            let m = SequenceMatcher(ScoreText.scalars(a), ScoreText.scalars(b))
            XCTAssertEqual(m.ratio(), ratio, "\(a) / \(b)")
            XCTAssertEqual(m.matchingBlocks().map { [$0.a, $0.b, $0.size] }, blocks, "\(a) / \(b)")
            XCTAssertEqual(SequenceMatcher.quickRatio(ScoreText.scalars(a), ScoreText.scalars(b)), ratio)
        }
    }

    func testEditDistance() {
        XCTAssertEqual(scoreEditDistance(ScoreText.scalars("kitten"), ScoreText.scalars("sitting")), 3)
        XCTAssertEqual(scoreEditDistance(ScoreText.scalars(""), ScoreText.scalars("abc")), 3)
        XCTAssertEqual(scoreEditDistance(ScoreText.scalars("same"), ScoreText.scalars("same")), 0)
    }

    func testDroppedBlockAlignsAsAGapAndCountsItsCharacters() {
        let gold: JSONValue = ["metadata": ["symbol": "A/RES/1/1"], "blocks": [
            ["kind": "paragraph", "role": "operative", "number": "1.", "text": "Decides to convene the meeting.", "leadIn": "Decides", "footnoteRefs": ["1"]],
            ["kind": "paragraph", "role": "operative", "number": "2.", "text": "Requests the Secretary-General to report.", "footnoteRefs": []],
            ["kind": "paragraph", "role": "operative", "number": "3.", "text": "Decides to remain seized of the matter.", "footnoteRefs": []],
        ], "footnotes": [["marker": "1", "text": "See A/1/1."]]]
        let out: JSONValue = ["metadata": ["symbol": "A/RES/1/1"], "blocks": [
            ["kind": "paragraph", "role": "operative", "number": "1.", "text": "Decides to convene the meeting.", "leadIn": "Decides", "footnoteRefs": ["1"]],
            ["kind": "paragraph", "role": "operative", "number": "3.", "text": "Decides to remain seized of this matter.", "footnoteRefs": []],
        ], "footnotes": []]
        let (score, diffs) = ExpectedComparison.compare(output: out, gold: gold)
        XCTAssertEqual(score.metadata, Ratio(1, 1))
        XCTAssertEqual(score.exactBlocks, 1)
        XCTAssertEqual(score.expectedBlocks, 3)
        XCTAssertEqual(score.outputBlocks, 2)
        XCTAssertEqual(score.characters.hit, 41 + 2)  // the missing block, plus "the" → "this"
        XCTAssertEqual(score.footnotes, Ratio(0, 1))
        XCTAssertEqual(score.refs, Ratio(1, 1))
        XCTAssertEqual(score.leadIn, Ratio(1, 1))
        XCTAssertEqual(Set(diffs.map(\.kind)), [.blockMissing, .blockChanged, .footnote])
        let changed = diffs.first { $0.kind == .blockChanged }!
        XCTAssertEqual(WordDiff.render(WordDiff.diff(changed.expected!, changed.actual!)),
                       "Decides to remain seized of [-the-] {+this+} matter.")
    }

    func testTotalLineFormat() {
        var s = Score()
        s.metadata = Ratio(18, 19); s.exactBlocks = 37; s.expectedBlocks = 40; s.outputBlocks = 39
        s.characters = Ratio(0, 100); s.footnotes = Ratio(0, 0); s.refs = Ratio(1, 3); s.leadIn = Ratio(2, 2)
        XCTAssertEqual(s.totalLine(documents: 1),
                       "TOTAL docs=1 meta=94.74% blockF1=93.67% CER=0.00% footnotes=n/a refs=33.33% leadIn=100.00%")
    }
}
