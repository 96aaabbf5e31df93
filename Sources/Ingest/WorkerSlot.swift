import Foundation
import Writer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One place for one document at a time in a worker process: starts a `docstruct worker` when
/// needed, sends it a job, waits for its reply within the timeout, and turns a hang, a crash or
/// a memory exhaustion into a failure of that document only (the worker is then replaced).
///
/// Shared by `docstruct ingest` (`Ingester`) and `docstruct convert` (`IsolatedBatch`), so that
/// both give a worker's death the same code and message.
final class WorkerSlot {
    /// What running one job came to.
    enum Result {
        /// The worker answered (converted or a failure it caught).
        case reply(WorkerReply)
        /// The worker hung or died on this document: `code` is `timeout`, `crashed`,
        /// `outOfMemory` or `workerExited`; `signal` is the signal that ended the worker.
        case failed(code: String, message: String, signal: Int32?)
        /// No worker could be started, or one ended at start-up: not the document's fault.
        case workerUnavailable(String)
    }

    let executable: String
    let arguments: [String]
    let environment: [String: String]
    /// Wall-clock limit per document, in milliseconds; and the same in seconds, for messages.
    let timeoutMilliseconds: Int64
    let timeoutSeconds: Double
    /// The worker's address-space limit in MiB (0: none), for messages.
    let memoryLimitMiB: Int
    /// Called with a worker's pid when it starts and when it ends (signal handlers kill live workers).
    let started: (pid_t) -> Void
    let ended: (pid_t) -> Void
    private var worker: WorkerProcess?
    private let encoder = JSONEncoder()

    init(executable: String, arguments: [String], environment: [String: String], timeoutSeconds: Double,
         memoryLimitMiB: Int, started: @escaping (pid_t) -> Void = { _ in }, ended: @escaping (pid_t) -> Void = { _ in }) {
        self.executable = executable
        self.arguments = arguments + (memoryLimitMiB > 0 ? ["--memory-limit", String(memoryLimitMiB)] : [])
        self.environment = environment
        self.timeoutSeconds = timeoutSeconds
        self.timeoutMilliseconds = WorkerSlot.milliseconds(timeoutSeconds)
        self.memoryLimitMiB = memoryLimitMiB
        self.started = started
        self.ended = ended
    }

    /// `seconds` in milliseconds, clamped to 1 ms … `IngestOptions.maximumTimeoutSeconds` (NaN: the maximum).
    static func milliseconds(_ seconds: Double) -> Int64 {
        let s = seconds.isNaN ? IngestOptions.maximumTimeoutSeconds
            : min(max(seconds, 0.001), IngestOptions.maximumTimeoutSeconds)
        return Int64(s * 1000)
    }

    /// Closes the worker's input and waits for it to end.
    func finish() {
        if let w = worker { w.finish(); ended(w.pid) }
        worker = nil
    }

    /// Runs `job` in this slot's worker (started first when there is none).
    func run(_ job: WorkerJob) -> Result {
        let line = (try? encoder.encode(job)) ?? Data()
        var attempt = 0
        while true {
            attempt += 1
            if worker == nil {
                do {
                    let w = try WorkerProcess(executable: executable, arguments: arguments, environment: environment)
                    started(w.pid)
                    worker = w
                } catch {
                    return .workerUnavailable("\(error)")
                }
            }
            let w = worker!
            let outcome = w.send(line) ? w.awaitReply(until: ContinuousClock.now + .milliseconds(timeoutMilliseconds))
                                       : .died(status: w.terminate())
            switch outcome {
            case .reply(let data):
                w.jobsDone += 1
                if let reply = try? JSONDecoder().decode(WorkerReply.self, from: data) { return .reply(reply) }
                return .failed(code: "workerProtocol", message: "\(job.input): unreadable reply from the worker", signal: nil)
            case .timedOut:
                w.terminate()
                retire(w, job: job)
                return .failed(code: "timeout",
                               message: "\(job.input): no result after \(Ingester.format(timeoutSeconds)) s; worker killed",
                               signal: nil)
            case .died(let status):
                retire(w, job: job)
                // A worker that had converted other documents may have died of their after-effects:
                // try once more in a fresh one before blaming this file.
                if w.jobsDone > 0 && attempt == 1 { continue }
                let (sig, _) = WorkerProcess.describe(status: status)
                if sig == nil && w.jobsDone == 0 && (status >> 8) & 0xff == WorkerMain.startFailure {
                    return .workerUnavailable(w.stderrSummary)
                }
                return death(of: w, status: status, input: job.input)
            }
        }
    }

    /// Forgets a worker that hung or died, and removes the temporary file it may have left.
    private func retire(_ w: WorkerProcess, job: WorkerJob) {
        ended(w.pid)
        worker = nil
        Ingester.removeTemporaryFiles(for: URL(fileURLWithPath: job.output), pid: w.pid,
                                      tag: job.temporaryTag ?? DocumentWriter.defaultTemporaryTag)
    }

    /// The failure of a worker that died on `input` without answering.
    private func death(of w: WorkerProcess, status: Int32, input: String) -> Result {
        let (sig, how) = WorkerProcess.describe(status: status)
        let tail = w.stderrSummary
        let lower = w.stderrText.lowercased()
        let memory = ["out of memory", "failed to allocate", "could not allocate", "bad_alloc", "cannot allocate memory"]
            .contains { lower.contains($0) }
        let code = memory ? "outOfMemory" : sig != nil ? "crashed" : "workerExited"
        var message = "\(input): worker died (\(how))"
        if memory { message += " over the \(memoryLimitMiB) MiB memory limit" }
        if !tail.isEmpty { message += ": \(tail)" }
        return .failed(code: code, message: message, signal: sig)
    }
}
