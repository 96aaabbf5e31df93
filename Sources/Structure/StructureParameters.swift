/// Thresholds of the structure stage, each with its unit and the document that set it.
///
/// "em" is the font size of the lines being compared (PDF points). The header parser and the
/// body rules read them from here; change them here, never inline (`SourceLintTests` fails on
/// a numeric literal elsewhere in Sources/Structure). Counts of lines and words are thresholds
/// too and live here. Where two rules look alike but hold different values ("twins"), both are
/// kept, each named, with the reason they differ: a merge has not been shown to keep every
/// output of the corpus byte-identical, which this refactoring had to. A threshold whose comment
/// names no document kept the value its rule was written with; no document was recorded for it.
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


    // MARK: Page 1 and the header block (HeaderParser, HeaderScan)

    /// Page size assumed when page 1 reports none (PDF points): US Letter, 612 × 792, the size
    /// of General Assembly documents printed in New York (A/RES/73/6).
    public var fallbackPageWidth: Double = 612
    public var fallbackPageHeight: Double = 792

    /// Page-1 footer lines (job number "18-17962 (E)  021118", barcode, "Please recycle") are
    /// looked for below this fraction of the page height: the job number of A/RES/73/6 stands
    /// and barcode of A/RES/73/6 stand at 738–766 pt of 792 (0.93–0.97). Twin of
    /// `LayoutParameters.footerBand` (0.13 from the bottom, so 0.87 here): kept apart because
    /// this band also takes footer lines that the zoner left in the body of page 1 (between
    /// 0.80 and 0.87 of the page); a merge is not shown to keep outputs identical.
    public var headerFooterTop: Double = 0.80

    /// The masthead is read in the top part of page 1 down to this fraction of the page height:
    /// the older layout's right-hand stack "Distr." / "GENERAL" / symbol / date / "Original"
    /// (A/HRC/WG.6/7/SVN/1, 2009) reaches a third of the page...
    public var mastheadExtendedBottom: Double = 0.36
    /// ...while the usual masthead ends above this fraction (A/RES/73/6: the top quarter)...
    public var mastheadBottom: Double = 0.26
    /// ...and below it only lines starting right of this fraction of the page width belong to
    /// the masthead (the right-hand stack of A/HRC/WG.6/7/SVN/1).
    public var mastheadExtendedMinX: Double = 0.45
    /// The lines of a reproduced document's distribution stack start within this distance
    /// (PDF points) of its "Distr." line (all at 389.8 pt on page 2 of E/ESCWA/30/6, English;
    /// 62.1 pt in the Arabic; `ReproducedMasthead`).
    public var reproducedStackAlign: Double = 2
    /// ...and each starts no further than this (em) below the one above: the Arabic edition
    /// leaves a blank line between "LIMITED" and the symbol (25.4 pt at 11 pt, 2.3 em).
    public var reproducedStackPitch: Double = 2.5

    /// Lines whose tops lie within this distance (PDF points) form one row of the header, read
    /// left to right (the two columns of the masthead of A/RES/73/6).
    public var headerRowTolerance: Double = 2

    /// Font sizes under this (PDF points) are raised to it before a distance is measured in em,
    /// so a line of tiny or zero-size glyphs cannot make every gap huge.
    public var minimumEmSize: Double = 4

    /// A header paragraph's first line may hang left of the rest by less than this (em):
    /// "73/6.  Fiftieth anniversary …" of A/RES/73/6 sets the number in the margin.
    public var hangingIndentMax: Double = 8
    /// A line under a body name of the header, indented by more than this (em) and less than
    /// `hangingIndentMax`, is the rest of the name: " Globalization and Financing for
    /// Development", 8.5 pt in from "Committee on Liberalization of Foreign Trade, Economic"
    /// (E/ESCWA/EDID/2017/IG.2/INF.1, 10-pt type).
    public var wrappedNameIndent: Double = 0.3
    /// Lines of one header paragraph share their left edge or their centre within this
    /// distance (PDF points): the wrapped title of A/RES/78/199. Twin of `leftBlockEdge` (6 pt),
    /// kept apart: a centred title's lines wander more than the left block's, and a merge is
    /// not shown to keep outputs identical.
    public var headerParagraphAlignment: Double = 12
    /// A title that is only its kind's name ("Report", 15 pt, E/ESCWA/SDD/2017/IG.1/6/Report)
    /// goes on in the centred paragraph under it when that is set at least this share of the
    /// title's size ("Eleventh session of the Committee on Social Development", 13 pt: 0.87;
    /// the Arabic edition's 14 pt under an 18-pt "تقرير": 0.78).
    public var kindTitleSubtitleSize: Double = 0.75
    /// Lines of one header paragraph stand at least this far apart (em): closer lines overlap.
    public var headerMinLinePitch: Double = 0.3
    /// ...and differ in font size by less than this (PDF points).
    public var headerFontSizeDifference: Double = 1.3

    /// Lines of the left block (session, committee, agenda item) share their left edge within
    /// this distance (PDF points): "Seventy-third session" / "Agenda item 71 (b)" of A/RES/78/199.
    public var leftBlockEdge: Double = 6
    /// The agenda item's title runs on under "Agenda item 71 (b)" while the line pitch stays
    /// under this (em; A/RES/78/199).
    public var agendaTitlePitch: Double = 1.75
    /// Where several agenda items print a title each, the next title opens less than this far
    /// under the last line of the one before (em; 1.8 em in A/81/6 (Sect. 13)).
    public var agendaTitlesGap: Double = 2.5
    /// A left-block line of session dates and venue ("Geneva, 8-19 February 2010",
    /// A/HRC/WG.6/7/SVN/1) has at most this many words.
    public var sessionVenueMaxWords: Int = 7
    /// A left-block body name ("Working Party on Passive Safety", ECE/TRANS/WP.29/GRSP/2010/20)
    /// has at most this many words.
    public var bodyNameMaxWords: Int = 14

    /// A bracketed line under the adoption line ("[without reference to a Main Committee
    /// (A/73/L.6 and A/73/L.6/Add.1)]", A/RES/73/6) spans at most this many lines...
    public var adoptionBracketMaxLines: Int = 5
    /// ...and the bracketed voting line under the closing meeting line ("[Adopted without a
    /// vote.]", A/HRC/DEC/14/105) at most this many: the twin of the above, kept apart because
    /// the closing bracket is sought among body lines, where a longer window reaches further
    /// into the text after it; a merge is not shown to keep outputs identical.
    public var closingBracketMaxLines: Int = 4

    /// The title of a document starts above this fraction of page 1's height; lower down a
    /// paragraph is body (the value the rule was written with; no document recorded).
    public var titleMaxTop: Double = 0.75

    /// A verbatim record's header names the meeting's date and time on a line of at most this
    /// many words ("Thursday, 4 April 2002, 11.50 a.m.", S/PV.4507: 6)...
    public var recordDateLineMaxWords: Int = 8
    /// ...and its place on a line of at most this many capitalised words ("New York").
    public var recordPlaceMaxWords: Int = 3

    /// Language from page 1's function words, when the job number carries no letter: the first
    /// this many lines are read (count; the value the rule was written with, no document
    /// recorded)...
    public var languageGuessLines: Int = 200
    /// ...and they must hold more than this many words (count).
    public var languageGuessMinWords: Int = 20

    // MARK: The end of the header and the formula (DocumentBuilder, FrontMatter)

    /// Language detection reads at most this many header-candidate lines (count; a few pages).
    public var languageDetectionLines: Int = 600
    /// The header block ends at this many consecutive page-1 body lines not read as metadata
    /// (count; the value the rule was written with, no document recorded).
    public var headerEndUnplacedRun: Int = 3
    /// A formula of another language ("L'Assemblée générale,") is at most this long (UTF-8
    /// bytes); the cheap test before the vocabulary lookup.
    public var otherFormulaMaxBytes: Int = 60
    /// An English formula ("The General Assembly,", "The Conference of the Parties,") is at most
    /// this long (UTF-8 bytes), as is the enacting formula of an EU act ("THE EUROPEAN
    /// PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,")...
    public var formulaMaxBytes: Int = 90
    /// ...and has at most this many words (count; "The Conference of the Parties," has five).
    public var formulaMaxWords: Int = 10
    /// A formula that opens a paragraph ("The General Assembly, Recalling …") ends its name
    /// within this many characters.
    public var formulaOpeningMaxLength: Int = 60

    /// EU Official Journal: the masthead is among page 1's first this many lines (count)...
    public var journalMastheadLines: Int = 8
    /// ...and the enacting formula among its first this many (count).
    public var journalFormulaLines: Int = 60
    /// A court caption ends where running text starts: two consecutive lines of at least this
    /// many words (count)...
    public var runningTextMinWords: Int = 6
    /// ...ending at the right edge that at least this many long lines share (count)...
    public var runningTextMinLines: Int = 3
    /// ...measured in bins this wide (PDF points)...
    public var runningTextEdgeBin: Double = 3
    /// ...within this distance of it (PDF points).
    public var runningTextEdgeTolerance: Double = 4

    // MARK: Paragraphs (ParagraphSegmenter)

    /// Space above a line, as a multiple of the usual pitch, that opens a paragraph (A/RES/73/6).
    public var paragraphGap: Double = 1.3
    /// A table's note opens with a raised reference letter of at most this many letters
    /// ("ᵃ", "ᵇ" under the table of S/2012/197 p. 24; "aa" follows "z" in long tables).
    public var noteLetterMaxLength: Int = 2
    /// An unnumbered italic title starts at most this far right of the left margin (em): the
    /// subheadings of A/80/604/Add.1 stand at the margin, those of A/RES/80/226's annex at the
    /// first-line indent (2.4 em); a column header stands over its column, further right.
    public var italicTitleMaxIndent: Double = 4
    /// ...and holds at least this many letters (chart labels "th", "tc" of
    /// ECE_TRANS_WP.29_GRSP_2010_20 hold two).
    public var italicTitleMinLetters: Int = 3
    /// Indent past the margin (em) that marks a first line (A/RES/73/6).
    public var firstLineIndent: Double = 0.8
    /// How far short of the right margin (em) a closing line must stop to end a paragraph.
    public var shortLine: Double = 4.0
    /// A page's own line pitch is used when it has at least this many lines (count; the scale
    /// of assessments of A/RES/79/249)...
    public var pagePitchMinLines: Int = 6
    /// ...and its own margins when it has at least this many (count).
    public var pageMarginsMinLines: Int = 4
    /// Consecutive baselines further apart than this (em) are no line pitch.
    public var maxLinePitch: Double = 3
    /// With no pitch to measure, the pitch is the font size times this (the usual leading)...
    public var defaultLeading: Double = 1.2
    /// ...of this font size (PDF points) when there is no line at all.
    public var defaultFontSize: Double = 10
    /// Two centred lines of one title share their centre within this distance (PDF points).
    public var centredLinesTolerance: Double = 3
    /// A line under a label starts under the label's text within this distance (PDF points):
    /// the hanging indent of "(1) Regulation …" in EU acts.
    public var hangingLabelTolerance: Double = 2
    /// A numbered line set at this many times the body size or more is a title, bold or not
    /// (ratio; ESCWA_EDID_2018_1_SUMMARY in Arabic: "1. السياق العالمي" at 23 pt over 9.5-pt text).
    public var largeTitleSize: Double = 1.5
    /// How many lines ahead (count) an item label opening a line is looked for again inside a
    /// line: an enumeration run into a sentence (A/80/628 p. 3: "(a) … personnel; (b) …" four
    /// lines down).
    public var inlineSeriesLookahead: Int = 8
    /// A font size change larger than this (PDF points) opens a paragraph (a heading).
    public var headingSizeChange: Double = 0.6
    /// A bold line after a roman line of fewer than this many words opens a paragraph (count).
    public var boldAfterShortLineWords: Int = 4

    // MARK: Paragraph labels (Label.parse)

    /// A paragraph number "12." or the Arabic "12-" is at most this long (characters): at most
    /// three digits, since "2020." opening a line is a year cut off at the line end
    /// (federal-register-2020-17221).
    public var numberLabelMaxLength: Int = 4
    /// An item label in parentheses ("(a)", "(iv)", "(xviii)") is this long at least and at most
    /// (characters)...
    public var parenLabelMinLength: Int = 3
    public var parenLabelMaxLength: Int = 7
    /// ...and a numbered one ("(12)") has at most this many digits.
    public var parenNumberMaxDigits: Int = 3
    /// An item label with only a closing parenthesis ("a)", "iv)", Samples/A_RES_91_140) is at
    /// most this long (characters).
    public var halfParenLabelMaxLength: Int = 5
    /// A section label "IV." or "A." is at most this long (characters).
    public var romanLabelMaxLength: Int = 6
    /// A section letter "D." is at most this many letters past the highest section letter seen
    /// so far in the document (count; "A." and "B." open a document's first series): one letter
    /// may be missed where a contents line reads "C." as Roman 100 (E/ESCWA/30/18/Report p. 8),
    /// but "M. Ahmed Abul Gheith" in that report's French list of participants, after letters
    /// up to "H.", is the honorific, as is "M. Jean Hubert Feuillé" in S/1996/112.
    public var letterSeriesMaxStep: Int = 2

    // MARK: Blocks (BlockClassifier)

    /// A bold paragraph of at most this many lines is a heading (count; "I. Introduction")...
    public var headingMaxLines: Int = 3
    /// ...unless, unlabelled, it ends in a full stop and holds at least this many characters:
    /// a statement set in bold ("States should develop national strategies and action plans
    /// aimed at the reduction of reoffending, as necessary.", 111 characters, A/RES/80/226).
    public var boldSentenceMinLength: Int = 80
    /// At most this many subsection titles in a row ("1- …", "2- …") stand between two
    /// paragraphs of a report's running numbering (count; E/ESCWA/2017/EC.4/4(Part VII) in
    /// Arabic has two between paragraphs 50 and 51).
    public var subsectionTitlesInARow: Int = 8
    /// The paragraph under an untitled "Annex I" line is its title only with at least this many
    /// words (count): "Estimated cost of UNMIH …" (S/1996/112 p. 17) is; the caption "Figure 1"
    /// under "Appendix I" (A/80/605 p. 69) is not.
    public var annexTitleMinWords: Int = 3
    /// ...a part label with its title ("Article 5" over its title) at most this many (count)...
    public var partHeadingMaxLines: Int = 4
    /// ...a bold heading under a section number, or a long section title, at most this many
    /// (count; S/2025/257's "II. Implementation of the authorizations …" wraps to four)...
    public var sectionTitleMaxLines: Int = 6
    /// ...an annex heading with its title at most this many (count).
    public var annexHeadingMaxLines: Int = 8
    /// A line that is a part label alone ("Article 5", "Статья 1") is at most this long (UTF-8 bytes).
    public var partLabelMaxBytes: Int = 40
    /// A signature block under "(Signed)" has at most this many lines (count).
    public var signatureMaxLines: Int = 4
    /// An operative verb ("Decides") has more than this many letters ("is" and "has" are none).
    public var operativeVerbMinLength: Int = 3
    /// Boxes are rounded to this many decimal places (hundredths of a point).
    public var boxRoundingScale: Double = 100
    /// At most this many unnumbered paragraphs (count) between two items of one series belong
    /// to the first: "Panel 1: …" and "Panel 2: …" between items (b) and (c) of paragraph 4 of
    /// A/RES/79/333.
    public var listInterruptionMaxParagraphs: Int = 4

    // MARK: Tables and contents (TableDetector, ContentsTable)

    /// At least this many rows of two cells or more make a table (count; A/RES/78/253).
    public var tableMinimumRows: Int = 3
    /// A one-cell row wider than this share of the table is running text, and ends it.
    public var tableMaximumSingleCellShare: Double = 0.6
    /// A one-cell row inside a table is looked past for up to this many rows (count).
    public var tableLookAheadRows: Int = 4
    /// Inside a table, a one-cell row at most this many line pitches under the row above, in a
    /// column where that row has text, continues that cell.
    public var wrappedCellPitch: Double = 1.4
    /// ...and starts within this distance of a cell of the row above (PDF points).
    public var wrappedCellIndent: Double = 2.0
    /// A one-line row is read as the next line of a wrapped cell (rather than a row of its own)
    /// only at most this far under the line above (em): the wrapped cells of A/RES/78/253 step
    /// 1.24 em; the rows of A/80/590's outputs table, one under the other, 1.7 em.
    public var wrappedLineStep: Double = 1.3
    /// Lines around that must start a cell at the edge: two (one could be a coincidence of
    /// running text).
    public var tableColumnEdgeSupport: Int = 2
    /// Rows above and below searched for a column edge.
    public var tableColumnEdgeReach: Int = 3
    /// Words a line must hold before a column edge for the split to be a cell boundary.
    public var tableColumnEdgeMinimumWords: Int = 3
    /// A one-cell row more than this many times the table's usual step (the median distance
    /// between the baselines of its rows so far) below the row above opens what follows the
    /// table: the bold section title 32.6 pt under the last line of A/80/628's first
    /// request/action table (p. 37), whose lines step 12 pt (2.7 times). A group label of a
    /// table of figures stands 1.5 steps under its row (A/80/590 p. 4).
    public var tableSectionBreakFactor: Double = 2.2
    /// Steps the table must have before `sectionBreakFactor` is asked.
    public var tableSectionBreakMinimumSteps: Int = 3
    /// Rows of a table that sets them apart step at least this far (em): 2 em between the
    /// request/action rows of A/80/628, 1.2 em between the lines of one row.
    public var tableRowSpacingStep: Double = 1.6
    /// The pitch of a table row, as a multiple of its font size (the 1.25 em of A/RES/78/253).
    public var tableRowPitch: Double = 1.25
    /// Inside a table, a gap wider than this (em) between two words separates two cells: the
    /// layout keeps numeric columns a few em apart on one line ("41 945.0   41 386.3", where a
    /// space of 0.25 em separates the thousands; A/80/604/Add.1).
    public var tableCellGap: Double = 1.0
    /// A narrower gap (em) still separates two cells when the words on either side stand over
    /// different columns of the table: the header cells "USG–" and "D-2–" of A/80/605's
    /// staffing tables (p. 27) are 6.5 pt apart in 7-pt type (0.9 em), a word space is 0.25 em.
    public var tableColumnSplitGap: Double = 0.5
    /// A table of contents starts with its heading on one of the first this many pages.
    public var contentsMaxPage: Int = 3
    /// A contents line without leader is taken when a leader line follows within this many lines.
    public var contentsLeaderLookAhead: Int = 5
    /// A dot leader is at least this many dots.
    public var leaderMinDots: Int = 4

    // MARK: Tagged comparison (TaggedComparison)

    /// A tagged paragraph is compared when it has at least this many letters (count).
    public var taggedMinimumLetters: Int = 30
    /// A tagged note is compared when its key has at least this many letters (count).
    public var taggedNoteMinimumLetters: Int = 10
    /// At most this many disagreements of each kind are reported (count).
    public var taggedMaximumReported: Int = 10
    /// Quoted text in a tagged diagnostic is cut after this many characters.
    public var taggedQuoteLength: Int = 80
    /// Text is compared in runs of this many characters (n-grams).
    public var taggedGramLength: Int = 12

    // MARK: Footnotes (FootnoteCollector)

    /// A bare number opening a note-area line is the next note's marker only when the line
    /// starts within this many font sizes of the last raised marker of the page (em): "17
    /// March 2022, and Doha, …" continues note 16 at its text's indent, 9.3 pt right of the
    /// markers (A/C.2/80/L.47 p. 8).
    public var bareMarkerIndentTolerance: Double = 0.5

    // MARK: Endnotes under their heading (EndnoteSection)

    /// A list under an endnotes heading is taken for notes when at least this many of its lines
    /// open with the numbers 1., 2., 3. … in sequence (count; nine notes on p. 4 of
    /// E/ESCWA/SDD/2017/Technical Paper.8)...
    public var endnoteMinNotes: Int = 3
    /// ...and a line set larger than the notes by more than this (PDF points) ends the list...
    public var endnoteSizeSlack: Double = 0.3
    /// ...as does a line this far below the line before (em of the notes): the footer of that
    /// page stands 90 pt under the last note, the notes' lines 2 pt apart.
    public var endnoteLineGap: Double = 2

    // MARK: Language detection (LanguageDetector)

    /// Detection stops after this many letters (count)...
    public var languageMaxLetters: Int = 20_000
    /// ...and needs at least this many (count).
    public var languageMinLetters: Int = 40

    // MARK: Joining words (TextJoiner)

    /// Raised lower-case letters end the word before them ("M" + "me" = "Mme", E/ESCWA/30/18/Report,
    /// French, p. 56: 0 pt apart) only when set at most this far from it (em of the raised
    /// letters); the raised small print "(prix d'un appel local …)" of issue6127.pdf p. 3 is
    /// spaced as words (0.25 em).
    public var raisedSuffixGap: Double = 0.1
    /// A raised 2 or 3 at most this far after a unit of length (em of the raised digit) is its
    /// exponent: 0.66 pt between "m" and the 6.5-pt "2" of "8,000 m²" (A/80/605 p. 21).
    public var unitExponentGap: Double = 0.25

    public init() {}

    /// The default values, as the default argument of public entry points (`= .standard`); a
    /// rule reads the parameters its caller passed instead (`Converter.structureParameters` →
    /// `DocumentBuilder` → every rule; `SourceLintTests` checks it).
    public static let standard = StructureParameters()
}
