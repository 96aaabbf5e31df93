import Foundation
@testable import Ingest
import XCTest

/// Issue 12 item 8: the supervisor's hash of a source file is bounded, so a read that never
/// returns costs that file only. The stalled read here is real: `open(2)` on a FIFO with no
/// writer blocks in the kernel, as a read from a hung mount does. (The hash itself opens with
/// O_NONBLOCK and reads regular files only, so the stalled read is given to it as its reader.)
final class BoundedStepTests: XCTestCase {
    func testAHashThatNeverReturnsIsGivenUpAfterItsDeadline() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-bounded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("stalled.pdf").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)

        // Reads like the hash, except that a path naming the FIFO stalls in open(2).
        let stalling: @Sendable (String) throws -> String = { path in
            if path == fifo { let fd = open(path, O_RDONLY); if fd >= 0 { close(fd) } }
            return try SHA256.hex(ofFile: path)
        }
        let start = Date()
        XCTAssertNil(Ingester.hash(fifo, seconds: 0.5, read: stalling))
        let waited = Date().timeIntervalSince(start)
        XCTAssertGreaterThanOrEqual(waited, 0.5)
        XCTAssertLessThan(waited, 30, "the supervisor waited for the stalled read instead of its deadline")

        // The other files of the batch still get their hashes, in order.
        let pdf = dir.appendingPathComponent("ok.pdf").path
        try Data("%PDF-1.4\n".utf8).write(to: URL(fileURLWithPath: pdf))
        let hashes = Ingester.hashAll([pdf, fifo, pdf], seconds: 0.5, read: stalling)
        XCTAssertEqual(hashes.map { $0 == nil }, [false, true, false])
        XCTAssertEqual(hashes[0], try SHA256.hex(ofFile: pdf))

        // Release the threads still blocked in open(2): a writer lets each reader's open return.
        for _ in 0..<2 {
            let fd = open(fifo, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }
    }

    func testAStepThatFinishesInTimeGivesItsValue() {
        guard case .finished(let value) = BoundedStep.run(seconds: 10, { 6 * 7 }) else { return XCTFail("timed out") }
        XCTAssertEqual(value, 42)
    }
}
