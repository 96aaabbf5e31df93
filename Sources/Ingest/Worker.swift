import Foundation
import Pipeline
import Writer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line the supervisor sends to a worker: a document to convert.
public struct WorkerJob: Codable, Sendable, Equatable {
    /// Absolute path of the PDF.
    public var input: String
    /// Absolute path of the JSON to write (atomically).
    public var output: String
    /// Password for encrypted PDFs, when one was given.
    public var password: String?
    /// Compare a tagged PDF's blocks with its structure tree (absent in older supervisors' jobs).
    public var checkTags: Bool?
    /// The run's tag in temporary file names (`DocumentWriter.write`); nil: `convert`'s.
    public var temporaryTag: String?
    /// Only pages `firstPage…lastPage` (1-based, `Converter.pages`); nil: all.
    public var firstPage: Int?, lastPage: Int?

    /// `firstPage…lastPage` as a range, when both are given and ordered.
    public var pages: ClosedRange<Int>? {
        guard let firstPage, let lastPage, firstPage <= lastPage else { return nil }
        return firstPage...lastPage
    }

    public init(input: String, output: String, password: String? = nil, checkTags: Bool = false,
                temporaryTag: String? = nil) {
        self.input = input; self.output = output; self.password = password
        self.checkTags = checkTags ? true : nil
        self.temporaryTag = temporaryTag
    }
}

/// One line a worker answers: what happened to the document.
public struct WorkerReply: Codable, Sendable, Equatable {
    /// True when the JSON was written.
    public var converted: Bool
    /// On failure: `ExtractionError.code`, `"invalidDocument"`, `"writeFailed"` or `"error"`.
    public var errorCode: String?
    public var errorMessage: String?
    /// SHA-256 of the PDF's bytes as the worker read them ("" when it could not read them).
    public var sha256: String
    public var pageCount: Int
    /// Diagnostics by severity in the converted document.
    public var info: Int
    public var warning: Int
    public var error: Int
    /// Seconds the worker spent on the document.
    public var seconds: Double
    /// `ConversionResult.unplacedRuns` and the stage timings (absent in older workers' replies).
    public var unplacedRuns: Int?
    public var extractionSeconds: Double?, layoutSeconds: Double?, structureSeconds: Double?, writeSeconds: Double?

    public init(converted: Bool, errorCode: String?, errorMessage: String?, sha256: String, pageCount: Int,
                info: Int, warning: Int, error: Int, seconds: Double) {
        self.converted = converted; self.errorCode = errorCode; self.errorMessage = errorMessage
        self.sha256 = sha256; self.pageCount = pageCount
        self.info = info; self.warning = warning; self.error = error; self.seconds = seconds
    }

    /// The reply telling `result`, which took `seconds`.
    public init(_ result: ConversionResult, seconds: Double) {
        self.init(converted: result.converted, errorCode: result.errorCode, errorMessage: result.errorMessage,
                  sha256: result.sha256, pageCount: result.pageCount, info: result.info, warning: result.warning,
                  error: result.error, seconds: seconds)
        unplacedRuns = result.unplacedRuns
        extractionSeconds = result.extractionSeconds; layoutSeconds = result.layoutSeconds
        structureSeconds = result.structureSeconds; writeSeconds = result.writeSeconds
    }

    /// The `ConversionResult` this reply tells.
    public var result: ConversionResult {
        var r = ConversionResult()
        r.converted = converted; r.errorCode = errorCode; r.errorMessage = errorMessage; r.sha256 = sha256
        r.pageCount = pageCount; r.info = info; r.warning = warning; r.error = error
        r.unplacedRuns = unplacedRuns ?? 0
        r.extractionSeconds = extractionSeconds ?? 0; r.layoutSeconds = layoutSeconds ?? 0
        r.structureSeconds = structureSeconds ?? 0; r.writeSeconds = writeSeconds ?? 0
        return r
    }
}

/// The worker side of `docstruct ingest`: reads `WorkerJob` lines on standard input, converts and
/// writes each document, and answers one `WorkerReply` line on standard output per job.
///
/// It runs in its own process (`docstruct worker`), started and fed by the supervisor, so that a
/// crash, abort, hang or runaway allocation while converting one PDF costs that document only.
public enum WorkerMain {
    /// The exit status of a worker that could not start (the supervisor then stops the run).
    public static let startFailure: Int32 = 70

    /// Runs the worker loop until standard input ends, then returns the exit status (0).
    ///
    /// At start-up it caps its address space at `memoryLimitMiB` MiB with `setrlimit(RLIMIT_AS)`
    /// (nil or 0: no cap), asks the kernel to kill it when the supervisor dies (Linux), ignores
    /// SIGINT/SIGTERM/SIGHUP (the supervisor decides when to stop) and moves standard output to a
    /// private descriptor so that nothing but replies reaches the supervisor.
    ///
    /// In debug builds only, `DOCSTRUCT_FAULT=crash:NAME,trap:NAME,hang:NAME,oom:NAME,kill:NAME` makes
    /// the worker abort, trap, hang, exhaust its memory or SIGKILL itself (as the OOM killer would) when given the file named `NAME` (the last
    /// path component). Release builds ignore it.
    public static func run(memoryLimitMiB: Int?) -> Int32 {
        #if os(Linux)
        // prctl(PR_SET_PDEATHSIG, SIGKILL): the kernel kills this worker when the supervisor dies,
        // so a SIGKILLed supervisor leaves no worker behind. (prctl is variadic, hence dlsym.)
        typealias PrctlFunction = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
            let prctl = unsafeBitCast(symbol, to: PrctlFunction.self)
            _ = prctl(1 /* PR_SET_PDEATHSIG */, UInt(SIGKILL), 0, 0, 0)
        }
        if getppid() == 1 { return 0 }  // the supervisor is already gone
        #endif
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        signal(SIGHUP, SIG_IGN)
        if let mib = memoryLimitMiB, mib > 0 {
            let bytes = rlim_t(mib) * 1024 * 1024
            var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
            #if os(Linux)
            _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
            #else
            _ = setrlimit(RLIMIT_AS, &limit)
            #endif
        }
        let replyFD = dup(STDOUT_FILENO)
        _ = dup2(STDERR_FILENO, STDOUT_FILENO)
        let writer: DocumentWriter
        do { writer = try DocumentWriter() } catch {
            FileHandle.standardError.write(Data("docstruct worker: cannot load the schema: \(error)\n".utf8))
            return startFailure
        }
        let faults = Faults.fromEnvironment(memoryLimited: (memoryLimitMiB ?? 0) > 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        while let line = readLine(strippingNewline: true) {
            guard !line.isEmpty else { continue }
            let reply: WorkerReply
            if let job = try? JSONDecoder().decode(WorkerJob.self, from: Data(line.utf8)) {
                faults.inject(for: job.input)
                reply = convert(job, writer: writer)
            } else {
                reply = WorkerReply(converted: false, errorCode: "error", errorMessage: "unreadable job line",
                                    sha256: "", pageCount: 0, info: 0, warning: 0, error: 0, seconds: 0)
            }
            var data = (try? encoder.encode(reply)) ?? Data("{}".utf8)
            data.append(0x0A)
            guard writeAll(replyFD, data) else { return 1 }
        }
        return 0
    }

    /// Converts one job in this process (no isolation); the worker loop's body. The conversion
    /// is `Conversion.run`, the path `convert` takes too; a PDF that could not be read at all
    /// is hashed here so that its ledger row still names its bytes.
    public static func convert(_ job: WorkerJob, writer: DocumentWriter) -> WorkerReply {
        let start = ContinuousClock.now
        var result = Conversion.run(input: URL(fileURLWithPath: job.input), output: URL(fileURLWithPath: job.output),
                                    converter: Converter(password: job.password, checkTags: job.checkTags ?? false, pages: job.pages),
                                    writer: writer, temporaryTag: job.temporaryTag ?? DocumentWriter.defaultTemporaryTag)
        if result.sha256.isEmpty { result.sha256 = (try? SHA256.hex(ofFile: job.input)) ?? "" }
        return WorkerReply(result, seconds: Conversion.seconds(since: start))
    }

    static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
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

/// Debug-only fault injection for the worker (see `WorkerMain.run`).
struct Faults {
    var crash: Set<String> = [], trap: Set<String> = [], hang: Set<String> = [], oom: Set<String> = []
    var kill: Set<String> = []
    var memoryLimited = false

    static func fromEnvironment(memoryLimited: Bool) -> Faults {
        var f = Faults()
        f.memoryLimited = memoryLimited
        #if DEBUG
        guard let spec = ProcessInfo.processInfo.environment["DOCSTRUCT_FAULT"] else { return f }
        for item in spec.split(separator: ",") {
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "crash": f.crash.insert(parts[1])
            case "trap": f.trap.insert(parts[1])
            case "hang": f.hang.insert(parts[1])
            case "oom": f.oom.insert(parts[1])
            case "kill": f.kill.insert(parts[1])
            default: break
            }
        }
        #endif
        return f
    }

    func inject(for input: String) {
        #if DEBUG
        let name = (input as NSString).lastPathComponent
        if crash.contains(name) { abort() }
        if kill.contains(name) { _ = Glibc.kill(getpid(), SIGKILL) }  // as the kernel's OOM killer does
        if trap.contains(name) {
            let values: [Int] = []
            _ = values[name.count]  // index out of range: a Swift runtime trap
        }
        if hang.contains(name) { while true { sleep(1000) } }
        if oom.contains(name) {
            // Allocate and touch memory until the address-space limit refuses, then fail as an
            // allocator does. Without a limit, stop at 1 GiB so a test cannot exhaust the machine.
            var total = 0
            while memoryLimited || total < 1 << 30 {
                guard let p = malloc(64 << 20) else { break }
                memset(p, 1, 64 << 20)
                total += 64 << 20
            }
            FileHandle.standardError.write(Data("docstruct worker: out of memory after \(total >> 20) MiB\n".utf8))
            abort()
        }
        #endif
    }
}
