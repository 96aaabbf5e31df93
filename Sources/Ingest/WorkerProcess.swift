import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `docstruct worker` child process seen from the supervisor: its pipes, its pid, and the
/// last kilobytes it wrote to stderr (kept to explain a crash).
final class WorkerProcess {
    let pid: pid_t
    private let toWorker: Int32
    private let fromWorker: Int32
    private let errorsFromWorker: Int32
    private var buffer: [UInt8] = []
    private(set) var stderrTail: [UInt8] = []
    private var reaped = false
    private static let spawnLock = NSLock()
    /// Documents this process has answered.
    var jobsDone = 0

    /// What waiting for a reply ended with.
    enum Wait {
        case reply(Data)
        /// The process ended without answering; `status` is waitpid's raw status.
        case died(status: Int32)
        case timedOut
    }

    struct SpawnError: Error, CustomStringConvertible {
        let reason: String
        var description: String { "cannot start the worker: \(reason)" }
    }

    /// Starts `executable arguments…` with three pipes (all other descriptors are close-on-exec).
    init(executable: String, arguments: [String], environment extra: [String: String] = [:]) throws {
        func makePipe() throws -> (Int32, Int32) {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw SpawnError(reason: "pipe: \(String(cString: strerror(errno)))") }
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC); _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            return (fds[0], fds[1])
        }
        // Pipes are made and marked close-on-exec under one lock shared by all spawns, so that no
        // other worker inherits this one's pipe ends (which would hide its end of file).
        WorkerProcess.spawnLock.lock()
        defer { WorkerProcess.spawnLock.unlock() }
        let input = try makePipe(), output = try makePipe(), errors = try makePipe()
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input.0, 0)
        posix_spawn_file_actions_adddup2(&actions, output.1, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        // Swift's backtracer would bury the one-line reason of a crash ("Fatal error: …") under a
        // long backtrace and slow the restart; the ledger wants the reason.
        var environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, nil, argv, envp)
        close(input.0); close(output.1); close(errors.1)
        guard rc == 0 else {
            close(input.1); close(output.0); close(errors.0)
            throw SpawnError(reason: "\(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
        toWorker = input.1
        fromWorker = output.0
        errorsFromWorker = errors.0
    }

    deinit {
        close(toWorker); close(fromWorker); close(errorsFromWorker)
        if !reaped { kill(pid, SIGKILL); _ = reap() }
    }

    /// Writes one line to the worker's stdin. Returns false when the worker is gone (EPIPE).
    func send(_ line: Data) -> Bool {
        var data = line
        data.append(0x0A)
        return WorkerMain.writeAll(toWorker, data)
    }

    /// Waits for one reply line until `deadline`, draining stderr meanwhile (so that a chatty
    /// worker never blocks on a full pipe).
    func awaitReply(until deadline: ContinuousClock.Instant) -> Wait {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .reply(line)
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero { return .timedOut }
            let ms = Int32(clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1)
            var fds = [pollfd(fd: fromWorker, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errorsFromWorker, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, 2, min(ms, 1000))
            if n < 0 {
                if errno == EINTR { continue }
                return .died(status: reap())
            }
            if fds[1].revents != 0 { drainErrors() }
            if fds[0].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                let got = chunk.withUnsafeMutableBytes { read(fromWorker, $0.baseAddress!, $0.count) }
                if got > 0 {
                    buffer.append(contentsOf: chunk[0..<got])
                } else if got == 0 || (errno != EINTR && errno != EAGAIN) {
                    // End of file: the worker is gone. Collect the rest of its stderr.
                    let status = reap()
                    drainErrors()
                    return .died(status: status)
                }
            }
        }
    }

    private func drainErrors() {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            var pfd = pollfd(fd: errorsFromWorker, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 0) > 0 else { return }
            let got = chunk.withUnsafeMutableBytes { read(errorsFromWorker, $0.baseAddress!, $0.count) }
            guard got > 0 else { return }
            stderrTail.append(contentsOf: chunk[0..<got])
            if stderrTail.count > 4096 { stderrTail.removeFirst(stderrTail.count - 4096) }
        }
    }

    /// SIGKILLs the worker and waits for it; returns waitpid's raw status.
    @discardableResult
    func terminate() -> Int32 {
        if !reaped { kill(pid, SIGKILL) }
        return reap()
    }

    /// Closes stdin (the worker then exits by itself) and waits up to `grace` before SIGKILL.
    func finish(grace: Duration = .seconds(5)) {
        close(toWorker)
        let deadline = ContinuousClock.now + grace
        while !reaped && ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { reaped = true; lastStatus = status; return }
            usleep(10_000)
        }
        terminate()
    }

    private var lastStatus: Int32 = 0

    /// Waits for the process to end (once) and returns its raw status.
    private func reap() -> Int32 {
        if reaped { return lastStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        lastStatus = status
        return status
    }

    /// Everything kept of the worker's stderr (its last 4 KiB).
    var stderrText: String { String(decoding: stderrTail, as: UTF8.self) }

    /// The reason the worker gave on stderr: Swift's "Fatal error: …" line when there is one,
    /// else its last three lines (at most ~1 KiB), joined with " | ".
    var stderrSummary: String {
        let lines = stderrText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let fatal = lines.last(where: { $0.contains("Fatal error") }) { return String(fatal.prefix(1024)) }
        return String(lines.suffix(3).joined(separator: " | ").suffix(1024))
    }

    /// "signal 6 (SIGABRT)" or "exit status 3" for a raw waitpid status.
    static func describe(status: Int32) -> (signal: Int32?, text: String) {
        let sig = status & 0x7f
        if sig != 0 && sig != 0x7f {
            let names: [Int32: String] = [SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGILL: "SIGILL",
                                          SIGTRAP: "SIGTRAP", SIGKILL: "SIGKILL", SIGFPE: "SIGFPE", SIGTERM: "SIGTERM"]
            return (sig, "signal \(sig)" + (names[sig].map { " (\($0))" } ?? ""))
        }
        return (nil, "exit status \((status >> 8) & 0xff)")
    }
}
