import Foundation

/// Paragraph labels as printed in UN and other official documents.
public enum Label: Equatable, Sendable {
    /// Operative or numbered paragraph: "1.", "12."
    case arabic(Int)
    /// Recital or point in parentheses: "(1)", "(12)" (EU acts).
    case parenArabic(Int)
    /// Sub-item letter: "(a)", "(aa)"
    case letter(String)
    /// Sub-sub-item roman: "(i)", "(iv)"
    case parenRoman(String)
    /// Section heading: "I.", "IV."
    case roman(String)
    /// Sub-section heading: "A."
    case capital(String)
    /// Decimal paragraph number: "2.2.1." (UN Regulation No. 17), "19.29" (E/ESCWA/EDID/2017/IG.3/10).
    /// Read only at a paragraph's start (`BlockClassifier.isDecimalLabel`), never by `parse`: a
    /// figure at a line's start ("12.5 per cent") must not open a paragraph.
    case decimal(String)
    /// A bullet: "•", "▪" (FRA.pdf), "●"; a dash "-" or "–" only where a paragraph opens
    /// (E/ESCWA/30/11: "- Report of the third meeting of the Executive Committee, …").
    case bullet(String)

    /// The bullet glyphs that open an item wherever they start a line.
    static let bulletGlyphs: Set<String> = ["•", "▪", "●", "◦", "■", "□", "‣", "⁃", "➢", "✓"]
    /// Dashes that open an item only at a paragraph's start: inside a paragraph a spaced dash
    /// may start a wrapped line, and a table's empty cell is a dash.
    static let bulletDashes: Set<String> = ["-", "–"]

    /// Whether this is a bullet (which a table cell may open: A/80/605 p. 71).
    public var isBullet: Bool { if case .bullet = self { return true }; return false }
    /// A paragraph number: "1.", "-1", "1-".
    public var isArabicNumber: Bool { if case .arabic = self { return true }; return false }

    /// The bullet `token` stands for, if it is one (`dashes`: whether a dash counts).
    public static func bullet(_ token: String, dashes: Bool) -> Label? {
        bulletGlyphs.contains(token) || (dashes && bulletDashes.contains(token)) ? .bullet(token) : nil
    }

    /// Recognises a label token (the first word of a line).
    /// - Parameter p: the thresholds in force (`numberLabelMaxLength`, `parenLabelMaxLength`, …).
    public static func parse(_ token: String, parameters p: StructureParameters = .standard) -> Label? {
        // At most three digits: a four-digit number ending a sentence at the start of a line is
        // a year or the end of a number cut at a line end ("… by September 21, / 2020.",
        // "call 206–231– / 3195.", federal-register-2020-17221), not a paragraph number.
        if let bullet = bullet(token, dashes: false) { return bullet }
        // Every label below opens with "-" or "(" or ends with ".", "-" or ")", and no other
        // text is canonically equivalent to those: other words (most first words) stop here.
        guard let head = token.utf8.first, let tail = token.utf8.last,
              head == 0x2D || head == 0x28 || tail == 0x2E || tail == 0x2D || tail == 0x29 else { return nil }
        if let section = namedSection(token) { return section }
        if token.count <= p.numberLabelMaxLength, token.hasSuffix("."), let n = Int(token.dropLast()), n > 0 { return .arabic(n) }
        // Arabic documents number paragraphs "1-" (read from the right; Poppler's own text
        // gives "-1"): E/ESCWA/2017/EC.4/4, E/ESCWA/30/18/Report.
        if token.count <= p.numberLabelMaxLength, token.hasSuffix("-") || token.hasPrefix("-"),
           let n = Int(token.hasSuffix("-") ? token.dropLast() : token.dropFirst()), n > 0 { return .arabic(n) }
        if token.hasPrefix("("), token.hasSuffix(")"), token.count >= p.parenLabelMinLength, token.count <= p.parenLabelMaxLength {
            let inner = String(token.dropFirst().dropLast())
            if inner.count <= p.parenNumberMaxDigits, let n = Int(inner), n > 0 { return .parenArabic(n) }
            if inner.allSatisfy({ "ivxl".contains($0) }) { return .parenRoman(inner) }
            if inner.count <= 2, inner.allSatisfy({ $0.isLowercase && $0.isLetter }) { return .letter(inner) }
            // Arabic items "(أ)", "(ب)" (E/ESCWA/30/18/Report).
            if inner.count == 1, inner.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) }) { return .letter(inner) }
            return nil
        }
        // French, Spanish and Russian editions print sub-items "a)" and "i)", without the
        // opening parenthesis (Samples/A_RES_91_140, A_RES_91_151, A_RES_91_163).
        if token.hasSuffix(")"), !token.contains("("), token.count >= 2, token.count <= p.halfParenLabelMaxLength {
            let inner = String(token.dropLast())
            if inner.allSatisfy({ "ivxl".contains($0) }) { return .parenRoman(inner) }
            if inner.count <= 2, inner.allSatisfy({ $0.isASCII && $0.isLowercase && $0.isLetter }) { return .letter(inner) }
            return nil
        }
        if token.hasSuffix("."), token.count >= 2, token.count <= p.romanLabelMaxLength {
            let inner = token.dropLast()
            if inner.allSatisfy({ "IVXLC".contains($0) }) { return .roman(String(inner)) }
            if inner.count == 1, inner.first!.isUppercase, inner.first!.isLetter { return .capital(String(inner)) }
        }
        return nil
    }

    /// A section label written as a word and a dash, as Arabic documents print "A." and "I.":
    /// "ألف-" is section letter 1, "ثانياً-" chapter 2 (`LanguageVocabulary.sectionLetters`,
    /// `sectionOrdinals`). The label keeps the word as printed.
    static func namedSection(_ token: String) -> Label? {
        guard token.hasSuffix("-") || token.hasPrefix("-"), token.unicodeScalars.count > 2,
              let first = token.unicodeScalars.first(where: { $0 != "-" }), (0x0600...0x06FF).contains(first.value) else { return nil }
        let word = LanguageVocabulary.withoutMarks(String(token.filter { $0 != "-" }))
        if LanguageVocabulary.anySectionLetter[word] != nil { return .capital(word) }
        if LanguageVocabulary.anySectionOrdinal[word] != nil { return .roman(word) }
        return nil
    }

    /// The value of a roman numeral ("iv" → 4), or nil.
    public static func romanValue(_ s: String) -> Int? {
        let values = LanguageVocabulary.romanNumeralValues
        var total = 0, prev = 0
        for ch in s.lowercased().reversed() {
            guard let v = values[ch] else { return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total
    }
}
