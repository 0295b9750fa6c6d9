import Foundation
import TextCore

/// The last resort for a publication day, after metadata, the URL and the date line found
/// none: a scan of the raw page source (attributes, comments, inline scripts, image and asset
/// paths) for full numeric dates, "2021-03-04" and "/2021/03/04/", and dotted day-first ones,
/// "04.03.2021" (dots put the day first wherever they are used: German, Russian, Polish,
/// Turkish, ...). Many pages carry their day only there ("/uploads/2021/03/04/photo.jpg",
/// `data-date="2021-03-04"`, a script's `"pubDate":"2021-03-04T..."`, a teaser list's or
/// an event search link's "10.11.2021"), as htmldate's "extensive search" finds.
///
/// Precision first: a date written as a modification ("modified", "updated", "lastmod" just
/// before it) or an asset version ("ver=", "v=") is no candidate; a day after the reference
/// (the fetch date, or today) or before `HTMLTunables.pageSourceDateEarliestYear` is none
/// either; a day after the page's own declared modification is none. Of the rest, the day
/// written most often wins, the latest of equally frequent ones (listings of older articles
/// in sidebars are the usual competitors). One pass over the bytes: linear in page size.
enum PageSourceDate {
    static func find(in html: [UInt8], pageURL: String?, reference: CalendarDate?, notAfter modified: CalendarDate?,
                     tunables t: HTMLTunables) -> CalendarDate? {
        let pageHost = pageURL.flatMap(URLHost.of)
        let latest = [reference ?? today(), modified].compactMap { $0 }.min()
        var counts: [CalendarDate: Int] = [:]
        html.withUnsafeBufferPointer { buffer in
            scan(buffer, tunables: t) { date, position in
                guard date.year >= t.pageSourceDateEarliestYear, latest.map({ !($0 < date) }) ?? true,
                      !isOnOtherSite(buffer, before: position, pageHost: pageHost, window: t.pageSourceDateURLBytes) else { return }
                counts[date, default: 0] += 1
            }
        }
        guard let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
              best.value >= t.pageSourceDateMinOccurrences else { return nil }
        return best.key
    }

    /// Calls `found` for every full date "YYYY-MM-DD", "YYYY/MM/DD" (a path), "YYYY_MM_DD" or
    /// "DD.MM.YYYY" not inside a longer number and not written as a modification or asset version.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, tunables t: HTMLTunables,
                     found: (CalendarDate, Int) -> Void) {
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            // A year (or a dotted date's day) starts at a digit not preceded by a digit.
            guard isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) else { index += 1; continue }
            if let (date, length) = dottedDayFirst(bytes, at: index) {
                if !isExcluded(bytes, before: index, window: t.pageSourceDateContextBytes) { found(date, index) }
                index += length
                continue
            }
            guard index + 10 <= count else { index += 1; continue }
            guard isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 3]) else { index += 1; continue }
            let separator = bytes[index + 4]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: "_"),
                  isDigit(bytes[index + 5]), isDigit(bytes[index + 6]), bytes[index + 7] == separator,
                  isDigit(bytes[index + 8]), isDigit(bytes[index + 9]),
                  index + 10 == count || ends(bytes[index + 10], separator: separator) else { index += 4; continue }
            let year = number(bytes, index, 4), month = number(bytes, index + 5, 2), day = number(bytes, index + 8, 2)
            if let date = CalendarDate(year: year, month: month, day: day),
               !isExcluded(bytes, before: index, window: t.pageSourceDateContextBytes) {
                found(date, index)
            }
            index += 10
        }
    }

    /// "D.M.YYYY" to "DD.MM.YYYY" at `start` (already known not to follow a digit), with its
    /// length. Not after a dot or a letter, nor followed by a digit, a letter or a dot and a digit:
    /// version numbers ("v1.10.2013", "2.10.2013.4") and IP-like runs are no dates.
    private static func dottedDayFirst(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (CalendarDate, Int)? {
        if start > 0 {
            let before = bytes[start - 1]
            if before == UInt8(ascii: ".") || isLetter(before) { return nil }
        }
        let count = bytes.count
        var index = start
        func digits(_ maxLength: Int) -> Int? {
            var value = 0, length = 0
            while index < count, length < maxLength, isDigit(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
                length += 1
            }
            return length == 0 ? nil : value
        }
        guard let day = digits(2), index < count, bytes[index] == UInt8(ascii: "."), index + 1 < count else { return nil }
        index += 1
        guard let month = digits(2), index < count, bytes[index] == UInt8(ascii: ".") else { return nil }
        index += 1
        let yearStart = index
        guard let year = digits(4), index - yearStart == 4 else { return nil }
        if index < count {
            let next = bytes[index]
            if isDigit(next) || isLetter(next) { return nil }
            if next == UInt8(ascii: "."), index + 1 < count, isDigit(bytes[index + 1]) { return nil }
        }
        return CalendarDate(year: year, month: month, day: day).map { ($0, index - start) }
    }

    /// Words just before a date that make it no publication date: a modification, an asset
    /// version or cache buster, an expiry, a generation timestamp, an event's start and end, a
    /// citation's access date ("Retrieved", "abgerufen am", "consulté le", 引用日期).
    private static let excludingWords: [[UInt8]] = [
        "modif", "updat", "lastmod", "ver=", "v=", "expir", "version", "changed", "revised", "timestamp",
        "startdate", "enddate", "retrieved", "accessed", "abgerufen", "consulté", "引用日期",
    ]
        .map { Array($0.utf8) }

    private static func isExcluded(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, window: Int) -> Bool {
        let start = max(0, end - window)
        guard start < end else { return false }
        for word in excludingWords where word.count <= end - start {
            var position = start
            while position + word.count <= end {
                var matches = true
                for (offset, byte) in word.enumerated() where lower(bytes[position + offset]) != byte {
                    matches = false
                    break
                }
                if matches { return true }
                position += 1
            }
        }
        return false
    }

    /// Whether the date at `end` is in an absolute URL to another site (a link to another
    /// blog's post, an archived page's outbound links): the URL's "://" within `window` bytes
    /// before it, with no space, quote or bracket between.
    private static func isOnOtherSite(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, pageHost: String?, window: Int) -> Bool {
        guard let pageHost else { return false }
        var position = end - 1
        let start = max(2, end - window)
        while position >= start {
            let byte = bytes[position]
            if byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "(") { return false }
            if byte == UInt8(ascii: "/"), bytes[position - 1] == UInt8(ascii: "/"), bytes[position - 2] == UInt8(ascii: ":") {
                var hostBytes: [UInt8] = []
                var index = position + 1
                while index < end, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ":") {
                    hostBytes.append(lower(bytes[index]))
                    index += 1
                }
                return !URLHost.sameSite(String(decoding: hostBytes, as: UTF8.self), pageHost)
            }
            position -= 1
        }
        return false
    }

    private static func today() -> CalendarDate? {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        // A page written east of Greenwich may be a day ahead of UTC.
        return CalendarDate(year: year, month: month, day: day)?.adding(days: 1)
    }

    /// A date ends at punctuation or a space, or at the "T" of an ISO time: "/2020/04/26-mil-..."
    /// (a slug), "Image-2020-04-06-at-..." (a file name) and "/1999/02/22-rdf-syntax-ns" are no dates.
    private static func ends(_ byte: UInt8, separator: UInt8) -> Bool {
        if byte == UInt8(ascii: "T") { return separator == UInt8(ascii: "-") }
        let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        return !isDigit(byte) && !letter && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int {
        var value = 0
        for offset in 0..<length { value = value * 10 + Int(bytes[start + offset] - 0x30) }
        return value
    }
}
