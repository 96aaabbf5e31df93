/// Every threshold of the layout analysis in one place, each with its unit.
///
/// "em" is the font size of the glyphs being compared (PDF points). Defaults come from the
/// documents named beside them; change them here, never inline (`SourceLintTests` fails on a
/// numeric literal elsewhere in Sources/Layout). Rules read the caller's value (`LineBuilder`,
/// `PageZoner`, `DocumentLayout` pass it down), never `standard` (`SourceLintTests` checks that too). A threshold whose comment names no document
/// kept the value its rule was written with; no document was recorded for it.
public struct LayoutParameters: Sendable {
    /// A horizontal gap wider than this starts a new word (em of the smaller font).
    /// Poppler's own rule (0.1 em) splits kerned words in justified UN text ("Confere nce",
    /// "cooperat ion" in A/RES/73/6, gaps of 0.10–0.14 em); real word spaces there are ≥ 0.2 em.
    public var wordGap: Double = 0.16
    /// After a closing quotation mark or apostrophe the word gap is narrower (em of the smaller
    /// font): the glyph's box takes in its right side bearing, so "girls’ capabilities" (bulk
    /// A/C.3/80/L.19) and "“Space2030” Agenda" (A/C.4/80/L.8) leave 0.158–0.16 em, while a
    /// quote inside a word ("women’s") leaves none.
    public var wordGapAfterClosingQuote: Double = 0.1
    /// A tightly justified line sets its word spaces narrower than `wordGap` ("In the ensuing
    /// discussion", 0.14–0.16 em, E/ESCWA/30/18/Report p. 34; S/PV.10011 p. 17, 0.155 em). Where
    /// Poppler's text breaks a word, the gap is a word space when it is at least this share of
    /// the median of the line's Poppler-break gaps (fraction)...
    public var tightWordGapShare: Double = 0.85
    /// ...and that median is at least this wide (em): kerning gaps inside words, which Poppler
    /// also breaks at, reach 0.14 em in A/RES/73/6 but never make up most of a line's breaks.
    public var tightWordGapFloor: Double = 0.13
    /// Where Poppler's text breaks a word before a letter or digit, a gap wider than this (em)
    /// is a word space on any line: "the proposal" in E/ESCWA/30/8 p. 1 leaves 0.156 em on a
    /// line whose other spaces are 0.17–0.21 em (so the line is not tight), while the kerning
    /// gaps at which Poppler breaks words stay under it: 0.14 em in A/RES/73/6, 0.151 em in
    /// "radiatio n" (A/RES/80/75 p. 2).
    public var popplerBreakGap: Double = 0.155
    /// ...and this (em) where the break goes from a lower-case letter to a capital: "of
    /// Action" in A/RES/78/163 p. 1 leaves 0.149 em on a line whose other spaces are about
    /// 0.19 em, "and Integration" in E/ESCWA/EDID/2017/IG.1/INF.1 p. 2 0.153 em.
    public var popplerCaseBreakGap: Double = 0.1
    /// Two glyphs share a line when their boxes overlap vertically by at least this fraction
    /// of the smaller box's height.
    public var sameLineOverlap: Double = 0.5
    /// A glyph larger than a row's most common size by more than this share leaves the row where
    /// it covers more than half the width of one of its glyphs of that size: two glyphs of one
    /// line never stand on each other. The 16-pt letters "U", "NI", "TE", "D", "N" … of
    /// an unseen vertical "UNITED NATIONS" beside the masthead of E/ESCWA/EDID/2017/IG.2/5(Part
    /// II) lie on the 11-pt symbol line, and the symbol read "E/ESCWA/EDID/2017/IG.2/5(ParNt II)".
    public var overlappingSizeShare: Double = 0.3
    /// A horizontal gap wider than this splits a line into two (em): the two columns of the
    /// UN masthead ("Seventy-third session" … "Distr.: General") are 10 em and more apart,
    /// while a paragraph number and its text ("1." → "Decides") are about 3 em apart.
    public var columnGap: Double = 5.0
    /// A glyph at most this fraction of its line's font size, and raised, is a superscript.
    public var superscriptSize: Double = 0.85
    /// How far a superscript's bottom must sit above its line's bottom (em of the line).
    public var superscriptRise: Double = 0.12
    /// Running headers live in the top band of a page (fraction of page height)...
    public var headerBand: Double = 0.11
    /// ...and running footers, page numbers and job numbers in the bottom band
    /// (the job number of A/HRC/DEC/14/105 sits 94 pt above the bottom of an A4 page).
    public var footerBand: Double = 0.13
    /// A line made of at least this many "_" (or a long rule of dashes) separates the
    /// footnote area from the body (Word-made UN documents set it as text).
    public var separatorMinLength: Int = 5
    /// On a page of one column read left to right, a rule of underscores that starts past this
    /// share of the text's width (fraction, from its left edge) is a line to sign on, not the
    /// rule above the footnotes: "______" over "James M. Dowd, Judge" starts at 360 pt of a
    /// text 72–540 pt wide (official/missouri p. 5); UN footnote rules start at the margin.
    public var signatureRuleMinShare: Double = 0.5
    /// Footnote text is smaller than body text: at most this fraction of the body size.
    public var footnoteSize: Double = 0.93

    /// Running footers are short: a longer line in the bottom band is never taken as one because
    /// it recurs (characters) — footnote lines can fold alike. The top band holds no notes, so a
    /// long running header ("Federal Register / Vol. 85, No. 152 / …", 85 characters) counts.
    public var furnitureMaxLength: Int = 60

    /// Text set vertically in the outer margin is a stamp: at least this many glyphs stacked
    /// one above the other (the Federal Register's "… with PROPOSALS" has 32)...
    public var verticalStampMinGlyphs: Int = 6
    /// ...within this fraction of the page width from its left or right edge (that stamp
    /// stands 18 pt from the left edge of a 612 pt page).
    public var marginWidth: Double = 0.1
    /// Pleading-paper line numbers: at least this many integers running 1, 2, 3 … down the
    /// page in one narrow band (United States court filings number 28 lines a page)...
    public var lineNumbersMinCount: Int = 8
    /// ...in a band at most this wide (points), ending at least this far (points) left of where
    /// the page's text starts (gov.uscourts.azd: numbers end at 88 pt, the text starts at 108 pt).
    public var lineNumbersBandWidth: Double = 14
    public var lineNumbersMinGap: Double = 8

    /// A footnote area found without a separator covers at most this fraction of the page height.
    public var footnoteAreaMaxHeight: Double = 0.45
    /// Where the small lines at the foot run up into a small figure or table, the notes are
    /// those from a marker line standing at least this far (em of the line) under the line
    /// above it: notes 6 and 7 of E/ESCWA/EDID/2016/IG.1/4(Part I)/Rev.1 p. 5 stand 56 pt under
    /// the chart's "Notes:" line.
    public var footnoteGapUnderFigure: Double = 1.5
    /// Small print at the very foot of a page is a footer unless it runs on from the line
    /// above: same left edge and size, its top at most this far below that line's top (em;
    /// the notes of official/MAR.pdf p. 18 are set at 1.22 em).
    public var continuationLeading: Double = 1.5
    /// ...its left edge within this of the line above (PDF points; both 77.9 pt there)...
    public var continuationEdgeTolerance: Double = 1
    /// ...and its size within this (points).
    public var continuationSizeTolerance: Double = 0.5

    /// A multi-column page has gutters at least this wide (points) that no glyph crosses
    /// (the Federal Register's are about 9 pt)...
    public var gutterWidth: Double = 6
    /// ...and at least this many rows of text in every column.
    public var columnMinRows: Int = 12
    /// A gap between two lines wider than this (em of the upper line) starts a new block, when
    /// the two sides of a gutter are compared for table rows (0.9 pt between the lines of one
    /// cell of A/80/628 p. 38, 8.9 pt between its rows, at 10 pt).
    public var tableBlockGap: Double = 0.5
    /// The blocks of the two sides of a gutter must start on the same baselines at least this
    /// many times (and every block of the left side must) for the page to be a table of two
    /// text columns, not a page set in columns (A/80/628 p. 38: five rows).
    public var tableAlignedBlocks: Int = 3

    /// Page sizes, glyph coordinates and font sizes are limited to this many points before any
    /// layout arithmetic (`Page.clamped(to:)`): a damaged or hostile PDF can give 1e300, NaN or
    /// infinity, which would trap on conversion to Int. The largest page PDF allows is
    /// 14,400 units × UserUnit 75,000 ≈ 1.08e9 pt, so no real page is affected.
    public var coordinateLimit: Double = 1.1e9

    // MARK: Lines (LineBuilder, RightToLeft)

    /// Glyph boxes that touch lie within this distance (PDF points): the halves of a lam-alef
    /// ligature in E/ESCWA/2017/EC.4/4 share an edge exactly, up to rounding.
    public var touchTolerance: Double = 0.01
    /// A glyph is asked of at most this many of the last rows (count): rows are found in order
    /// of the glyphs' vertical centres, so only the last few can still grow.
    public var rowLookBack: Int = 4
    /// A row started by at most this many glyphs (count) of superscript size, raised, was started
    /// by a footnote marker ("*" over "C. STRATEGY", E/ESCWA/EDID/2017/IG.3/10 p. 5): the rows
    /// after it are measured against its full-size glyphs instead.
    public var rowMarkerGlyphs: Int = 3
    /// Such a marker is raised: its bottom lies above the full-size glyph's bottom by more than
    /// this fraction of that glyph's height (the "*" of E/ESCWA/EDID/2017/IG.3/10 p. 5: 0.48;
    /// small capitals share the baseline, 0.04 in "S" + "TRATEGY").
    public var markerRaise: Double = 0.25
    /// A page whose columns change down the page is cut into bands where a blank at least this
    /// high runs across it (em of the smaller of the rows around it): 8 pt under the 20-pt title
    /// "4. The Importance of a Legal Approach" over 10-pt columns, 8.6 pt under "Endnotes" over
    /// 8-pt notes, against 1.6 pt between lines (E/ESCWA/SDD/2017/Technical Paper.8, p. 4).
    public var bandGap: Double = 0.6
    /// ...and a band is set in columns when each column holds at least this many rows of
    /// running text (ten rows over the title on that page).
    public var bandColumnMinRows: Int = 6
    /// ...unless at least this many blocks start on one baseline on the two sides of one of its
    /// gutters: then it is a table (A/80/605 p. 58, three rows of requests and actions).
    public var bandTableAlignedBlocks: Int = 2
    /// ...and those aligned blocks are at least this share of the blocks of the side with fewer
    /// (fraction): all of them in A/80/605 p. 58 and A/80/590 p. 14; columns of running text
    /// set on one baseline grid meet by chance in 2 of 3 (Federal Register 2020-17221 p. 5).
    public var bandTableAlignedShare: Double = 0.75
    /// A band's strip at the edge of the text (left aside as margin) stands at most this far
    /// off the columns (PDF points): endnote numbers hang 10.5 pt left of their notes
    /// (E/ESCWA/SDD/2017/Technical Paper.8 p. 4); the "–" cell of Table 13.1 stands 160 pt
    /// left of the next column (A/81/6 (Sect. 13) p. 5), a table, not columns.
    public var bandMarginGutterMax: Double = 20
    /// A page is looked at for columns only when a band holds more than this many glyphs (count).
    public var columnMinGlyphs: Int = 200
    /// A column fills at least this share of the text's width; a narrower strip at an edge is
    /// margin text, not a column (a stamp, line numbers of gov.uscourts.azd).
    public var columnMinWidthShare: Double = 0.2
    /// Rows of a column are counted in bins this high (PDF points)...
    public var columnRowBin: Double = 3
    /// ...and a column holds at least this many glyphs per row on average (count; running text).
    public var columnMinGlyphsPerRow: Double = 20
    /// A tight word gap is measured only on lines with at least this many Poppler breaks (count).
    public var tightWordGapMinBreaks: Int = 3
    /// A paragraph label glued to its text ("(mm)Designing", A/RES/78/181) is this long at least
    /// and at most (characters, brackets included).
    public var gluedLabelMinLength: Int = 3
    public var gluedLabelMaxLength: Int = 6
    /// Fake bold: a copy of a glyph shifted by less than this share of its box is dropped.
    public var fakeBoldShift: Double = 0.2
    /// Mirrored text is read in content order when the line has at least this many glyphs
    /// (count; page 2 of pdfplumber's issue 848 sample)...
    public var mirroredMinGlyphs: Int = 4
    /// Lam and alef are told apart from other glyph pairs by their widths in thousandths of an
    /// em: the final alef and medial lam of "الصالح" (E/ESCWA/30/6, page 2) are both 0.234 em.
    public var ligatureWidthScale: Double = 1000
    /// ...and more than `mirroredDescendingPart` in `mirroredDescendingWhole` neighbouring
    /// pairs run against x (integers, so the test stays exact).
    public var mirroredDescendingPart: Int = 8
    public var mirroredDescendingWhole: Int = 10
    /// A line's font size is the most common size, rounded to this fraction of a point
    /// (1/10 pt: 9.96 and 10.0 are one size).
    public var fontSizeRoundingScale: Double = 10

    // MARK: Margin text (MarginText)

    /// Glyphs of a vertical stamp line up within this much of the font size (em)...
    public var stampAlignment: Double = 0.1
    /// ...overlap by at most this much (em)...
    public var stampOverlap: Double = 0.1
    /// ...hold at least this many letters (count)...
    public var stampMinLetters: Int = 3
    /// ...and at least one letter in this many glyphs (count; a stamp is words, not a rule).
    public var stampGlyphsPerLetter: Int = 4
    /// A stamp's glyphs further apart than this (em) are separated by a space.
    public var stampWordGap: Double = 0.2
    /// A glyph of a vertical run with another glyph beside it on its baseline, at most this far
    /// (em), is the first or last letter of a line of text: an OCR layer draws the first
    /// letters of a column's lines one above the other, touching (A/C.4/SR.985, French, 1959,
    /// p. 2: "p", "n", "p", "c" of "politique", "non", "pense", "caractère").
    public var stampNeighbourGap: Double = 0.5
    /// ...and its box at the same height, top and bottom within this much (em): a glyph of the
    /// line. The arXiv stamp up the left edge of B10 (20-pt turned glyphs, 4 pt left of the
    /// text) stands beside lines at heights of its own.
    public var stampNeighbourLevel: Double = 0.2
    /// A pleading-paper line number has at most this many digits.
    public var lineNumberMaxDigits: Int = 3
    /// Line numbers end at one right edge within this distance (PDF points; set flush right).
    public var lineNumbersEdgeTolerance: Double = 1.5

    // MARK: Turned words (TurnedText)

    /// A glyph turned a quarter is at least this wide (em): its box is as wide as the font is
    /// high; the turned labels of E/ESCWA/2017/EC.4/4(Part V) figure 2 are 8.1 pt wide at 9 pt.
    public var turnedMinWidth: Double = 0.8
    /// Glyphs of one turned word share their left and right edges and font size within this (em)...
    public var turnedAlignment: Double = 0.1
    /// ...and touch: overlap or gap at most this (em)...
    public var turnedAbutment: Double = 0.1
    /// ...unless Poppler put a word space between them: then at most this (em; "Cluster" and
    /// "2" in that figure are 0.24 em apart).
    public var turnedWordGap: Double = 0.5
    /// A turned run holds at least this many glyphs (count).
    public var turnedMinGlyphs: Int = 2

    // MARK: Zones (PageZoner)

    /// A line that starts more than this many font sizes above the line before starts a new
    /// column (em; S/PV.4507, two columns).
    public var columnJump: Double = 3
    /// Running headers and footers recur at the same height, compared in bands this high (PDF
    /// points): "A/RES/73/6" over each page of that resolution.
    public var recurrenceRowHeight: Double = 6
    /// A line of the top band recurs as a running header only with a twin at most this many
    /// pages away: running headers come on every page or every other one (facing pages), while a
    /// body line that happens to open several pages recurs far apart. The attendance line "(a)
    /// Representatives of States members of the Human Rights Council: Armenia, …" opens pages 14,
    /// 27, 58 and 139 of A/HRC/43/2, and "Abstaining:" several of its vote records. A
    /// footer may stand on pages far apart: the first and the last of official/issue12963.
    public var recurrenceMaxPageGap: Int = 4
    /// A dot leader has at least this many dots (count; an ellipsis "…" counts as three)...
    public var leaderMinDots: Int = 5
    /// ...and an ellipsis character counts as this many.
    public var ellipsisDots: Int = 3
    /// Endnotes (A/HRC/WG.6/48/SVN/3): a continuation line is set at most this much larger
    /// than the notes (PDF points)...
    public var endnoteSizeSlack: Double = 0.3
    /// ...and starts at most this far left of them (PDF points)...
    public var endnoteIndentSlack: Double = 5
    /// ...and at least this many lines open with note numbers in sequence (count).
    public var endnoteMinMarkers: Int = 3
    /// The body font size of a document without text (PDF points).
    public var defaultBodyFontSize: Double = 10

    // MARK: Reading frame (ReadingFrame)

    /// A page's direction is measured only with more than this many glyphs (count)...
    public var directionMinGlyphs: Int = 20
    /// ...on about this many neighbouring pairs spread evenly over the page (count)...
    public var directionSamplePairs: Int = 400
    /// ...and a turned direction must win more than this share of the votes (fraction).
    public var directionMajority: Double = 0.6
    /// A page whose sampled glyphs are more than this share right-to-left letters (fraction) is
    /// never taken as turned upside down: Arabic that Pango sets through cairo comes in reading
    /// order and advances leftwards on an upright page (Samples/A_RES_91_175.pdf), while Word's
    /// Arabic comes in drawing order (E/ESCWA/30/6, Arabic).
    public var directionRightToLeftShare: Double = 0.5
    /// Vertical writing (kampo.pdf): a CJK character among the first this many glyphs (count)...
    public var verticalWritingProbe: Int = 300
    /// ...at least this many CJK glyphs (count)...
    public var verticalWritingMinGlyphs: Int = 50
    /// ...touching when the gap is above this (PDF points, an overlap)...
    public var touchingMinGap: Double = -0.5
    /// ...and under this much of the glyph's size (em).
    public var touchingMaxGap: Double = 0.2

    public init() {}

    /// The default values, as the default argument of public entry points (`= .standard`); a
    /// rule reads the parameters its caller passed instead.
    public static let standard = LayoutParameters()
}
