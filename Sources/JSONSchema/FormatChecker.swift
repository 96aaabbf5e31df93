/// Checks of the few `format` values the validator can assert (when `assertFormat` is on).
enum FormatChecker {
    /// True/false for a known format, nil for a format this checker does not know (not asserted).
    static func check(_ format: String, _ value: String) -> Bool? {
        switch format {
        case "date": return isDate(Substring(value))
        case "time": return isTime(Substring(value))
        case "date-time":
            guard let t = value.firstIndex(where: { $0 == "T" || $0 == "t" }) else { return false }
            return isDate(value[..<t]) && isTime(value[value.index(after: t)...])
        case "uri": return isURI(value)
        default: return nil
        }
    }

    /// `YYYY-MM-DD` (RFC 3339 full-date) naming a real calendar day.
    static func isDate(_ s: Substring) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)` (RFC 3339 full-time; leap second 60 accepted).
    static func isTime(_ s: Substring) -> Bool {
        let chars = Array(s)
        guard chars.count >= 9, chars[2] == ":", chars[5] == ":" else { return false }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count,
                  chars[range].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(chars[range]))
        }
        guard let hour = number(0..<2), let minute = number(3..<5), let second = number(6..<8),
              hour < 24, minute < 60, second <= 60 else { return false }
        var i = 8
        if i < chars.count, chars[i] == "." {
            i += 1
            let start = i
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
            guard i > start else { return false }
        }
        guard i < chars.count else { return false }
        if chars[i] == "Z" || chars[i] == "z" { return i == chars.count - 1 }
        guard chars[i] == "+" || chars[i] == "-", chars.count == i + 6, chars[i + 3] == ":",
              let offsetHour = number((i + 1)..<(i + 3)), let offsetMinute = number((i + 4)..<(i + 6)) else {
            return false
        }
        return offsetHour < 24 && offsetMinute < 60
    }

    /// An absolute URI: a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`) followed by ':',
    /// and no spaces, control characters or characters outside ASCII.
    static func isURI(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon > s.startIndex else { return false }
        let scheme = s[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return false }
        return s.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"<>\"{}|\\^`".unicodeScalars.contains($0) }
    }
}
