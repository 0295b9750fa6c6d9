import TextCore

/// Temporal expressions in the body, read with TextCore's date grammar (`DateGrammar.prose`):
/// absolute dates ("July 1, 2025", "1 July 2025", "2025-07-01", "July 2025", "in 2019") and relative
/// ones ("Tuesday", "yesterday", "last year", "this week", "three days ago"). Relative ones and dates
/// without a year resolve only against a trusted publication date. Weekday names that are a person's
/// name ("Chris Monday", "Monday suggested") and the verb "may" are not dates.
struct DateExpressionFinder: Sendable {
    static let noTrustedDate = "no trusted publication date"

    /// Whether a weekday or month word at `i` reads as a name: not led by a temporal preposition and
    /// not followed by a day number.
    static func canBeName(_ doc: Document, at i: Int) -> Bool {
        let tokens = doc.tokens
        if i > 0, DateGrammar.temporalLeads.contains(tokens[i - 1].lower) || tokens[i - 1].kind == .number { return false }
        var j = i + 1
        if j < tokens.count, tokens[j].text == "," { j += 1 }
        if j < tokens.count, tokens[j].kind == .number || Lexicon.month(tokens[j].lower) != nil { return false }
        return true
    }

    /// The prose grammar with each supported language's calendar words (English: `DateGrammar.prose`).
    static let grammars: [String: DateGrammar] = LanguageResources.supportedCodes.reduce(into: [:]) { result, code in
        guard let language = CalendarLanguage(rawValue: code) else { return }
        // Romance languages and Dutch write month and weekday names in lower case.
        var options = DateGrammar.prose.options
        if language != .english && language != .german { options.remove(.capitalisedNames) }
        result[code] = language == .english ? DateGrammar.prose : DateGrammar(languages: [language], options: options)
    }

    func dates(in doc: Document, language: String = "en", publishedAt: String?, excluding names: Set<Int>) -> [DateMention] {
        let anchor = publishedAt.flatMap(CalendarDate.init(iso:))
        let nameStarts = Set(names.filter { $0 < doc.tokens.count }.map { doc.tokens[$0].start })
        let grammar = Self.grammars[language] ?? DateGrammar.prose
        return grammar.mentions(in: doc.scalars, anchor: anchor, unresolvedReason: Self.noTrustedDate,
                                          skipping: nameStarts)
    }
}
