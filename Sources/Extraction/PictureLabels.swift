import CPoppler

extension PDFFile {
    /// The labels a page drew as pictures, as glyphs: each picture no larger than
    /// `maxWidth` × `maxHeight` points that sits on a line of text, level with one of its
    /// glyphs and at most `maxGapToText` points from it without covering it, and that
    /// `PictureLabelReader` reads as a label ("12.", "B.", "(c)", "-"). Each character becomes
    /// a glyph over its part of the picture (PDF points, origin top-left), in the font of the
    /// nearest glyph, the first one after a space. `labels` lists what was read.
    ///
    /// The pictures are read from one rendering of the page, clipped to them: asking Poppler for
    /// each image (`poppler_page_get_image`) runs the whole page's content once per image, 246
    /// times in E/ESCWA/30/18/Report (Arabic). Only a picture the rendering does not read as a
    /// number or a dash is asked for at its own resolution.
    static func pictureLabels(_ page: OpaquePointer, beside glyphs: [Glyph],
                              parameters p: PictureLabelParameters = .standard) -> (glyphs: [Glyph], labels: [String]) {
        guard !glyphs.isEmpty, let list = poppler_page_get_image_mapping(page) else { return ([], []) }
        var candidates: [(area: Rect, neighbour: Glyph, id: Int32)] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerImageMapping.self).pointee else { continue }
            let area = Rect(x0: mapping.area.x1, y0: mapping.area.y1, x1: mapping.area.x2, y1: mapping.area.y2)
            guard area.width > 0, area.height > 0, area.width <= p.maxWidth, area.height <= p.maxHeight,
                  let neighbour = textNeighbour(of: area, in: glyphs, parameters: p) else { continue }
            candidates.append((area, neighbour, mapping.image_id))
        }
        poppler_page_free_image_mapping(list)
        let inks = PictureRaster.inks(page, areas: candidates.map(\.area), parameters: p)
        guard inks.count == candidates.count else { return ([], []) }
        var rendered = p
        rendered.inkThreshold = p.renderedInkThreshold
        let readings = zip(candidates, inks).map { candidate, rasterInk -> (reading: PictureLabelReader.Reading, width: Int)? in
            if let (ink, width, height) = rasterInk,
               let reading = PictureLabelReader.read(ink: ink, width: width, height: height, parameters: rendered),
               PictureLabelReader.isNumeric(reading.text) || reading.text == "-" {
                return (reading, width)
            }
            // Not read, or read as letters (a rendered serif "11." may read "II."): the picture
            // itself, at its own resolution (one pass over the page's content for this picture).
            guard let (ink, width, height) = pictureInk(page, id: candidate.id, parameters: p),
                  let reading = PictureLabelReader.read(ink: ink, width: width, height: height, parameters: p) else { return nil }
            return (reading, width)
        }
        // The labels of one page are of one series: where others read as numbers, a "I." that
        // may be "1." is the number (E/ESCWA/EDID/2017/IG.1/8, English: "1." to "7." on page 3).
        let numbersOnPage = readings.contains { $0.map { PictureLabelReader.isNumeric($0.reading.text) } ?? false }
        var out: [Glyph] = [], labels: [String] = []
        for ((area, neighbour, _), read) in zip(candidates, readings) {
            guard let (reading, width) = read else { continue }
            let text = numbersOnPage ? reading.numeric ?? reading.text : reading.text
            let scale = area.width / Double(width)
            // Each character's box runs to where the next begins: a label is one word.
            let spans = reading.spans
            for (index, character) in text.enumerated() {
                let end = index + 1 < spans.count ? spans[index + 1].lowerBound : spans[index].upperBound + 1
                let box = Rect(x0: area.x0 + Double(spans[index].lowerBound) * scale, y0: area.y0,
                               x1: area.x0 + Double(end) * scale, y1: area.y1)
                out.append(Glyph(text: String(character), box: box, fontIndex: neighbour.fontIndex, spaceBefore: index == 0))
            }
            labels.append(text)
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

    /// The ink (0–1) of one of cairo's 32-bit pixels at `pixel`: its opacity less its
    /// lightness. Cairo's pixels are native-endian words, alpha in the top byte (ignored when
    /// `opaque`), red, green and blue below it.
    static func ink(_ pixel: UnsafeRawPointer, opaque: Bool) -> Double {
        let word = pixel.loadUnaligned(as: UInt32.self)
        let alpha = opaque ? 255.0 : Double(word >> 24)
        let light = (Double((word >> 16) & 0xFF) + Double((word >> 8) & 0xFF) + Double(word & 0xFF)) / 3
        return max(0, alpha - light) / 255
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
                ink[y * width + x] = Self.ink(UnsafeRawPointer(data + y * stride + 4 * x), opaque: format == CAIRO_FORMAT_RGB24)
            }
        }
        return (ink, width, height)
    }
}

/// The ink of some areas of a page, read from one rendering of the page on white over their
/// bounding box, clipped to them, at `PictureLabelParameters.renderScale` pixels per point
/// (capped so that no side passes `maxRenderSide` pixels).
enum PictureRaster {
    /// Each area's ink (0–1 per pixel, row by row, with its width and height), in the order of
    /// `areas`; nil for an area that holds no whole pixel. Empty when cairo fails.
    static func inks(_ page: OpaquePointer, areas: [Rect], parameters p: PictureLabelParameters) -> [([Double], Int, Int)?] {
        guard let first = areas.first else { return [] }
        let bounds = areas.dropFirst().reduce(first) { $0.union($1) }
        let scale = min(p.renderScale, Double(p.maxRenderSide) / max(bounds.width, bounds.height, 1))
        let width = Int((bounds.width * scale).rounded(.up)), height = Int((bounds.height * scale).rounded(.up))
        guard width > 0, height > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return [] }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return [] }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, -bounds.x0, -bounds.y0)
        for area in areas { cairo_rectangle(cr, area.x0, area.y0, area.width, area.height) }
        cairo_clip(cr)
        poppler_page_render(page, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return [] }
        return areas.map { area in
            // Whole pixels inside the area: a pixel cut by its edge may hold a sliver of the
            // picture beside it (the dash of "4-" abuts its number in E/ESCWA/EDID/2017/IG.3/4, Arabic).
            let x0 = max(0, Int(((area.x0 - bounds.x0) * scale).rounded(.up)))
            let y0 = max(0, Int(((area.y0 - bounds.y0) * scale).rounded(.up)))
            let x1 = min(width, Int(((area.x1 - bounds.x0) * scale).rounded(.down)))
            let y1 = min(height, Int(((area.y1 - bounds.y0) * scale).rounded(.down)))
            guard x1 > x0, y1 > y0 else { return nil }
            var ink: [Double] = []
            ink.reserveCapacity((x1 - x0) * (y1 - y0))
            for y in y0..<y1 {
                for x in x0..<x1 { ink.append(PDFFile.ink(UnsafeRawPointer(data + y * stride + 4 * x), opaque: true)) }
            }
            return (ink, x1 - x0, y1 - y0)
        }
    }
}
