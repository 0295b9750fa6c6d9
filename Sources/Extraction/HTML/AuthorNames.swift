import Foundation
import TextCore

/// Cleans author strings from metadata and bylines: "By Jane Doe" -> "Jane Doe", profile URLs,
/// site names and non-names ("Donnerstag", "Von") dropped, duplicates removed in order.
enum AuthorNames {
    static func clean(_ raw: [String], siteName: String?) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for value in raw {
            let spaced = HTMLEntities.decode(value).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let name = cutAtSeparator(String(BylineWords.afterOpening(spaced) ?? spaced[...]), siteName: siteName)
            guard !name.isEmpty, name.count <= 80, !name.contains("://"), !name.hasPrefix("@"),
                  !BylineWords.isNoPerson(name, siteName: siteName), seen.insert(name.lowercased()).inserted else { continue }
            names.append(name)
        }
        return names
    }

    /// Bylines run on into roles, dates and outlets: "Jane Doe | Updated May 5", "Jane Doe, USA TODAY".
    private static func cutAtSeparator(_ name: String, siteName: String?) -> String {
        var result = name
        for separator in [" | ", " • ", " · ", " — ", " – ", " - ", "\n", " on ", " Updated", " Published", " Posted"] {
            if let range = result.range(of: separator) { result = String(result[..<range.lowerBound]) }
        }
        if let site = siteName, let range = result.range(of: ", " + site, options: .caseInsensitive) {
            result = String(result[..<range.lowerBound])
        }
        // A date run on after the name: "Sofia Gonzalez December 2, 2025", "Jane Doe 12.03.2024".
        let words = result.split(separator: " ")
        if let cut = words.indices.first(where: { i in
            i > 0 && (words[i].first?.isNumber == true || CalendarWords.month(words[i].lowercased().trimmingCharacters(in: .punctuationCharacters)) != nil
                && i + 1 < words.count && words[i + 1].first?.isNumber == true)
        }) {
            result = words[..<cut].joined(separator: " ")
        }
        return String(result.trimmingWhitespace()).trimmingCharacters(in: CharacterSet(charactersIn: ",;:"))
    }
}
