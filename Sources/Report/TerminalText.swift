/// Text from a PDF made safe to print on a terminal.
///
/// A PDF can carry any character in its text: a backspace in a footer (S/PV.10011 has one after
/// each page number), an escape starting an ANSI sequence that recolours or retitles the
/// terminal. Printed as is, they overwrite or hide what is shown.
public enum TerminalText {
    /// `text` with every C0 control (U+0000–U+001F), DEL (U+007F) and C1 control
    /// (U+0080–U+009F) written as a visible escape, `\u{08}` for a backspace. Tab and line feed
    /// are kept when `keepingTabsAndNewlines` is true (multi-line report messages), escaped
    /// otherwise (one-line `inspect` output). Text without controls is returned unchanged.
    public static func escaped(_ text: String, keepingTabsAndNewlines: Bool = false) -> String {
        func isControl(_ v: UInt32) -> Bool {
            (v < 0x20 || (0x7F...0x9F).contains(v)) && !(keepingTabsAndNewlines && (v == 0x09 || v == 0x0A))
        }
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar.value) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(hex.count < 2 ? "0" + hex : hex)}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
