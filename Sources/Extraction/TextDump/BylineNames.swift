import TextCore

/// Person names out of the text after a byline label: cut at the first thing that is not part
/// of a name (a date, "Published", a lower-case word), split on commas, "and", "&".
enum BylineNames {
    static func parse(_ text: Substring) -> [String]? {
        var names: [[Substring]] = [[]]
        let rawWords = text.split(whereSeparator: \.isWhitespace)
        for (position, rawWord) in rawWords.enumerated() {
            // A separator ("|", "–", "·") ends the byline's names.
            guard rawWord.contains(where: { $0.isLetter }) else { break }
            let word = rawWord.trimmingCharacters(of: ",;:|")
            if joiners.contains(word.lowercased()) {
                names.append([])
                continue
            }
            // "May" is a name, "May 3, 2025" is where the name ended.
            let next = position + 1 < rawWords.count ? rawWords[position + 1] : ""
            let lowered = word.lowercased()
            let startsDate = CalendarWords.month(lowered) != nil && next.first?.isNumber == true
                || CalendarWords.weekday(lowered, abbreviated: false) != nil
            guard isNameWord(word), !startsDate else { break }
            names[names.count - 1].append(word)
            if rawWord.hasSuffix(",") { names.append([]) }
        }
        var result: [String] = []
        for words in names where !words.isEmpty {
            let name = words.joined(separator: " ")
            if BylineWords.isNoPerson(name, siteName: nil) { continue }
            // Post-nominals ("MS, RD") belong to the name before them.
            if words.contains(where: { BylineWords.roles.contains($0.lowercased()) }) {
                continue  // "Sr. Director", "CEO": the person's role, not another person
            } else if words.count == 1, isPostNominal(words[0]), let last = result.popLast() {
                result.append(last + ", " + name)
            } else if words.count <= 5 {
                result.append(name)
            } else {
                return nil
            }
        }
        return result.isEmpty ? nil : result
    }

    /// Whether every word of `text` belongs to a name or joins two ("Jane Doe and John Roe"):
    /// a sentence's lower-case words do not.
    static func isNamesOnly(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        return !words.isEmpty && words.allSatisfy { rawWord in
            let word = rawWord.trimmingCharacters(of: ",;:|")
            return joiners.contains(word.lowercased()) || isNameWord(word)
        }
    }

    private static let joiners: Set<String> = ["and", "&", "und", "et", "y"]

    private static let particles: Set<String> = ["de", "van", "von", "der", "den", "da", "di", "du", "le", "la",
                                                 "bin", "al", "el", "del", "dos", "ten", "ter"]

    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first, word.count <= 30, !word.contains(where: \.isNumber) else { return false }
        if particles.contains(String(word)) { return true }
        return first.isUppercase && !notNames.contains(String(word))
    }

    /// Capitalised words that end a byline rather than continue the name.
    private static let notNames: Set<String> = [
        "Published", "Updated", "Posted", "Last", "On", "In", "Share", "Follow", "Staff", "Read", "View",
        "Profile", "Reviewed", "Fact", "Edited", "Photos", "Photo", "Video", "Min", "Minute", "Comments",
    ]

    private static func isPostNominal(_ word: Substring) -> Bool {
        word.count <= 5 && word.allSatisfy { $0.isUppercase || $0 == "." }
    }
}

extension StringProtocol {
    func trimmingCharacters(of set: String) -> SubSequence {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
