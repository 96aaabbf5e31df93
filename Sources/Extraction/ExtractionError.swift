import Foundation

/// Why a PDF could not be opened or read. Every case names the file.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case fileNotFound(path: String)
    /// The file exists but could not be read (permissions, a folder, an I/O error).
    case unreadable(path: String, reason: String)
    /// The bytes do not start with a PDF header (`%PDF-`) anywhere in the first KiB.
    case notAPDF(path: String)
    /// The file is encrypted and no password, or the wrong one, was given.
    case encrypted(path: String, passwordGiven: Bool)
    /// Poppler could not repair the file; `message` is Poppler's own words when it gave some.
    case damaged(path: String, message: String)
    /// The document opened but has no pages.
    case noPages(path: String)
    /// The document has no text layer at all (an image-only scan): nothing to structure.
    case noTextLayer(path: String, pageCount: Int)
    /// Any other error Poppler reported, with its message.
    case poppler(path: String, message: String)
    /// The pages asked for (`--pages`, 1-based) start after the document's last page.
    case pagesOutOfRange(path: String, first: Int, pageCount: Int)

    /// A short stable code for ledgers and reports, e.g. `"encrypted"`.
    public var code: String {
        switch self {
        case .fileNotFound: return "fileNotFound"
        case .unreadable: return "unreadable"
        case .notAPDF: return "notAPDF"
        case .encrypted: return "encrypted"
        case .damaged: return "damaged"
        case .noPages: return "noPages"
        case .noTextLayer: return "noTextLayer"
        case .poppler: return "poppler"
        case .pagesOutOfRange: return "pagesOutOfRange"
        }
    }

    public var path: String {
        switch self {
        case .fileNotFound(let p), .unreadable(let p, _), .notAPDF(let p), .encrypted(let p, _),
             .damaged(let p, _), .noPages(let p), .noTextLayer(let p, _), .poppler(let p, _),
             .pagesOutOfRange(let p, _, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let p): return "\(p): file not found"
        case .unreadable(let p, let r): return "\(p): cannot read the file: \(r)"
        case .notAPDF(let p): return "\(p): not a PDF (no %PDF- header)"
        case .encrypted(let p, let given):
            return given ? "\(p): encrypted, and the password given does not open it"
                         : "\(p): encrypted with a password (give it with --password)"
        case .damaged(let p, let m): return "\(p): damaged beyond repair (\(m))"
        case .noPages(let p): return "\(p): the document has no pages"
        case .noTextLayer(let p, let n): return "\(p): no text layer in \(n) page(s) (image-only scan; needs OCR)"
        case .poppler(let p, let m): return "\(p): \(m)"
        case let .pagesOutOfRange(p, first, n): return "\(p): page \(first) asked for, but the document has \(n) page(s)"
        }
    }
}
