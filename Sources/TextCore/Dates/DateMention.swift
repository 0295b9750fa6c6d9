/// What a date expression denotes: one day, or a span ("July 2025", "last week", "in 2019").
public enum DateValue: Sendable, Hashable {
    case day(CalendarDate)
    case span(CalendarDate, CalendarDate)

    public var day: CalendarDate? {
        if case let .day(date) = self { return date }
        return nil
    }

    /// "YYYY-MM-DD", or "YYYY-MM-DD/YYYY-MM-DD" for a span (ISO 8601 interval).
    public var iso: String {
        switch self {
        case let .day(date): return date.iso
        case let .span(first, last): return "\(first.iso)/\(last.iso)"
        }
    }

    public init?(iso: String) {
        let parts = iso.split(separator: "/")
        if parts.count == 1, let day = CalendarDate(iso: String(parts[0])) {
            self = .day(day)
        } else if parts.count == 2, let first = CalendarDate(iso: String(parts[0])), let last = CalendarDate(iso: String(parts[1])) {
            self = .span(first, last)
        } else {
            return nil
        }
    }

    static func month(_ month: Int, of year: Int) -> DateValue? {
        guard let first = CalendarDate(year: year, month: month, day: 1),
              let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) else { return nil }
        return .span(first, last)
    }

    static func year(_ year: Int) -> DateValue? {
        guard let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31) else { return nil }
        return .span(first, last)
    }
}

/// One date expression found in a text: where it is, what it denotes, and what the words
/// before it say it is. Extraction reads datelines with it, enrichment the body's dates.
/// In JSON (enrichment's `dates`): `text`, `start`, `end`, `resolved`, `reason`.
public struct DateMention: Sendable, Equatable, Codable {
    public enum Label: Sendable, Equatable {
        /// "Published", "Posted", "Date:" and the like.
        case published
        /// "Updated", "Last modified", ...
        case updated
        case unlabelled
    }

    public var text: String
    /// Offsets in Unicode scalars into the scanned text.
    public var start: Int
    public var end: Int
    /// nil when the expression is relative ("yesterday") and there was no date to count from.
    public var value: DateValue?
    /// Why `value` is nil.
    public var reason: String?
    public var label: Label

    public init(text: String, start: Int, end: Int, value: DateValue?, reason: String? = nil, label: Label = .unlabelled) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.reason = reason
        self.label = label
    }

    /// The day, when the expression names exactly one.
    public var day: CalendarDate? { value?.day }
    /// `value` as ISO 8601 text.
    public var resolved: String? { value?.iso }

    private enum CodingKeys: String, CodingKey { case text, start, end, resolved, reason }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        value = try c.decodeIfPresent(String.self, forKey: .resolved).flatMap(DateValue.init(iso:))
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        label = .unlabelled
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        // Explicit nulls: every key is always present (docs/result-schema.md).
        try c.encode(resolved, forKey: .resolved)
        try c.encode(reason, forKey: .reason)
    }
}

/// All dates of one line, and whether the line says nothing but the date (a "bare" date line
/// such as a site's "today" widget or a dateline of its own).
public struct DateLine: Sendable, Equatable {
    /// Days only: a line's spans and unresolved expressions say no publication day.
    public var mentions: [DateMention]
    public var isBare: Bool
    /// The line is only a label ("Date:", "Last updated:"): which date it announces. The date
    /// may follow on the next line, or the slot may be empty.
    public var emptyLabel: DateMention.Label?
}
