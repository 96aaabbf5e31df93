/// How UN document symbols are formed, from the numbering of each organ's texts
/// (UN Documentation: "United Nations Documentation: Research Guide — Document symbols").
///
/// - General Assembly resolutions since the 31st session: `A/RES/<session>/<number>`; special
///   and emergency special sessions `A/RES/S-10/2`, `A/RES/ES-10/23`; before: `A/RES/1514(XV)`.
///   Decisions: `A/DEC/<session>/<number>`.
/// - Security Council resolutions: `S/RES/<number> (<year>)`.
/// - Human Rights Council: `A/HRC/RES/<session>/<number>`, `A/HRC/DEC/<session>/<number>`.
/// - Economic and Social Council: `E/RES/<year>/<number>`, `E/DEC/<year>/<number>`; the
///   Commission on Human Rights: `E/CN.4/RES/<year>/<number>`.
/// These are facts of the symbol system, not of a language.
public enum SymbolRules {
    /// A resolution or decision number: `70/1`, `ES-10/23`, `S-30/1`, `1980/67`, `2334 (2016)`,
    /// `1514 (XV)`, `2200 A (XXI)`, and UNFCCC decisions `1/CP.21`.
    static let numberPattern = #"\d{1,3}/(?:CP|CMP|CMA)\.\d{1,2}(?![\w/])|(?:ES-|S-)?\d{1,4}/\d{1,4}(?: [A-Z](?=[ ,;.)]|$))?(?![\w/]|\.\d)|\d{1,4} \(\d{4}\)|\d{1,4}(?: [A-Z])? \((?:ES-|S-)?[IVXL]{1,6}\)"#

    /// Series that open the symbols the rules read (the first element of the symbol).
    public static let series = ["A", "S", "E", "ST", "FCCC", "UNEP", "NPT", "CD", "ISBA", "SPLOS", "CBD", "CCW",
                                "CLCS", "TD", "TPNW", "CTOC", "DP", "ICCD", "CEDAW", "CRC", "CCPR", "CERD", "CAT",
                                "CRPD", "CMW", "APLC", "BWC", "UNW", "HSP", "CTBT", "IDB", "UNCITRAL"]

    /// A symbol of a known series: elements of letters and digits joined by "/", dots and
    /// hyphens inside an element ("C.3", "L.20", "Add.2", "ES-10"); `S/RES/2803 (2025)` keeps its year.
    /// A joint symbol ("E/CN.4/2001/2-E/CN.4/Sub.2/2000/46") is two symbols: an element does not
    /// run on past a hyphen that opens another series.
    static let symbolPattern: String = {
        let series = "(?:" + Self.series.joined(separator: "|") + ")"
        let element = #"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+|-(?!"# + series + #"/)[A-Za-z0-9]+)*"#
        return #"(?<![\w/.])"# + series + "(?:/" + element + ")*/(?=[A-Za-z0-9.\\-]*\\d)" + element + "(?:/" + element + ")*"
            + #"(?:(?<=S/RES/\d{1,4}) \(\d{4}\))?(?![\w/])"#
    }()

    /// What a reader would take for a symbol: capitals, then "/" (perhaps with spaces around it)
    /// and more elements.
    static let symbolLikePattern = #"(?<![\w/.\-])[A-Z][A-Z0-9.\-]*(?: ?/ ?[A-Za-z0-9.\-()]+)+"#

    /// The organ of a symbol: `A/HRC/…` the Human Rights Council, `A/…` the General Assembly,
    /// `S/…` the Security Council, `E/…` the Economic and Social Council; nil for other series.
    public static func organ(ofSymbol symbol: String) -> String? {
        if symbol.hasPrefix("A/HRC/") { return "Human Rights Council" }
        if symbol.hasPrefix("A/") { return "General Assembly" }
        if symbol.hasPrefix("S/") { return "Security Council" }
        if symbol.hasPrefix("E/CN.4/") { return "Commission on Human Rights" }
        if symbol.hasPrefix("E/") { return "Economic and Social Council" }
        return nil
    }

    /// The organ of a cited resolution or decision: the one printed (`printed`, a full name or
    /// `CitationVocabulary.ownOrgan`), else the one the number's form implies: `2334 (2016)` the
    /// Security Council, `1514 (XV)` and `ES-10/23` the General Assembly, `1980/67` (a year) the
    /// nobody (a year-numbered one, `1980/67`, may be the Economic and Social Council's or one of
    /// its commissions'), `70/1` the citing document's organ when that is the General
    /// Assembly or the Human Rights Council, else the General Assembly.
    static func organ(printed: String?, number: String, documentOrgan: String?) -> String? {
        let own = CitationVocabulary.ownOrgan
        if let printed {
            if printed == own { return documentOrgan }
            if printed.hasPrefix(own) {
                let suffix = String(printed.dropFirst(own.count))
                return documentOrgan.flatMap { $0.hasSuffix(suffix) ? $0 : nil }
            }
            return printed
        }
        switch NumberForm(number) {
        case .unfccc: return nil
        case .securityCouncil: return "Security Council"
        case .oldAssembly, .emergencySpecial: return "General Assembly"
        // A year-numbered resolution may be the Economic and Social Council's, a commission's
        // or a subcommission's (A/RES/78/199: "resolution 2000/22 … by the Subcommission"): unknown.
        case .year: return nil
        case .special, .session:
            return documentOrgan == "Human Rights Council" ? documentOrgan : "General Assembly"
        }
    }

    /// The symbol of resolution or decision `number` of `organ`, or nil when the organ is unknown
    /// or does not number its texts that way.
    static func symbol(kind: Citation.Kind, organ: String?, number: String) -> String? {
        let form = NumberForm(number)
        let res = kind == .decision ? "DEC" : "RES"
        switch (organ, form) {
        case ("General Assembly", .session), ("General Assembly", .special), ("General Assembly", .emergencySpecial):
            // "50/70 M": part M of resolution 50/70, which is one document.
            return "A/\(res)/\(number.split(separator: " ")[0])"
        case ("General Assembly", .oldAssembly) where kind == .resolution:
            // "2200 A (XXI)" → A/RES/2200(XXI): the letter names a part of the resolution.
            let parts = number.split(separator: " ")
            return "A/RES/\(parts[0])\(parts.last!)"
        case ("Security Council", .securityCouncil) where kind == .resolution:
            return "S/RES/\(number)"
        case ("Human Rights Council", .session), ("Human Rights Council", .special):
            return "A/HRC/\(res)/\(number.split(separator: " ")[0])"
        case ("Economic and Social Council", .year):
            return "E/\(res)/\(number)"
        case ("Commission on Human Rights", .year):
            return "E/CN.4/\(res)/\(number)"
        default:
            return nil
        }
    }

    /// The forms a resolution or decision number takes.
    enum NumberForm {
        case session, special, emergencySpecial, year, securityCouncil, oldAssembly, unfccc
        init(_ number: String) {
            if number.contains(".") { self = .unfccc }
            else if number.hasPrefix("ES-") { self = .emergencySpecial }
            else if number.hasPrefix("S-") { self = .special }
            else if number.contains("(") {
                self = number.last == ")" && number.dropLast().last?.isNumber == true ? .securityCouncil : .oldAssembly
            } else if let first = Int(number.split(separator: "/")[0]), first >= 1946 { self = .year }
            else { self = .session }
        }
    }
}
