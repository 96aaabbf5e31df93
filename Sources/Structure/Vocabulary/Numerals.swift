extension LanguageVocabulary {
    /// The values of the roman digits of paragraph and item labels ("IV." → 4, "(xii)" → 12).
    public static let romanNumeralValues: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
    /// Month numbers of a date (1 = January).
    public static let monthNumbers = 1...12
    /// Day numbers of a date.
    public static let dayNumbers = 1...31
}
