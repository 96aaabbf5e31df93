/// The patterns of the layout stage (running furniture, footnote markers), as regular
/// expressions (ICU syntax, matched case-insensitively unless a pattern says otherwise), each
/// named and shown with a line it matches from a real document.
enum LayoutPatterns {
    /// A footnote marker opening a note line: "1", "*", "a" (A/RES/73/6 notes).
    static let marker = #"^(\d{1,3}|\*{1,3}|[a-z])$"#
    /// The most Unicode scalars a text `marker` matches can hold: three, and a line end ("\r\n").
    static let markerMaxScalars = 5
    /// A page number: "2/5" (A/RES/73/6), "-2-", "Page 2 of …", "iv" (front matter).
    static let pageNumber = #"^(\d{1,4}(\s*/\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]|Page \d+( of \d+)?|(?-i:[ivxlc]{1,6}))$"#
    /// A job number in the footer: "18-17962 (E)  021118" (A/RES/73/6), "GE.10-14611". A page
    /// read right to left mirrors the footer, the date left of the job number: "030237
    /// 37-01044 (A)" (Samples/A_RES_91_175.pdf). A reissue marks the number with up to three
    /// stars: "12-27711*** (E) 170412" (S/2012/197, third reissue).
    static let jobNumber = #"^(\d{6}\s+)?(GE\. ?)?\d{2}-\d{4,6}\*{0,3}(\s*\([A-Z]\))?(\s+\d{6})?(\s+\d{6})?$"#
    /// A barcode line: "*1817962*" (A/RES/73/6).
    static let barcode = #"^\*\d{5,}\*$"#
    /// A symbol as running header: "A/RES/73/6". Its first part is in capitals, whatever the
    /// case of the rest: "en/publications/338.htm.", the end of a web address in the last row
    /// of the endnotes of ESCWA/EDID/2018/1/Summary (Arabic, p. 19), is no symbol.
    static let symbol = #"^(?-i:[A-Z]{1,6})(/[A-Z0-9.\-]+){2,}\*?$"#
    /// "Please recycle" of English footers (A/RES/70/10), with the French and Spanish forms
    /// printed on those editions (none in the corpus).
    static let recyclingNote = #"^(Please recycle|Merci de recycler|Se ruega reciclar)$"#
    /// A note marker in parentheses: "(1)" opening an Arabic note, and the raised "(1)" that
    /// refers to it (E/ESCWA/30/18/Report, Arabic, p. 9); "(*)" likewise, the note on the list
    /// of member States (E/ESCWA/EDID/2017/IG.2/L.1, Arabic, p. 2, where the English prints
    /// "*"). The number or the asterisks are the first group.
    static let parenthesisedMarker = #"^\(([0-9]{1,3}|\*{1,3})\)$"#
    /// "/..." at the foot of a page of the 1990s layout, continued overleaf (S/1996/112).
    static let continuationMark = #"^/\s?(\.\.\.|…)$"#
}
