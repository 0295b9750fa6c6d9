/// The publication day many sites put in their article URLs: "/2025/07/01/slug",
/// "/2025-07-01-slug", "/20250701/", and as whole path segments "/2020/oct/02/" (The Guardian,
/// The Washington Times) and "/2017/7/12/" (Squarespace, Vox Media), and a last path segment
/// that is a day-first or month-first date with nothing else, "/meldungen/29-10-2021" (when its
/// order is unambiguous). Month-only paths ("/2025/07/") say too little.
public enum URLDate {
    public static func find(in url: String) -> CalendarDate? {
        let path = url.split(separator: "?", maxSplits: 1).first ?? ""
        let tokens = DateToken.tokenize(path.prefix(2048))
        for index in tokens.indices where tokens[index].kind == .number {
            let digits = tokens[index].text
            if let date = CalendarDate(basicISO: digits), date.year >= 1995 {
                return date
            }
            guard digits.count == 4, index + 4 < tokens.count,
                  let year = tokens[index].number, year >= 1995,
                  ["/", "-", "_"].contains(tokens[index + 1].text), tokens[index + 3].text == tokens[index + 1].text,
                  tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2,
                  tokens[index + 4].kind == .number, tokens[index + 4].text.count == 2,
                  let month = tokens[index + 2].number, let day = tokens[index + 4].number,
                  let date = CalendarDate(year: year, month: month, day: day) else {
                if let date = pathSegments(tokens, year: index) { return date }
                continue
            }
            return date
        }
        return lastSegment(path)
    }

    /// "/29-10-2021", "/10-29-2021/" as the path's last segment, read in the only order it can have.
    private static func lastSegment(_ path: Substring) -> CalendarDate? {
        let segments = path.split(separator: "/")
        guard segments.count >= 2, let last = segments.last else { return nil }
        let parts = last.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]), year >= 1995 else { return nil }
        if first > 12 { return CalendarDate(year: year, month: second, day: first) }
        if second > 12 { return CalendarDate(year: year, month: first, day: second) }
        return nil
    }

    /// "/YYYY/mon/D/" or "/YYYY/M/D/" at the year token `index`: each part a whole path segment.
    private static func pathSegments(_ tokens: [DateToken], year index: Int) -> CalendarDate? {
        guard index > 0, index + 5 < tokens.count, tokens[index - 1].text == "/", let year = tokens[index].number,
              tokens[index].text.count == 4, year >= 1995,
              tokens[index + 1].text == "/", tokens[index + 3].text == "/", tokens[index + 5].text == "/",
              tokens[index + 4].kind == .number, tokens[index + 4].text.count <= 2, let day = tokens[index + 4].number else { return nil }
        let part = tokens[index + 2]
        let month: Int?
        switch part.kind {
        case .word: month = CalendarWords.month(part.text)
        case .number: month = part.text.count <= 2 ? part.number : nil
        case .mark: month = nil
        }
        return month.flatMap { CalendarDate(year: year, month: $0, day: day) }
    }
}
