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

    /// True when `name` ends in `.pdf`, any case.
    static func isPDFName(_ name: String) -> Bool { name.lowercased().hasSuffix(".pdf") && name.count > 4 }

    private struct Walk {
        let resolvedRoot: String
        var visited: Set<String> = []
        var found: [Found] = []
        var refused: [Refusal] = []

        func inside(_ resolved: String) -> Bool { resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/") }

        mutating func walk(directory: String, relative: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                // Named, so that ingest does not take the files it holds for removed.
                if !relative.isEmpty {
                    refused.append(Refusal(path: directory, relative: relative, code: "unreadableFolder",
                                           reason: "folder cannot be read (permissions, I/O error); its files are left as they were"))
                }
                return
            }
            for name in names.sorted() {
                let path = directory + "/" + name
                let rel = relative.isEmpty ? name : relative + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }  // not UTF-8 (FileNames names it) or vanished
                switch st.st_mode & S_IFMT {
                case S_IFDIR: walk(directory: path, relative: rel)
                case S_IFREG: if isPDFName(name) { found.append(Found(path: path, relative: rel)) }
                case S_IFLNK: follow(link: path, relative: rel, name: name)
                default:
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
