import ArgumentParser
import Foundation
import Extraction
import JSONSchema
import Pipeline
import Report
import Writer

/// `docstruct inspect FILE.pdf --html OUT.html`: converts the PDF and writes its page view.
enum InspectHTML {
    /// Converts `file`, renders every page at `dpi` with the document's boxes drawn on it and
    /// writes the page view to `output` atomically.
    /// - Throws: `ExitCode(1)` when the PDF cannot be converted (the reason is named on
    ///   stderr), `ExitCode(2)` when `output` cannot be written.
    static func write(file: String, password: String?, dpi: Double, to output: String) throws {
        let url = URL(fileURLWithPath: file)
        let pdf: PDFFile
        let json: JSONValue
        do {
            json = DocumentEncoder.encode(try Converter(password: password).convert(url))
            pdf = try PDFFile(url: url, password: password)
        } catch {
            FileHandle.standardError.write(Data("docstruct: \(error)\n".utf8))
            throw ExitCode(ExitStatus.someFailed)
        }
        let title = json["metadata"]?["symbol"]?.stringValue ?? url.deletingPathExtension().lastPathComponent
        let html = PageView(title: title, dpi: dpi).render(document: json, pdf: pdf)
        do { try Data(html.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            FileHandle.standardError.write(Data("docstruct: cannot write \(output): \(error.localizedDescription)\n".utf8))
            throw ExitCode(ExitStatus.usage)
        }
    }
}
