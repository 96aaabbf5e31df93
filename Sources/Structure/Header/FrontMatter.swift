import DocumentModel
import Extraction
import Foundation

/// The front matter of official documents that are not UN documents: what stands on page 1
/// above the text and is not part of it. Two kinds are recognised; any other document keeps
/// all its text in the body.
///
/// - **EU Official Journal acts** (Commission_Delegated_Regulation_2024_1772,
///   DORA_Regulation_EU_2022_2554): the OJ masthead ("Official Journal of the European Union",
///   "EN", "L series", "2024/1772", "25.6.2024"; older issues "27.12.2022 EN Official Journal
///   of the European Union L 333/1", "I", "(Legislative acts)", "REGULATIONS"), then the act's
///   title in bold ("COMMISSION DELEGATED REGULATION (EU) 2024/1772", "of 13 March 2024",
///   "supplementing …"), then "(Text with EEA relevance)". The text starts at the enacting
///   formula, a line in capitals ending in a comma: "THE EUROPEAN COMMISSION,". The title goes
///   to `metadata.title`, the language code printed in the masthead to `metadata.language`.
/// - **Court opinions and orders** (missouri, ca5_00516242060, gov.uscourts.azd.1085839.3.0):
///   the court's name, the caption (parties with their roles — "Appellant,", "vs.",
///   "Plaintiff—Appellant" —, case numbers, "Filed:"), the panel ("Before …, Circuit Judges.").
///   The caption ends at its last such line above the first run of running text (two
///   full-measure lines); what follows opens the body ("Introduction"). No metadata field is filled: a
///   docket number is not a document symbol in the UN sense.
///
/// Masthead and caption lines become furniture (`masthead`, `caption`): out of the body, kept.
enum FrontMatter {
    struct Result {
        var metadata = Metadata()
        /// Indices of the input lines that are front matter (title lines included).
        var consumed = Set<Int>()
        /// The front-matter lines kept as furniture, with their kind.
        var furniture: [(index: Int, kind: Furniture.Kind)] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Official languages of the EU as the OJ masthead prints them.
    static let euLanguageCodes: Set<String> = ["BG", "ES", "CS", "DA", "DE", "ET", "EL", "EN", "FR", "GA", "HR", "IT",
                                               "LV", "LT", "HU", "MT", "NL", "PL", "PT", "RO", "SK", "SL", "FI", "SV"]

    /// - Parameters:
    ///   - lines: the document's lines in reading order (page 1 first), as given to the header
    ///     parser (PDF points, origin top-left, pages 1-based).
    ///   - isBody: parallel to `lines`: false for page-1 footer lines.
    ///   - parameters: the thresholds in force.
    /// - Returns: nil when page 1 shows neither kind of front matter.
    static func read(_ lines: [HeaderLine], isBody: [Bool], parameters: StructureParameters) -> Result? {
        let page1 = lines.indices.filter { lines[$0].page == lines.first?.page && isBody[$0] }
        guard !page1.isEmpty else { return nil }
        return readOfficialJournal(lines, page1, parameters) ?? readCourtCaption(lines, page1, parameters)
    }

    // MARK: EU Official Journal

    static func isEnactingFormula(_ text: String, parameters: StructureParameters) -> Bool {
        RegexCache.shared.matches(EnglishPatterns.enactingFormula, text) && text.utf8.count <= parameters.formulaMaxBytes
    }

    private static func readOfficialJournal(_ lines: [HeaderLine], _ page1: [Int], _ parameters: StructureParameters) -> Result? {
        // The masthead names the journal within the first lines ("Official Journal" / "of the
        // European Union" may be two lines).
        let top = page1.prefix(parameters.journalMastheadLines)
        let joinedTop = top.map { lines[$0].text }.joined(separator: " ")
        guard LanguageVocabulary.englishJournalMasthead.allSatisfy({ joinedTop.contains($0) }),
              let formula = page1.prefix(parameters.journalFormulaLines).first(where: { isEnactingFormula(lines[$0].text, parameters: parameters) }) else { return nil }
        let front = page1.filter { $0 < formula }
        // The title: the bold lines before the formula, from the first one that names the act.
        guard let titleStart = front.first(where: {
            lines[$0].isBold && RegexCache.shared.matches(EnglishPatterns.euActKind, lines[$0].text)
        }) else { return nil }
        var result = Result()
        var titleLines: [String] = []
        for i in front {
            result.consumed.insert(i)
            let t = lines[i].text
            if i >= titleStart, lines[i].isBold, !RegexCache.shared.matches(EnglishPatterns.eeaRelevance, t) {
                titleLines.append(t)
            } else {
                result.furniture.append((i, .masthead))
            }
        }
        result.metadata.title = TextJoiner.normalize(titleLines.joined(separator: " "))
        result.diagnostics.append(Diagnostic(.headerNotUN,
                                             message: "no UN document symbol in the header: read as an EU Official Journal act (masthead to furniture, title to metadata)", page: 1))
        for i in front where i < titleStart {
            if let code = lines[i].text.split(separator: " ").map(String.init).first(where: { euLanguageCodes.contains($0) }) {
                result.metadata.language = code.lowercased()
                break
            }
        }
        return result
    }

    // MARK: Court caption

    private static func readCourtCaption(_ lines: [HeaderLine], _ page1: [Int], _ parameters: StructureParameters) -> Result? {
        // The text starts no later than its first numbered paragraph ("1. The first of these
        // cases …", issue11913).
        let numbered = page1.first { i in
            lines[i].text.split(separator: " ").first.map { Label.parse(String($0), parameters: parameters) != nil } ?? false
        }
        guard let running = [firstRunningText(lines, page1, parameters), numbered].compactMap({ $0 }).min() else { return nil }
        let above = page1.filter { $0 < running }
        let texts = above.map { lines[$0].text }
        let namesCourt = texts.contains { RegexCache.shared.matches(EnglishPatterns.court, $0) }
        let namesParties = texts.contains {
            RegexCache.shared.matches(EnglishPatterns.captionParties, $0)
        }
        guard namesCourt, namesParties,
              let last = above.last(where: { isCaptionLine(lines[$0].text) }) else { return nil }
        // The caption ends at its last caption line; what follows it, up to the running text,
        // opens the body ("Introduction"; the one-line first paragraph of ca5_00516242060).
        let front = above.filter { $0 <= last }
        var result = Result()
        for i in front {
            result.consumed.insert(i)
            result.furniture.append((i, .caption))
        }
        result.diagnostics.append(Diagnostic(.headerNotUN,
                                             message: "no UN document symbol in the header: read as a court document (caption to furniture, metadata left empty)", page: 1))
        return result
    }

    /// A line of a caption: the court, a party and its role, a case number, the filing date,
    /// the panel ("Before …, Circuit Judges.", "Angela T. Quigless, P.J., …"), the author line
    /// ("Per Curiam:"), the bracket column of a caption table (")"), or a line in capitals.
    static func isCaptionLine(_ text: String) -> Bool {
        if RegexCache.shared.matches(EnglishPatterns.captionLine, text) {
            return true
        }
        return mostlyCapitals(text)
    }

    /// Most letters are capitals: party names in a caption ("INVESTIGATION, BOB SCHURMEIER, in
    /// his official capacity.", broken-mime).
    static func mostlyCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.filter(\.isUppercase).count * 2 > letters.count
    }

    /// The first of two consecutive page-1 lines set to the full measure (both reach the right
    /// edge that most long lines of the page share: justified text), not in capitals (a caption's
    /// party names can fill the measure).
    private static func firstRunningText(_ lines: [HeaderLine], _ page1: [Int], _ p: StructureParameters) -> Int? {
        var edges: [Int: Int] = [:]
        for i in page1 where lines[i].text.split(separator: " ").count >= p.runningTextMinWords {
            edges[(lines[i].x1 / p.runningTextEdgeBin).saturatingInt(), default: 0] += 1
        }
        guard let edge = edges.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              edge.value >= p.runningTextMinLines else { return nil }
        let right = Double(edge.key) * p.runningTextEdgeBin
        func full(_ i: Int) -> Bool {
            abs(lines[i].x1 - right) <= p.runningTextEdgeTolerance && lines[i].text.split(separator: " ").count >= p.runningTextMinWords
                && !mostlyCapitals(lines[i].text)
        }
        for (a, b) in zip(page1, page1.dropFirst()) where full(a) && full(b) {
            return a
        }
        return nil
    }
}
