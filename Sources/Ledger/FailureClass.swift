#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whose fault a failure is, which decides whether the next run tries the file again.
///
/// - `permanent`: the PDF's fault. The same bytes through the same pipeline fail the same way, so
///   the file is tried again only when it changes, when the pipeline version changes, or with
///   `--retry-failed`.
/// - `transient`: the run's fault (a full disk, a worker killed from outside, a memory limit too
///   small, a file that could not be read at that moment). The next run tries the file again
///   by itself.
public enum FailureClass: String, Sendable, Equatable, CaseIterable {
    case permanent
    case transient

    /// Error codes that are the PDF's fault. `timeout` is here: a document that hangs a worker
    /// usually hangs it every time, and retrying it each night would cost `--timeout` seconds per
    /// file per night (use `--retry-failed` after raising `--timeout`). `crashed` is here except
    /// for SIGKILL (see `classify`): an abort or a segmentation fault repeats on the same bytes.
    public static let permanentCodes: Set<String> = [
        "notAPDF", "damaged", "encrypted", "noPages", "noTextLayer", "poppler", "invalidDocument",
        "timeout", "crashed", "badFileName", "pagesOutOfRange",
    ]

    /// Error codes that are the run's fault: `writeFailed` (disk full, output folder unwritable),
    /// `outOfMemory` (depends on `--memory-limit` and the machine; a retry costs at most the time
    /// to reach the limit), `fileNotFound` and `unreadable` (the file vanished or could not be read
    /// during the run: permissions, I/O error, an unmounted share), `workerExited` (the worker
    /// ended with no signal and no answer), `workerProtocol` (an unreadable reply), and `error`
    /// (anything unexpected: not blamed on the PDF).
    public static let transientCodes: Set<String> = [
        "writeFailed", "outOfMemory", "fileNotFound", "unreadable", "workerExited", "workerProtocol", "error",
    ]

    /// The class of a failure with `code`; `signal` is the signal that killed the worker, if any.
    /// A worker killed with SIGKILL that the supervisor did not kill (a timeout kill is recorded
    /// as `timeout`) was killed from outside, most often by the kernel's OOM killer: transient.
    /// Unknown codes are transient (retrying costs one conversion; blaming the PDF could hide it).
    public static func classify(code: String, signal: Int32? = nil) -> FailureClass {
        if code == "crashed", signal == SIGKILL { return .transient }
        return permanentCodes.contains(code) ? .permanent : .transient
    }
}
