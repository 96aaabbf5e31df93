/// The English words of the header and body rules, as regular expressions (ICU syntax), each
/// named and shown with a line it matches from a real document. The other languages' forms
/// are in their `HeaderVocabulary`; a rule for a new language adds its pattern there, not here.
/// Each pattern is matched against one line (or paragraph), footnote markers removed, unless its
/// comment says otherwise.
enum EnglishPatterns {
    /// "Please recycle" at the foot of page 1 (A/RES/73/6); matched case-insensitively.
    static let pleaseRecycle = #"^please\s+recycle"#
    /// "Distr.: General" (A/RES/73/6), "Distr. générale"; group 1 is the word after "Distr.".
    static let distribution = #"^Distr\.?\s*:?\s*(\p{L}*)\s*$"#
    /// What every line `distribution` matches starts with (a test cheaper than the pattern).
    static let distributionPrefix = "Distr"
    /// "GENERAL" on the line under "Distr." in the older masthead (A/HRC/WG.6/7/SVN/1, 2009).
    static let distributionWord = #"^(GENERAL|LIMITED|RESTRICTED|General|Limited|Restricted)$"#
    /// "Original: English" (A/RES/73/6); matched case-insensitively.
    static let originalLabel = #"^original\s*:"#
    /// "English" alone, under "Original:" in the older masthead (A/HRC/WG.6/7/SVN/1);
    /// case-insensitive.
    static let languageName = #"^(English|French|Spanish|Russian|Arabic|Chinese)$"#
    /// "Provisional" of a verbatim record (S/PV.4507), "English only".
    static let provisionalOrLanguageOnly = #"^(Provisional|English only|\[English only\])$"#
    /// "English and French only" (ECE/TRANS/WP.29/GRSP/2010/20), "English, French and
    /// Spanish only".
    static let languagesOnly = #"^\[?(?:[A-Z][a-z]+(?:,\s*|\s+and\s+))*[A-Z][a-z]+\s+only\]?$"#
    /// "The General Assembly," ending the header (A/RES/73/6). The header's own formula
    /// test, kept apart from `formula` (the body's, which also checks the words and the
    /// length): not merged, since the two read different lines (a header stop must not need
    /// the body's word list).
    static let headerFormula = #"^The [A-Z][\w’' -]{2,60},$"#
    /// "The General Assembly" printed without its comma (A/RES/73/3).
    static let organFormulaWithoutComma = #"^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council)$"#
    /// "Summary", "Contents" (A/80/605), "Introduction": a heading starts the body.
    static let bodyHeading = #"^(Summary|Contents|Introduction|Annex(es)?|Abstract)$"#
    /// A title line opening with a date: "1 July 2024 to 30 June 2025" (A/80/590).
    static let dateOpening = #"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b"#
    /// A letter's salutation or an address at a line start: "Her Excellency …" stands at a line
    /// start in S/PV.10011; "Dear …", "Sir," and "Madam," open letters.
    static let letterOpening = #"^(President|Members|Dear|Excellency|Sir|Madam)\b"#
    /// "Resolution adopted by the General Assembly on 26 October 2018" (A/RES/73/6).
    static let adoptionOpening = #"^(Resolution|Decision)s? adopted by"#
    /// "Note by the Secretary-General" (S/2025/378), "Letter dated 1 May 2025 from …".
    static let kindOpening = #"^(Note|Report|Letter|Identical letters)s? (by|of|dated|from)\b"#
    /// The noun of a subsidiary body: "Working Party on Passive Safety"
    /// (ECE/TRANS/WP.29/GRSP/2010/20).
    static let bodyNameNoun = #"\b(Commission|Committee|Subcommittee|Sub-Commission|Subcommission|Forum|Working Party|Working Group|Conference|Board|Council)\b"#
    /// "First Committee" (A/C.1/80/L.28).
    static let mainCommittee = #"^(First|Second|Third|Fourth|Fifth|Sixth) Committee$"#
    /// "Special Political and Decolonization Committee (Fourth Committee)" (A/C.4/80/L.1).
    static let fourthCommittee = #"^Special Political and Decolonization Committee( \(Fourth Committee\))?$"#
    /// The meeting line, whole: "26th plenary meeting" (A/RES/73/6), "22nd meeting"
    /// (A/HRC/DEC/14/105), "50th (resumed) plenary meeting" (A/RES/78/239); groups: number,
    /// suffix, words. Twin of `closingLine` (the start of a body paragraph, "26th plenary
    /// meeting" or "[Adopted …"): not merged, since this one must match a whole line and
    /// give its parts, that one only the opening of a paragraph.
    static let meeting = #"^(\d+)\s*(st|nd|rd|th)\s+((?:\(resumed\)\s+|plenary\s+|closed\s+)*meeting)\.?$"#
    /// "Eightieth session Eightieth year" on one line, the two masthead items of a joint
    /// document read as one row.
    static let sessionAndYear = #"^(.+? session)\s+(\S+ year)$"#
    /// A session with its theme in parentheses: "Eleventh session (Liberalization of foreign
    /// trade)" (E/ESCWA/EDID/2017/IG.3/4); group 1 the session.
    static let sessionAndTheme = #"^(.+? [Ss]ession)\s+\((.+)\)$"#
    /// "Eightieth year" of a Security Council masthead.
    static let yearLine = #"^[A-Z][a-z]+(-[a-z]+)? year$"#
    /// "General Assembly Security Council" of a joint document (A/80/434-S/2025/632).
    static let twoOrgans = #"^General Assembly\s+Security Council$"#
    /// "(Fourth Committee)" on the line under "Special Political and Decolonization
    /// Committee" (A/C.4/80/L.1).
    static let fourthCommitteeNote = #"^\((First|Second|Third|Fourth|Fifth|Sixth) Committee\)$"#
    /// "Fourth meeting" of an executive committee, where a session line would stand
    /// (E/ESCWA/2017/EC.4/L.2).
    static let ordinalMeeting = #"^[A-Z][a-z]+(?:-[a-z]+)? [Mm]eeting$"#
    /// "Agenda item 71 (b)" (A/RES/78/199), "Item 17 of the provisional agenda"; case-insensitive.
    static let agendaItems = #"^(?:Provisional\s+)?agenda\s+items?\b"#
    /// Session dates and venue: "Geneva, 8-19 February 2010" (A/HRC/WG.6/7/SVN/1).
    static let monthAndYearEnding = #"(January|February|March|April|May|June|July|August|September|October|November|December)\s*\d{4}$"#
    /// "Resolution adopted by the General Assembly on 26 October 2018" (A/RES/73/6);
    /// groups: kind, organ, date.
    static let adoption = #"^(Resolution|Decision)s? adopted by the (.+?)(?:\s+on\s+(.+))?$"#
    /// "Resolution 2803 (2025)" of the Security Council (S/RES/2803 (2025),
    /// SecurityCouncilHeaderTests); group 1 is the number.
    static let councilResolution = #"^Resolution (\d+ \(\d{4}\))$"#
    /// "Adopted by the Security Council at its 10046th meeting, on …" of S/RES/2803 (2025)
    /// (SecurityCouncilHeaderTests; no corpus PDF prints it); groups: number, suffix, date.
    static let adoptedAtMeeting = #"^Adopted by the .+? at its (\d+)\s*(st|nd|rd|th) meeting,? on (.+)$"#
    /// "[Adopted without a vote.]" (A/HRC/DEC/14/105), read without its brackets.
    static let adoptedOrRejected = #"^(Adopted|Rejected)\b"#
    /// "Draft resolution submitted by the Vice-Chair of the Committee, …" (A/C.2/80/L.47),
    /// "Draft decision submitted by the Bureau" (A/C.2/80/L.61).
    static let draftSubmittedBy = #"^(?:Revised\s+)?Draft (resolution|decision)s?(?: submitted by (.+?))?(?::\s*draft (?:resolution|decision))?$"#
    /// "Albania, …: draft resolution" (A/C.1/80/L.28), "Brazil:* amendment to draft
    /// resolution A/80/L.22" (A/80/L.29); case-insensitive.
    static let sponsorsLine = #"^(.+?):\s*((?:revised\s+)?draft\s+(resolution|decision)s?|(?:proposed\s+)?(amendments?)\s+to\s+.+)$"#
    /// "amendment to draft resolution A/80/L.22" and nothing more (A/80/L.29); case-insensitive.
    static let amendmentOfSymbols = #"^(?:proposed\s+)?amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+(?:resolution|decision)\s+\S+$"#
    /// The line where "amendment to …" starts (bulk A/80/L.40); case-insensitive.
    static let amendmentsTo = #"amendments?\s+to\b"#
    /// "Submitted by the expert from France*" under the title (ECE/TRANS/WP.29/GRSP/2010/20).
    static let submittedBy = #"^Submitted by (.+)$"#
    /// "Note by the Secretary-General" (S/2025/378); group 1 the author.
    static let noteByAuthor = #"^(?:Note|Notes|Memorandum) by (.+)$"#
    /// An officer of the body named under a session report's title: "Vice-President and
    /// Rapporteur: Mr. Hisham Badr (Egypt)" (A/HRC/14/37, A/HRC/43/2).
    static let officerLine = #"^(?:(?:Vice-)?(?:President|Chair|Chairperson|Rapporteur)(?:,? and |, )?)+: \S"#
    /// "Report of the Secretary-General"; group 1 the author.
    static let reportOfAuthor = #"^Report of (the [^,;]+)$"#
    /// A title naming its author and its subject: "Report of the Secretary-General on the
    /// situation concerning Western Sahara" (S/2012/197); group 1 the author, up to the first
    /// " on "; case-insensitive.
    static let reportOfAuthorOnSubject = #"^Report of (the [^,;]+?) on \S"#
    /// "Note by the Secretariat" (A/C.6/80/L.1); case-insensitive.
    static let noteKind = #"^(Note|Notes|Memorandum) by\b"#
    /// "Report of the Secretary-General on …"; case-insensitive.
    static let reportKind = #"^(Report|Reports) (of|by|on)\b"#
    /// The compilations and summaries the High Commissioner's Office prepares for a universal
    /// periodic review: "Compilation of information prepared by the Office of the United Nations
    /// High Commissioner for Human Rights" under the country's name (A/HRC/WG.6/48/SVN/2),
    /// "COMPILATION PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER …" and "SUMMARY PREPARED
    /// BY …" (2009, A/HRC/WG.6/7/SVN/2 and /3); case-insensitive. Group 1: the author.
    static let preparedByKind = #"^(?:Compilation|Summary)(?: of [^,;]+?)? prepared by (the [^,;]+?)(?:,.*)?$"#
    /// "National report submitted …" (A/HRC/WG.6/7/SVN/1), "Annual report of …"; case-insensitive.
    static let namedReportKind = #"^(\w+\s+){1,2}reports?\b"#
    /// "Letter dated 1 May 2025 from the Permanent Representative …"; case-insensitive.
    static let letterKind = #"^(Letter|Identical letters|Note verbale) dated\b"#
    /// "Provisional agenda" (S/Agenda/10026); case-insensitive.
    /// Not "Agenda item 93": an item line is no kind, also where no session line stands
    /// above it to place it (the session line of A/L.632, 1971, read by OCR as "rrwenty-sixth
    /// session").
    static let agendaKind = #"^(Provisional\s+)?agenda\b(?!\s+items?\b)"#
    /// "Addendum" under a title (A/80/604/Add.1).
    static let otherKind = #"^(Addendum|Corrigendum|Revision)$"#
    /// A reissue note under page 1, after the asterisks the symbol carries: "* Reissued for
    /// technical reasons on 15 January 2024." (A/RES/78/68), "*** Third reissue for technical
    /// reasons (17 April 2012)." (S/2012/197); case-insensitive (the "(?i)" flag).
    static let reissueNote = #"(?i)^\*+\s*(?:\w+\s+)?reissued?\s+for\s+technical\s+reasons\b"#
    /// "Annex" or "Annex II" opening the annex heading (A/RES/79/243), in capitals too, and
    /// with its title after a dash or colon: "Appendix 1 - Description of the three dimensional
    /// "H" point machine" (UN Regulation No. 17), "ANNEX I - NUCLEAR-RELATED MEASURES" (the
    /// plans annexed to Security Council resolutions), or naming what it is annexed to: "Annex
    /// to the letter dated 3 October 2025 from the Permanent Representative of Spain …"
    /// (A/80/434–S/2025/632), "Annex II to the note verbale …". Groups: the label ("Appendix
    /// 1", "Annex"), the words after it on the same line (nil when none).
    static let annexLine = #"^((?:Annex|ANNEX|Appendix|APPENDIX)(?: (?:[IVXLC]+|\d+|[A-Z]))?)(?: ?[-–—:] ?(.*)| ((?:to|TO) (?:the|THE) .*))?$"#
    /// The hour of a meeting: "To be held in private on Wednesday, 29 October 2025, at 10
    /// a.m." (S/Agenda/10026).
    static let meetingHour = #"\b\d{1,2}(\.\d{2})? [ap]\.m\.$"#
    /// "Action 8. We will achieve gender equality …" (A/RES/79/1), "14/1 The grave attacks
    /// …" (A/HRC/14/37); groups: label, title.
    static let partWithTitle = #"^((?:Action|Article|Rule|Principle|Guideline|Objective|Commitment) \d+[a-z]?\.|\d{1,3}/\d{1,3}) (.+)$"#
    /// The column heads of a table of contents: "Paragraphs" and "Page" over the contents of
    /// E/ESCWA/2017/EC.4/4(Part II), read as one line; "Chapter Page"; "Page".
    static let contentsColumnHeads = #"^((Chapter|Paragraphs|Paragraph)\s+)*Page$"#
    /// The opening of a paragraph that closes a resolution: "26th plenary meeting"
    /// (A/RES/73/6), "[Adopted without a vote.]" (A/HRC/DEC/14/105). See `meeting` for why
    /// the two are apart.
    static let closingLine = #"^(\d+(st|nd|rd|th) (plenary )?meeting\b|\[Adopted\b)"#
    /// The formula of a body: "The Conference of the Parties,", "The General Assembly,"
    /// (A/RES/73/6). See `headerFormula` for why the two are apart.
    static let formula = #"^The [A-Z][A-Za-z ,\-]{3,80},$"#
    /// "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION," of an EU act.
    static let enactingFormula = #"^THE [A-Z][A-Z ,]+,$"#
    /// "REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT …", the title of an EU act.
    static let euActKind = #"\b(REGULATION|DIRECTIVE|DECISION|RECOMMENDATION)\b"#
    /// "(Text with EEA relevance)" under the title of an EU act.
    static let eeaRelevance = #"^\(Text with EEA relevance\)$"#
    /// "UNITED STATES DISTRICT COURT" of a court caption (gov.uscourts.azd).
    static let court = #"(?i)\bcourt\b"#
    /// "Plaintiff, v. …, Defendants." of a court caption (gov.uscourts.azd).
    static let captionParties = #"(?i)(\bv\.|\bvs\.|\bversus\b|\bin re\b|plaintiffs?\b|defendants?\b|appellants?\b|appellees?\b|respondents?\b|petitioners?\b)"#
    /// A line of a court caption: "No. CV-19-05010-PHX-DJH", "FILED", "Appeal from the …".
    static let captionLine = #"(?i)(\bcourt\b|\bv\.|\bvs\.|\bversus\b|\bin re\b|plaintiff|defendant|appellant|appellee|respondent|petitioner|\bno\.\s*\S|\bfiled\b|\bjudges?\b|\bJ\.|per curiam|appeal from|^\)|\bdocket\b|\bdistrict\b|\bdivision\b)"#
    /// A date as printed: "31 October 2018" (A/RES/73/6), "1er août 2020", "5 de mayo de
    /// 2021"; groups: day, month, year.
    static let date = #"(\d{1,2})(?:er)?\s+(?:de\s+)?([A-Za-zéûÉ\p{Cyrillic}]+)\s+(?:de\s+)?(\d{4})"#
    /// "Seventy-third session" (A/RES/73/6), "Tenth emergency special session";
    /// case-insensitive; group 1 the ordinal.
    static let session = #"^([A-Za-z][A-Za-z\- ]*?)\s+((?:resumed\s+|emergency\s+|special\s+|organizational\s+)*)session$"#
    /// "Agenda item 71 (b)" (A/RES/78/199); case-insensitive; group 1 the items.
    static let agendaItemLine = #"^(?:Provisional\s+)?agenda\s+items?\s+(\d.*)$"#
    /// "Item 35 of the provisional agenda" (bulk A/80/L.1); group 1 the items.
    static let itemsOfAgenda = #"^Items?\s+(\d.*?)\s+of\s+the\s+(?:provisional\s+|preliminary\s+)?(?:agenda|list)\**$"#
}
