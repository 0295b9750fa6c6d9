import TextCore

/// What bylines are made of besides names, in every language the date grammar reads: the
/// labels and particles they open with ("By", "Von", "Par", "Por", "Di", "Door") and the words
/// that are never a person (weekdays, months, date and label words). Shared by the HTML
/// metadata and byline reader and the text-dump byline finder.
enum BylineWords {
    /// Openings dropped before the name, lower-cased, longest first.
    static let openings = ["written by", "posted by", "words by", "story by", "authors:", "author:", "author ",
                           "autorin:", "autor:", "auteur :", "auteur:", "reporter:", "by:", "by ", "von ", "par ", "por ",
                           "di ", "door "]
    /// `openings` as bytes (all ASCII), for the test every short line of a dump goes through.
    private static let openingBytes = openings.map { Array($0.utf8) }
    private static let longestOpening = openingBytes.map(\.count).max() ?? 0

    /// The name without its opening label or particle (and the colon or spaces after it); nil
    /// when the text has no such opening.
    static func afterOpening<S: StringProtocol>(_ text: S) -> S.SubSequence? {
        let head = ByteSearch.asciiLowercased(text, maxScalars: longestOpening)
        guard let opening = openingBytes.first(where: { head.starts(with: $0) }) else { return nil }
        // The openings are ASCII: their byte count is their character count.
        let rest = text.dropFirst(opening.count)
        // "Autor:innen" is a word (German inclusive plural), not a label.
        if opening.last == UInt8(ascii: ":"), rest.first?.isLowercase == true { return nil }
        return rest.drop { $0 == ":" || $0.isWhitespace }
    }

    /// A name that is no person: every word a particle, weekday, month or label ("Von",
    /// "Donnerstag", "Published", "May 5"), or the site's own name as written (which the HTML
    /// reader still takes when no person is named: `AuthorNames.clean(keepSiteName:)`). (Bylines
    /// such as "Staff", "team" or a blog's handle are what the page names as its author, and are kept.)
    static func isNoPerson(_ name: String, siteName: String?) -> Bool {
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if let site = siteName, name.lowercased() == site.lowercased() { return true }
        return words.allSatisfy { word in
            particles.contains(word) || word.allSatisfy(\.isNumber) || CalendarWords.weekday(word) != nil
                || CalendarWords.month(word, abbreviated: false) != nil || labels.contains(word)
                || DateLabelWords.isLabelOnly([word])
        }
    }

    /// Words before "by" that credit someone other than the author ("Reviewed by", "Fact
    /// checked by", "Photos by"), lower-cased.
    static let creditLeads: Set<String> = ["reviewed", "edited", "checked", "fact-checked", "photos", "photo",
                                           "illustrated", "illustrations", "images", "translated", "produced"]

    /// A credit line: "Reviewed by Jane Doe", "Fact checked by: Jane Doe".
    static func isCredit<S: StringProtocol>(_ text: S) -> Bool {
        let words = text.prefix(40).lowercased().split(separator: " ").prefix(3)
        guard let by = words.firstIndex(where: { $0 == "by" || $0 == "by:" }), by > 0 else { return false }
        return creditLeads.contains(String(words[by - 1]))
    }

    /// A word bylines join names with or run on with ("am", "on", "und"), lower-cased.
    static func isParticle<S: StringProtocol>(_ word: S) -> Bool { particles.contains(word.lowercased()) }

    /// Job titles written after a name ("Jane Doe, Senior Reporter", "Jane Doe Writer"),
    /// lower-cased: a word that is one ends the name.
    static let roles: Set<String> = [
        "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "journalist", "director",
        "founder", "co-founder", "ceo", "coo", "cto", "cfo", "cmo", "president", "manager", "chief", "senior",
        "sr.", "expert", "specialist", "analyst", "vp", "head", "reviewer", "redakteur", "redakteurin",
    ]

    private static let particles: Set<String> = ["by", "von", "vom", "par", "por", "di", "door", "de", "da", "und", "and",
                                                 "et", "y", "e", "und", "the", "am", "um", "on", "le", "la", "el"]
    private static let labels: Set<String> = ["author", "authors", "autor", "autorin", "auteur", "uhr", "min",
                                              "minutes", "read", "lesezeit"]
}
