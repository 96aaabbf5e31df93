import CPoppler

extension PDFFile {
    /// The labels a page drew as pictures, as glyphs: each picture no larger than
    /// `maxWidth` × `maxHeight` points that sits on a line of text, level with one of its
    /// glyphs and at most `maxGapToText` points from it without covering it, and that
    /// `PictureLabelReader` reads as a label ("12.", "B.", "(c)", "-"). Each character becomes
    /// a glyph over its part of the picture (PDF points, origin top-left), in the font of the
    /// nearest glyph, the first one after a space. `labels` lists what was read.
    static func pictureLabels(_ page: OpaquePointer, beside glyphs: [Glyph],
                              parameters p: PictureLabelParameters = .standard) -> (glyphs: [Glyph], labels: [String]) {
        guard !glyphs.isEmpty, let list = poppler_page_get_image_mapping(page) else { return ([], []) }
        defer { poppler_page_free_image_mapping(list) }
        var out: [Glyph] = [], labels: [String] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerImageMapping.self).pointee else { continue }
            let area = Rect(x0: mapping.area.x1, y0: mapping.area.y1, x1: mapping.area.x2, y1: mapping.area.y2)
            guard area.width > 0, area.height > 0, area.width <= p.maxWidth, area.height <= p.maxHeight,
                  let neighbour = textNeighbour(of: area, in: glyphs, parameters: p),
                  let (ink, width, height) = pictureInk(page, id: mapping.image_id, parameters: p),
                  let reading = PictureLabelReader.read(ink: ink, width: width, height: height, parameters: p)
            else { continue }
            let scale = area.width / Double(width)
            // Each character's box runs to where the next begins: a label is one word.
            let spans = reading.spans
            for (index, character) in reading.text.enumerated() {
                let end = index + 1 < spans.count ? spans[index + 1].lowerBound : spans[index].upperBound + 1
                let box = Rect(x0: area.x0 + Double(spans[index].lowerBound) * scale, y0: area.y0,
                               x1: area.x0 + Double(end) * scale, y1: area.y1)
                out.append(Glyph(text: String(character), box: box, fontIndex: neighbour.fontIndex, spaceBefore: index == 0))
            }
            labels.append(reading.text)
        }
        return (out, labels)
    }

    /// The glyph nearest to `area` on its line: its middle within half the taller one's height
    /// of the picture's middle, at least half the picture's height, at most `maxGapToText`
    /// points away sideways. Nil when there is none, or when a glyph's box overlaps the
    /// picture (a picture under text is not a label).
    static func textNeighbour(of area: Rect, in glyphs: [Glyph], parameters p: PictureLabelParameters) -> Glyph? {
        var best: (glyph: Glyph, gap: Double)?
        for g in glyphs {
            let gap = max(g.box.x0 - area.x1, area.x0 - g.box.x1)
            let rises = min(g.box.y1, area.y1) - max(g.box.y0, area.y0)
            if gap < 0, rises > 0, g.box.width > 0 { return nil }
            guard gap >= 0, gap <= p.maxGapToText, g.box.height >= area.height / 2,
                  abs(g.box.midY - area.midY) <= max(g.box.height, area.height) / 2 else { continue }
            if best == nil || gap < best!.gap { best = (g, gap) }
        }
        return best?.glyph
    }

    /// The picture's ink, 0–1 per pixel row by row: its opacity less its lightness (a black
    /// shape through a soft mask, or dark pixels on an opaque white ground).
    static func pictureInk(_ page: OpaquePointer, id: Int32, parameters p: PictureLabelParameters) -> ([Double], Int, Int)? {
        guard let surface = poppler_page_get_image(page, id) else { return nil }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24, width > 0, height > 0,
              width <= p.maxPixelWidth, height <= p.maxPixelHeight, let data = cairo_image_surface_get_data(surface) else { return nil }
        var ink = [Double](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                // Cairo's 32-bit pixels are native-endian words: alpha in the top byte.
                let pixel = UnsafeRawPointer(data + y * stride + 4 * x).loadUnaligned(as: UInt32.self)
                let alpha = format == CAIRO_FORMAT_RGB24 ? 255.0 : Double(pixel >> 24)
                let light = (Double((pixel >> 16) & 0xFF) + Double((pixel >> 8) & 0xFF) + Double(pixel & 0xFF)) / 3
                ink[y * width + x] = max(0, alpha - light) / 255
            }
        }
        return (ink, width, height)
    }
}
