import DocumentModel
import Extraction
import Foundation
import Writer

/// What converting one PDF and writing its JSON came to: the one outcome shared by `convert`
/// (`BatchConverter`) and the ingest worker, so that both give a failure the same code.
public struct ConversionResult: Sendable, Codable, Equatable {
    /// True when the JSON was written.
    public var converted = false
    /// On failure: `ExtractionError.code`, `"writeFailed"` (the output could not be written:
    /// full disk, unwritable folder), `"invalidDocument"` (the document broke the schema) or
    /// `"error"` (anything else).
    public var errorCode: String?
    /// On failure: the reason, naming the PDF.
    public var errorMessage: String?
    /// SHA-256 of the PDF's bytes as read ("" when they could not be read).
    public var sha256 = ""
    /// Pages of the PDF; kept for a scan that failed with `noTextLayer`.
    public var pageCount = 0
    /// Diagnostics by severity in the converted document.
    public var info = 0, warning = 0, error = 0
    /// Runs of printed words that ended in no part of the output (`text.unplaced` diagnostics).
    public var unplacedRuns = 0
    /// Seconds spent in each stage, and in validating and writing the JSON.
    public var extractionSeconds = 0.0, layoutSeconds = 0.0, structureSeconds = 0.0, writeSeconds = 0.0

    public init() {}

    /// The stage timings as `Converter.Timings`.
    public var timings: Converter.Timings {
        var t = Converter.Timings()
        t.extraction = extractionSeconds; t.layout = layoutSeconds; t.structure = structureSeconds
        return t
    }
}

/// The one conversion path: PDF → document → validated JSON written atomically, with every
/// error mapped to a code (see `ConversionResult.errorCode`).
public enum Conversion {
    /// Converts `input` with `converter` and writes the JSON to `output` with `writer`.
    ///
    /// Never throws: every failure is a code and a message naming `input`. Nothing is written
    /// unless the whole document validates (`DocumentWriter.write`).
    /// - Parameter syncDirectory: fsync the output's folder after the rename (see `DocumentWriter.write`).
    /// - Parameter temporaryTag: names the run in the temporary file's name (see `DocumentWriter.write`).
    public static func run(input: URL, output: URL, converter: Converter, writer: DocumentWriter,
                           syncDirectory: Bool = true,
                           temporaryTag: String = DocumentWriter.defaultTemporaryTag) -> ConversionResult {
        var result = ConversionResult()
        var timings = Converter.Timings()
        do {
            let document = try converter.convert(input, timings: &timings)
            result.sha256 = document.source.sha256
            result.pageCount = document.source.pageCount
            for d in document.diagnostics {
                switch d.severity {
                case .info: result.info += 1
                case .warning: result.warning += 1
                case .error: result.error += 1
                }
                if d.code == "text.unplaced" { result.unplacedRuns += 1 }
            }
            let start = ContinuousClock.now
            try writer.write(document, to: output, syncDirectory: syncDirectory, temporaryTag: temporaryTag)
            result.writeSeconds = seconds(since: start)
            result.converted = true
        } catch let error as ExtractionError {
            result.errorCode = error.code
            result.errorMessage = error.description
            if case .noTextLayer(_, let pages) = error { result.pageCount = pages }
        } catch let error as WriterError {
            if case .io = error { result.errorCode = "writeFailed" } else { result.errorCode = "invalidDocument" }
            result.errorMessage = "\(input.path): \(error)"
        } catch {
            result.errorCode = "error"
            result.errorMessage = "\(input.path): \(error)"
        }
        result.extractionSeconds = timings.extraction
        result.layoutSeconds = timings.layout
        result.structureSeconds = timings.structure
        return result
    }

    /// Seconds from `start` to now.
    public static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
