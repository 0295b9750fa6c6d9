/// The one date grammar, over `DateToken`s. Absolute dates: "2025-07-01", "01.07.2025",
/// "7/1/2025", "July 1st, 2025", "Jul 1 10:30:00 CET 2025", "1. Juli 2025", "1 de julio de
/// 2025", "2025 Jul 1", "2025年7月1日", "2025년 7월 1일" (and "01.07.25" where asked). Relative ones, counted from an anchor date: "yesterday", "3 days ago",
/// "a week ago". `Options` add what prose needs and datelines must not read: dates without a
/// year, months and years as spans, weekdays and "last week".
///
/// Extraction reads datelines and metadata with `.datelines` (every language, days only);
/// enrichment reads article bodies with `.prose`.
public struct DateGrammar: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// "July 1" and "1 July" resolve in the anchor's year; "July 2025" is the month as a
        /// span; a spelt-out month alone ("in May") is that month of the anchor's year.
        public static let partialDates = Options(rawValue: 1 << 0)
        /// "Tuesday": the nearest such day within three days either side of the anchor.
        public static let weekdays = Options(rawValue: 1 << 1)
        /// "last week", "this month", "next year", "in 2019": spans.
        public static let periods = Options(rawValue: 1 << 2)
        /// Month and weekday names count only when capitalised: in prose "may" is a verb.
        public static let capitalisedNames = Options(rawValue: 1 << 3)
        /// "31.10.23": a dotted day, month and two-digit year, as European datelines write them
        /// (read as 1970–2069). Elsewhere two digits are too often something else.
        public static let twoDigitYears = Options(rawValue: 1 << 4)
    }

    /// Which part of "01/02/2025" is the month when either could be.
    public enum NumericOrder: Sendable, Equatable { case monthFirst, dayFirst }

    /// What a match denotes, or that it is relative and no anchor was given.
    public enum Resolution: Sendable, Equatable {
        case value(DateValue)
        case needsAnchor
    }

    public var languages: Set<CalendarLanguage>
    public var options: Options
    /// Slashed dates: US order unless the page's locale says otherwise (see `DateOrder`).
    /// Dotted and dashed day-month-year dates are always day first.
    public var slashOrder: NumericOrder

    public init(languages: Set<CalendarLanguage>, options: Options, slashOrder: NumericOrder = .monthFirst) {
        self.languages = languages
        self.options = options
        self.slashOrder = slashOrder
    }

    /// Datelines, metadata and URLs: days only, in every language the calendar words know.
    public static let datelines = DateGrammar(languages: CalendarLanguage.all, options: [])
    /// Running English text: partial dates, spans, weekdays and periods, capitalised names.
    public static let prose = DateGrammar(languages: [.english], options: [.partialDates, .weekdays, .periods, .capitalisedNames])

    /// Words before a weekday or month that make it a date rather than a name ("on Monday",
    /// "in May"); enrichment asks the same of names.
    public static let temporalLeads: Set<String> = [
        "on", "by", "since", "until", "till", "from", "to", "last", "next", "this", "every", "each", "through",
        "before", "after", "early", "late", "mid", "of", "in", "during", "between", "and", "or", "that",
        "past", "coming", "following", "previous", "throughout", "starting", "ending", "as",
    ]

    /// A date expression starting at `tokens[start]`: the index just after it, and its value.
    public func match(_ tokens: [DateToken], at start: Int, anchor: CalendarDate?) -> (end: Int, resolution: Resolution)? {
        guard start < tokens.count else { return nil }
        // Every pattern opens with a number or one of `DateCursor.openingWords`; most words of prose are
        // neither, and one look-up then spares trying each pattern's own tables.
        let first = tokens[start]
        guard first.kind == .number || (first.kind == .word && DateCursor.openingWords.contains(first.text)) else { return nil }
        // Each pattern restarts from `start`; the first that reads a date (or an impossible one) decides.
        for pattern in Pattern.allCases where enabled(pattern) {
            var cursor = DateCursor(tokens: tokens, position: start, grammar: self)
            guard let found = cursor.read(pattern) else { continue }
            switch found {
            case let .absolute(value):
                return (cursor.position, .value(value))
            case let .relative(resolve):
                guard let anchor else { return (cursor.position, .needsAnchor) }
                guard let value = resolve(anchor) else { return nil }
                return (cursor.position, .value(value))
            case .invalid:
                return nil
            }
        }
        return nil
    }

    /// The date shapes, in the order they are tried (a fixed list, not closures built per token:
    /// `match` runs at every token of every line read).
    enum Pattern: CaseIterable {
        case numeric, monthFirst, dayFirst, yearFirst, cjk, yearAfterPreposition, weekday, relativeDay, period, ago
    }

    private func enabled(_ pattern: Pattern) -> Bool {
        switch pattern {
        case .yearAfterPreposition, .period: return options.contains(.periods)
        case .weekday: return options.contains(.weekdays)
        default: return true
        }
    }

    /// Every date expression in running text. Relative ones without an anchor come back with
    /// `unresolvedReason`; matches starting at a scalar offset in `skipping` are passed over
    /// (a weekday that is a person's name).
    public func mentions(in scalars: [Unicode.Scalar], anchor: CalendarDate?, unresolvedReason: String,
                         skipping: Set<Int> = []) -> [DateMention] {
        let tokens = DateToken.tokenize(scalars)
        var result: [DateMention] = []
        var index = 0
        while index < tokens.count {
            guard !skipping.contains(tokens[index].start), let (end, resolution) = match(tokens, at: index, anchor: anchor) else {
                index += 1
                continue
            }
            let (from, to) = (tokens[index].start, tokens[end - 1].end)
            let text = String(scalars: scalars[from..<to])
            switch resolution {
            case let .value(value): result.append(DateMention(text: text, start: from, end: to, value: value))
            case .needsAnchor: result.append(DateMention(text: text, start: from, end: to, value: nil, reason: unresolvedReason))
            }
            index = end
        }
        return result
    }
}

/// Walks tokens for one pattern attempt; every pattern restarts from the same position.
struct DateCursor {
    enum Found {
        case absolute(DateValue)
        case relative((CalendarDate) -> DateValue?)
        /// The shape of a date with impossible values ("February 30, 2025"): no date, and no
        /// other pattern may read it either.
        case invalid
    }

    let tokens: [DateToken]
    var position: Int
    let grammar: DateGrammar

    private var current: DateToken? { position < tokens.count ? tokens[position] : nil }

    mutating func read(_ pattern: DateGrammar.Pattern) -> Found? {
        switch pattern {
        case .numeric: return numeric()
        case .monthFirst: return monthFirst()
        case .dayFirst: return dayFirst()
        case .yearFirst: return yearFirst()
        case .cjk: return cjk()
        case .yearAfterPreposition: return yearAfterPreposition()
        case .weekday: return weekday()
        case .relativeDay: return relativeDay()
        case .period: return period()
        case .ago: return ago()
        }
    }
    private var partial: Bool { grammar.options.contains(.partialDates) }

    /// The words a pattern can open with, in every language: month and weekday names and abbreviations,
    /// relative days (and the first part of a two-part one), "last"/"this"/"next" and number words. A
    /// word outside this set starts no date (`DateGrammar.match` skips it).
    static let openingWords: Set<String> = CalendarWords.names
        .union(relativeDays.keys)
        .union(relativeDayPairs.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        .union(periodOffsets.keys)
        .union(numberWords.keys)

    private mutating func number(digits: ClosedRange<Int>) -> Int? {
        guard let token = current, token.kind == .number, digits.contains(token.text.utf8.count),
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

    private func nameAllowed(_ token: DateToken) -> Bool {
        token.kind == .word && (token.isCapitalised || !grammar.options.contains(.capitalisedNames))
    }

    private mutating func monthName() -> Int? {
        guard let token = current, nameAllowed(token), let month = CalendarWords.month(token.text, in: grammar.languages) else { return nil }
        position += 1
        _ = mark(["."])
        return month
    }

    private static let ordinals: Set<String> = ["st", "nd", "rd", "th", "er", "º"]

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> Found {
        CalendarDate(year: year, month: month, day: day).map { .absolute(.day($0)) } ?? .invalid
    }

    /// "2025-07-01", "2025/07/01", "01.07.2025", "1-7-2025", "7/1/2025".
    mutating func numeric() -> Found? {
        if let year = number(digits: 4...4) {
            guard let separator = mark(["-", "/", "."]), let month = number(digits: 1...2),
                  mark([separator]) != nil, let day = number(digits: 1...2) else { return nil }
            return Self.day(year, month, day)
        }
        guard let first = number(digits: 1...2), let separator = mark(["-", "/", "."]),
              let second = number(digits: 1...2), mark([separator]) != nil else { return nil }
        guard let year = number(digits: 4...4) ?? twoDigitYear(after: separator) else { return nil }
        let monthFirst = separator == "/" && (grammar.slashOrder == .monthFirst ? first <= 12 : second > 12)
        return monthFirst ? Self.day(year, first, second) : Self.day(year, second, first)
    }

    /// The two-digit year ending "31.10.23" (1970–2069), when the grammar reads them and no
    /// further dotted number follows (a version "1.10.23.4").
    private mutating func twoDigitYear(after separator: String) -> Int? {
        guard grammar.options.contains(.twoDigitYears), separator == "." else { return nil }
        let start = position
        guard let year = number(digits: 2...2) else { return nil }
        if let next = current, next.kind == .mark, next.text == ".", position + 1 < tokens.count,
           tokens[position + 1].kind == .number, tokens[position + 1].start == next.end {
            position = start
            return nil
        }
        return year < Self.twoDigitYearPivot ? 2000 + year : 1900 + year
    }

    /// Two-digit years below this are in the 2000s.
    static let twoDigitYearPivot = 70

    /// "July 1, 2025", "Jul. 1st 2025", the C/Java timestamp "Jul 1 10:30:00 CET 2025"; with
    /// partial dates also "July 1", "July 2025" and "(in) May".
    mutating func monthFirst() -> Found? {
        let start = position
        guard let month = monthName() else { return nil }
        if let day = number(digits: 1...2) {
            _ = word(Self.ordinals)
            let afterDay = position
            _ = mark([",", "."])
            if clockTime() { skipZone() }
            if let year = number(digits: 4...4) { return Self.day(year, month, day) }
            guard partial else { return nil }
            position = afterDay
            return .relative { anchor in CalendarDate(year: anchor.year, month: month, day: day).map(DateValue.day) }
        }
        guard partial else { return nil }
        if let year = number(digits: 4...4) {
            return DateValue.month(month, of: year).map(Found.absolute) ?? .invalid
        }
        // A month alone must be spelt out ("Jan" alone is too often something else); "May" and
        // "March" are also a verb and a noun, so they need a temporal word before them.
        position = start + 1
        let name = tokens[start].text
        let isAmbiguous = name == "may" || name == "march"
        let isSpeltOut = name.count > 4 || ["may", "june", "july"].contains(name)
        let hasLead = start > 0 && DateGrammar.temporalLeads.contains(tokens[start - 1].text)
        guard isSpeltOut, !isAmbiguous || hasLead else { return nil }
        return .relative { anchor in DateValue.month(month, of: anchor.year) }
    }

    /// "1 July 2025", "1st of July, 2025", "1. Juli 2025", "1 de julio de 2025"; with partial
    /// dates also "1 July".
    mutating func dayFirst() -> Found? {
        guard let day = number(digits: 1...2) else { return nil }
        _ = mark(["."])
        _ = word(Self.ordinals)
        _ = word(["of", "de"])
        guard let month = monthName() else { return nil }
        let afterMonth = position
        _ = mark([","])
        _ = word(["de", "del"])
        if let year = number(digits: 4...4) { return Self.day(year, month, day) }
        guard partial else { return nil }
        position = afterMonth
        return .relative { anchor in CalendarDate(year: anchor.year, month: month, day: day).map(DateValue.day) }
    }

    /// "2025 Jul 1", "2025 July 1st": the order of citation metadata (PubMed and journals).
    mutating func yearFirst() -> Found? {
        guard let year = number(digits: 4...4), let month = monthName(), let day = number(digits: 1...2) else { return nil }
        return Self.day(year, month, day)
    }

    /// "2020年7月3日" (Chinese, Japanese) and "2020년 7월 3일" (Korean). Han and Hangul run
    /// together into one word, so the day's mark only has to open the word after the day
    /// ("3日出生" is "born on the 3rd").
    mutating func cjk() -> Found? {
        guard let year = number(digits: 4...4), word(["年", "년"]), let month = number(digits: 1...2), word(["月", "월"]),
              let day = number(digits: 1...2), let mark = current, mark.kind == .word,
              mark.text.hasPrefix("日") || mark.text.hasPrefix("일") else { return nil }
        position += 1
        return Self.day(year, month, day)
    }

    /// "in 2019", "since 2019": the whole year.
    mutating func yearAfterPreposition() -> Found? {
        let start = position
        guard start > 0, Self.yearLeads.contains(tokens[start - 1].text), let year = number(digits: 4...4),
              CalendarDate.plausibleYears.contains(year) else { return nil }
        return DateValue.year(year).map(Found.absolute)
    }

    private static let yearLeads: Set<String> = ["in", "since", "until", "by", "from", "during", "of"]

    /// "Tuesday": the nearest such day within three days either side of the anchor.
    mutating func weekday() -> Found? {
        guard let token = current, nameAllowed(token),
              let weekday = CalendarWords.weekday(token.text, in: grammar.languages, abbreviated: false) else { return nil }
        position += 1
        return .relative { anchor in
            let delta = ((weekday - anchor.weekday) % 7 + 7) % 7
            return anchor.adding(days: delta > 3 ? delta - 7 : delta).map(DateValue.day)
        }
    }

    /// "today", "yesterday", "tomorrow" and their equivalents in each language ("gestern", "hier",
    /// "ayer", "ieri", "gisteren", "ontem"), also hyphenated ("avant-hier") and elided ("aujourd'hui").
    mutating func relativeDay() -> Found? {
        guard let token = current, token.kind == .word else { return nil }
        let previous = position > 0 ? tokens[position - 1] : nil
        let next = position + 2 < tokens.count && (tokens[position + 1].text == "-" || tokens[position + 1].text == "'"
            || tokens[position + 1].text == "\u{2019}") && tokens[position + 1].start == token.end ? tokens[position + 2] : nil
        // Two-part words first: "avant-hier", "après-demain", "aujourd'hui".
        if let next, let offset = Self.relativeDayPairs[token.text + " " + next.text],
           grammar.languages.contains(offset.language) {
            position += 3
            return .relative { anchor in anchor.adding(days: offset.offset).map(DateValue.day) }
        }
        guard let entry = Self.relativeDays[token.text]?.first(where: { grammar.languages.contains($0.language) }) else { return nil }
        // "morgen" and "mañana" are also "morning": German writes that one capitalised ("heute Morgen"),
        // Spanish and Dutch put an article or "this" before it ("esta mañana", "de morgen").
        if Self.alsoMorning.contains(token.text) {
            if entry.language == .german && token.isCapitalised { return nil }
            if let previous, previous.kind == .word, Self.beforeMorning.contains(previous.text) { return nil }
        }
        position += 1
        return .relative { anchor in anchor.adding(days: entry.offset).map(DateValue.day) }
    }

    private static let relativeDays: [String: [(language: CalendarLanguage, offset: Int)]] = [
        "today": [(.english, 0)], "tonight": [(.english, 0)], "yesterday": [(.english, -1)], "tomorrow": [(.english, 1)],
        "heute": [(.german, 0)], "gestern": [(.german, -1)], "morgen": [(.german, 1), (.dutch, 1)],
        "vorgestern": [(.german, -2)], "übermorgen": [(.german, 2)],
        "hier": [(.french, -1)], "demain": [(.french, 1)],
        "hoy": [(.spanish, 0)], "ayer": [(.spanish, -1)], "mañana": [(.spanish, 1)], "anteayer": [(.spanish, -2)],
        "anoche": [(.spanish, -1)],
        "oggi": [(.italian, 0)], "ieri": [(.italian, -1)], "domani": [(.italian, 1)], "dopodomani": [(.italian, 2)],
        "altroieri": [(.italian, -2)], "stamattina": [(.italian, 0)], "stasera": [(.italian, 0)], "stanotte": [(.italian, 0)],
        "vandaag": [(.dutch, 0)], "gisteren": [(.dutch, -1)], "eergisteren": [(.dutch, -2)], "overmorgen": [(.dutch, 2)],
        "vanavond": [(.dutch, 0)], "vanmorgen": [(.dutch, 0)], "vannacht": [(.dutch, 0)], "gisteravond": [(.dutch, -1)],
        "hoje": [(.portuguese, 0)], "ontem": [(.portuguese, -1)], "amanhã": [(.portuguese, 1)], "anteontem": [(.portuguese, -2)],
    ]
    /// Words written in two parts, keyed "first second".
    private static let relativeDayPairs: [String: (language: CalendarLanguage, offset: Int)] = [
        "aujourd hui": (.french, 0), "avant hier": (.french, -2), "après demain": (.french, 2),
    ]
    private static let alsoMorning: Set<String> = ["morgen", "mañana", "amanhã"]
    private static let beforeMorning: Set<String> = [
        "la", "esta", "cada", "una", "por", "de", "toda", "media", "del", "pasado", "heute", "gestern", "die", "deze", "elke",
        "van", "des",
    ]

    /// "last week", "this month", "next year".
    mutating func period() -> Found? {
        guard let token = current, token.kind == .word, grammar.languages.contains(.english),
              let offset = Self.periodOffsets[token.text] else { return nil }
        position += 1
        guard let unit = current, unit.kind == .word, ["week", "month", "year"].contains(unit.text) else { return nil }
        position += 1
        return .relative { anchor in Self.period(unit.text, containing: anchor, offset: offset) }
    }

    private static let periodOffsets = ["last": -1, "this": 0, "next": 1]

    /// "3 hours ago", "two days ago", "a week ago", "a year ago".
    mutating func ago() -> Found? {
        guard grammar.languages.contains(.english) else { return nil }
        let amount: Int
        if let value = number(digits: 1...3) {
            amount = value
        } else if let token = current, token.kind == .word, let value = Self.numberWords[token.text] {
            position += 1
            amount = value
        } else {
            return nil
        }
        guard let unit = current, unit.kind == .word, let days = Self.daysPerUnit[unit.text] else { return nil }
        position += 1
        guard word(["ago"]) else { return nil }
        switch days {
        case Self.month: return .relative { anchor in Self.period("month", containing: anchor, offset: -amount) }
        case Self.year: return .relative { anchor in Self.period("year", containing: anchor, offset: -amount) }
        default: return .relative { anchor in anchor.adding(days: -amount * days).map(DateValue.day) }
        }
    }

    private static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]
    /// Markers for units that resolve to a calendar month or year rather than a day.
    private static let month = -30, year = -365
    /// Days per unit; within a day counts as that day.
    private static let daysPerUnit: [String: Int] = {
        var table: [String: Int] = [:]
        for unit in ["s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
                     "h", "hr", "hrs", "hour", "hours"] { table[unit] = 0 }
        for unit in ["d", "day", "days"] { table[unit] = 1 }
        for unit in ["w", "wk", "week", "weeks"] { table[unit] = 7 }
        for unit in ["month", "months"] { table[unit] = month }
        for unit in ["year", "years"] { table[unit] = year }
        return table
    }()

    /// The Monday-to-Sunday week, calendar month or calendar year around `date`, shifted by `offset`.
    static func period(_ unit: String, containing date: CalendarDate, offset: Int) -> DateValue? {
        switch unit {
        case "week":
            guard let monday = date.adding(days: -((date.weekday + 5) % 7) + 7 * offset),
                  let sunday = monday.adding(days: 6) else { return nil }
            return .span(monday, sunday)
        case "month":
            let index = date.year * 12 + (date.month - 1) + offset
            return DateValue.month(index % 12 + 1, of: index / 12)
        default:
            return DateValue.year(date.year + offset)
        }
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
}
