import Extraction
import Foundation
import Layout
import TestSupport
import XCTest

/// Words and lines on real pages. Expected texts are the lines as printed (checked on the pages
/// rendered with `pdftoppm -r 60` and against `pdftotext`), not our own output.
final class LineBuilderTests: XCTestCase {

    // MARK: Tightly justified lines

    /// S/PV.10011 p. 17 sets the line "Mr. Mohamed Yusuf (Somalia): At the outset, …" with word
    /// spaces of 0.155 em, under `wordGap`; Poppler's text breaks the words there, and the
    /// line's breaks are all alike, so they are its word spaces.
    func testTightWordSpacesAreKept() throws {
        let pages = try layout(of: TestPaths.shared("corpus/un/sc/S_PV.10011-EN.pdf"))
        if let (line, _) = pages[16].line(startingWith: "Mr. Mohamed") {
            XCTAssertEqual(line.text, "Mr. Mohamed Yusuf (Somalia): At the outset, allow me to begin by congratulating")
        }
        let escwa = try layout(of: TestPaths.shared("corpus/un/escwa/E_ESCWA_30_18_REPORT-EN.pdf"))
        XCTAssertTrue(escwa[33].lines.contains { $0.text.contains("In the ensuing discussion, representatives underscored") },
                      escwa[33].lines.map(\.text).joined(separator: "\n"))
    }

    /// E/ESCWA/30/8 p. 1: Poppler breaks "the|proposal" at 0.156 em on a line whose other
    /// spaces are 0.17–0.21 em; before, the line read "requested that theproposal be considered
    /// at thethirtieth session". Kerning gaps Poppler also breaks at stay whole: "radiatio|n"
    /// (0.151 em, A/RES/80/75 p. 2), and a break before "." or "-" never splits.
    func testPopplerWordBreaksOnLinesThatAreNotTight() throws {
        let escwa = try layout(of: TestPaths.shared("corpus/un/escwa/E_ESCWA_30_8-EN.pdf"))
        let line = try XCTUnwrap(escwa[0].lines.first { $0.text.hasPrefix("Executive Committee requested") })
        XCTAssertEqual(line.text, "Executive Committee requested that the proposal be considered at the thirtieth session of the Commission.")
        let resolution = try layout(of: TestPaths.shared("corpus/bulk/A_RES_80_75.pdf"))
        let kerned = try XCTUnwrap(resolution[1].lines.first { $0.text.contains("ionizing radiatio") })
        XCTAssertTrue(kerned.text.contains("ionizing radiation"), kerned.text)
    }

    /// A Poppler break from a lower-case letter to a capital is a word space from 0.1 em: "the
    /// Vienna Programme of Action for Landlocked" (A/RES/78/163 p. 1, rendered) leaves 0.149 em
    /// between "of" and "Action" on a line whose other spaces are about 0.19 em, and came out
    /// "ofAction"; "Economic Development and Integration Division" (E/ESCWA/EDID/2017/IG.1/INF.1
    /// p. 2) 0.153 em.
    func testPopplerBreakBeforeACapital() throws {
        let resolution = try layout(of: TestPaths.shared("corpus/bulk/A_RES_78_163.pdf"))
        let line = try XCTUnwrap(resolution[0].lines.first { $0.text.contains("the Vienna Programme of") })
        XCTAssertTrue(line.text.hasSuffix("the Vienna Programme of Action for Landlocked"), line.text)
        let list = try layout(of: TestPaths.shared("corpus/un/escwa/E_ESCWA_EDID_2017_IG.1_INF.1-EN.pdf"))
        XCTAssertTrue(list[1].lines.contains { $0.text.contains("Economic Development and Integration Division") })
        XCTAssertFalse(list[1].lines.contains { $0.text.contains("andIntegration") })
    }

    // MARK: Kerned words of justified text (A/RES/73/6)

    /// `pdftotext` (Poppler's own word rule) prints "Confere nce", "cooperat ion" and "peopl e" on
    /// these three lines; the rendered page shows whole words.
    func testKernedWordsStayWhole() throws {
        let pages = try layout(of: TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))
        XCTAssertEqual(pages.count, 5)

        if let (line, zone) = pages[0].line(startingWith: "Recognizing that the fiftieth anniversary") {
            XCTAssertEqual(line.text, "Recognizing that the fiftieth anniversary of the first United Nations Conference")
            XCTAssertTrue(line.words.map(\.text).contains("Conference"))
            XCTAssertEqual(line.words.last?.text, "Conference")
            XCTAssertEqual(zone, .body)
        }
        if let (line, _) = pages[0].line(startingWith: "have provided unique platforms") {
            XCTAssertEqual(line.text, "have provided unique platforms to promote international cooperation in space")
            XCTAssertTrue(line.words.map(\.text).contains("cooperation"))
            XCTAssertFalse(line.words.map(\.text).contains("cooperat"))
        }
        // Page 2, first line of text (below the running header).
        let body2 = pages[1].lines(in: .body)
        XCTAssertEqual(body2.first?.text, "to shape the global governance of outer space activities to benefit people and the")
        XCTAssertTrue(body2.first?.words.map(\.text).contains("people") ?? false)
        XCTAssertFalse(body2.first?.words.map(\.text).contains("peopl") ?? true)
    }

    /// The same lines cut with Poppler's 0.1 em word rule split as `pdftotext` does: the gaps
    /// inside those words really are kerning gaps wider than 0.1 em, so the test above is not
    /// passing on text without them.
    func testPopplerWordRuleSplitsTheSameWords() throws {
        var parameters = LayoutParameters()
        parameters.wordGap = 0.1
        let pages = try layout(of: TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"), parameters: parameters)
        let recognizing = pages[0].line(startingWith: "Recognizing that the fiftieth anniversary")?.line
        XCTAssertEqual(recognizing.map { Array($0.words.suffix(2).map(\.text)) }, ["Confere", "nce"])
        let platforms = pages[0].line(startingWith: "have provided unique platforms")?.line
        XCTAssertTrue(platforms?.words.map(\.text).contains("cooperat") ?? false)
    }

    /// Italic and bold words as printed on page 1 of A/RES/73/6: the italic "Recalling" opens an
    /// upright line; the title "73/6. Fiftieth anniversary …" is bold.
    func testWordStyles() throws {
        let page = try layout(of: TestPaths.shared("corpus/un/gate/A_RES_73_6-EN.pdf"))[0]
        if let (line, _) = page.line(startingWith: "Recalling its resolutions") {
            XCTAssertEqual(line.text, "Recalling its resolutions 2453 A (XXIII) of 20 December 1968, 37/90 of")
            XCTAssertTrue(line.words[0].isItalic)
            XCTAssertTrue(line.words.dropFirst().allSatisfy { !$0.isItalic && !$0.isBold })
            XCTAssertFalse(line.isItalic)
            XCTAssertEqual(line.fontSize, 10, accuracy: 0.1)
        }
        if let (line, _) = page.line(startingWith: "73/6.") {
            XCTAssertEqual(line.text, "73/6. Fiftieth anniversary of the first United Nations Conference on the")
            XCTAssertTrue(line.isBold)
            XCTAssertEqual(line.fontSize, 12, accuracy: 0.1)
        }
        // pdftotext -bbox: the masthead "General Assembly" runs from x 123.38 to 272.04.
        if let (line, _) = page.line(startingWith: "General Assembly") {
            XCTAssertEqual(line.words.map(\.text), ["General", "Assembly"])
            XCTAssertTrue(line.isBold)
            XCTAssertEqual(line.box.x0, 123.38, accuracy: 0.5)
            XCTAssertEqual(line.box.x1, 272.04, accuracy: 0.5)
        }
    }

    // MARK: Footnote markers (A/RES/78/199)

    /// The body lines carrying footnote markers 1–7 (pages 1 and 2; pages 3–4 have none), as
    /// printed: a small raised figure after the word given here.
    private static let markers: [(page: Int, lineStart: String, after: String, marker: String)] = [
        (1, "the World Conference on Human Rights on 25 June 1993,", "1993,", "1"),
        (1, "8 September 2000,", "2000,", "2"),
        (1, "resolution 53/11 of 12 July 2023", "2023", "3"),
        (2, "Assembly to commemorate the tenth", "tenth", "4"),
        (2, "Assembly to commemorate the tenth", "twentieth", "5"),
        (2, "Promotion and Protection of Human Rights at its fifty-second session,", "session,", "6"),
        (2, "fifth anniversary of the adoption of the Universal Declaration of Human Rights,", "Rights,", "7"),
    ]

    func testBodyFootnoteMarkersAreSuperscripts() throws {
        let pages = try layout(of: TestPaths.shared("corpus/un/un-ga/A_RES_78_199.pdf"))
        XCTAssertEqual(pages.count, 4)
        for m in Self.markers {
            guard let (line, zone) = pages[m.page - 1].line(startingWith: m.lineStart) else { continue }
            XCTAssertEqual(zone, .body, m.lineStart)
            guard let i = line.words.firstIndex(where: { $0.text == m.after }), i + 1 < line.words.count else {
                XCTFail("page \(m.page): no word \"\(m.after)\" followed by a marker in \"\(line.text)\""); continue
            }
            let marker = line.words[i + 1]
            XCTAssertEqual(marker.text, m.marker, line.text)
            XCTAssertTrue(marker.isSuperscript, "marker \(m.marker) in \"\(line.text)\"")
            XCTAssertFalse(line.words[i].isSuperscript, line.text)
            XCTAssertLessThan(marker.fontSize, line.fontSize, "marker \(m.marker) is set smaller")
            XCTAssertLessThan(marker.box.y1, line.bottom, "marker \(m.marker) is raised")
        }
        // No other superscript in the body of any page.
        var found: [String] = []
        for p in pages {
            for line in p.lines(in: .body) {
                for w in line.words where w.isSuperscript { found.append("\(p.number):\(w.text)") }
            }
        }
        XCTAssertEqual(found, ["1:1", "1:2", "1:3", "2:4", "2:5", "2:6", "2:7"])

        // Full texts of two of the lines (pdftotext prints the same words).
        XCTAssertEqual(pages[0].line(startingWith: "the World Conference on Human Rights")?.line.text,
                       "the World Conference on Human Rights on 25 June 1993, 1 for enhancing genuine")
        XCTAssertEqual(pages[1].line(startingWith: "Assembly to commemorate the tenth")?.line.text,
                       "Assembly to commemorate the tenth 4 and twentieth 5 anniversaries of the adoption of")
    }

    /// The footnote areas of pages 1 and 2: a rule of underscores, then one line per note opening
    /// with its marker (note 3 runs onto a second line, which has none).
    func testFootnoteAreaLines() throws {
        let pages = try layout(of: TestPaths.shared("corpus/un/un-ga/A_RES_78_199.pdf"))
        let expected: [[String]] = [
            ["__________________",
             "1 A/CONF.157/24 (Part I), chap. III.",
             "2 Resolution 55/2.",
             "3 See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53",
             "(A/78/53), chap. VII, sect. A."],
            ["__________________",
             "4 Resolution 66/3.",
             "5 Resolution 76/1.",
             "6 See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.",
             "7 Resolution 217 A (III)."],
        ]
        for (index, texts) in expected.enumerated() {
            let notes = pages[index].lines(in: .footnotes)
            XCTAssertEqual(notes.map(\.text), texts, "page \(index + 1)")
            for line in notes.dropFirst() where line.text.first?.isNumber == true {
                let first = line.words[0]
                XCTAssertTrue(first.isSuperscript, "page \(index + 1): \"\(line.text)\" opens with a superscript")
                XCTAssertEqual(first.text, String(line.text.prefix { $0.isNumber }))
                XCTAssertTrue(line.words.dropFirst().allSatisfy { !$0.isSuperscript }, line.text)
            }
            // The continuation line of note 3 opens with an ordinary word.
            if index == 0, let last = notes.last { XCTAssertFalse(last.words[0].isSuperscript) }
            // Notes are set smaller than the 10-point body text.
            XCTAssertTrue(notes.allSatisfy { $0.fontSize < 10 }, "page \(index + 1)")
        }
        // The italic document title inside note 3 ("Official Records of the General Assembly, …").
        if let note3 = pages[0].lines(in: .footnotes).first(where: { $0.text.hasPrefix("3 See") }) {
            XCTAssertEqual(note3.words.filter(\.isItalic).map(\.text).joined(separator: " "),
                           "Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53")
        }
        // Pages 3 and 4 have no footnotes.
        XCTAssertEqual(pages[2].lines(in: .footnotes).count, 0)
        XCTAssertEqual(pages[3].lines(in: .footnotes).count, 0)
    }

    // MARK: Our justified sample

    /// The masthead of Samples/A_RES_91_87.pdf: "Distr.: General" above "22 December 2036" on the
    /// right, beside the large "General Assembly". They once merged into one interleaved line.
    func testMastheadDistrAndDateAreSeparateLines() throws {
        let page = try layout(of: TestPaths.samples.appendingPathComponent("A_RES_91_87.pdf"))[0]
        guard let distr = page.line(startingWith: "Distr.")?.line,
              let date = page.line(startingWith: "22 December 2036")?.line,
              let masthead = page.line(startingWith: "General Assembly")?.line else { return }
        XCTAssertEqual(distr.text, "Distr.: General")
        XCTAssertEqual(date.text, "22 December 2036")
        XCTAssertEqual(masthead.text, "General Assembly")
        XCTAssertLessThan(distr.bottom, date.bottom, "Distr. above the date")
        XCTAssertEqual(distr.box.x0, date.box.x0, accuracy: 1, "left-aligned in the right column")
        XCTAssertGreaterThan(distr.box.x0, masthead.box.x1, "right of the masthead")
    }

    /// Justified lines (extra width after the spaces) come out with the printed words; compared
    /// with `pdftotext -layout`.
    func testJustifiedSampleLines() throws {
        let page = try layout(of: TestPaths.samples.appendingPathComponent("A_RES_91_87.pdf"))[0]
        XCTAssertEqual(page.line(startingWith: "Recalling its resolution")?.line.text,
                       "Recalling its resolution 87/204 of 20 December 2032, by which it endorsed the")
        XCTAssertEqual(page.line(startingWith: "Recognizing that the diversity")?.line.text,
                       "Recognizing that the diversity of crops and their wild relatives is the foundation of")
    }
}
