import Foundation
@testable import Ingest
import Pipeline
import TestSupport
import XCTest
import Ledger

/// Seeded, reproducible damage to corpus PDFs: byte flips, truncation, splices of two files,
/// zeroed and repeated ranges.
struct PDFMutator {
    /// SplitMix64: small, fast, the same sequence on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e3779b97f4a7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
            z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    }

    enum Kind: String, CaseIterable { case flip, truncate, splice, zero, repeatRange }

    let sources: [Data]

    /// Mutant number `index` of the series `seed`: its kind and bytes. The same arguments give the same bytes.
    func mutant(_ index: Int, seed: UInt64) -> (kind: Kind, data: Data) {
        var random = Random(state: seed ^ (UInt64(index) &* 0x2545f4914f6cdd1d))
        let kind = Kind.allCases[random.below(Kind.allCases.count)]
        var bytes = [UInt8](sources[random.below(sources.count)])
        switch kind {
        case .flip:
            for _ in 0..<(1 + random.below(64)) {
                bytes[random.below(bytes.count)] ^= UInt8(1 + random.below(255))
            }
        case .truncate:
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case .splice:
            let other = [UInt8](sources[random.below(sources.count)])
            bytes = Array(bytes.prefix(random.below(bytes.count))) + Array(other.suffix(random.below(other.count)))
        case .zero:
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + 1 + random.below(4096))
            for i in start..<end { bytes[i] = 0 }
        case .repeatRange:
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + 1 + random.below(8192))
            let range = Array(bytes[start..<end])
            bytes.insert(contentsOf: Array(repeatElement(range, count: 1 + random.below(8)).joined()), at: end)
        }
        return (kind, Data(bytes))
    }
}

/// Ingests mutated PDFs: the supervisor never crashes, every file has a ledger row, every hang
/// ends at the timeout. 40 mutants in CI; `DOCSTRUCT_MUTANTS=2000` (Scripts/mutate-ingest.sh) for the long run.
final class MutationTests: XCTestCase {
    func testMutatedPDFsAreAllAccountedFor() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = Int(environment["DOCSTRUCT_MUTANTS"] ?? "") ?? 40
        let seed = UInt64(environment["DOCSTRUCT_MUTANT_SEED"] ?? "") ?? 20261129
        let timeout = Double(environment["DOCSTRUCT_MUTANT_TIMEOUT"] ?? "") ?? 20
        let jobs = Int(environment["DOCSTRUCT_MUTANT_JOBS"] ?? "") ?? 2
        let scratch = try Scratch("mutants")
        let sources = try smallestPDFs(in: "corpus/bulk", count: 60).map { try Data(contentsOf: $0) }
        let mutator = PDFMutator(sources: sources)
        try FileManager.default.createDirectory(at: scratch.source, withIntermediateDirectories: true)
        var kinds: [String: PDFMutator.Kind] = [:]
        for i in 0..<count {
            let (kind, data) = mutator.mutant(i, seed: seed)
            let name = String(format: "m%05d-%@.pdf", i, kind.rawValue)
            kinds[name] = kind
            try data.write(to: scratch.source.appendingPathComponent(name))
        }
        // Reproducible: the same seed gives the same bytes.
        XCTAssertEqual(mutator.mutant(7, seed: seed).data, mutator.mutant(7, seed: seed).data)

        var o = try options(scratch, jobs: jobs)
        o.timeoutSeconds = timeout
        o.memoryLimitMiB = 1024
        let started = Date()
        let summary = try Ingester(options: o).run()  // a supervisor crash would end the test process here
        let seconds = Date().timeIntervalSince(started)
        let rows = try Ledger(path: o.ledgerPath).files()
        XCTAssertEqual(rows.count, count, "every mutant has a ledger row")
        XCTAssertEqual(summary.converted + summary.failed, count)
        var codes: [String: Int] = [:]
        for row in rows {
            XCTAssertTrue(row.status == .converted || row.status == .failed, row.path)
            if row.status == .converted {
                XCTAssertTrue(FileManager.default.fileExists(atPath: row.output(in: o.output)?.path ?? ""), row.path)
                codes["converted", default: 0] += 1
            } else {
                XCTAssertNotNil(row.errorCode, row.path)
                XCTAssertFalse(row.errorMessage?.isEmpty ?? true, row.path)
                codes[row.errorCode ?? "?", default: 0] += 1
            }
            // Every document, hung or not, ended by the timeout (plus the time to kill and restart).
            XCTAssertLessThan(row.durationSeconds, timeout + 5, row.path)
        }
        XCTAssertEqual(temporaryFiles(under: scratch.output), [])
        let tally = codes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let line = String(format: "mutants %d (seed %llu, timeout %.0f s, jobs %d): %@; %.1f s", count, seed, timeout, jobs, tally, seconds)
        print(line)
        if let report = environment["DOCSTRUCT_MUTANT_REPORT"] {
            try (line + "\n").write(toFile: report, atomically: true, encoding: .utf8)
        }
    }

    /// The same mutants through `docstruct convert` (issue 12, item 2): the batch ends with its
    /// summary, every mutant is converted or named in the run record with a code, and no
    /// failure is a trap in our own Swift code (`Fatal error`). 40 mutants in CI;
    /// `Scripts/mutate-convert.sh` for the long run.
    func testMutatedPDFsThroughConvertAreAllAccountedFor() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = Int(environment["DOCSTRUCT_MUTANTS"] ?? "") ?? 40
        let seed = UInt64(environment["DOCSTRUCT_MUTANT_SEED"] ?? "") ?? 20261129
        let timeout = environment["DOCSTRUCT_MUTANT_TIMEOUT"] ?? "20"
        let jobs = environment["DOCSTRUCT_MUTANT_JOBS"] ?? "2"
        let scratch = try Scratch("convert-mutants")
        let mutator = PDFMutator(sources: try smallestPDFs(in: "corpus/bulk", count: 60).map { try Data(contentsOf: $0) })
        try FileManager.default.createDirectory(at: scratch.source, withIntermediateDirectories: true)
        for i in 0..<count {
            let (kind, data) = mutator.mutant(i, seed: seed)
            try data.write(to: scratch.source.appendingPathComponent(String(format: "m%05d-%@.pdf", i, kind.rawValue)))
        }
        let started = Date()
        let run = try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.path, "--jobs", jobs,
                                           "--timeout", timeout, "--memory-limit", "1024"])
        let seconds = Date().timeIntervalSince(started)
        XCTAssertTrue(run.status == 0 || run.status == 1, "convert ended with \(String(describing: run.status)): \(run.stderr.suffix(500))")
        let record = try XCTUnwrap(try ConvertRunRecord.read(from: scratch.output.path), "no run record")
        XCTAssertEqual(record.converted + record.failures.count, count, "every mutant is converted or failed")
        XCTAssertTrue(run.stdout.hasPrefix("converted \(record.converted), failed \(record.failures.count),"), run.stdout)
        let written = (FileManager.default.enumerator(atPath: scratch.output.path)?.allObjects as? [String] ?? [])
        XCTAssertEqual(written.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.count, record.converted)
        XCTAssertEqual(temporaryFiles(under: scratch.output), [])
        var codes: [String: Int] = ["converted": record.converted]
        for failure in record.failures {
            XCTAssertFalse(failure.message.isEmpty, failure.input)
            XCTAssertFalse(failure.message.contains("Fatal error"), "a trap in our code: \(failure.message)")
            codes[failure.code, default: 0] += 1
        }
        let tally = codes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let line = String(format: "convert mutants %d (seed %llu, timeout %@ s, jobs %@): %@; %.1f s", count, seed, timeout, jobs, tally, seconds)
        print(line)
        if let report = environment["DOCSTRUCT_MUTANT_REPORT"] {
            try (line + "\n").write(toFile: report, atomically: true, encoding: .utf8)
        }
    }
}
