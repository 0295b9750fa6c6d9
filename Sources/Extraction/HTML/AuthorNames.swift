import Foundation
import TextCore

/// Cleans author strings from metadata and bylines: "By Jane Doe" -> "Jane Doe", profile URLs,
/// site names and non-names ("Donnerstag", "Von") dropped, duplicates removed in order.
enum AuthorNames {
    /// `keepSiteName`: the site's own name counts as a name. Pages whose only author is the
    /// organisation that publishes them ("Acme" on acme.com's blog, a newsletter named after its
    /// writer) name it as the author; callers take it only when no person is named anywhere.
    static func clean(_ raw: [String], siteName: String?, keepSiteName: Bool = false,
                      tunables t: HTMLTunables = HTMLTunables()) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for value in raw {
            let spaced = HTMLEntities.decode(value).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let name = cutAtSeparator(String(afterLeadAndOpening(spaced, maxLeadWords: t.authorLeadMaxWords)), siteName: siteName, tunables: t)
            guard !name.isEmpty, name.count <= t.authorMaxCharacters, !name.contains("://"), !name.hasPrefix("@"),
                  !BylineWords.isNoPerson(name, siteName: keepSiteName ? nil : siteName),
                  seen.insert(name.lowercased()).inserted else { continue }
            names.append(name)
        }
        return names
    }

    /// The name after an opening ("By", "Von") and after a lead of up to `maxLeadWords` words
    /// (`HTMLTunables.authorLeadMaxWords`) before "by" ("Text by Jane Doe", "Authored by: Jane
    /// Doe", "View all posts by Jane Doe"), except a reviewer's or an editor's credit ("Reviewed
    /// by"), which names someone else.
    private static func afterLeadAndOpening(_ text: String, maxLeadWords: Int) -> Substring {
        if let rest = BylineWords.afterOpening(text) { return rest }
        let words = text.split(separator: " ", maxSplits: max(0, maxLeadWords) + 1)
        guard words.count >= 3, let by = words.indices.dropFirst().dropLast().first(where: {
            words[$0].lowercased().trimmingCharacters(in: .punctuationCharacters) == "by"
        }), by <= maxLeadWords, !BylineWords.creditLeads.contains(words[by - 1].lowercased()) else { return text[...] }
        return text[words[by + 1].startIndex...].drop { $0 == ":" || $0.isWhitespace }
    }

    /// Bylines run on into roles, dates and outlets: "Jane Doe | Updated May 5", "Jane Doe, USA TODAY",
    /// "Jane Doe ⋅ Review Editor", "Jane Doe Senior Reporter", "Jane Doe am Samstag".
    private static func cutAtSeparator(_ name: String, siteName: String?, tunables t: HTMLTunables) -> String {
        var result = name
        for separator in [" | ", " • ", " · ", " ⋅ ", " — ", " – ", " - ", "\n", " on ", " in ", " Updated", " Published",
                          " Posted", ". Reviewed", " Reviewed by", " View "] {
            if let range = result.range(of: separator) { result = String(result[..<range.lowerBound]) }
        }
        if let site = siteName, let range = result.range(of: ", " + site, options: .caseInsensitive) {
            result = String(result[..<range.lowerBound])
        }
        // A date or a job title run on after the name: "Sofia Gonzalez December 2, 2025", "Jane
        // Doe 12.03.2024", "Jane Doe Samstag", "Keith Barry Senior Autos Reporter". A role cuts
        // only after two words, so "Chief" or "Head" as the name's own word stays, and only in
        // a name-sized text: cut out of an author box's bio ("Jane Doe is a Senior Manager at
        // …") it leaves a sentence.
        let words = separatingGluedDays(result.split(separator: " "))
        let roleCuts = result.count <= t.authorMaxCharacters
        if let cut = words.indices.first(where: { i in
            let word = words[i].lowercased().trimmingCharacters(in: .punctuationCharacters)
            // A month before a number starts a date even as the first word: "Dec 17, 2025" names no one.
            let startsDate = CalendarWords.month(word) != nil && i + 1 < words.count && words[i + 1].first?.isNumber == true
            return startsDate || i > 0 && (words[i].first?.isNumber == true || CalendarWords.weekday(word, abbreviated: false) != nil
                || roleCuts && i > 1 && words[i].first?.isUppercase == true && BylineWords.roles.contains(word))
        }) {
            var kept = words[..<cut]
            // "Moritz Gathmann am" once the date is cut: a particle does not end a name.
            while kept.count > 1, let last = kept.last, BylineWords.isParticle(last) { kept = kept.dropLast() }
            result = kept.joined(separator: " ")
        }
        return String(result.trimmingWhitespace()).trimmingCharacters(in: CharacterSet(charactersIn: ",;:"))
    }

    /// The name's element and the date's element sit side by side with no space between them, so
    /// their text runs together: "Lucas Nolan22 Dec 2016", "Nicole Collignon22. Februar 2020". A
    /// word of letters ending in a one- or two-digit day before a month name is split there, and
    /// the date is then cut like any other.
    private static func separatingGluedDays(_ words: [Substring]) -> [Substring] {
        var result: [Substring] = []
        for (i, word) in words.enumerated() {
            let day = word.reversed().drop { $0 == "." }.prefix { $0.isNumber }
            let letters = word.dropLast(word.count - word.reversed().drop { $0 == "." || $0.isNumber }.count)
            guard i + 1 < words.count, (1...2).contains(day.count), !letters.isEmpty, letters.allSatisfy(\.isLetter),
                  CalendarWords.month(words[i + 1].lowercased().trimmingCharacters(in: .punctuationCharacters)) != nil else {
                result.append(word)
                continue
            }
            result.append(letters)
            result.append(word[letters.endIndex...])
        }
        return result
    }
}
