import ArgumentParser
import Foundation
import Pipeline

/// `docstruct`: official PDFs in, structured, schema-validated JSON out.
struct Docstruct: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docstruct",
        abstract: "Turn official PDF documents into structured, schema-validated JSON.",
        version: DocstructVersion.current,
        subcommands: [ConvertCommand.self, ValidateCommand.self, InspectCommand.self, ReportCommand.self, IngestCommand.self, WorkerCommand.self,
                      ExportCommand.self, SchemaCommand.self]
    )
}

/// Exit statuses shared by the commands.
enum ExitStatus {
    /// Everything succeeded.
    static let success: Int32 = 0
    /// The command ran, but some inputs failed (each named on stderr).
    static let someFailed: Int32 = 1
    /// Bad usage: unknown option, missing argument, input that does not exist.
    static let usage: Int32 = 2
}
