import CPoppler
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SHA-256 of a whole file through GLib's streaming `GChecksum`, in constant memory.
public enum FileChecksum {
    /// Bytes read at a time, in bytes.
    public static let chunkBytes = 1 << 20

    /// Lower-case hex SHA-256 of `bytes`, through GLib's `GChecksum`.
    public static func sha256<D: DataProtocol>(of bytes: D) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return "" }
        defer { g_checksum_free(checksum) }
        for region in bytes.regions {
            region.withUnsafeBytes { raw in
                if let base = raw.baseAddress { g_checksum_update(checksum, base.assumingMemoryBound(to: guchar.self), gssize(raw.count)) }
            }
        }
        return g_checksum_get_string(checksum).map { String(cString: $0) } ?? ""
    }

    /// Lower-case hex SHA-256 of what `fd` reads to its end, in `chunkBytes` reads.
    /// - Throws: the `errno` of a failed read.
    public static func sha256(readingTo fd: Int32) throws(ReadError) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { throw ReadError(code: ENOMEM) }
        defer { g_checksum_free(checksum) }
        var buffer = [UInt8](repeating: 0, count: chunkBytes)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunkBytes) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(code: errno)
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { g_checksum_update(checksum, $0.baseAddress!.assumingMemoryBound(to: guchar.self), gssize(n)) }
        }
        return g_checksum_get_string(checksum).map { String(cString: $0) } ?? ""
    }

    /// A read failed with the system error `code` (an `errno` value).
    public struct ReadError: Error, Sendable {
        public let code: Int32
    }

    /// Lower-case hex SHA-256 of the file at `path`, or nil when it cannot be opened or read.
    public static func sha256(ofFile path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return try? sha256(readingTo: fd)
    }
}
