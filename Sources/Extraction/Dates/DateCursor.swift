/// Walks date tokens for one pattern attempt; every pattern restarts from the same position.
struct DateCursor {
    let tokens: [DateToken]
    var position: Int

    private var current: DateToken? { position < tokens.count ? tokens[position] : nil }

    private mutating func number(digits: ClosedRange<Int>) -> Int? {
        guard let token = current, token.kind == .number, digits.contains(token.text.count),
              let value = token.number else { return nil }
        position += 1
        return value
    }

    private mutating func mark(_ allowed: Set<String>) -> String? {
        guard let token = current, token.kind == .mark, allowed.contains(token.text) else { return nil }
        position += 1
        return token.text
    }

    private mutating func word(_ allowed: Set<String>) -> Bool {
        guard let token = current, token.kind == .word, allowed.contains(token.text) else { return false }
        position += 1
        return true
    }

    private mutating func monthName() -> Int? {
        guard let token = current, token.kind == .word, let month = CalendarWords.month(token.text) else { return nil }
        position += 1
        _ = mark(["."])
        return month
    }

    private static let ordinals: Set<String> = ["st", "nd", "rd", "th", "er", "º"]

    /// "2025-07-01", "2025/07/01", "01.07.2025", "1-7-2025", "7/1/2025" (US order for slashes
    /// unless the first part cannot be a month).
    mutating func numericDate() -> CalendarDate? {
        if let year = number(digits: 4...4) {
            guard let separator = mark(["-", "/", "."]), let month = number(digits: 1...2),
                  mark([separator]) != nil, let day = number(digits: 1...2) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        guard let first = number(digits: 1...2), let separator = mark(["-", "/", "."]),
              let second = number(digits: 1...2), mark([separator]) != nil,
              let year = number(digits: 4...4) else { return nil }
        if separator == "/" && first <= 12 {
            return CalendarDate(year: year, month: first, day: second)
        }
        return CalendarDate(year: year, month: second, day: first)
    }

    /// "July 1, 2025", "Jul. 1st 2025", and the C/Java timestamp "Jul 1 10:30:00 CET 2025"
    /// that some CMSs write into page metadata.
    mutating func monthFirst() -> CalendarDate? {
        guard let month = monthName(), let day = number(digits: 1...2) else { return nil }
        _ = word(Self.ordinals)
        _ = mark([",", "."])
        if clockTime() { skipZone() }
        guard let year = number(digits: 4...4) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "2025 Jul 1", "2025 July 1st": the order of citation metadata (PubMed and journals).
    mutating func yearFirst() -> CalendarDate? {
        guard let year = number(digits: 4...4), let month = monthName(), let day = number(digits: 1...2) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "10:30" or "10:30:00"; tried only where a year must follow, so a lone time is no date.
    private mutating func clockTime() -> Bool {
        let start = position
        guard number(digits: 1...2) != nil, mark([":"]) != nil, number(digits: 2...2) != nil else {
            position = start
            return false
        }
        if mark([":"]) != nil, number(digits: 2...2) == nil {
            position = start
            return false
        }
        return true
    }

    /// "CET", "UTC", "GMT" and the other zone and filler words of a timestamp.
    private mutating func skipZone() {
        if let token = current, token.kind == .word, CalendarWords.isDateFiller(token.text) { position += 1 }
    }

    /// "1 July 2025", "1st of July, 2025", "1. Juli 2025", "1 de julio de 2025".
    mutating func dayFirst() -> CalendarDate? {
        guard let day = number(digits: 1...2) else { return nil }
        _ = mark(["."])
        _ = word(Self.ordinals)
        _ = word(["of", "de"])
        guard let month = monthName() else { return nil }
        _ = mark([","])
        _ = word(["de", "del"])
        guard let year = number(digits: 4...4) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "3 hours ago", "2 days ago", "a week ago", "yesterday", "today", counted back from `reference`.
    mutating func relative(to reference: CalendarDate) -> CalendarDate? {
        if word(["today", "heute", "aujourd"]) { return reference }
        if word(["yesterday", "gestern", "hier", "ayer"]) { return reference.adding(days: -1) }
        let amount: Int
        if let value = number(digits: 1...3) {
            amount = value
        } else if word(["a", "an", "one"]) {
            amount = 1
        } else {
            return nil
        }
        guard let token = current, token.kind == .word, let days = Self.daysPerUnit(token.text) else { return nil }
        position += 1
        guard word(["ago"]) else { return nil }
        return reference.adding(days: -Int((Double(amount) * days).rounded(.down)))
    }

    private static func daysPerUnit(_ unit: String) -> Double? {
        switch unit {
        case "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
             "h", "hr", "hrs", "hour", "hours": return 0
        case "d", "day", "days": return 1
        case "w", "wk", "week", "weeks": return 7
        default: return nil
        }
    }
}
