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

    /// Lower-case hex SHA-256 of the file at `path`, or nil when it cannot be opened or read.
    public static func sha256(ofFile path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return nil }
        defer { g_checksum_free(checksum) }
        var buffer = [UInt8](repeating: 0, count: chunkBytes)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunkBytes) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { g_checksum_update(checksum, $0.baseAddress!.assumingMemoryBound(to: guchar.self), gssize(n)) }
        }
        guard let hex = g_checksum_get_string(checksum) else { return nil }
        return String(cString: hex)
    }
}
