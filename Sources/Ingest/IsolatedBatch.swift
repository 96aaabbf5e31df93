import Foundation
import Pipeline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `docstruct convert`'s batch: each document converted in a worker process (`WorkerSlot`, as
/// in ingest), so that a trap, abort, hang or runaway allocation on one PDF costs that PDF only
/// and the batch still ends with its summary.
///
/// The conversion inside the worker is `Conversion.run`, the same as `BatchConverter.run` does
/// in-process, so both report a failure with the same code.
public struct IsolatedBatch: Sendable {
    /// The executable started as a worker (the running docstruct), and its arguments.
    public var workerExecutable: String
    public var workerArguments = ["worker"]
    /// Variables added to the workers' environment (`DOCSTRUCT_FAULT` in tests).
    public var workerEnvironment: [String: String] = [:]
    /// Worker processes converting at once.
    public var jobs = 1
    /// Wall-clock seconds allowed per document before its worker is killed (`timeout` failure).
    public var timeoutSeconds: Double = 120
    /// Address-space limit of each worker, in MiB; 0 for none.
    public var memoryLimitMiB = 2048
    /// Password for encrypted PDFs, and the tagged-PDF comparison, as `Converter` takes them.
    public var password: String?
    public var checkTags = false
    /// Only these pages of each PDF (`Converter.pages`); nil: all.
    public var pages: ClosedRange<Int>?

    /// No worker could be started (missing executable, no processes left): nothing more is converted.
    public struct WorkerUnavailable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "cannot start a worker process: \(reason)" }
    }

    public init(workerExecutable: String) { self.workerExecutable = workerExecutable }

    /// Runs every job; `progress` is called after each (from the slot threads, serialised).
    /// - Returns: one outcome per job, in the order of `jobs`. A worker that hung is a
    ///   `timeout` failure; one that died is `crashed`, `outOfMemory` or `workerExited`.
    /// - Throws: `WorkerUnavailable` when a worker cannot be started (outputs written so far stay).
    public func run(_ jobs: [BatchConverter.Job],
                    progress: @escaping @Sendable (Int, BatchConverter.Outcome) -> Void) throws -> [BatchConverter.Outcome] {
        let state = SlotState(count: jobs.count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(self.jobs, jobs.count)) {
            group.enter()
            let thread = Thread { [self] in
                slotLoop(jobs, state: state, progress: progress)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        if let reason = state.unavailable { throw WorkerUnavailable(reason: reason) }
        return state.outcomes.map { $0! }
    }

    private func slotLoop(_ jobs: [BatchConverter.Job], state: SlotState,
                          progress: @Sendable (Int, BatchConverter.Outcome) -> Void) {
        let slot = WorkerSlot(executable: workerExecutable, arguments: workerArguments, environment: workerEnvironment,
                              timeoutSeconds: timeoutSeconds, memoryLimitMiB: memoryLimitMiB)
        defer { slot.finish() }
        while let index = state.next() {
            let job = jobs[index]
            var workerJob = WorkerJob(input: job.input.path, output: job.output.path, password: password, checkTags: checkTags)
            workerJob.firstPage = pages?.lowerBound
            workerJob.lastPage = pages?.upperBound
            var result: ConversionResult
            switch slot.run(workerJob) {
            case .reply(let reply):
                result = reply.result
            case let .failed(code, message, _):
                result = ConversionResult()
                result.errorCode = code
                result.errorMessage = message
            case .workerUnavailable(let reason):
                state.stop(reason)
                return
            }
            state.finish(index, BatchConverter.Outcome(job: job, result: result), progress)
        }
    }
}

/// Work distribution and results shared by the slot threads, behind one lock.
private final class SlotState: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0, done = 0
    private let count: Int
    var outcomes: [BatchConverter.Outcome?]
    private(set) var unavailable: String?

    init(count: Int) {
        self.count = count
        outcomes = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard unavailable == nil, cursor < count else { return nil }
        cursor += 1
        return cursor - 1
    }

    func stop(_ reason: String) {
        lock.lock(); defer { lock.unlock() }
        if unavailable == nil { unavailable = reason }
    }

    func finish(_ index: Int, _ outcome: BatchConverter.Outcome, _ progress: (Int, BatchConverter.Outcome) -> Void) {
        lock.lock(); defer { lock.unlock() }
        outcomes[index] = outcome
        done += 1
        progress(done, outcome)
    }
}
