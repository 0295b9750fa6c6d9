import TextCore

/// Normalises dates as pages put them in metadata (JSON-LD, meta tags, microdata, `<time
/// datetime>`) to "YYYY-MM-DD", or to full ISO 8601 when the value is an ISO date-time: the
/// CMS recorded an instant there, and the time and offset are worth keeping. Any other form
/// ("Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024", "05.03.2024") is read by `DateParser`
/// with the page's day/month order, or is the basic "20240305" or a Unix timestamp.
enum MetaDate {
    static func normalise(_ raw: String, grammar: DateGrammar = .datelines) -> String? {
        let value = raw.trimmingWhitespace()
        guard !value.isEmpty, value.count <= 80 else { return nil }
        if let day = CalendarDate(iso: String(value)) {
            return day.isWebEra ? isoDateTime(value, day: day) : nil
        }
        guard let day = DateParser.firstDate(in: value, grammar: grammar) ?? CalendarDate(basicISO: value)
                ?? CalendarDate(unixTimestamp: value), day.isWebEra else { return nil }
        return day.iso
    }

    /// `day` with the time and offset that follow it in the ISO value: "2024-03-05",
    /// "2024-03-05T10:20:30+01:00", "2024-03-05 10:20". A tail that is not ISO is dropped.
    private static func isoDateTime(_ value: Substring, day: CalendarDate) -> String {
        let chars = Array(value.utf8)
        let date = day.iso
        guard chars.count > 10 else { return date }
        let separator = chars[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: " "), chars.count >= 16,
              let hour = twoDigits(chars[11..<13]), let minute = twoDigits(chars[14..<16]),
              chars[13] == UInt8(ascii: ":"), hour < 24, minute < 60 else { return date }
        var rest = String(decoding: chars[16...], as: UTF8.self)
        if rest.hasPrefix(" ") { rest = String(rest.dropFirst()) }
        let isISOTail = rest.allSatisfy { $0.isNumber || ":.+-Z".contains($0) }
        return isISOTail ? date + "T" + String(decoding: chars[11..<16], as: UTF8.self) + rest : date
    }

    private static func twoDigits(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
