import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names that Swift strings cannot carry: names whose bytes are not valid UTF-8 (a Latin-1
/// name copied from an old share, e.g. `r\xE9solution.pdf`). Foundation leaves such files out of
/// a folder listing without a word, so this scan reads the folder with `readdir(3)` to name them.
public enum FileNames {
    /// A PDF below a folder whose path (relative to the folder) is not valid UTF-8.
    public struct Undecodable: Sendable, Equatable {
        /// The relative path's raw bytes.
        public var bytes: [UInt8]
        /// The relative path with each byte that is not UTF-8 shown as `\xHH`, e.g. `"a/r\xE9s.pdf"`.
        public var display: String
        /// Size in bytes and modification time (seconds since 1970) from `stat(2)` on the raw path.
        public var size: Int64
        public var mtime: Double
    }

    /// The error message for a name that is not valid UTF-8.
    public static func message(_ path: String) -> String {
        "\(path): the file name is not valid UTF-8, so docstruct cannot open it; rename the file (e.g. convmv -f latin1 -t utf8)"
    }

    /// `bytes` as text, each byte of an invalid UTF-8 sequence written `\xHH`.
    public static func display(_ bytes: [UInt8]) -> String {
        var out = "", i = 0
        while i < bytes.count {
            var matched = false
            for length in (1...4).reversed() where i + length <= bytes.count {
                let piece = Array(bytes[i..<(i + length)])
                if isUTF8(piece), String(decoding: piece, as: UTF8.self).unicodeScalars.count == 1 {
                    out += String(decoding: piece, as: UTF8.self); i += length; matched = true; break
                }
            }
            if !matched { out += String(format: "\\x%02X", bytes[i]); i += 1 }
        }
        return out
    }

    /// Every regular file ending in `.pdf` (any case) below `root` whose relative path is not valid
    /// UTF-8, sorted by bytes. Folders with such names are searched too; symbolic links are not followed.
    public static func undecodablePDFs(under root: String) -> [Undecodable] {
        var found: [Undecodable] = []
        walk(Array(root.utf8), relative: [], into: &found)
        return found.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    }

    /// Walks `directory`; `relativeIsUTF8` tells whether `relative` is valid UTF-8 (then a
    /// name below it decides alone, and most files need no `lstat`: `readdir` gives their type).
    private static func walk(_ directory: [UInt8], relative: [UInt8], relativeIsUTF8: Bool = true,
                             into found: inout [Undecodable]) {
        let listing = cString(directory).withUnsafeBufferPointer { SourceWalk.entries(atPath: $0.baseAddress!) }
        guard let listing else { return }
        for (name, type) in listing.entries {
            let full = directory + [0x2F] + name
            let rel = relative.isEmpty ? name : relative + [0x2F] + name
            // Valid UTF-8 pieces joined by `/` are valid UTF-8; anything below an invalid one is not.
            let relIsUTF8 = relativeIsUTF8 && isUTF8(name)
            switch type {
            case .directory: walk(full, relative: rel, relativeIsUTF8: relIsUTF8, into: &found); continue
            case .regular, .unknown: break
            case .link, .other: continue
            }
            // A regular file with a valid name, or one that is not a PDF, needs no `stat`.
            if type == .regular && (relIsUTF8 || !hasPDFSuffix(name)) { continue }
            var st = stat()
            guard lstat(cString(full), &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(full, relative: rel, relativeIsUTF8: relIsUTF8, into: &found)
                continue
            }
            guard (st.st_mode & S_IFMT) == S_IFREG, !relIsUTF8, hasPDFSuffix(name) else { continue }
            #if os(Linux)
            let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
            #else
            let mtime = Double(st.st_mtimespec.tv_sec) + Double(st.st_mtimespec.tv_nsec) / 1e9
            #endif
            found.append(Undecodable(bytes: rel, display: display(rel), size: Int64(st.st_size), mtime: mtime))
        }
    }

    /// True when the last four bytes of `name`, read as text, are `.pdf` in any case.
    private static func hasPDFSuffix(_ name: [UInt8]) -> Bool {
        String(decoding: name.suffix(4), as: UTF8.self).lowercased() == ".pdf"
    }

    /// True when `bytes` are valid UTF-8 (decoding them changes nothing).
    public static func isUTF8(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    private static func cString(_ bytes: [UInt8]) -> [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }
}
