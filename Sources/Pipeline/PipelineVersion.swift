import DocumentModel
import Extraction
import Foundation

/// The version of the conversion pipeline, recorded in every ledger row and in every output's
/// `producer.pipelineVersion`. A file converted by another pipeline version is converted again
/// by `docstruct ingest`.
///
/// It is derived, not kept by hand, so that no code change can forget it: the schema version,
/// then the first 16 hex digits of the running executable's GNU build ID (the linker's hash of
/// the binary, `/proc/self/exe` on Linux), or of its SHA-256 when it carries none, e.g.
/// `"1.4.0+9f86d081884c7d65"`. Any rebuild that changes the binary (a code change,
/// another compiler, another linked library version) changes it; rebuilding the same code with
/// the same toolchain gives the same value. When the executable cannot be read, a value unique
/// to the process is used (`"1.4.0+unhashed-<uuid>"`): every file is then converted again, which
/// is slow but never stale.
public enum PipelineVersion {
    /// Hex digits of the executable's SHA-256 kept in the version.
    public static let digestDigits = 16

    /// The running pipeline's version (computed once per process, on first use).
    public static let current: String = derive(executable: executablePath)

    /// The version for the executable at `path` (nil or unreadable: a per-process value).
    public static func derive(executable path: String?) -> String {
        // The linker's build ID is a hash of the binary already: read, not recomputed.
        if let path, let id = ELFBuildID.read(path) {
            return "\(Document.schemaVersion)+\(id.prefix(digestDigits))"
        }
        if let path, let digest = FileChecksum.sha256(ofFile: path) {
            return "\(Document.schemaVersion)+\(digest.prefix(digestDigits))"
        }
        return "\(Document.schemaVersion)+unhashed-\(UUID().uuidString.lowercased())"
    }

    /// The file of the running executable.
    public static var executablePath: String? {
        #if os(Linux)
        if FileManager.default.isReadableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        #endif
        return Bundle.main.executablePath
    }
}

/// The package's release version (`docstruct --version`, `producer.version` in every output).
public enum DocstructVersion {
    public static let current = "0.1.0"
}

extension Producer {
    /// This program: name `docstruct`, the package version, and the derived pipeline version.
    public static var current: Producer {
        Producer(name: "docstruct", version: DocstructVersion.current, pipelineVersion: PipelineVersion.current)
    }
}
