import CPoppler
import Foundation

/// A page rendered by Poppler through cairo: PNG bytes and the page size they show.
public struct PageImage: Sendable {
    /// The PNG file's bytes (RGB, white background).
    public var png: Data
    /// Page size in PDF points, as Poppler reports it (already rotated).
    public var widthPoints: Double
    public var heightPoints: Double
    /// Image size in pixels.
    public var widthPixels: Int
    public var heightPixels: Int
    /// `data:image/png;base64,…`, for an HTML page that needs no other file.
    public var dataURI: String { "data:image/png;base64," + png.base64EncodedString() }
}

extension PDFFile {
    /// The longest side of a rendered page, in pixels: 4,096 px is an A0 sheet (2,384 pt) at 80
    /// dpi with room to spare, and bounds the image buffer at 64 MiB whatever size the PDF
    /// claims (a 1e300-pt MediaBox).
    public static let maxRenderSide: Int32 = 4096

    /// Page `number` (1-based) rendered at `dpi` dots per inch on white, as PNG. A page larger
    /// than `maxRenderSide` pixels is scaled down to fit. Nil when the page is out of range, its
    /// size is not a positive number, `dpi` is not positive, or cairo fails.
    ///
    /// The rendering shares this `PDFFile`'s Poppler document (one task per `PDFFile`).
    public func renderPNG(page number: Int, dpi: Double = 80) -> PageImage? {
        guard number >= 1, number <= info.pageCount,
              let page = poppler_document_get_page(document, Int32(number - 1)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var w = 0.0, h = 0.0
        poppler_page_get_size(page, &w, &h)
        // The page size is whatever the PDF says (1e300, NaN): render nothing for a size that is
        // not a positive number, and shrink a huge page to at most `maxRenderSide` pixels a side.
        guard w.isFinite, h.isFinite, w > 0, h > 0, dpi.isFinite, dpi > 0 else { return nil }
        let scale = min(dpi / 72.0, Double(Self.maxRenderSide) / max(w, h))
        let pw = Int32(min((w * scale).rounded(.up), Double(Self.maxRenderSide)))
        let ph = Int32(min((h * scale).rounded(.up), Double(Self.maxRenderSide)))
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
        return PageImage(png: sink.data, widthPoints: w, heightPoints: h, widthPixels: Int(pw), heightPixels: Int(ph))
    }
}
