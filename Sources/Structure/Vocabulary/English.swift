import DocumentModel
extension LanguageVocabulary {
    /// English, as printed in General Assembly documents.
    public static let english = LanguageVocabulary(
        tag: "en",
        // The connectors of a suspended compound ("small- and medium-sized", "pre- or post-").
        suspensionConnectors: ["and", "or", "to", "nor", "as", "than", "versus", "through"],
        script: .latin,
        // Function words of any General Assembly text (A/RES/73/6), with "session" and
        // "assembly" of its header.
        commonWords: ["the", "of", "and", "to", "in", "session", "assembly"],
        // The convention annexed to A/RES/79/243 ("Article 5", "Chapter II"); EU acts; rules of procedure.
        partLabels: ["Article", "Chapter", "Part", "Section", "Title", "Rule", "Regulation"],
        outerPartLabels: ["Chapter", "Part", "Title"],
        // "Contents" over the list of A/80/590 (p. 1); "CONTENTS" in ESCWA reports
        // (E/ESCWA/2017/EC.4/9/Report, p. 2).
        contentsHeadings: ["Contents", "CONTENTS"]
    )
    // The summary box of a report: "Summary" in italics (S/2025/317 p. 1, A/80/628 p. 3), in
    // capitals in ESCWA reports (E/ESCWA/EDID/2017/IG.2/5(Part IV), p. 1).
    // "Introduction" centred over paragraph 1 of a report, in type that only a heavier stroke
    // makes bold (E/ESCWA/30/6, English, p. 4: its font is the regular Times).
    .setting(\.partTitles, ["Summary", "SUMMARY", "Introduction", "INTRODUCTION"])
    // E/ESCWA/SDD/2017/Technical Paper.8 p. 4, ESCWA/EDID/2018/1/Summary p. 19; "Notes" in
    // italics over the raised-number notes that end a universal periodic review summary
    // (A/HRC/WG.6/48/SVN/3 p. 10).
    .setting(\.endnoteHeadings, ["Endnotes", "Notes"])
    // "PART ONE" … "PART FOUR" over the chapters of the ILC articles on State responsibility.
    .setting(\.partNumberWords, ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                  "eighteen", "nineteen", "twenty"])
}

// MARK: Words of the English body rules
//
// The rules below are written for English documents and read these words by name; another
// language adds its own when a rule learns it (the lead-ins are a `LeadInWords` value for that).

extension LanguageVocabulary {
    /// The column head of a table of contents that lists paragraphs ("Paragraphs Page",
    /// A/HRC/14/15, p. 2) opens with this word; the rows then carry a paragraph range. It picks
    /// between the heads `EnglishPatterns.contentsColumnHeads` matches.
    public static let englishParagraphsColumnHead = "Paragraph"

    /// A formula opens with this word and its space ("The General Assembly,", A/RES/73/6).
    public static let englishFormulaOpening = "The "
    /// Formulas printed without their comma, whole: "The General Assembly" (A/RES/73/3,
    /// A/RES/79/1, A/RES/78/255); the other three organs' were written with it (no document
    /// recorded).
    public static let englishBareFormulas: Set<String> = [
        "The General Assembly", "The Security Council", "The Human Rights Council", "The Economic and Social Council",
    ]
    /// The words of a body's name in a formula that are not capitalised ("The Conference of the
    /// Parties,")...
    public static let englishFormulaConnectors: Set<Substring> = ["and", "of", "the", "on", "for", "in"]
    /// ...and the nouns one of which the name holds ("Assembly", "Council", "Conference", …).
    public static let englishFormulaBodyNouns = ["Assembly", "Council", "Conference", "Commission", "Committee", "Board", "Meeting"]

    /// A signature block opens with this mark: "(Signed) Héctor Gómez Hernández" (A/80/434-S/2025/632).
    public static let englishSignatureMark = "(Signed)"
    /// An "Annex" line (A/RES/79/144) makes an annex heading, the other word of
    /// `EnglishPatterns.annexLine` ("Appendix") an appendix heading.
    public static let englishAnnexWord = "Annex"

    /// The masthead of an EU Official Journal act names the journal within its first lines:
    /// "Official Journal of the European Union" (Commission_Delegated_Regulation_2024_1772;
    /// two lines in DORA_Regulation_EU_2022_2554). Every one of these must stand there.
    public static let englishJournalMasthead = ["Official Journal", "European Union"]

    /// The lead-ins of General Assembly resolutions (A/RES/73/6, A/RES/78/199): "Recalling",
    /// "Having considered", "Deeply concerned" open preambular paragraphs; "Decides", "Also
    /// reaffirms", "Strongly condemns" operative ones.
    public static let englishLeadIns = LeadInWords(
        adverbs: ["also", "further", "again", "once", "furthermore", "moreover", "hereby", "therefore", "and"],
        adverbEnding: "ly", notAdverbs: ["only"],
        preambleOpeners: ["having"], preambleEndings: ["ing", "ed"],
        preambleWords: ["mindful", "aware", "conscious", "convinced", "concerned", "alarmed", "cognizant",
                        "determined", "desirous", "guided", "bearing", "recognizing", "acknowledging",
                        "gravely", "deeply", "noting", "taking", "welcoming", "reaffirming", "recalling"],
        operativeEnding: "s", notOperativeEndings: ["ss", "ous"])
}

extension HeaderVocabulary {
    /// English month names (lower case) with their numbers: "31 October 2018" (A/RES/73/6).
    public static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    /// English cardinal number words of session lines ("One hundred and first session").
    public static let englishCardinals: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// English ordinal words ending a session line ("Seventy-third session", A/RES/73/6).
    public static let englishOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    ]
    /// Titles that are, or open with, the name of the document's kind, and that kind: ESCWA
    /// prints "Report" alone in large type over the session it reports on
    /// (E/ESCWA/SDD/2017/IG.1/6/Report), "Information note" over a meeting's practical
    /// arrangements (E/ESCWA/EDID/2017/IG.1/INF.1). See `HeaderVocabulary.titleKinds`.
    public static let englishTitleKinds: [String: DocumentType] = ["Report": .report, "Information note": .note, "Information Note": .note]
    /// Bodies named for their subject with "on", whose whole name is the author of a report
    /// ("Report of the Advisory Committee on Administrative and Budgetary Questions",
    /// A/80/604/Add.1; the Committee on …, the Working Group on …, the Special Rapporteur on …).
    public static let bodiesNamedOn: Set<String> = ["Committee", "Commission", "Group", "Rapporteur", "Board", "Panel",
                                                    "Forum", "Conference", "Council", "Mechanism", "Expert", "Experts"]
    /// ...unless " on " goes on with the body's own meeting: "the Human Rights Council on its
    /// forty-third session" (A/HRC/43/2) names the Council, then its session.
    public static let ownMeetingOpening = "its "
    /// Masthead lines that name the Organization: "United Nations" (A/RES/73/6), "UNITED
    /// NATIONS" (S/1996/112, E/ESCWA/2017/EC.4/9/Report)...
    public static let englishOrganization = ["United Nations", "UNITED NATIONS"]
    /// ...or its two words on lines of their own ("UNITED" / "NATIONS", S/1996/112 and the
    /// 2009 layout of A/HRC/WG.6/7/SVN/1).
    public static let englishOrganizationWords: Set<String> = ["UNITED", "NATIONS"]
    /// Organs named in the masthead or the left block, as printed and as the contract names
    /// them: "General Assembly" (A/RES/73/6), "Security Council" (S/2025/378), "Human Rights
    /// Council" (A/HRC/DEC/14/105), …; asked in this order.
    public static let englishOrgans = [
        "General Assembly", "Security Council", "Economic and Social Council", "Trusteeship Council",
        "Human Rights Council", "International Court of Justice", "Secretariat", "Conference on Disarmament",
    ]
    /// The words of a subsidiary body's name in the left block that are not capitalised:
    /// "Economic and Social Commission for Western Asia" (E/ESCWA/2017/EC.4/L.2), "Working
    /// Party on Passive Safety" (ECE/TRANS/WP.29/GRSP/2010/20).
    public static let englishBodyNameConnectors: Set<Substring> = ["and", "for", "of", "on", "the", "in", "to"]
    /// Names with " and " that a sponsor list must not split there: Member States and
    /// territories by their official names, and the "Group of 77 and China" (sponsor lists of
    /// A/C.1/80/L.28, A/C.2/80/L.26, A/80/L.13).
    public static let englishCompoundNames = [
        "Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and Nevis",
        "Saint Vincent and the Grenadines", "Sao Tome and Principe", "United Kingdom of Great Britain and Northern Ireland",
        "Heard Island and McDonald Islands", "Turks and Caicos Islands", "Wallis and Futuna", "Saint Pierre and Miquelon",
        "Svalbard and Jan Mayen", "South Georgia and the South Sandwich Islands", "Group of 77 and China",
    ]
    /// The value of "hundred", the one multiplier of English session ordinals...
    public static let englishHundred = 100
    /// ...the word itself, and the connector left out of a session ordinal ("One hundred and
    /// first session").
    public static let englishHundredWord = "hundred"
    public static let englishOrdinalConnector = "and"
    /// A bracketed header line that holds this word (lower case) gives the vote ("[Adopted
    /// without a vote.]", A/HRC/DEC/14/105), one without it the reference ("[without reference
    /// to a Main Committee (A/73/L.6 and A/73/L.6/Add.1)]", A/RES/73/6).
    public static let englishVoteWord = "vote"
    /// English session ordinals are read from the 1st to the 199th.
    public static let englishOrdinalRange = 1...199
}
