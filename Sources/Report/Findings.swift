import Foundation
import JSONSchema

/// How serious a finding is. `--fail-on` compares against it.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error
    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (l: Severity, r: Severity) -> Bool { l.rank < r.rank }
}

/// Where a finding comes from.
public enum FindingSource: String, Sendable, Codable {
    /// A check of the output on its own (numbering, footnotes, header, furniture).
    case check
    /// A schema violation.
    case schema
    /// A diagnostic recorded by the convert step.
    case diagnostic
    /// A difference from the expected file (`--expected`).
    case expected
    /// A change from the previous run (`--baseline`).
    case baseline
}

/// A rectangle on a page in PDF points, origin top-left — where to look.
public struct PageRegion: Sendable, Codable, Equatable {
    public var page: Int
    public var x0: Double, y0: Double, x1: Double, y1: Double

    /// The regions of a block's `boxes`.
    public static func of(block: JSONValue?) -> [PageRegion] {
        (block?["boxes"]?.arrayValue ?? []).compactMap { b in
            guard let p = b["page"]?.intValue, let x0 = b["x0"]?.doubleValue, let y0 = b["y0"]?.doubleValue,
                  let x1 = b["x1"]?.doubleValue, let y1 = b["y1"]?.doubleValue else { return nil }
            return PageRegion(page: p, x0: x0, y0: y0, x1: x1, y1: y1)
        }
    }
}

/// One thing the report shows: a mismatch, a doubt or a change, with where to look.
public struct Finding: Sendable, Codable {
    public var source: FindingSource
    /// Stable code, e.g. `numbering.gap`, `expected.blockChanged`, `baseline.blockRemoved`.
    public var code: String
    public var severity: Severity
    /// True for a change for the worse since the baseline.
    public var regression: Bool
    public var message: String
    /// JSON pointer into the output, when the finding is about one of its parts.
    public var pointer: String?
    /// Pages concerned (from the boxes, or the page a diagnostic names).
    public var pages: [Int]
    /// Boxes to draw on the page images.
    public var regions: [PageRegion]
    /// Expected (or previous) and actual text, for differences.
    public var expected: String?
    public var actual: String?
    /// Word-level diff of `expected` against `actual`, when both are text.
    public var diff: [WordDiff.Segment]?

    /// A finding; `pages` defaults to the pages of `regions`.
    public init(source: FindingSource, code: String, severity: Severity, regression: Bool = false, message: String,
                pointer: String? = nil, pages: [Int]? = nil, regions: [PageRegion] = [], expected: String? = nil,
                actual: String? = nil, diff: [WordDiff.Segment]? = nil) {
        self.source = source
        self.code = code
        self.severity = severity
        self.regression = regression
        self.message = message
        self.pointer = pointer
        self.regions = regions
        self.pages = pages ?? Array(Set(regions.map(\.page))).sorted()
        self.expected = expected
        self.actual = actual
        self.diff = diff
    }
}

/// A converted output as the report reads it.
public struct OutputFile: Sendable {
    /// File name without `.json`: the key that matches expected files and baselines.
    public var name: String
    public var path: String
    /// The parsed JSON, or nil when it could not be read.
    public var json: JSONValue?
    /// Why it could not be read.
    public var loadError: String?

    /// Reads and parses the file at `path`.
    public init(path: String) {
        self.path = path
        self.name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            json = try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            loadError = "\(error)"
        }
    }

    /// An output held in memory (tests).
    public init(name: String, path: String = "", json: JSONValue) {
        self.name = name; self.path = path; self.json = json
    }

    /// `*.json` files under each folder (or the files given), searched recursively, keyed by
    /// their path relative to the folder without `.json` (`"un/escwa/E_ESCWA_30_8-EN"`): two
    /// `X.json` in different subfolders are two documents. A file given by itself is keyed by its
    /// name. When two roots hold the same relative path, the later one's key is prefixed with its
    /// root as given (`"other-run/sub/X"`), so no output is dropped. Files in hidden folders
    /// (ingest's `.removed/`) are not current outputs and are left out.
    public static func find(in roots: [String]) -> [String: String] {
        var found: [String: String] = [:]
        let fm = FileManager.default
        func add(_ key: String, root: String, path: String) {
            if found[key] == nil { found[key] = path; return }
            let prefixed = (root as NSString).standardizingPath + "/" + key
            if found[prefixed] == nil { found[prefixed] = path }
        }
        for root in roots {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                add(((root as NSString).lastPathComponent as NSString).deletingPathExtension, root: root, path: root)
                continue
            }
            let files = (fm.subpaths(atPath: root) ?? []).filter {
                $0.hasSuffix(".json") && !$0.split(separator: "/").contains { $0.hasPrefix(".") }
            }.sorted()
            for rel in files {
                add(key(relativePath: rel), root: root, path: (root as NSString).appendingPathComponent(rel))
            }
        }
        return found
    }

    /// The report's key for a file at `relativePath` inside an output folder: the path without
    /// its extension (`"sub/a.json"` → `"sub/a"`; a source path `"sub/a.PDF"` gives the same key).
    public static func key(relativePath: String) -> String {
        let trimmed = relativePath.hasPrefix("./") ? String(relativePath.dropFirst(2)) : relativePath
        return (trimmed as NSString).deletingPathExtension
    }

    /// The key of `name` among `keys`: `name` itself when present, else the one key whose last
    /// path component is `name` (an expected file `X.json` scores the output `sub/X.json`).
    /// Returns the matches when there are several, so the caller can say which it took.
    public static func match(_ name: String, in keys: some Collection<String>) -> [String] {
        if keys.contains(name) { return [name] }
        return keys.filter { ($0 as NSString).lastPathComponent == name }.sorted()
    }
}
