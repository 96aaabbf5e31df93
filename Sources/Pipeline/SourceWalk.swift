import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The PDFs below a source folder, found by our own walk so that the rules are ours:
///
/// - Only regular files are read. A FIFO, socket or device named `*.pdf` is refused
///   (`notRegularFile`): opening a FIFO would block for ever.
/// - Symbolic links are followed when their target lies inside the source folder, and the
///   output is named by the link's own path; a link leading outside the source is refused
///   (`linkOutsideSource`), so a file from elsewhere can never overwrite a document's output;
///   a link to nothing is refused too (`brokenLink`). A folder reached twice through links is
///   walked once.
/// - A source folder that is itself a symbolic link is walked as the folder it points to.
/// - Sub-folders that are mount points are walked like any other folder.
///
/// Names that are not valid UTF-8 are left to `FileNames.undecodablePDFs`.
public enum SourceWalk {
    /// A PDF found: its path as given (through the source folder and any link) and relative to the source.
    public struct Found: Sendable, Equatable {
        public var path: String
        public var relative: String
    }

    /// Something named `*.pdf` (or a linked folder) that is not read, and why.
    public struct Refusal: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var relative: String
        /// `notRegularFile`, `linkOutsideSource`, `brokenLink` or `unreadableFolder`.
        public var code: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Walks `root`. Results are sorted by relative path.
    public static func scan(root: String) -> (found: [Found], refused: [Refusal]) {
        let resolvedRoot = realPath(root) ?? root
        var state = Walk(resolvedRoot: resolvedRoot)
        state.visited.insert(resolvedRoot)
        state.walk(directory: root, relative: "")
        return (state.found.sorted { $0.relative < $1.relative }, state.refused.sorted { $0.relative < $1.relative })
    }

    /// realpath(3) of `path`; nil when it does not resolve.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when `name` ends in `.pdf`, any case, and has more than those four characters.
    static func isPDFName(_ name: String) -> Bool {
        let bytes = name.utf8
        // No other character lower-cases to `.`, `p`, `d` or `f`: a name whose last four bytes
        // are not `.pdf` in some case is not one, and an ASCII name is decided on its bytes.
        guard bytes.count > 4 else { return false }
        var tail = bytes.suffix(4).makeIterator()
        guard tail.next() == UInt8(ascii: ".") else { return false }
        for letter in "pdf".utf8 {
            // `| 0x20` maps only `P`, `D`, `F` onto these lower-case letters.
            guard let byte = tail.next(), byte | 0x20 == letter else { return false }
        }
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return name.lowercased().hasSuffix(".pdf") && name.count > 4
    }

    /// What `readdir(3)` tells of an entry's type (`d_type`): enough to walk most folders without
    /// an `lstat` per entry. `unknown` (some file systems give no type) asks `lstat`.
    enum EntryKind: Equatable {
        case directory, regular, link, other, unknown

        init(direntType: UInt8) {
            switch Int32(direntType) {
            case Int32(DT_DIR): self = .directory
            case Int32(DT_REG): self = .regular
            case Int32(DT_LNK): self = .link
            case Int32(DT_UNKNOWN): self = .unknown
            default: self = .other
            }
        }

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFDIR: self = .directory
            case S_IFREG: self = .regular
            case S_IFLNK: self = .link
            default: self = .other
            }
        }
    }

    /// The entries of the folder at `path` (not `.` and `..`), raw names and types, in the
    /// order `readdir(3)` gives them, and whether the listing is complete (false when `readdir`
    /// failed part way); nil when the folder cannot be opened.
    static func entries(atPath path: UnsafePointer<CChar>) -> (entries: [(name: [UInt8], kind: EntryKind)], complete: Bool)? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var result: [(name: [UInt8], kind: EntryKind)] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else { break }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            result.append((name, EntryKind(direntType: entry.pointee.d_type)))
        }
        return (result, errno == 0)
    }

    private struct Walk {
        let resolvedRoot: String
        var visited: Set<String> = []
        var found: [Found] = []
        var refused: [Refusal] = []

        func inside(_ resolved: String) -> Bool { resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/") }

        /// The folder's entries whose names are valid UTF-8, sorted by name (the others are
        /// `FileNames.undecodablePDFs`'); nil when it cannot be read.
        static func names(in directory: String) -> [(name: String, kind: EntryKind)]? {
            guard let listing = directory.withCString({ SourceWalk.entries(atPath: $0) }), listing.complete else { return nil }
            return listing.entries.compactMap { entry in
                String(validating: entry.name, as: UTF8.self).map { (name: $0, kind: entry.kind) }
            }.sorted { $0.name < $1.name }
        }

        mutating func walk(directory: String, relative: String) {
            guard let entries = Walk.names(in: directory) else {
                // Named, so that ingest does not take the files it holds for removed.
                if !relative.isEmpty {
                    refused.append(Refusal(path: directory, relative: relative, code: "unreadableFolder",
                                           reason: "folder cannot be read (permissions, I/O error); its files are left as they were"))
                }
                return
            }
            for (name, type) in entries {
                let path = directory + "/" + name
                let rel = relative.isEmpty ? name : relative + "/" + name
                var kind = type
                if kind == .unknown {
                    var st = stat()
                    guard lstat(path, &st) == 0 else { continue }  // vanished
                    kind = EntryKind(mode: st.st_mode)
                }
                switch kind {
                case .directory: walk(directory: path, relative: rel)
                case .regular: if isPDFName(name) { found.append(Found(path: path, relative: rel)) }
                case .link: follow(link: path, relative: rel, name: name)
                case .other, .unknown:
                    if isPDFName(name) {
                        refused.append(Refusal(path: path, relative: rel, code: "notRegularFile",
                                               reason: "not a regular file (a FIFO, socket or device); not read"))
                    }
                }
            }
        }

        mutating func follow(link path: String, relative: String, name: String) {
            var st = stat()
            guard stat(path, &st) == 0, let target = SourceWalk.realPath(path) else {
                if isPDFName(name) {
                    refused.append(Refusal(path: path, relative: relative, code: "brokenLink",
                                           reason: "symbolic link to nothing; not read"))
                }
                return
            }
            let isDirectory = st.st_mode & S_IFMT == S_IFDIR
            guard isDirectory || isPDFName(name) else { return }
            guard inside(target) else {
                refused.append(Refusal(path: path, relative: relative, code: "linkOutsideSource",
                                       reason: "symbolic link to \(target), outside the source folder; not followed"))
                return
            }
            if isDirectory {
                if visited.insert(target).inserted { walk(directory: path, relative: relative) }
            } else if st.st_mode & S_IFMT == S_IFREG {
                found.append(Found(path: path, relative: relative))
            } else {
                refused.append(Refusal(path: path, relative: relative, code: "notRegularFile",
                                       reason: "symbolic link to a file that is not regular (a FIFO, socket or device); not read"))
            }
        }
    }
}
