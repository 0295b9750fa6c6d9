/// A day in the proleptic Gregorian calendar, validated on construction. Dates on pages are
/// days, not instants: no time zone is guessed.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Years outside this range are far more often numbers than dates on a news page.
    public static let plausibleYears = 1900...2100

    public init?(year: Int, month: Int, day: Int) {
        guard Self.plausibleYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the leading "YYYY-MM-DD" of an ISO 8601 string such as a reference date.
    public init?(iso: String) {
        let digits = Array(iso.utf8.prefix(10))
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
              let year = Self.number(digits[0..<4]), let month = Self.number(digits[5..<7]),
              let day = Self.number(digits[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses "YYYYMMDD", the ISO 8601 basic format of URLs and some metadata.
    public init?<S: StringProtocol>(basicISO text: S) {
        let digits = Array(text.utf8)
        guard digits.count == 8, let year = Self.number(digits[0..<4]), let month = Self.number(digits[4..<6]),
              let day = Self.number(digits[6..<8]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The UTC day of a Unix timestamp in seconds, or milliseconds when it has 13 digits (as
    /// JSON-LD and CMS exports sometimes write `datePublished`).
    public init?<S: StringProtocol>(unixTimestamp text: S) {
        guard (9...13).contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              var seconds = Int(text) else { return nil }
        if text.utf8.count == 13 { seconds /= 1000 } else if text.utf8.count > 10 { return nil }
        guard let day = Self.fromDayNumber(seconds / 86_400) else { return nil }
        self = day
    }

    /// Could be the day a web page was published: the web is younger than 1990, so an earlier
    /// date in a page's metadata or dateline is a placeholder (the Unix epoch) or a date the
    /// page is about.
    public var isWebEra: Bool { year >= 1990 }

    /// "YYYY-MM-DD".
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The date `days` days later (earlier when negative), via the civil-day count.
    /// 1 = Sunday ... 7 = Saturday (1970-01-01 was a Thursday).
    public var weekday: Int { ((dayNumber % 7 + 7 + 4) % 7) + 1 }

    public func adding(days: Int) -> CalendarDate? {
        Self.fromDayNumber(dayNumber + days)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    static func fromDayNumber(_ number: Int) -> CalendarDate? {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
