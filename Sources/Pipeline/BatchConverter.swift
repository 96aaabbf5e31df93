import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Extraction
import DocumentModel
import Writer

/// Converts many PDFs into one output folder, in parallel, never stopping at a bad file.
///
/// Inputs may be PDF files or folders (searched recursively for `*.pdf`, any case). Outputs
/// mirror each PDF's path relative to the folder given (a file given directly lands at the top
/// of the output folder), with `.json` in place of `.pdf`. Each output is validated against the
/// schema and written atomically; a failure is reported with the file and the reason.
public struct BatchConverter: Sendable {
    public var converter: Converter
    public var jobs: Int

    public init(converter: Converter, jobs: Int) {
        self.converter = converter
        self.jobs = max(1, jobs)
    }

    /// One PDF to convert and where its JSON goes.
    public struct Job: Sendable, Equatable {
        public var input: URL
        public var output: URL
        /// The PDF's path relative to the folder given as input (through links, as found), or
        /// its file name when the file was given directly.
        public var relative: String
        public init(input: URL, output: URL, relative: String? = nil) {
            self.input = input; self.output = output; self.relative = relative ?? input.lastPathComponent
        }
    }

    /// The jobs of a set of inputs, and what was found but is not read (`SourceWalk.Refusal`).
    public struct Plan: Sendable {
        public var jobs: [Job]
        public var refused: [SourceWalk.Refusal]
    }

    /// What happened to one input.
    public struct Outcome: Sendable {
        public var job: Job
        /// Nil when converted; otherwise the reason, naming the file.
        public var failure: String?
        /// A short code for the failure ("encrypted", "noTextLayer", "invalidDocument", …).
        public var failureCode: String?
        public var pageCount: Int
        public var timings: Converter.Timings
        public var writeSeconds: Double
        /// Runs of printed words that ended in no part of the output (`text.unplaced` diagnostics).
        public var unplacedRuns = 0

        public init(job: Job, failure: String?, failureCode: String?, pageCount: Int, timings: Converter.Timings,
                    writeSeconds: Double, unplacedRuns: Int = 0) {
            self.job = job; self.failure = failure; self.failureCode = failureCode; self.pageCount = pageCount
            self.timings = timings; self.writeSeconds = writeSeconds; self.unplacedRuns = unplacedRuns
        }
    }

    /// Two or more different inputs whose outputs would land on the same file.
    public struct Collision: Sendable, Equatable {
        /// The output path they share (as planned for the first input).
        public var output: String
        /// The clashing inputs, absolute paths, sorted.
        public var inputs: [String]
        public init(output: String, inputs: [String]) { self.output = output; self.inputs = inputs }
    }

    /// Errors in the inputs themselves (before any conversion).
    public enum InputError: Error, CustomStringConvertible {
        case notFound(String)
        /// Different inputs map to the same output: `a/X.pdf` and `b/X.pdf` given as files,
        /// `x.pdf` and `x.PDF`, or two folders holding the same relative name. Paths are compared
        /// ignoring case, since `X.json` and `x.json` are one file on a case-insensitive file
        /// system. Nothing is converted.
        case outputCollision([Collision])
        public var description: String {
            switch self {
            case .notFound(let p): return "\(p): no such file or folder"
            case .outputCollision(let clashes):
                return clashes.map { "\($0.inputs.joined(separator: " and ")) would all be written to \($0.output)" }
                    .joined(separator: "; ") + " (nothing converted: rename the files or convert them to different folders)"
            }
        }
    }

    /// Expands inputs into jobs, sorted by input path. The same file reached twice (given
    /// directly and inside a folder) is converted once.
    /// - Throws: `InputError.notFound` for an input that does not exist;
    ///   `InputError.outputCollision` when different inputs would write the same output.
    public static func plan(inputs: [String], outputDirectory: URL) throws -> [Job] {
        try scan(inputs: inputs, outputDirectory: outputDirectory).jobs
    }

    /// `plan`, with the files found but not read: folders are walked by `SourceWalk` (regular
    /// files only, links inside the folder only, named by the link's path); a file given directly
    /// is refused when it is not a regular file.
    /// - Throws: as `plan`.
    public static func scan(inputs: [String], outputDirectory: URL) throws -> Plan {
        let found = try entries(of: inputs)
        let jobs = try unique(found.entries, outputDirectory: outputDirectory).map { entry -> Job in
            // The URLs are built as they always were: a walked file's path as found, a file
            // given directly as its standardised URL.
            let output = outputDirectory.appendingPathComponent(entry.outputName)
            guard let given = entry.givenURL else {
                return Job(input: URL(fileURLWithPath: entry.input), output: output, relative: entry.relative)
            }
            return Job(input: given, output: output)
        }
        return Plan(jobs: jobs, refused: found.refused)
    }

    /// One PDF of a plan as plain strings (`scanPaths`): no URL is built per file.
    public struct PlannedFile: Sendable, Equatable {
        /// The PDF's absolute path (through links, as found): a `Job`'s `input.path`.
        public var input: String
        /// Where its JSON goes: a `Job`'s `output.path`.
        public var output: String
        /// The PDF's path relative to the folder given (a `Job`'s `relative`).
        public var relative: String
    }

    /// `scan` as strings, for a caller that looks at many files and converts few (`ingest`): the
    /// same files in the same order, the same refusals and the same collision errors, without
    /// the two URLs per file `Job` carries.
    /// - Throws: as `plan`.
    public static func scanPaths(inputs: [String], outputDirectory: URL) throws
        -> (files: [PlannedFile], refused: [SourceWalk.Refusal]) {
        let found = try entries(of: inputs)
        let folder = outputDirectory.path
        let files = try unique(found.entries, outputDirectory: outputDirectory).map { entry in
            PlannedFile(input: entry.input, output: joined(folder, entry.outputName), relative: entry.relative)
        }
        return (files, found.refused)
    }

    /// An input file before its `Job` is made.
    struct Entry {
        /// Absolute path of the PDF (a `Job`'s `input.path`).
        var input: String
        var relative: String
        /// The JSON's path relative to the output folder.
        var outputName: String
        /// The standardised URL of a file given directly (nil for a file found in a folder).
        var givenURL: URL?
    }

    /// The inputs expanded into entries (unsorted, repeats kept) and the refusals.
    static func entries(of inputs: [String]) throws -> (entries: [Entry], refused: [SourceWalk.Refusal]) {
        var entries: [Entry] = []
        var refused: [SourceWalk.Refusal] = []
        for input in inputs {
            var st = stat()
            guard stat(input, &st) == 0 else { throw InputError.notFound(input) }
            let root = URL(fileURLWithPath: input).standardizedFileURL
            if st.st_mode & S_IFMT == S_IFDIR {
                let walk = SourceWalk.scan(root: root.path)
                refused += walk.refused
                entries.reserveCapacity(entries.count + walk.found.count)
                for file in walk.found {
                    entries.append(Entry(input: file.path, relative: file.relative,
                                         outputName: String(file.relative.dropLast(4)) + ".json"))
                }
            } else if st.st_mode & S_IFMT == S_IFREG {
                entries.append(Entry(input: root.path, relative: root.lastPathComponent,
                                     outputName: root.deletingPathExtension().lastPathComponent + ".json",
                                     givenURL: root))
            } else {
                refused.append(SourceWalk.Refusal(path: input, relative: root.lastPathComponent, code: "notRegularFile",
                                                  reason: "not a regular file (a FIFO, socket or device); not read"))
            }
        }
        return (entries, refused)
    }

    /// `folder + "/" + name` as `URL.appendingPathComponent` gives its path (no doubled `/`),
    /// for a `name` with no empty, `.` or `..` component.
    public static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The key under which two outputs are one file: the standardised path, in Unicode NFC,
    /// lower-cased. `folder` is the output folder's standardised path; `name` (from `entries`)
    /// holds no `.`, `..` or empty component, so joining it keeps the path standard.
    static func outputKey(folder: String, name: String) -> String {
        let path = joined(folder, name)
        // NFC leaves ASCII as it is; `lowercased()` of a native ASCII string is cheap.
        if path.utf8.allSatisfy({ $0 < 0x80 }) { return path.lowercased() }
        return path.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// `entries` with repeats of one input dropped, sorted by input path.
    /// - Throws: `InputError.outputCollision` naming every group of different inputs that share
    ///   an output path, compared ignoring case and Unicode normalisation.
    static func unique(_ entries: [Entry], outputDirectory: URL) throws -> [Entry] {
        let folder = outputDirectory.standardizedFileURL.path
        var byOutput: [String: [Entry]] = [:]
        byOutput.reserveCapacity(entries.count)
        var order: [String] = []
        /// The input with its links resolved, asked only when two entries share an output.
        func resolved(_ entry: Entry) -> String {
            (entry.givenURL ?? URL(fileURLWithPath: entry.input)).resolvingSymlinksInPath().path
        }
        for entry in entries {
            let key = outputKey(folder: folder, name: entry.outputName)
            guard let group = byOutput[key] else {
                order.append(key)
                byOutput[key] = [entry]
                continue
            }
            let input = resolved(entry)
            if group.contains(where: { resolved($0) == input }) { continue }
            byOutput[key]!.append(entry)
        }
        let clashes = order.compactMap { key -> Collision? in
            guard let group = byOutput[key], group.count > 1 else { return nil }
            return Collision(output: outputDirectory.appendingPathComponent(group[0].outputName).path,
                             inputs: group.map(\.input).sorted())
        }
        if !clashes.isEmpty { throw InputError.outputCollision(clashes.sorted { $0.inputs[0] < $1.inputs[0] }) }
        return order.flatMap { byOutput[$0]! }.sorted { $0.input < $1.input }
    }

    /// Runs every job; `progress` is called after each (from worker threads, serialised).
    public func run(_ jobs: [Job], writer: DocumentWriter, progress: @escaping @Sendable (Int, Outcome) -> Void) -> [Outcome] {
        let state = SharedState(count: jobs.count)
        let workers = Swift.min(self.jobs, jobs.count)
        let converter = self.converter
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
            while let index = state.next() {
                let outcome = Self.convertOne(jobs[index], converter: converter, writer: writer)
                state.finish(index, outcome, progress)
            }
        }
        // Outputs were renamed into place without a directory fsync each (`convertOne`): one
        // fsync per output folder makes the renames durable before the batch reports.
        DocumentWriter.syncDirectories(of: jobs.map(\.output))
        return state.outcomes.map { $0! }
    }


    /// One job through `Conversion.run` (the path the ingest worker takes too), in this process.
    static func convertOne(_ job: Job, converter: Converter, writer: DocumentWriter) -> Outcome {
        Outcome(job: job, result: Conversion.run(input: job.input, output: job.output, converter: converter,
                                                 writer: writer, syncDirectory: false))
    }
}

extension BatchConverter.Outcome {
    /// The outcome of `job` told by a `ConversionResult` (from this process or a worker's reply).
    public init(job: BatchConverter.Job, result: ConversionResult) {
        self.init(job: job, failure: result.converted ? nil : (result.errorMessage ?? "\(job.input.path): failed"),
                  failureCode: result.converted ? nil : (result.errorCode ?? "error"), pageCount: result.pageCount,
                  timings: result.timings, writeSeconds: result.writeSeconds, unplacedRuns: result.unplacedRuns)
    }
}

/// Work distribution and results shared by the worker threads, behind one lock.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private var done = 0
    private let count: Int
    var outcomes: [BatchConverter.Outcome?]

    init(count: Int) {
        self.count = count
        outcomes = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard cursor < count else { return nil }
        cursor += 1
        return cursor - 1
    }

    func finish(_ index: Int, _ outcome: BatchConverter.Outcome, _ progress: (Int, BatchConverter.Outcome) -> Void) {
        lock.lock(); defer { lock.unlock() }
        outcomes[index] = outcome
        done += 1
        progress(done, outcome)
    }
}
