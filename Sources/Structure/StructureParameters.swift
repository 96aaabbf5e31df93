/// Thresholds of the structure stage, each with its unit and the document that set it.
///
/// "em" is the font size of the lines being compared (PDF points). The header parser and the
/// body rules read them from here; change them here, never inline. (Older rules still hold
/// some literals of their own; they move here as they are touched.)
public struct StructureParameters: Sendable {
    /// Header paragraphs (titles, sponsor lists) continue while the line pitch stays under this
    /// (em): 1.6 em takes the 1.13–1.25 em pitch of a wrapped title and stops at the gap
    /// before the formula.
    public var headerLinePitch: Double = 1.6
    /// A title line that ends in a semicolon runs on over a wider gap (em): the two titles of
    /// A/RES/79/243 ("United Nations Convention against Cybercrime;" / "Strengthening
    /// International Cooperation …") stand 1.63 em apart.
    public var headerLinePitchAfterSemicolon: Double = 2.0

    /// The left block of a UN header (session, committee, agenda item) starts within this
    /// fraction of the page width from the left edge: 60 pt of 612 (GA), 56.6 of 595 (ESCWA);
    /// titles start further right (123 pt in GA documents).
    public var leftBlockMaxX: Double = 0.15

    /// Language detection: a script with at least this share of a text's letters (fraction)
    /// names its language outright (Arabic for E/ESCWA/EDID/2017/IG.1/L.2, filed as -EN).
    public var languageScriptShare: Double = 0.5
    /// ...Han text is Japanese, not Chinese, when kana make at least this share of its Han and
    /// kana characters (fraction; the Japanese official gazette, kampo, has about a third).
    public var languageKanaShare: Double = 0.1
    /// In a text of Latin letters, a language is detected when at least this many of its common
    /// words occur (count; the header parser's threshold, met by any page of A/RES/73/6)...
    public var languageMinWordHits: Int = 5
    /// ...and at least this many times as many as the runner-up's (ratio; an English report
    /// citing a French title counts some "la" and "des", far fewer than its "the" and "of").
    public var languageWordRatio: Double = 3

    /// A paragraph right after a table, set at least this much smaller than the body text
    /// (PDF points), is the table's note, with no role or lead-in: "Abbreviations: GS (OL), …"
    /// at 8.5 pt under the staffing tables of A/RES/78/253, whose paragraphs are 10 pt.
    public var tableNoteFontDrop: Double = 0.75

    /// The lines of a signature block stand at most this far under the line above (em): 0.1 em
    /// between "(Signed) Héctor Gómez Hernández" and "Ambassador" in A/80/434-S/2025/632.
    public var signatureLineGap: Double = 1.0

    /// A line is centred when its centre lies within this many font sizes (em) of the centre of
    /// the page's margins ("2. Agenda and organization of work", E/ESCWA/EDID/2017/IG.1/INF.1)...
    public var centredTolerance: Double = 2.0
    /// ...and it fills at most this share of the measure (fraction).
    public var centredMaxWidth: Double = 0.7

    public init() {}

    /// The values in force.
    public static let standard = StructureParameters()
}
