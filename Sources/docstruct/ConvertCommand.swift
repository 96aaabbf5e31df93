import ArgumentParser
import Export
import Foundation
import Pipeline
import Writer

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PDFs (files or folders, searched recursively) into JSON files.",
        discussion: """
        Each INPUT.pdf becomes OUTPUT/…/INPUT.json, mirroring paths below a folder given as input. \
        Every document is validated against Schemas/document.schema.json before it is written, and \
        written atomically. A PDF that cannot be converted is named on stderr with the reason and does \
        not stop the batch. Exit status: 0 all converted, 1 some failed, 2 bad usage.
        """
    )

    @Argument(help: "PDF files or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Folder for the JSON files (created if missing).")
    var output: String

    @Option(name: .shortAndLong, help: "Documents converted in parallel.")
    var jobs: Int = 1

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Option(name: .customLong("format"), help: "Also write akn (NAME.xml), md, text (NAME.txt) or jsonl (OUTPUT/run.jsonl) from each JSON; repeatable. json is always written.")
    var formats: [ExportFormat] = [.json]

    @Flag(help: "Print the time spent in each stage.")
    var timings = false

    @Flag(help: "For tagged PDFs, compare the blocks with the structure tree and record each disagreement (slower).")
    var checkTags = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
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
        let started = ContinuousClock.now
        let outputURL = URL(fileURLWithPath: output)
        // The folders are walked once, here; an empty plan is bad usage (exit 2, see main.swift).
        // Two inputs clashing on one output are bad usage too: refused before anything is written.
        let plan: [BatchConverter.Job]
        do { plan = try BatchConverter.plan(inputs: inputs, outputDirectory: outputURL) } catch let error as BatchConverter.InputError {
            throw ValidationError(error.description)
        }
        // PDFs whose names are not UTF-8 cannot be opened: each is a named failure.
        let badNames = inputs.flatMap { input in
            FileNames.undecodablePDFs(under: input).map { FileNames.message((input as NSString).appendingPathComponent($0.display)) }
        }
        if plan.isEmpty && badNames.isEmpty {
            throw ValidationError("no PDF files found in \(inputs.joined(separator: ", "))")
        }
        let writer: DocumentWriter
        do { writer = try DocumentWriter() } catch {
            FileHandle.standardError.write(Data("docstruct: cannot load the schema: \(error)\n".utf8))
            throw ExitCode(ExitStatus.usage)
        }
        let batch = BatchConverter(converter: Converter(password: password, checkTags: checkTags), jobs: jobs)
        let interactive = isatty(STDERR_FILENO) == 1
        let total = plan.count
        let outcomes = batch.run(plan, writer: writer) { done, outcome in
            if interactive {
                let name = outcome.job.input.lastPathComponent
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(name)".utf8))
            }
        }
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let exportFailures = ExportRun.exportConverted(outcomes, formats: formats, outputFolder: outputURL)
        var failed = badNames.count, pages = 0, unplaced = 0
        for message in badNames { FileHandle.standardError.write(Data("docstruct: failed: \(message)\n".utf8)) }
        var stage = Converter.Timings()
        var writing = 0.0
        for o in outcomes {
            if let failure = o.failure {
                failed += 1
                FileHandle.standardError.write(Data("docstruct: failed: \(failure)\n".utf8))
            } else {
                pages += o.pageCount
                unplaced += o.unplacedRuns
            }
            stage.extraction += o.timings.extraction
            stage.layout += o.timings.layout
            stage.structure += o.timings.structure
            writing += o.writeSeconds
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var summary = String(format: "converted %d, failed %d, pages %d, %.2f s", outcomes.count + badNames.count - failed, failed, pages, seconds)
        // Printed words that ended nowhere: shown only when there are some, so the usual line stays short.
        if unplaced > 0 { summary += ", unplaced text \(unplaced) (text.unplaced)" }
        if exportFailures > 0 { summary += ", exports failed \(exportFailures)" }
        print(summary)
        if timings {
            print(String(format: "stage seconds (summed over jobs): extraction %.2f, layout %.2f, structure %.2f, validate+write %.2f",
                         stage.extraction, stage.layout, stage.structure, writing))
        }
        if failed > 0 || exportFailures > 0 { throw ExitCode(ExitStatus.someFailed) }
    }
}
