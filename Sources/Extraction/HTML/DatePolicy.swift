import TextCore

/// What the metadata says about its publication date beyond the value itself.
struct DateEvidence {
    enum Strength {
        /// A field that names this article's publication (JSON-LD, `article:published_time`, ...).
        case declared
        /// A page-level date (Dublin Core `date`, the page's first `<time>`).
        case generic
        /// A date in the URL.
        case url
    }

    var strength: Strength?
    /// Days the page writes in its own time zone: the URL's, and publication values with a
    /// local offset or none.
    var localDays: [(day: CalendarDate, source: FieldSource)] = []
}

/// Reconciles the visible date line with metadata dates. Declared metadata wins (it is what
/// the CMS recorded); the shown date fills what metadata lacks and overrules a generic page
/// date. A shown "Updated ..." date is the modification date, and stands in for publication
/// only when nothing else dates the page. An unlabelled shown date equal to the declared
/// modification date replaces the declared publication only when the page writes the
/// published day nowhere (`ShownModification`). A UTC instant is read as the publisher's local day when
/// the page writes that day in its metadata or URL (`LocalDay`).
enum DatePolicy {
    static func apply(_ line: HTMLDateLine.Found?, evidence: DateEvidence, isShown: (CalendarDate) -> Bool,
                      to article: inout Article) {
        if let line, let day = ShownModification.day(line, evidence: evidence, article: article, isShown: isShown) {
            article.publishedAt = day.iso
            article.sources[.publishedAt] = .dateline
            return
        }
        if let line {
            if line.isUpdate, article.modifiedAt == nil {
                article.modifiedAt = line.date
                article.sources[.modifiedAt] = .dateline
            }
            let overrules = !line.isUpdate && evidence.strength == .generic
                && article.publishedAt.map { !$0.hasPrefix(line.date) } == true
            if article.publishedAt == nil || overrules {
                article.publishedAt = line.date
                article.sources[.publishedAt] = .dateline
            }
        }
        guard let published = article.publishedAt, article.sources[.publishedAt] != .dateline else { return }
        // The shown date is found by where it sits, and may be another date: it can confirm the
        // instant's own day, never move it.
        let shown = line.flatMap { $0.isUpdate ? nil : CalendarDate(iso: $0.date) }
        if let (day, source) = LocalDay.correct(published, witnesses: evidence.localDays, confirming: shown) {
            article.publishedAt = day.iso
            article.sources[.publishedAt] = source
        }
    }
}

/// A page that re-dates an article when it changes it: the CMS keeps the first publication in
/// its metadata, but the page shows readers only the last change, unlabelled, beside the
/// headline ("Anna Muster 12.01.2022", with `dateModified` 2022-01-12 and `datePublished`
/// 2021-11-29 written nowhere on the page). Readers, and the dev sets' labels, date such a page
/// by what it shows. The shown day replaces the declared publication when all of these hold:
/// the metadata declares the publication (a URL's day is written once and never re-dated, a
/// generic date is overruled anyway); the shown day is the declared modification's and later
/// than the publication (an "update" before publication is a broken record); the line labels
/// it neither an update ("Updated ...": the page itself keeps the two apart) nor a publication
/// ("Published ...": a day it calls the publication and the record calls the change is a time
/// zone's or a clock's disagreement, not a re-dated page); and the published day appears in no
/// short block of the page (a page that also shows "first published ..." keeps both).
/// On the dev sets (base → with it): htmldate-dev 0.914 → 0.922 (halves 0.885 → 0.897, 0.942 →
/// 0.947), trafilatura-eval 0.883 → 0.896, WCXB html 0.853 → 0.862 (halves 0.866 → 0.860,
/// 0.839 → 0.864: WCXB's labels follow either date on such pages, 12 pages gained, 6 lost).
enum ShownModification {
    static func day(_ line: HTMLDateLine.Found, evidence: DateEvidence, article: Article,
                    isShown: (CalendarDate) -> Bool) -> CalendarDate? {
        guard !line.isUpdate, !line.isPublication, evidence.strength == .declared,
              let modified = article.modifiedAt, article.sources[.modifiedAt] != .dateline, modified.hasPrefix(line.date),
              let published = article.publishedAt.flatMap(CalendarDate.init(iso:)),
              let shown = CalendarDate(iso: line.date), published < shown, !isShown(published) else { return nil }
        return shown
    }
}

/// Pages record instants in UTC ("2023-11-09T01:09:55Z") and show days in their own time zone
/// ("November 8, 2023"): the evening's article is dated a day late (or, east of Greenwich, the
/// night's a day early). A UTC instant gives way to a local day the page writes elsewhere (its
/// URL, a publication value with a local offset or none) when that day is the one before or
/// after and some UTC offset (−12 h … +14 h) makes the two the same instant.
enum LocalDay {
    static let westmostOffsetHours = 12
    static let eastmostOffsetHours = 14

    /// The local day among `witnesses` that `value` (normalised metadata) stands for, if it is a
    /// UTC instant whose day they contradict and no witness (nor `confirming`) gives its own day.
    static func correct(_ value: String, witnesses: [(day: CalendarDate, source: FieldSource)],
                        confirming: CalendarDate? = nil) -> (CalendarDate, FieldSource)? {
        guard isUTCInstant(value, raw: value), let hour = hour(value), let day = CalendarDate(iso: value),
              confirming != day, !witnesses.contains(where: { $0.day == day }) else { return nil }
        let before = day.adding(days: -1), after = day.adding(days: 1)
        return witnesses.first { witness in
            (witness.day == before && hour < westmostOffsetHours) || (witness.day == after && hour + eastmostOffsetHours >= 24)
        }
    }

    /// Whether a normalised value is an instant in UTC: an ISO date-time ending in "Z" or a zero
    /// offset, or a raw value naming GMT or UTC.
    static func isUTCInstant(_ value: String, raw: String) -> Bool {
        if hour(value) != nil {
            for suffix in ["Z", "+00:00", "+0000", "-00:00", "+00"] where value.hasSuffix(suffix) { return true }
            return false
        }
        return raw.utf8.count <= 80 && (raw.contains("GMT") || raw.contains("UTC"))
    }

    /// The hour of an ISO date-time "YYYY-MM-DDTHH:MM...".
    private static func hour(_ value: String) -> Int? {
        let bytes = Array(value.utf8.prefix(16))
        guard bytes.count == 16, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              let tens = digit(bytes[11]), let ones = digit(bytes[12]) else { return nil }
        return tens * 10 + ones
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }
}
