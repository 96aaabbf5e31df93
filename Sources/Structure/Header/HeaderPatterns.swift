/// The language-neutral patterns of the header parser (symbols, job numbers, numbers), as
/// regular expressions (ICU syntax), each named and shown with a line it matches from a real
/// document. English words are in `EnglishPatterns`.
enum HeaderPatterns {
    /// The barcode under the job number: "*1817962*" (A/RES/73/6, page 1).
    static let barcode = #"^\*\d{6,}\*$"#
    /// Date codes of the footer standing alone: "021118" (A/RES/73/6, page 1).
    static let dateCodes = #"^\d{6}(\s+\d{6})*$"#
    /// A single capital of the masthead, such as the "A" of the symbol set apart (older mastheads).
    static let singleCapital = #"^[A-Z]$"#
    /// "1. Decides …", "I. Introduction", "A. Mandate": a numbered paragraph or heading
    /// starts the body.
    static let paragraphNumberOpening = #"^(\d{1,3}|[IVXL]{1,5}|[A-Z])\.(\s|$)"#
    /// A footnote line: the separator "____", "* Reissued for technical reasons", "1 See …".
    static let footnoteOpening = #"^(_{3,}|\*\s|\d\s+[A-Z])"#
    /// "73/6.  Fiftieth anniversary …" (A/RES/73/6), "14/105" (A/HRC/DEC/14/105); groups:
    /// number, title.
    static let resolutionNumber = #"^((?:ES-|S-)?\d{1,3}/\d{1,4}(?: ?[A-Z])?)\.?(?:\s+(.+))?$"#
    /// "4507" of "4507th meeting", its suffix split off by the layout (S/PV.4507).
    static let digitsOnly = #"^\d+$"#
    /// A title holds at least two Latin letters in a row (the title of S/2025/378), or two
    /// Arabic letters (the titles of the Arabic ESCWA documents).
    static let twoLetters = #"[A-Za-z]{2}|\p{Arabic}{2}"#
    /// A line ending with a year ("… 2018").
    static let yearEnding = #"(?<!\d)\d{4}$"#
    /// The symbol of a Main Committee document: "A/C.3/80/L.22"; group 1 the committee.
    static let mainCommitteeSymbol = #"^A/C\.([1-6])/"#
    /// Footnote asterisks after a word: "Brazil:*" → "Brazil:" (A/80/L.29), "Review*".
    static let trailingMarkers = #"\s*[*†‡]+(?=[\s:,;.)]|$)"#
    /// One agenda item: "71 (b)" (A/RES/78/199), "35".
    static let agendaItem = #"^\d+[A-Za-z]?(\s*\([a-z]+\)|\s+[a-z]\))*$"#
    /// A slash with spaces around it in a symbol: "A /RES/73/6".
    static let spacedSlash = #"\s*/\s*"#
    /// What joins the two symbols of a joint one as printed, read as the hyphen
    /// `jointSymbolBreak` splits at: a hyphen the layout set apart from the second symbol
    /// ("A/80/434- S/2025/632" for A/80/434-S/2025/632), or a minus sign or en dash, spaced or
    /// not (the UN Regulations' "E/ECE/324/Rev.1/Add.16/Rev.6−E/ECE/TRANS/505/Rev.1/Add.16/Rev.6",
    /// U+2212).
    static let jointSymbolSeparator = #"(?:-\s+|\s*[\x{2212}\x{2013}]\s*)(?=[A-Z]{1,6}\s*/)"#
    /// One part of a symbol after a slash: "RES", "73", "Add.1", "EC.4/4(Part II)"
    /// (E/ESCWA/2017/EC.4/4).
    static let symbolPart = #"(?:Part [A-Z0-9]{1,3}|[A-Za-z0-9.\-]+(?:\s?\([A-Za-z0-9. ]+\))?)"#
    /// The year after a Security Council resolution symbol: "S/RES/2292 (2016)".
    static let symbolYear = #"(?:\s\(\d{4}\))?$"#
    /// A symbol cited in a line: "A/80/L.22" in "amendment to draft resolution A/80/L.22"
    /// (A/80/L.29).
    static let symbolInText = #"\b[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+)+"#
    /// The hyphen joining two symbols: "A/80/434-S/2025/632".
    static let jointSymbolBreak = #"-(?=[A-Z]{1,6}/)"#
    /// The job number: "18-17962 (E)  021118" (A/RES/73/6), "GE.10-14611"
    /// (A/HRC/WG.6/7/SVN/1), "030237 37-01044 (A)" (a right-to-left page, the date first,
    /// Samples/A_RES_91_175.pdf); groups: number, language letter.
    static let jobNumber = #"^(?:\d{6}\s+)?((?:[A-Z]{1,3}[.:] ?)?\d{2}-\d{5}[A-Z]?)\**\s*(?:\(([A-Z])\))?(?:\s+[\d ]+)?(?:\s+\*\d+\*)?$"#
    /// A UN symbol, whole: series letters, then "/" parts, joint symbols after a hyphen, an
    /// optional year: "A/RES/73/6", "A/80/434-S/2025/632", "S/RES/2803 (2025)", "A/79/6 (Sect. 13)".
    static let symbol: String = {
        let one = #"[A-Z]{1,6}(?:/"# + symbolPart + ")+"
        return "^" + one + "(?:-" + one + ")*" + symbolYear
    }()

    /// `pattern` anchored to match a whole line: "31 October 2018" alone as the issue date.
    static func whole(_ pattern: String) -> String { "^" + pattern + "$" }
}
