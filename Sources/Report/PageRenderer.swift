import Foundation
import Extraction

/// Renders PDF pages to PNG for the HTML report, through `PDFFile.renderPNG` (Extraction owns
/// every use of Poppler).
public final class PageRenderer {
    private let file: PDFFile

    /// Opens the PDF at `path`; nil when it cannot be opened (no file, not a PDF, wrong
    /// password, damaged, no pages).
    public init?(path: String, password: String? = nil) {
        guard let file = try? PDFFile(url: URL(fileURLWithPath: path), password: password) else { return nil }
        self.file = file
    }

    /// Page count.
    public var pageCount: Int { file.info.pageCount }

    /// A rendered page: PNG bytes and the page size in points.
    public typealias Image = PageImage

    /// The longest side of a rendered page, in pixels (`PDFFile.maxRenderSide`).
    public static let maxSide: Int32 = PDFFile.maxRenderSide

    /// Page `number` (1-based) at `dpi` dots per inch; nil when out of range or on failure
    /// (see `PDFFile.renderPNG`).
    public func render(page number: Int, dpi: Double = 80) -> Image? { file.renderPNG(page: number, dpi: dpi) }
}
