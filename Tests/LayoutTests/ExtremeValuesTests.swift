import Extraction
import Foundation
import Layout
import XCTest

/// Numbers a PDF gives are not trusted: a page 1e300 pt wide, NaN or infinite coordinates and a
/// 1e308-pt font must neither trap (Int conversion) nor allocate per point of page width.
final class ExtremeValuesTests: XCTestCase {
    private let font = FontStyle(name: "Times", size: 10, isBold: false, isItalic: false)

    /// Glyphs of `text` set left to right from `x`, 6 pt apart, 10 pt high, bottom at `bottom`.
    private func glyphs(_ text: String, x: Double, bottom: Double, font: Int32 = 0) -> [Glyph] {
        text.enumerated().compactMap { i, c in
            c == " " ? nil : Glyph(text: String(c), box: Rect(x0: x + Double(i) * 6, y0: bottom - 10, x1: x + Double(i) * 6 + 5, y1: bottom),
                                   fontIndex: font)
        }
    }

    /// 250 glyphs in the body band: enough for the gutter search (more than 200) to run.
    private func bodyText() -> [Glyph] {
        (0..<10).flatMap { row in glyphs("Decides to remain seized of the matter", x: 72, bottom: 200 + Double(row) * 14) }
    }

    func testPageWidthOf1e300PointsGivesTheLines() {
        let page = Page(number: 1, width: 1e300, height: 792, rotation: 0, glyphs: bodyText(), fonts: [font])
        let lines = LineBuilder().lines(of: page)
        XCTAssertEqual(lines.count, 10)
        XCTAssertEqual(lines.first?.text, "Decides to remain seized of the matter")
        XCTAssertEqual(lines.first?.box.x0, 72)
    }

    func testNaNAndInfiniteCoordinatesAreDroppedOrClamped() {
        var all = bodyText()
        // A NaN x: no place on the page, dropped. -inf and +inf: clamped to the coordinate limit.
        all.append(Glyph(text: "N", box: Rect(x0: .nan, y0: 300, x1: 10, y1: 310), fontIndex: 0))
        all.append(Glyph(text: "L", box: Rect(x0: -.infinity, y0: 400, x1: -.infinity, y1: 410), fontIndex: 0))
        all.append(Glyph(text: "R", box: Rect(x0: 100, y0: 500, x1: .infinity, y1: 510), fontIndex: 0))
        let page = Page(number: 1, width: 612, height: 792, rotation: 0, glyphs: all, fonts: [font])
        let lines = LineBuilder().lines(of: page)
        let limit = LayoutParameters().coordinateLimit
        XCTAssertEqual(lines.count, 12)
        XCTAssertFalse(lines.contains { $0.text.contains("N") })
        XCTAssertEqual(lines.first { $0.text == "L" }?.box.x0, -limit)
        XCTAssertEqual(lines.first { $0.text == "R" }?.box.x1, limit)
        XCTAssertTrue(lines.allSatisfy { $0.box.isFinite && $0.fontSize.isFinite })
    }

    func testNaNPageSizeAndHugeFontSize() {
        let huge = FontStyle(name: "Times", size: 1e308, isBold: false, isItalic: false)
        let page = Page(number: 1, width: .nan, height: -.infinity, rotation: 0,
                        glyphs: bodyText() + glyphs("Big", x: 72, bottom: 600, font: 1), fonts: [font, huge])
        let lines = LineBuilder().lines(of: page)
        XCTAssertEqual(lines.count, 11)
        XCTAssertEqual(lines.first { $0.text == "Big" }?.fontSize, LayoutParameters().coordinateLimit)
        let zoned = PageZoner().zone(pages: [(1, .nan, .infinity, lines)])
        XCTAssertEqual(zoned.first?.lines.count, 11)
    }

    func testClampedLeavesANormalPageUnchanged() {
        let page = Page(number: 3, width: 612, height: 792, rotation: 0, glyphs: bodyText(), fonts: [font])
        let clamped = page.clamped(to: LayoutParameters().coordinateLimit)
        XCTAssertEqual(clamped.glyphs, page.glyphs)
        XCTAssertEqual(clamped.width, 612)
        XCTAssertEqual(clamped.height, 792)
    }

    func testSaturatingIntAndRectDescription() {
        XCTAssertEqual(Double.nan.saturatingInt(), 0)
        XCTAssertEqual((1e300).saturatingInt(), 9_007_199_254_740_992)
        XCTAssertEqual((-Double.infinity).saturatingInt(.down), -9_007_199_254_740_992)
        XCTAssertEqual((2.5).saturatingInt(), 3)
        XCTAssertEqual((2.5).saturatingInt(.down), 2)
        XCTAssertEqual(Rect(x0: .nan, y0: 1e300, x1: 1.25, y1: 2).description, "[0.0,900719925474099.2 1.3,2.0]")
    }

    /// Vertical writing is decided from boxes grouped by their rounded centre; NaN centres trapped there.
    func testReadingFrameWithNaNCentres() {
        let cjk = (0..<60).map { i in Glyph(text: "中", box: Rect(x0: .nan, y0: Double(i) * 10, x1: .nan, y1: Double(i) * 10 + 9), fontIndex: 0) }
        let page = Page(number: 1, width: 612, height: 792, rotation: 0, glyphs: cjk, fonts: [font])
        XCTAssertEqual(ReadingFrame.oriented(page).glyphs.count, 60)
    }
}
