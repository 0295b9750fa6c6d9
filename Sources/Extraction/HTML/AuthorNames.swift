import Foundation

/// Cleans author strings from metadata and bylines: "By Jane Doe" -> "Jane Doe", profile URLs
/// and site names dropped, duplicates removed in order.
enum AuthorNames {
    static func clean(_ raw: [String], siteName: String?) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for value in raw {
            var name = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for prefix in ["by ", "von ", "par ", "por ", "written by ", "posted by ", "author: "] where name.lowercased().hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count))
            }
            name = String(name.trimmingWhitespace())
            guard !name.isEmpty, name.count <= 80, !name.contains("://"), !name.hasPrefix("@"),
                  name.lowercased() != siteName?.lowercased(), seen.insert(name.lowercased()).inserted else { continue }
            names.append(name)
        }
        return names
    }
}
