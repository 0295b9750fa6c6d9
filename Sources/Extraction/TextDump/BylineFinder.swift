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
    static func find(_ lines: DumpLineList, window: Range<Int>, later: Range<Int> = 0..<0,
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

    private static func labelled(_ lines: DumpLineList, in range: Range<Int>, source: FieldSource, _ t: DumpTunables) -> Byline? {
        for index in range where lines[index].words <= t.maxBylineWords {
            let line = lines[index]
            if let names = authors(in: line.text, t) { return Byline(authors: names, lines: [index], source: source) }
            if isLabelOnly(line), index + 1 < lines.count, let names = BylineNames.parse(lines[index + 1].text) {
                return Byline(authors: names, lines: [index, index + 1], source: source)
            }
        }
        return nil
    }

    /// Names when `text` is a byline of one of the labelled shapes. Every short line of a dump's
    /// body is asked (bylines also close articles), so the shapes are searched as bytes.
    static func authors(in text: Substring, _ t: DumpTunables = DumpTunables()) -> [String]? {
        // Chinese, Japanese and Korean bylines have no capitals to tell a name: their labels
        // and the name's script and length do ("记者 王某", "作者：王某", "홍길동 기자").
        let limits = t.cjkBylineLimits
        if let names = BylineWords.cjkAuthors(in: text, limits) { return names }
        if let rest = BylineWords.afterOpening(text) { return BylineNames.parse(rest) }
        let lowered = ByteSearch.asciiLowercased(text)
        // "October 11, 2023 by Jane Doe", "Published August 7 by Jane Doe".
        if let by = lowered.firstOffset(of: Self.by) {
            let before = lowered[..<by]
            let firstWord = String(decoding: before.prefix { $0 != 0x20 }, as: UTF8.self).lowercased()
            if before.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || DateLabelWords.label(for: [firstWord]) != .unlabelled {
                return BylineNames.parse(text.dropFirstBytes(by + Self.by.count))
            }
        }
        for separator in Self.separators {
            guard let at = lowered.firstOffset(of: separator) else { continue }
            let roleStart = at + separator.count
            // The role in the name's own clause ("Jane Doe, Senior Reporter"), not a sentence
            // later ("Hello, and welcome! I'm the editor"); and nothing but names before the
            // separator ("Track resources like supplies, equipment, and staff" is a sentence).
            let clauseEnd = Self.clauseEnd(in: lowered, from: roleStart)
            if Self.roles.contains(where: { lowered.firstOffset(of: $0, from: roleStart).map { $0 < clauseEnd } ?? false }),
               BylineNames.isNamesOnly(text.prefixBytes(at)) {
                return BylineNames.parse(text.prefixBytes(at))
            }
        }
        return nil
    }

    private static let by = Array(" by ".utf8)

    /// Where the clause from `start` ends: at "!", "?", or a full stop before a space after a
    /// word of four letters or more; "Sr. Editor" and "U.S. Correspondent" go on.
    private static func clauseEnd(in lowered: [UInt8], from start: Int) -> Int {
        var wordLength = 0
        for index in start..<lowered.count {
            switch lowered[index] {
            case UInt8(ascii: "!"), UInt8(ascii: "?"):
                return index
            case UInt8(ascii: "."):
                if wordLength > 3, index + 1 < lowered.count, lowered[index + 1] == 0x20 { return index }
                wordLength = 0
            case 0x20:
                wordLength = 0
            default:
                wordLength += 1
            }
        }
        return lowered.count
    }
    private static let separators = ["|", ",", " - ", " – ", " — "].map { Array($0.utf8) }
    private static let roles = ["writer", "reporter", "editor", "correspondent", "contributor", "columnist",
                                "journalist", "staff"].map { Array($0.utf8) }

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
