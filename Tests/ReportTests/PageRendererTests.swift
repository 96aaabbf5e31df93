import Foundation
import Report
import TestSupport
import XCTest

/// The HTML report renders pages at the size the PDF claims; a huge MediaBox must neither trap
/// (Int32 conversion) nor allocate an image of that size.
final class PageRendererTests: XCTestCase {
    /// Width and height of a PNG, read from its IHDR chunk (bytes 16–23, big-endian).
    private func pngSize(_ png: Data) -> (Int, Int) {
        let b = [UInt8](png.prefix(24))
        func be(_ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    private func shell(_ script: String, _ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script, "sh"] + arguments
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, script)
    }

    func testHugeMediaBoxIsRenderedScaledDown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try TestPaths.shared("corpus/un/gate/A_RES_73_8-EN.pdf")
        let qdf = folder.appendingPathComponent("q.pdf"), raw = folder.appendingPathComponent("m.raw")
        let huge = folder.appendingPathComponent("huge.pdf")
        try shell(#"qpdf --qdf --object-streams=disable "$1" --pages . 1 -- "$2""#, [source.path, qdf.path])
        // The page's MediaBox [0 0 612 792] becomes [0 0 1e41 792] (PDF numbers have no exponent).
        var text = String(data: try Data(contentsOf: qdf), encoding: .isoLatin1)!
        let range = try XCTUnwrap(text.range(of: #"/MediaBox \[\s*0\s*0\s*612"#, options: .regularExpression))
        text.replaceSubrange(range, with: "/MediaBox [ 0 0 1" + String(repeating: "0", count: 41))
        try text.data(using: .isoLatin1)!.write(to: raw)
        try shell(#"fix-qdf "$1" > "$2""#, [raw.path, huge.path])

        let renderer = try XCTUnwrap(PageRenderer(path: huge.path))
        let image = try XCTUnwrap(renderer.render(page: 1))
        XCTAssertEqual(image.widthPoints, 1e41, accuracy: 1e27)
        XCTAssertEqual(image.heightPoints, 792)
        let (w, h) = pngSize(image.png)
        XCTAssertEqual(w, Int(PageRenderer.maxSide))
        XCTAssertEqual(h, 1)  // 792 pt scaled by 4096 / 1e41 rounds up to one pixel

        // An ordinary page keeps its 80 dpi size: 612 × 792 pt → 680 × 880 px.
        let normal = try XCTUnwrap(PageRenderer(path: source.path)?.render(page: 1))
        XCTAssertTrue(pngSize(normal.png) == (680, 880))
    }
}
