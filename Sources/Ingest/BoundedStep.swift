import Foundation

/// A blocking step of the supervisor (hashing a source file) run with a deadline, so that a file
/// whose reads never return — a hung network mount, a device that stalls — costs that file, not
/// the run: the supervisor records it and goes on, answers SIGTERM, and releases the ledger lock
/// when it ends. Issue 12 item 8 (a FIFO named `*.pdf` once held ingest and its lock for good;
/// FIFOs are now never opened, and every remaining blocking read has this bound).
///
/// The step runs on a thread of its own. A step that misses its deadline cannot be cancelled (a
/// read blocked in the kernel ignores everything but the kernel); its thread is left to finish or
/// to end with the process, and its result is dropped.
public enum BoundedStep {
    /// The outcome of a bounded step.
    public enum Outcome<Value: Sendable>: Sendable {
        case finished(Value)
        /// The step had not returned after the deadline.
        case timedOut
    }

    /// Runs `work` and waits at most `seconds` (wall-clock) for it.
    public static func run<Value: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> Value) -> Outcome<Value> {
        let slot = StepSlot<Value>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let value = work()
            slot.lock.lock(); slot.value = value; slot.lock.unlock()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        let bounded = seconds.isFinite && seconds > 0 ? min(seconds, 7 * 24 * 3600) : 7 * 24 * 3600
        guard done.wait(timeout: .now() + bounded) == .success else { return .timedOut }
        slot.lock.lock(); defer { slot.lock.unlock() }
        return slot.value.map { .finished($0) } ?? .timedOut
    }
}

/// Where a bounded step's thread leaves its result (guarded by its lock).
private final class StepSlot<Value>: @unchecked Sendable {
    var value: Value?
    let lock = NSLock()
}
