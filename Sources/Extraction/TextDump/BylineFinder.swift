import TextCore

/// Authors from byline lines near the headline: "By X and Y", "Written by X", "Author: X",
/// "X | Staff writer", "X, Senior Reporter", a "By" line followed by the name, and, weakest,
/// a bare name right beside the dateline.
enum BylineFinder {
    struct Byline {
        var authors: [String]
        var lines: [Int]
        var source: FieldSource
    }

    /// `window` is around the headline; `later` (the body and just below it) is read for
    /// labelled bylines only ("Written by X" at the end of the story).
    static func find(_ lines: [DumpLine], window: Range<Int>, later: Range<Int> = 0..<0,
                     dateLines: Set<Int>, headline: Int?, _ t: DumpTunables = DumpTunables()) -> Byline? {
        if let byline = labelled(lines, in: window, source: .byline, t) { return byline }
        // A kicker or category ("Marketing Strategy") also sits beside the date; a person's
        // name is not made of the headline's words.
        let headlineWords = Set(headline.map { lines[$0].text.lowercased().split { !$0.isLetter } } ?? [])
        for index in window where isBareName(lines[index]) && isBesideDate(index, dateLines) && index != headline {
            let words = lines[index].text.lowercased().split { !$0.isLetter }
            if !words.contains(where: headlineWords.contains), let names = BylineNames.parse(lines[index].text) {
                return Byline(authors: names, lines: [index], source: .bylineBesideDate)
            }
        }
        return labelled(lines, in: later, source: .bylineBelow, t)
    }

    private static func labelled(_ lines: [DumpLine], in range: Range<Int>, source: FieldSource, _ t: DumpTunables) -> Byline? {
        for index in range where lines[index].words <= t.maxBylineWords {
            let line = lines[index]
            if let names = authors(in: line.text) { return Byline(authors: names, lines: [index], source: source) }
            if isLabelOnly(line), index + 1 < lines.count, let names = BylineNames.parse(lines[index + 1].text) {
                return Byline(authors: names, lines: [index, index + 1], source: source)
            }
        }
        return nil
    }

    /// Names when `text` is a byline of one of the labelled shapes.
    static func authors(in text: Substring) -> [String]? {
        if let rest = BylineWords.afterOpening(text) { return BylineNames.parse(rest) }
        let lowered = text.lowercased()
        // "October 11, 2023 by Jane Doe", "Published August 7 by Jane Doe".
        if let by = lowered.firstRange(of: " by ") {
            let before = lowered[..<by.lowerBound]
            if before.contains(where: \.isNumber) || DateLabelWords.label(for: [String(before.split(separator: " ").first ?? "")]) != .unlabelled {
                let offset = lowered.distance(from: lowered.startIndex, to: by.upperBound)
                return BylineNames.parse(text.dropFirst(offset))
            }
        }
        for separator in ["|", ",", " - ", " – ", " — "] {
            guard let range = text.firstRange(of: separator) else { continue }
            let role = text[range.upperBound...].lowercased()
            if roles.contains(where: role.contains) { return BylineNames.parse(text[..<range.lowerBound]) }
        }
        return nil
    }

    private static let roles = ["writer", "reporter", "editor", "correspondent", "contributor", "columnist",
                                "journalist", "staff"]

    private static func isLabelOnly(_ line: DumpLine) -> Bool {
        ["by", "written by", "author", "authors", "posted by", "about the author"].contains(line.phraseKey)
    }

    /// A bare line that could be a person's name: two to six capitalised words in mixed case,
    /// none of them one of the words menus and section labels are made of.
    private static func isBareName(_ line: DumpLine) -> Bool {
        guard (2...6).contains(line.words), line.capitalisedWords == line.words, !line.endsSentence,
              line.kind == .short, !line.text.contains(where: { $0.isNumber || "&;/#@".contains($0) }) else { return false }
        let words = line.text.split(separator: " ")
        return words.first.map { $0.contains(where: \.isLowercase) } == true
            && !words.contains { labelWords.contains($0.lowercased()) }
    }

    private static let labelWords: Set<String> = [
        "the", "now", "get", "find", "started", "jobs", "news", "recent", "tips", "updates", "strategy",
        "order", "more", "our", "your", "home", "blog", "about", "contact", "menu", "search", "login", "top",
        "best", "guide", "guides", "latest", "trending", "popular", "featured", "all", "new", "free", "shop",
    ]

    private static func isBesideDate(_ index: Int, _ dateLines: Set<Int>) -> Bool {
        dateLines.contains(index + 1) || dateLines.contains(index - 1) || dateLines.contains(index + 2)
    }
}
