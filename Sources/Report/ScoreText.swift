import Foundation
import JSONSchema

/// Text normalisation exactly as `../shared/eval/score.py` does it, so that the report's
/// figures agree with the scorer's.
///
/// Strings are compared as arrays of Unicode scalars (Python's `str` is a sequence of code
/// points; Swift's `String` counts grapheme clusters, which would change lengths and CER).
public enum ScoreText {
    /// The characters Python's `str.isspace()` (and so `re`'s `\s` and `str.strip()`) treats
    /// as whitespace: bidirectional classes WS, B and S, and the category Zs.
    public static func isPythonSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `norm(s)`: NFKC, runs of whitespace collapsed to one space, trimmed. `nil` gives "".
    public static func norm(_ s: String?) -> String {
        guard let s, !s.isEmpty else { return "" }
        let nfkc = s.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfkc.unicodeScalars {
            if isPythonSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `norm` of a JSON value, with Python's `str()` for non-strings (`73` → "73", `true` → "True").
    public static func norm(_ value: JSONValue?) -> String {
        norm(pythonString(value))
    }

    /// Python's `str(x)` for the JSON values that occur in outputs; nil for JSON null or absent.
    public static func pythonString(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value {
        case .null: return nil
        case .string(let s): return s
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() && abs(d) < 1e16 ? String(format: "%.1f", d) : String(d)
        case .array, .object: return value.serialized(pretty: false)
        }
    }

    /// `norm_num(n)`: the number label without "(", ")", "." and whitespace, lower-cased
    /// ("(a)" → "a", "12." → "12").
    public static func normNumber(_ value: JSONValue?) -> String {
        let n = norm(value)
        var out = String.UnicodeScalarView()
        for scalar in n.unicodeScalars where scalar != "(" && scalar != ")" && scalar != "." && !isPythonSpace(scalar) {
            out.append(scalar)
        }
        return String(out).lowercased()
    }

    /// The code points of `s`, as Python indexes them.
    public static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
}
