/// The publication day many sites put in their article URLs: "/2025/07/01/slug",
/// "/2025-07-01-slug", "/20250701/". Month-only paths ("/2025/07/") say too little.
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
                  let date = CalendarDate(year: year, month: month, day: day) else { continue }
            return date
        }
        return nil
    }
}
