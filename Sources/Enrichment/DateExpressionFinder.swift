import Extraction

/// Temporal expressions: absolute dates ("July 1, 2025", "1 July 2025", "2025-07-01", "July 2025",
/// "in 2019") and relative ones ("Tuesday", "yesterday", "last year", "this week", "three days ago").
/// Relative ones and dates without a year resolve only against a trusted publication date. Weekday names
/// that are a person's name ("Chris Monday", "Monday suggested") and the verb "may" are not dates.
struct DateExpressionFinder: Sendable {
    static let noTrustedDate = "no trusted publication date"

    /// Words before a weekday or month that make it a date rather than a name.
    private static let temporalLeads: Set<String> = [
        "on", "by", "since", "until", "till", "from", "to", "last", "next", "this", "every", "each", "through",
        "before", "after", "early", "late", "mid", "of", "in", "during", "between", "and", "or", "that",
        "past", "coming", "following", "previous", "throughout", "starting", "ending", "as",
    ]

    /// Whether a weekday or month word at `i` reads as a name: not led by a temporal preposition and
    /// not followed by a day number.
    static func canBeName(_ doc: Document, at i: Int) -> Bool {
        let tokens = doc.tokens
        if i > 0, temporalLeads.contains(tokens[i - 1].lower) || tokens[i - 1].kind == .number { return false }
        var j = i + 1
        if j < tokens.count, tokens[j].text == "," { j += 1 }
        if j < tokens.count, tokens[j].kind == .number || Lexicon.months[tokens[j].lower] != nil { return false }
        return true
    }

    func dates(in doc: Document, publishedAt: String?, excluding names: Set<Int>) -> [Enrichment.DateMention] {
        let anchor = publishedAt.flatMap(CalendarDate.init(iso:))
        var result: [Enrichment.DateMention] = []
        var i = 0
        let tokens = doc.tokens
        while i < tokens.count {
            guard !names.contains(i), let (length, resolution) = match(doc, at: i, anchor: anchor) else { i += 1; continue }
            let text = doc.text(i..<(i + length))
            let start = tokens[i].start, end = tokens[i + length - 1].end
            switch resolution {
            case .resolved(let value): result.append(.init(text: text, start: start, end: end, resolved: value, reason: nil))
            case .unresolved(let reason): result.append(.init(text: text, start: start, end: end, resolved: nil, reason: reason))
            }
            i += length
        }
        return result
    }

    private enum Resolution { case resolved(String), unresolved(String) }

    private func match(_ doc: Document, at i: Int, anchor: CalendarDate?) -> (Int, Resolution)? {
        let tokens = doc.tokens
        let t = tokens[i]
        func token(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }
        func relative(_ length: Int, _ resolve: (CalendarDate) -> String?) -> (Int, Resolution)? {
            guard let anchor else { return (length, .unresolved(Self.noTrustedDate)) }
            guard let value = resolve(anchor) else { return nil }
            return (length, .resolved(value))
        }

        // 2025-07-01
        if t.kind == .number, let y = year(t), token(i + 1)?.text == "-", let m = token(i + 2).flatMap(number),
           token(i + 3)?.text == "-", let d = token(i + 4).flatMap(number), let date = CalendarDate(year: y, month: m, day: d) {
            return (5, .resolved(date.iso))
        }
        // July 1, 2025 / July 1 / July 2025 / (in) July
        if t.isCapitalised, let month = Lexicon.months[t.lower] {
            var k = i + 1
            if token(k)?.text == ".", t.text.count <= 4 { k += 1 }
            if let dayToken = token(k), let day = dayNumber(dayToken) {
                var end = k + 1
                if token(end)?.text == "," { end += 1 }
                if let yToken = token(end), let y = year(yToken) {
                    guard let date = CalendarDate(year: y, month: month, day: day) else { return nil }
                    return (end + 1 - i, .resolved(date.iso))
                }
                return relative(k + 1 - i) { a in CalendarDate(year: a.year, month: month, day: day)?.iso }
            }
            if let yToken = token(k), let y = year(yToken) {
                guard let range = monthRange(y, month) else { return nil }
                return (k + 1 - i, .resolved(range))
            }
            // A bare month must be spelt out ("Jan" alone is too often something else); "May" and "March"
            // are also a verb and a noun, so they need a temporal lead.
            let isAmbiguous = t.lower == "may" || t.lower == "march"
            let isSpeltOut = t.lower.count > 4 || ["may", "june", "july"].contains(t.lower)
            guard isSpeltOut, !isAmbiguous || (i > 0 && Self.temporalLeads.contains(tokens[i - 1].lower)) else { return nil }
            return relative(1) { a in monthRange(a.year, month) }
        }
        // 1 July 2025 / 1 July
        if let day = dayNumber(t), let mToken = token(i + 1), mToken.isCapitalised, let month = Lexicon.months[mToken.lower] {
            if let yToken = token(i + 2), let y = year(yToken) {
                guard let date = CalendarDate(year: y, month: month, day: day) else { return nil }
                return (3, .resolved(date.iso))
            }
            return relative(2) { a in CalendarDate(year: a.year, month: month, day: day)?.iso }
        }
        // in 2019, since 2019
        if let y = year(t), i > 0, ["in", "since", "until", "by", "from", "during", "of"].contains(tokens[i - 1].lower) {
            return (1, .resolved("\(y)-01-01/\(y)-12-31"))
        }
        // Tuesday: the nearest such day within three days either side of publication.
        if t.isCapitalised, let weekday = Lexicon.weekdays[t.lower] {
            return relative(1) { a in
                let delta = ((weekday - a.weekday) % 7 + 7) % 7
                return a.adding(days: delta > 3 ? delta - 7 : delta)?.iso
            }
        }
        switch t.lower {
        case "today", "tonight": return relative(1) { $0.iso }
        case "yesterday": return relative(1) { $0.adding(days: -1)?.iso }
        case "tomorrow": return relative(1) { $0.adding(days: 1)?.iso }
        case "last", "this", "next":
            guard let unit = token(i + 1)?.lower, ["week", "month", "year"].contains(unit) else { return nil }
            let offset = t.lower == "last" ? -1 : t.lower == "next" ? 1 : 0
            return relative(2) { a in period(unit, containing: a, offset: offset) }
        default:
            // "three days ago", "2 weeks ago"
            guard let n = Int(t.text) ?? Self.numberWords[t.lower], (1...99).contains(n), let unit = token(i + 1)?.lower,
                  token(i + 2)?.lower == "ago", let days = Self.unitDays[unit] else { return nil }
            return relative(3) { a in
                days == 1 || days == 7 ? a.adding(days: -n * days)?.iso : period(days == 30 ? "month" : "year", containing: a, offset: -n)
            }
        }
    }

    private static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]
    /// Days per unit; months (30) and years (365) resolve to the whole calendar month or year.
    private static let unitDays: [String: Int] = [
        "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
    ]

    private func number(_ t: Token) -> Int? { t.kind == .number ? Int(t.text) : nil }

    private func year(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.count == 4, let y = Int(t.text), CalendarDate.plausibleYears.contains(y) else { return nil }
        return y
    }

    /// "1", "21st", "3rd".
    private func dayNumber(_ t: Token) -> Int? {
        var digits = t.text
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private func monthRange(_ year: Int, _ month: Int) -> String? {
        guard let first = CalendarDate(year: year, month: month, day: 1),
              let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) else { return nil }
        return "\(first.iso)/\(last.iso)"
    }

    /// The Monday-to-Sunday week, calendar month or calendar year around `date`, shifted by `offset`.
    private func period(_ unit: String, containing date: CalendarDate, offset: Int) -> String? {
        switch unit {
        case "week":
            guard let monday = date.adding(days: -((date.weekday + 5) % 7) + 7 * offset),
                  let sunday = monday.adding(days: 6) else { return nil }
            return "\(monday.iso)/\(sunday.iso)"
        case "month":
            let index = date.year * 12 + (date.month - 1) + offset
            return monthRange(index / 12, index % 12 + 1)
        default:
            let y = date.year + offset
            return "\(y)-01-01/\(y)-12-31"
        }
    }
}
