import CPoppler
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a PDF has a structure tree, read from its bytes instead of from Poppler's parsed
/// tree: `poppler_structure_element_iter_new` builds the whole tree just to say yes (2.9% of
/// the instructions over the bulk documents, 10% on long tagged reports).
///
/// The catalog names its tree with the key `/StructTreeRoot` (and the tree's root object has
/// that type). Names are never encrypted, so the key shows in the bytes unless the catalog sits
/// in a compressed object stream (PDF 1.5); then the Flate-compressed object streams are
/// inflated and searched too. Anything else (an object stream under another filter or with
/// predictors, an encrypted file's object streams) gives `nil`: the caller asks Poppler.
enum StructureTreeScan {
    /// True when the PDF names a structure tree, false when it cannot, nil when the bytes alone
    /// cannot tell.
    static func hasStructureTree(_ data: Data) -> Bool? {
        data.withUnsafeBytes { raw -> Bool? in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            let bytes = UnsafeRawBufferPointer(start: base, count: raw.count)
            if find("/StructTreeRoot", in: bytes, from: 0) != nil { return true }
            var cursor = 0
            while let hit = find("/ObjStm", in: bytes, from: cursor) {
                // An encrypted file's object streams are encrypted too.
                if cursor == 0, find("/Encrypt", in: bytes, from: 0) != nil { return nil }
                cursor = hit + 7
                guard let inflated = inflateObjectStream(bytes, nameAt: hit) else { return nil }
                if inflated.withUnsafeBytes({ find("/StructTreeRoot", in: $0, from: 0) }) != nil { return true }
            }
            return false
        }
    }

    /// The inflated data of the object stream whose dictionary holds the `/ObjStm` at `name`;
    /// nil when its dictionary asks for anything but plain Flate or the data does not inflate.
    static func inflateObjectStream(_ bytes: UnsafeRawBufferPointer, nameAt name: Int) -> [UInt8]? {
        // The dictionary runs from its object's "obj" to "stream"; both lie close to the name.
        let window = 4096
        guard let start = findLast("obj", in: bytes, before: name, within: window),
              let keyword = find("stream", in: bytes, from: name), keyword - name < window else { return nil }
        let dictionary = UnsafeRawBufferPointer(rebasing: bytes[start..<keyword])
        guard find("/FlateDecode", in: dictionary, from: 0) != nil, find("/DecodeParms", in: dictionary, from: 0) == nil,
              find("/Filter[", in: dictionary, from: 0) == nil, find("/Filter [", in: dictionary, from: 0) == nil
        else { return nil }
        // The data starts after the end of line that follows "stream" (CR LF or LF).
        var data = keyword + 6
        if data < bytes.count, bytes[data] == 0x0D { data += 1 }
        guard data < bytes.count, bytes[data] == 0x0A else { return nil }
        data += 1
        return inflate(UnsafeRawBufferPointer(rebasing: bytes[data...]))
    }

    /// Inflates the zlib stream at the start of `input` (it ends where zlib says it ends).
    static func inflate(_ input: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let decompressor = g_zlib_decompressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(decompressor)) }
        let converter = decompressor
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var offset = 0
        while true {
            var read: gsize = 0, written: gsize = 0
            var error: UnsafeMutablePointer<GError>?
            let result = chunk.withUnsafeMutableBytes { out in
                g_converter_convert(converter, input.baseAddress! + offset, gsize(input.count - offset),
                                    out.baseAddress, gsize(out.count), G_CONVERTER_INPUT_AT_END,
                                    &read, &written, &error)
            }
            if error != nil { g_clear_error(&error); return nil }
            offset += Int(read)
            output.append(contentsOf: chunk[0..<Int(written)])
            if result == G_CONVERTER_FINISHED { return output }
            if result == G_CONVERTER_ERROR || (read == 0 && written == 0) { return nil }
        }
    }

    /// The offset of the first `needle` in `bytes` at or after `from`.
    static func find(_ needle: StaticString, in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard n > 1, let base = bytes.baseAddress else { return nil }
        // memchr for the needle's second byte: its first is the "/" that PDF names all start with.
        let second = Int32(needle.utf8Start[1])
        var i = from + 1
        while i + n - 1 <= bytes.count {
            guard let p = memchr(base + i, second, bytes.count - (i + n - 2)) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(p)) - 1
            if memcmp(base + at, needle.utf8Start, n) == 0 { return at }
            i = at + 2
        }
        return nil
    }

    /// The offset of the last `needle` ending before `before`, searched at most `within` bytes back.
    static func findLast(_ needle: StaticString, in bytes: UnsafeRawBufferPointer, before: Int, within: Int) -> Int? {
        let start = max(0, before - within)
        var found: Int?
        var cursor = start
        while let hit = find(needle, in: UnsafeRawBufferPointer(rebasing: bytes[..<before]), from: cursor) {
            found = hit
            cursor = hit + 1
        }
        return found
    }
}
