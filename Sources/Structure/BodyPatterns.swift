/// The language-neutral patterns of the body rules (labels, leaders, markers), as regular
/// expressions (ICU syntax), each named and shown with a line it matches from a real document.
/// English words are in `EnglishPatterns`.
enum BodyPatterns {
    /// A section number alone on its line: "II" above "Financial performance report …"
    /// (A/RES/78/253), "14/2" over a resolution's title (A/HRC/14/37).
    static let sectionNumberAlone = #"^([IVXL]{1,6}|[A-Z])\.?$|^\d{1,3}/\d{1,3}$"#
    /// A paragraph opening with a lone lower-case letter and a capital is a table note with its
    /// letter ("a See sect. E.", the example of the rule in `BlockClassifier.nest`), never the
    /// lower-case continuation of the paragraph before.
    static let letterThenCapital = #"^[a-z] [A-Z]"#
    /// The number of a part label: "5" of "Article 5", "II" of "Chapter II" (A/RES/79/243),
    /// "29D" of "Section 29D" (A/RES/80/242, a section of the programme budget split by letter).
    static let partNumber = #"^(?:\d+[A-Za-z]?|[IVXLC]+[a-z]?)$"#
    /// A dot leader: ". . . ." or "....." (A/80/605, page 1).
    static let dotLeader = #"(\.\s){3,}\.|\.{4,}"#
    /// Dots ending a contents word: "Introduction......".
    static let trailingDots = #"\.{2,}$"#
    /// The paragraph range of a contents row: "5–110" (A/HRC/14/15).
    static let paragraphRange = #"^\d+([–-]\d+)?$"#
    /// A leader ending a contents title: "Introduction . . . ."
    static let trailingLeader = #"(\s?\.)+\s*$"#
    /// A footnote marker standing alone: "1", "*", "a", "†" (A/RES/73/6 notes).
    static let footnoteMarker = #"^(\d{1,3}|\*{1,3}|[a-z]|[†‡§])$"#
    /// A footnote marker in running text: "1", "**", "†" (no letter: "a" is a word).
    static let bodyFootnoteMarker = #"^(\d{1,3}|\*{1,3}|[†‡§])$"#
    /// A decimal paragraph number: "2.2.1." (E/ECE/324/Rev.1/Add.16/Rev.6, UN Regulation No. 17),
    /// "19.29" (E/ESCWA/EDID/2017/IG.3/10), "121.1" (recommendations of g1934994), "25.1"
    /// (A/81/6 (Sect. 25)); up to five parts of up to three digits.
    static let decimalLabel = #"^\d{1,3}(\.\d{1,3}){1,4}\.?$"#
    /// A decimal paragraph number as Arabic editions print it, parts joined by a hyphen and
    /// the last part first: "29-19" is paragraph 29 of programme 19, the "19.29" of the
    /// English edition (E/ESCWA/EDID/2017/IG.2/8, Arabic, p. 5, whose own footnote says so).
    static let rightToLeftDecimalLabel = #"^\d{1,3}-\d{1,3}$"#
    /// Letters and full stops only: "a.m.", "e.g.", the abbreviation after a time "11.30 a.m."
    /// (E/ESCWA/SDD/2018/Pamphlet.2), which no decimal label precedes.
    static let dottedAbbreviation = #"^(\p{L}\.){2,}"#
    /// A word ending in a symbol of a unit of length (SI or imperial), which a raised 2 or 3
    /// squares or cubes: "km", "(m", "ft" (S/2012/197, A/80/590, A/80/605).
    static let lengthUnitAtEnd = #"(^|[^\p{L}])([kcmdµ]?m|ft)$"#
    /// The exponent a raised digit stands for after a unit of length.
    static let unitExponents: [String: String] = ["2": "²", "3": "³"]
    /// Marks that close a sentence or a clause, in the scripts of the six languages: a line
    /// ending in one is no title ("1- … ." in Arabic, "。" and "；" in Chinese).
    static let closingPunctuation: Set<Character> = [".", ";", ":", ",", "!", "?", "。", "；", "：", "，", "،", "؛", "؟"]

    /// Whether `text` ends in `closingPunctuation`, or is empty: a title ends in none.
    static func endsClause(_ text: String) -> Bool {
        text.last.map { closingPunctuation.contains($0) } ?? true
    }
    /// A Chinese part label: "第 二 条" (its characters spaced, the Chinese UDHR), "第一章"; group 1 the
    /// kind of part. Chinese words, kept here beside the other part-label patterns.
    static let chinesePartLabel = #"^第(?:\s*[一二三四五六七八九十百千〇零两\d])+\s*([条章节編编部])$"#
}
