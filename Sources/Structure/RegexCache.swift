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
}
