/// The word lists that several enrichers share, loaded once on first use (Swift initialises static
/// stored properties lazily and thread-safely).
enum Lexicon {
    /// Lower-case English words (SCOWL, Debian wamerican): English's `LanguageResources.commonWords`.
    static let englishWords: Set<String> = ResourceFile.wordSet("common-words")
    /// Given names (US census via PyPI names).
    static let givenNames: Set<String> = ResourceFile.wordSet("given-names")
    /// Well-known organisations without an organisation word in their name (written by us).
    static let organisations: PhraseTable<Bool> = {
        var table = PhraseTable<Bool>()
        for name in ResourceFile.lines("organisations", "txt") { table.add(String(name), true) }
        return table
    }()

    /// "We’ll", "Don't": a contraction is a function word, whatever its case.
    static func isContraction(_ t: Token) -> Bool {
        guard let apostrophe = t.text.unicodeScalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        let rest = t.text.unicodeScalars[t.text.unicodeScalars.index(after: apostrophe)...]
        return !rest.isEmpty && rest.allSatisfy(\.isLowerCaseLetter) && rest.count <= 2
    }

    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
        "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
}
