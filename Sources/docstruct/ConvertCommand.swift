import ArgumentParser
import Export
import Foundation
import Ingest
import Pipeline

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PDFs (files or folders, searched recursively) into JSON files.",
        discussion: """
        Each INPUT.pdf becomes OUTPUT/…/INPUT.json, mirroring paths below a folder given as input. \
        Every document is validated against Schemas/document.schema.json before it is written, and \
        written atomically. Each PDF is converted in a worker process, so a PDF that crashes, hangs \
        (--timeout) or exhausts memory (--memory-limit) fails alone. A PDF that cannot be converted is \
        named on stderr with the reason and a code, and does not stop the batch. \
        Exit status: 0 all converted, 1 some failed, 2 bad usage.
        """
    )

    @Argument(help: "PDF files or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Folder for the JSON files (created if missing).")
    var output: String

    @Option(name: .shortAndLong, help: "Documents converted in parallel.")
    var jobs: Int = 1

    @Option(help: "Seconds allowed per document before its worker is killed (a 'timeout' failure).")
    var timeout: Double = 120

    @Option(help: "Memory (address space) per worker, in MiB; 0 for no limit.")
    var memoryLimit: Int = 2048

    @OptionGroup var password: PasswordOptions

    @OptionGroup var pages: PagesOption

    @Option(name: .customLong("format"), help: "Also write akn (NAME.xml), md, text (NAME.txt) or jsonl (OUTPUT/run.jsonl) from each JSON; repeatable. json is always written.")
    var formats: [ExportFormat] = [.json]

    @Flag(help: "Print the time spent in each stage.")
    var timings = false

    @Flag(help: "For tagged PDFs, compare the blocks with the structure tree and record each disagreement (slower).")
    var checkTags = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout.isFinite, timeout > 0, timeout <= IngestOptions.maximumTimeoutSeconds else {
            throw ValidationError("--timeout must be a number of seconds more than 0 and at most \(Int(IngestOptions.maximumTimeoutSeconds)) (one week)")
        }
        guard memoryLimit == 0 || memoryLimit >= 256 else {
            throw ValidationError("--memory-limit must be 0 (none) or at least 256 MiB")
        }
        for input in inputs where !FileManager.default.fileExists(atPath: input) {
            // The shell gave bytes that are not UTF-8; Swift's arguments carry U+FFFD in their place.
            if input.contains("\u{FFFD}") { throw ValidationError(FileNames.message(input)) }
            throw ValidationError("\(input): no such file or folder")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--output \(output): is a file, not a folder")
        }
    }

    func run() throws {
        let started = ContinuousClock.now, startedAt = ConvertRunRecord.now()
        let outputURL = URL(fileURLWithPath: output)
        let (plan, notRead) = try planJobs(outputURL)
        var batch = IsolatedBatch(workerExecutable: IngestCommand.executablePath)
        batch.jobs = jobs
        batch.timeoutSeconds = timeout
        batch.memoryLimitMiB = memoryLimit
        batch.password = try password.resolved()
        batch.checkTags = checkTags
        batch.pages = pages.range
        let interactive = isatty(STDERR_FILENO) == 1
        let total = plan.count
        let outcomes: [BatchConverter.Outcome]
        do {
            outcomes = try batch.run(plan) { done, outcome in
                if interactive {
                    let name = outcome.job.input.lastPathComponent
                    FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(name)".utf8))
                }
            }
        } catch {
            FileHandle.standardError.write(Data("docstruct: \(error)\n".utf8))
            throw ExitCode(ExitStatus.usage)
        }
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let exportFailures = ExportRun.exportConverted(outcomes, formats: formats, outputFolder: outputURL)
        let failures = notRead + outcomes.compactMap { o in
            o.failure.map { ConvertRunRecord.Failure(input: o.job.input.path, output: Self.relative(o.job.output, in: outputURL),
                                                     code: o.failureCode ?? "error", message: $0) }
        }
        for f in failures { FileHandle.standardError.write(Data("docstruct: failed: \(f.message) [\(f.code)]\n".utf8)) }
        let record = ConvertRunRecord(startedAt: startedAt, endedAt: ConvertRunRecord.now(), inputs: inputs,
                                      converted: outcomes.count + notRead.count - failures.count, failures: failures)
        do { try record.write(into: outputURL) } catch {
            FileHandle.standardError.write(Data("docstruct: cannot write the run record in \(output): \(error.localizedDescription)\n".utf8))
        }
        printSummary(outcomes, failed: failures.count, converted: record.converted, exportFailures: exportFailures, since: started)
        if !failures.isEmpty || exportFailures > 0 { throw ExitCode(ExitStatus.someFailed) }
    }

    /// The jobs, and a failure for each file found but not read: a name that is not UTF-8, a
    /// file that is not regular, a link leading out of its folder.
    /// - Throws: `ValidationError` (exit 2) for clashing outputs or when no PDF was found.
    private func planJobs(_ outputURL: URL) throws -> ([BatchConverter.Job], [ConvertRunRecord.Failure]) {
        // The folders are walked once, here; an empty plan is bad usage (exit 2, see main.swift).
        // Two inputs clashing on one output are bad usage too: refused before anything is written.
        let scan: BatchConverter.Plan
        do { scan = try BatchConverter.scan(inputs: inputs, outputDirectory: outputURL) } catch let error as BatchConverter.InputError {
            throw ValidationError(error.description)
        }
        let badNames = inputs.flatMap { input in
            FileNames.undecodablePDFs(under: input).map { name -> ConvertRunRecord.Failure in
                let path = (input as NSString).appendingPathComponent(name.display)
                return ConvertRunRecord.Failure(input: path, output: "", code: "badFileName", message: FileNames.message(path))
            }
        }
        let refused = scan.refused.map {
            ConvertRunRecord.Failure(input: $0.path, output: "", code: $0.code, message: $0.description)
        }
        if scan.jobs.isEmpty && badNames.isEmpty && refused.isEmpty {
            throw ValidationError("no PDF files found in \(inputs.joined(separator: ", "))")
        }
        return (scan.jobs, badNames + refused)
    }

    /// `url`'s path relative to `folder` (its whole path when outside).
    static func relative(_ url: URL, in folder: URL) -> String {
        let root = folder.standardizedFileURL.path, path = url.standardizedFileURL.path
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// The summary line (and the stage timings with `--timings`) on stdout.
    private func printSummary(_ outcomes: [BatchConverter.Outcome], failed: Int, converted: Int, exportFailures: Int,
                              since started: ContinuousClock.Instant) {
        var stage = Converter.Timings()
        var writing = 0.0, pages = 0, unplaced = 0
        for o in outcomes {
            if o.failure == nil {
                pages += o.pageCount
                unplaced += o.unplacedRuns
            }
            stage.extraction += o.timings.extraction
            stage.layout += o.timings.layout
            stage.structure += o.timings.structure
            writing += o.writeSeconds
        }
        var summary = String(format: "converted %d, failed %d, pages %d, %.2f s", converted, failed, pages,
                             Conversion.seconds(since: started))
        // Printed words that ended nowhere: shown only when there are some, so the usual line stays short.
        if unplaced > 0 { summary += ", unplaced text \(unplaced) (text.unplaced)" }
        if exportFailures > 0 { summary += ", exports failed \(exportFailures)" }
        print(summary)
        if timings {
            print(String(format: "stage seconds (summed over jobs): extraction %.2f, layout %.2f, structure %.2f, validate+write %.2f",
                         stage.extraction, stage.layout, stage.structure, writing))
        }
    }
}
