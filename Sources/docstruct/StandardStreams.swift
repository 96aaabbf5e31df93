import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to stdout and stderr that survive a closed reader (`docstruct ingest … | head -1`).
///
/// `FileHandle.write` stops the process on EPIPE; these writes give up quietly instead, so the
/// command finishes its work (and its ledger) when nobody reads its output any more. `main`
/// ignores SIGPIPE so that such a write returns EPIPE rather than killing the process.
enum StandardStreams {
    /// Writes all of `data` to `fd`; returns false when the reader is gone or the write fails.
    @discardableResult
    static func write(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #else
                let n = Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }
}
