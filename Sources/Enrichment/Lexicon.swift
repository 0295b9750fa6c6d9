import TextCore

/// The word lists that several enrichers share, loaded once on first use (Swift initialises static
/// stored properties lazily and thread-safely).
enum Lexicon {
    /// Lower-case English words (SCOWL, Debian wamerican): English's `LanguageResources.commonWords`.
    static let englishWords: Set<String> = ResourceFile.wordSet("common-words")
    /// Given names (US census via PyPI names, Faker's European and American first names); read them
    /// through `LanguageResources.isGivenName`, which knows the language's function words.
    static let givenNames: Set<String> = ResourceFile.wordSet("given-names")
    /// Last names (Faker's European and American person providers, less common words): a name of
    /// unknown kind that ends in one is a person's.
    static let surnames: Set<String> = ResourceFile.wordSet("surnames")
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

    /// English weekday names, 1 = Sunday (TextCore's calendar words; abbreviations such as "Sun" are names too often).
    static func weekday(_ lower: String) -> Int? { CalendarWords.weekday(lower, in: [.english], abbreviated: false) }
    /// English month names and abbreviations (TextCore's calendar words).
    static func month(_ lower: String) -> Int? { CalendarWords.month(lower, in: [.english]) }

}
