/// Which order a page writes "02/10/2020" in, from the evidence it gives: its own unambiguous
/// slashed dates first ("25/12/2024" can only be day first), then its language and country
/// (`<html lang>`, `og:locale`, the host's country-code domain), then the order of its
/// written-out dates ("3 October 2023" is British, "October 3, 2023" American: a page that
/// writes its dates one way writes its numbers the same way). Only the United States (and the
/// few places that follow it) write month first; without evidence the order is US, the
/// grammar's historical default.
public enum DateOrder {
    public static func slashOrder(pageDates texts: [String], locales: [String], host: String?,
                                  writtenDates: [String] = []) -> DateGrammar.NumericOrder {
        if let order = fromDates(texts) { return order }
        for locale in locales {
            if let order = fromLocale(locale) { return order }
        }
        return host.flatMap(fromHost) ?? fromWrittenDates(writtenDates) ?? .monthFirst
    }

    /// The order most of the texts' written-out full dates show: "3 October 2023", "3. Oktober
    /// 2023" day first; "October 3, 2023" month first. A full date only (the year after the
    /// day and month): "may 3" in prose is no date. A tie says nothing.
    public static func fromWrittenDates(_ texts: [String]) -> DateGrammar.NumericOrder? {
        var dayFirst = 0, monthFirst = 0
        for text in texts {
            let tokens = DateToken.tokenize(text)
            var index = 0
            while index + 2 < tokens.count {
                defer { index += 1 }
                guard let (first, next) = dayOrMonth(tokens, index) else { continue }
                let second = tokens[next]
                var yearIndex = next + 1
                if yearIndex < tokens.count, tokens[yearIndex].text == "," || tokens[yearIndex].text == "." { yearIndex += 1 }
                guard yearIndex < tokens.count, tokens[yearIndex].text.utf8.count == 4,
                      let year = tokens[yearIndex].number, CalendarDate.plausibleYears.contains(year) else { continue }
                if first.kind == .number, second.kind == .word { dayFirst += 1 }
                if first.kind == .word, second.kind == .number { monthFirst += 1 }
            }
        }
        return dayFirst == monthFirst ? nil : dayFirst > monthFirst ? .dayFirst : .monthFirst
    }

    /// A day (1–31, a dot may follow) and a month name in either order at `index`: the first
    /// token and the index of the second.
    private static func dayOrMonth(_ tokens: [DateToken], _ index: Int) -> (DateToken, Int)? {
        let first = tokens[index]
        var next = index + 1
        if first.kind == .number, tokens[next].text == "." { next += 1 }
        guard next < tokens.count else { return nil }
        let second = tokens[next]
        func isDay(_ token: DateToken) -> Bool {
            token.kind == .number && token.text.utf8.count <= 2 && (1...31).contains(token.number ?? 0)
        }
        func isMonth(_ token: DateToken) -> Bool { token.kind == .word && CalendarWords.month(token.text) != nil }
        guard (isDay(first) && isMonth(second)) || (isMonth(first) && isDay(second)) else { return nil }
        return (first, next)
    }

    /// "en-US", "en_US", "es-US" and "fil" write month first; every other tagged language or
    /// region writes day first. A bare "en" says nothing.
    public static func fromLocale(_ tag: String) -> DateGrammar.NumericOrder? {
        let parts = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first, !language.isEmpty else { return nil }
        if let region = parts.dropFirst().first(where: { $0.count == 2 }) {
            return monthFirstRegions.contains(region) ? .monthFirst : .dayFirst
        }
        if language == "en" { return nil }
        return monthFirstLanguages.contains(language) ? .monthFirst : .dayFirst
    }

    /// A country-code domain other than the US's: day first. Generic domains say nothing.
    public static func fromHost(_ host: String) -> DateGrammar.NumericOrder? {
        guard let tld = host.lowercased().split(separator: ".").last, tld.count == 2 else { return nil }
        return monthFirstRegions.contains(String(tld)) ? .monthFirst : .dayFirst
    }

    /// The order the texts' own unambiguous slashed dates show ("25/12/2024", "12/25/2024").
    public static func fromDates(_ texts: [String]) -> DateGrammar.NumericOrder? {
        for text in texts {
            var numbers: [Int] = []
            var current = -1
            var separators = 0
            for byte in text.utf8 {
                if byte >= 0x30 && byte <= 0x39 {
                    current = (current < 0 ? 0 : current) * 10 + Int(byte - 0x30)
                    if current > 9999 { current = 10_000 }
                    continue
                }
                if current >= 0 { numbers.append(current) }
                current = -1
                if byte == UInt8(ascii: "/") {
                    separators += 1
                } else {
                    if let order = order(numbers, separators) { return order }
                    numbers.removeAll()
                    separators = 0
                }
            }
            if current >= 0 { numbers.append(current) }
            if let order = order(numbers, separators) { return order }
        }
        return nil
    }

    private static func order(_ numbers: [Int], _ separators: Int) -> DateGrammar.NumericOrder? {
        guard separators == 2, numbers.count == 3, (1900...2100).contains(numbers[2]) else { return nil }
        if numbers[0] > 12 && numbers[0] <= 31 && numbers[1] <= 12 { return .dayFirst }
        if numbers[1] > 12 && numbers[1] <= 31 && numbers[0] <= 12 { return .monthFirst }
        return nil
    }

    private static let monthFirstRegions: Set<String> = ["us", "ph", "pr", "gu", "as", "um", "vi", "fm", "mh", "pw"]
    private static let monthFirstLanguages: Set<String> = ["fil"]
}
