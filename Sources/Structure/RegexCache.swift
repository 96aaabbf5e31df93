import Foundation

/// Compiled regular expressions, shared by every thread: compiling a pattern costs far more
/// than matching it, and the structure rules match the same few dozen patterns on every line.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    /// The compiled form of `pattern`, or nil when it does not compile.
    func regex(_ pattern: String, options: NSRegularExpression.Options = []) -> NSRegularExpression? {
        let key = "\(options.rawValue)|\(pattern)"
        lock.lock(); defer { lock.unlock() }
        if let re = compiled[key] { return re }
        guard let re = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
        compiled[key] = re
        return re
    }

    /// True when `pattern` matches somewhere in `text`.
    func matches(_ pattern: String, _ text: String) -> Bool {
        guard let re = regex(pattern) else { return false }
        return re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with every match of `pattern` replaced by `template`: what
    /// `text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)`
    /// gives, without compiling or looking up the pattern in Foundation's cache on each call.
    func replacing(_ pattern: String, in text: String, with template: String) -> String {
        guard let re = regex(pattern) else { return "" }
        return re.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// The groups of the first match of `pattern` in `text` (index 0 the whole match; nil for a
    /// group that did not take part), or nil when it does not match.
    func firstMatch(_ pattern: String, in text: String) -> [String?]? {
        guard let re = regex(pattern),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } }
    }
}
