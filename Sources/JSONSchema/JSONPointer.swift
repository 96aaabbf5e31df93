import Foundation

/// RFC 6901 JSON pointers.
public enum JSONPointer {
    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Unescapes one reference token (`~1` → `/`, then `~0` → `~`).
    public static func unescape(_ token: String) -> String {
        guard token.contains("~") else { return token }
        return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The pointer made of `tokens` (each escaped): `[]` → `""`, `["a", "b/c"]` → `"/a/b~1c"`.
    public static func make(_ tokens: [String]) -> String {
        tokens.map { "/" + escape($0) }.joined()
    }

    /// One reference token kept unescaped until a pointer is needed: a member name or an
    /// array index (which costs no string until then).
    public enum Token: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    /// The pointer made of `tokens`: `[.key("a"), .index(0), .key("b/c")]` → `"/a/0/b~1c"`.
    public static func make(_ tokens: [Token]) -> String {
        var pointer = ""
        for token in tokens {
            pointer += "/"
            switch token {
            case .key(let name): pointer += escape(name)
            case .index(let i): pointer += String(i)
            }
        }
        return pointer
    }

    /// The unescaped tokens of `pointer`, or nil when it is neither empty nor starts with `/`.
    public static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { unescape(String($0)) }
    }

    /// The value `pointer` designates in `root`, or nil when it designates nothing.
    /// Array tokens must be canonical non-negative decimal indices (`"0"`, `"12"`; not `"01"`).
    public static func resolve(_ pointer: String, in root: JSONValue) -> JSONValue? {
        guard let tokens = tokens(pointer) else { return nil }
        var current = root
        for token in tokens {
            switch current {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let array):
                guard let index = Int(token), index >= 0, String(index) == token, index < array.count else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }
}
