/// Parses `--pages`: `"5"`, `"1-5"` or `"3-"` (to the last page), 1-based and inclusive.
public enum PageRange {
    /// The range, or nil when `text` is malformed, a page is below 1, or the range is reversed.
    /// `"3-"` runs to `Int.max` (the converter stops at the last page).
    public static func parse(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let first = Int(parts[0]), first >= 1 else { return nil }
        if parts.count == 1 { return first...first }
        if parts[1].isEmpty { return first...Int.max }
        guard let last = Int(parts[1]), last >= first else { return nil }
        return first...last
    }
}
