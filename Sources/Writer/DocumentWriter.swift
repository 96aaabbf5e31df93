import DocumentModel
import Foundation
import JSONSchema
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Encodes documents, validates them against the bundled `document.schema.json`, and writes
/// them atomically.
///
/// ```swift
/// let writer = try DocumentWriter()
/// try writer.write(document, to: URL(fileURLWithPath: "out/A_RES_73_6.json"))
/// ```
public struct DocumentWriter: Sendable {
    /// The compiled bundled schema.
    public let validator: JSONSchemaValidator

    /// Loads the bundled schema and compiles it (do this once; the writer is reusable and thread-safe).
    ///
    /// - Throws: `WriterError.bundledSchema` when the resource is missing, is not JSON, or is not a
    ///   valid schema.
    public init() throws {
        let schema = try DocumentWriter.loadBundledSchema()
        do {
            validator = try JSONSchemaValidator(schema: schema)
        } catch {
            throw WriterError.bundledSchema(reason: "\(error)")
        }
    }

    /// The embedded `document.schema.json` (`Schemas/document.schema.json`, compiled into the
    /// binary by `Scripts/embed-schema.sh`), parsed. No file is read: a binary copied alone works.
    ///
    /// - Throws: `WriterError.bundledSchema` when the embedded text is not valid JSON.
    public static func loadBundledSchema() throws -> JSONValue {
        do {
            return try JSONValue.parse(Data(EmbeddedSchema.text.utf8))
        } catch {
            throw WriterError.bundledSchema(reason: "embedded schema: \(error)")
        }
    }

    /// The embedded schema's text, byte for byte the file it was made from less its final newline.
    public static var embeddedSchemaText: String { EmbeddedSchema.text }

    /// Every violation of the bundled schema by `json` (empty when it conforms).
    public func validate(_ json: JSONValue) -> [ValidationError] {
        validator.validate(json)
    }

    /// Encodes `document`, validates it, and only when it conforms writes it (pretty JSON, UTF-8,
    /// final newline) to `url`, replacing any existing file atomically.
    ///
    /// The text goes to a temporary file in the destination's directory
    /// (`.<name>.<temporaryTag>.<pid>.<unique>.tmp`: the tag names the run that writes it, so that
    /// a run's clean-up removes its own leftovers only, never another shard's file in progress),
    /// is flushed with fsync and then renamed over the destination, so a reader sees either the
    /// old file or the complete new one. Missing intermediate directories are created. On any
    /// failure the temporary file is removed and the destination is left untouched.
    ///
    /// The rename is then made durable by an fsync of the directory, unless `syncDirectory` is
    /// false: a batch writing many files into a few folders syncs each folder once at its end
    /// (`syncDirectories(of:)`) instead of once per file. Either way a reader never sees a
    /// partial file: that needs only the file's own fsync before the rename, which is always done.
    ///
    /// - Throws: `WriterError.invalidDocument(file:violations:)` when the document does not conform
    ///   (nothing is written); `WriterError.io(path:reason:)` when a directory cannot be created or
    ///   the file cannot be written, synced or renamed.
    /// - Parameter temporaryTag: letters, digits and `-` only (others are replaced by `-`).
    ///
    /// Memory: the document is let go once encoded (when the caller holds it no longer), and the
    /// text goes to the file as it is serialised, `writeChunkBytes` at a time: the whole text
    /// (10 MB for a 1,000-page document) is never held beside the JSON tree.
    public func write(_ document: consuming Document, to url: URL, syncDirectory: Bool = true,
                      temporaryTag: String = DocumentWriter.defaultTemporaryTag) throws {
        let json = DocumentEncoder.encode(document)
        _ = consume document
        let violations = validate(json)
        guard violations.isEmpty else {
            throw WriterError.invalidDocument(file: url.path, violations: violations)
        }
        try AtomicFile.write(to: url, syncDirectory: syncDirectory, temporaryTag: temporaryTag) { file in
            json.serialize(pretty: true, chunkBytes: Self.writeChunkBytes) { file.write($0) }
        }
    }

    /// Bytes of JSON text gathered before each write(2) (`write(_:to:syncDirectory:temporaryTag:)`):
    /// large enough that the system calls cost nothing to speak of, small beside the text.
    public static let writeChunkBytes = 1 << 16

    /// The tag of temporary files written without one (`convert`).
    public static let defaultTemporaryTag = "convert"

    /// The name of the temporary file for `fileName` written by process `pid` with `tag`, up to
    /// its unique part: `.<fileName>.<tag>.<pid>.` (see `write`).
    public static func temporaryPrefix(for fileName: String, tag: String, pid: Int32) -> String {
        ".\(fileName).\(safeTag(tag)).\(pid)."
    }

    /// `tag` with every character other than ASCII letters, digits and `-` replaced by `-`.
    public static func safeTag(_ tag: String) -> String {
        String(tag.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
    }

    /// Makes the renames of files written with `syncDirectory: false` durable: one fsync of each
    /// distinct folder holding one of `files`. Failures are ignored, as after a single write.
    public static func syncDirectories(of files: [URL]) {
        var done: Set<String> = []
        for file in files {
            let directory = file.standardizedFileURL.deletingLastPathComponent().path
            if done.insert(directory).inserted { AtomicFile.syncDirectory(directory) }
        }
    }
}

/// Atomic file replacement with POSIX calls (so that failures carry errno text).
enum AtomicFile {
    #if canImport(Glibc)
    static let systemWrite = Glibc.write
    #else
    static let systemWrite = Darwin.write
    #endif

    static func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Writes `bytes` to `url` through a temporary file, fsync and rename(2); then, when
    /// `syncDirectory`, fsyncs the directory so that the rename survives a crash.
    static func write(_ bytes: [UInt8], to url: URL, syncDirectory: Bool = true,
                      temporaryTag: String = DocumentWriter.defaultTemporaryTag) throws {
        try write(to: url, syncDirectory: syncDirectory, temporaryTag: temporaryTag) { file in
            bytes.withUnsafeBytes { file.write($0) }
        }
    }

    /// An open temporary file that pieces of text are written to, in order (`write(to:…)`).
    final class Output {
        let fd: Int32, path: String
        /// The first failure's reason; once set, nothing more is written.
        var failure: String?

        init(fd: Int32, path: String) { self.fd = fd; self.path = path }

        /// Writes all of `bytes` (retrying short writes and EINTR); false once a write failed.
        func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
            guard failure == nil else { return false }
            var offset = 0
            while offset < bytes.count {
                let written = AtomicFile.systemWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = "write: \(AtomicFile.errnoText())"
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Writes what `produce` hands to its `Output` to `url`, the way `write(_:to:…)` writes
    /// bytes: through a temporary file, fsync and rename(2), the directory fsynced when
    /// `syncDirectory`. `produce` returns false when it stopped early (a failed write).
    static func write(to url: URL, syncDirectory: Bool = true,
                      temporaryTag: String = DocumentWriter.defaultTemporaryTag,
                      produce: (Output) -> Bool) throws {
        let destination = url.standardizedFileURL
        let directory = destination.deletingLastPathComponent()
        try makeDirectories(directory.path)
        let temporary = directory.appendingPathComponent(
            DocumentWriter.temporaryPrefix(for: destination.lastPathComponent, tag: temporaryTag, pid: getpid())
                + "\(UUID().uuidString).tmp").path

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriterError.io(path: temporary, reason: "open: \(errnoText())") }
        var closed = false
        var renamed = false
        defer {
            if !closed { close(fd) }
            if !renamed { unlink(temporary) }
        }
        let output = Output(fd: fd, path: temporary)
        if !produce(output) || output.failure != nil {
            throw WriterError.io(path: temporary, reason: output.failure ?? "write: stopped")
        }
        guard fsync(fd) == 0 else { throw WriterError.io(path: temporary, reason: "fsync: \(errnoText())") }
        closed = true
        guard close(fd) == 0 else { throw WriterError.io(path: temporary, reason: "close: \(errnoText())") }
        guard rename(temporary, destination.path) == 0 else {
            throw WriterError.io(path: destination.path, reason: "rename: \(errnoText())")
        }
        renamed = true
        // Atomicity rests on the file's fsync above: whatever survives a crash at the rename is
        // the old file or the whole new one. The directory's fsync only makes the rename itself
        // durable, so a batch may do it once per folder at its end (`syncDirectories(of:)`):
        // the 293 bulk documents then cost 294 fsyncs instead of 586. A failure here does not
        // undo the write.
        if syncDirectory { Self.syncDirectory(directory.path) }
    }

    /// fsync of the directory at `path` (ignoring failures).
    static func syncDirectory(_ path: String) {
        let dirFD = open(path, O_RDONLY | O_CLOEXEC)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            close(dirFD)
        }
    }

    /// `mkdir -p`: creates `path` and its missing parents (mode 0755 before umask).
    static func makeDirectories(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw WriterError.io(path: path, reason: "mkdir: Not a directory") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw WriterError.io(path: path, reason: "mkdir: \(errnoText())")
        }
    }
}

extension DocumentWriter {
    /// Writes `text` (UTF-8) to `url` the way documents are written: through a temporary file,
    /// fsync and rename, so that a reader sees the old file or the whole new one (exports).
    ///
    /// - Throws: `WriterError.io(path:reason:)` when the folder cannot be made or the file written.
    public static func writeAtomically(_ text: String, to url: URL) throws {
        try AtomicFile.write(Array(text.utf8), to: url)
    }
}
