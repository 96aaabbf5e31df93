import Foundation
import CPoppler

/// Renders PDF pages to PNG through Poppler and cairo, for the HTML report.
///
/// Opens the file with `poppler_document_new_from_file` (Poppler 22.12 crashes in
/// `new_from_bytes` on an encrypted PDF given a wrong password).
public final class PageRenderer {
    private let document: OpaquePointer

    /// Opens the PDF at `path`; nil when Poppler cannot open it.
    public init?(path: String, password: String? = nil) {
        let uri = URL(fileURLWithPath: path).absoluteString
        var error: UnsafeMutablePointer<GError>? = nil
        guard let doc = poppler_document_new_from_file(uri, password, &error) else {
            if let error { g_error_free(error) }
            return nil
        }
        document = doc
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

    /// Page count.
    public var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// A rendered page: PNG bytes and the page size in points.
    public struct Image: Sendable {
        public var png: Data
        public var widthPoints: Double
        public var heightPoints: Double
        /// `data:image/png;base64,…`.
        public var dataURI: String { "data:image/png;base64," + png.base64EncodedString() }
    }

    /// The longest side of a rendered page, in pixels: 4,096 px is an A0 sheet (2,384 pt) at 80
    /// dpi with room to spare, and bounds the image buffer at 64 MiB whatever size the PDF
    /// claims (a 1e300-pt MediaBox).
    public static let maxSide: Int32 = 4096

    /// Page `number` (1-based) at `dpi` dots per inch, on white (a page larger than `maxSide`
    /// pixels is scaled down to fit); nil when out of range, when the page size is not a positive
    /// number, or on failure.
    public func render(page number: Int, dpi: Double = 80) -> Image? {
        guard number >= 1, number <= pageCount, let page = poppler_document_get_page(document, Int32(number - 1)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var w = 0.0, h = 0.0
        poppler_page_get_size(page, &w, &h)
        // The page size is whatever the PDF says (1e300, NaN): render nothing for a size that is
        // not a positive number, and shrink a huge page to at most `maxSide` pixels a side.
        guard w.isFinite, h.isFinite, w > 0, h > 0, dpi.isFinite, dpi > 0 else { return nil }
        let scale = min(dpi / 72.0, Double(Self.maxSide) / max(w, h))
        let pw = Int32(min((w * scale).rounded(.up), Double(Self.maxSide)))
        let ph = Int32(min((h * scale).rounded(.up), Double(Self.maxSide)))
        guard pw > 0, ph > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pw, ph) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        poppler_page_render(page, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        final class Sink { var data = Data() }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { return nil }
        return Image(png: sink.data, widthPoints: w, heightPoints: h)
    }
}
