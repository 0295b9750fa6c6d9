/// The typed columns of one `newsdesk.articles` row, besides the result object itself. The
/// worker fills them from the result it built, so the database stores them without reading
/// JSON. Values the columns cannot hold are cleaned here, never left to fail the statement
/// (which would hold up every outcome sent with it): NUL characters are removed from text, and
/// a date the database could not store as a date becomes NULL.
public struct ArticleRow: Sendable, Equatable {
    public var title: String?
    /// ISO 8601 date or date-time.
    public var publishedAt: String?
    /// ISO 8601 date.
    public var pageDate: String?
    /// ISO 639-1 code; nil when undetermined.
    public var language: String?
    public var wordCount: Int
    public var schemaVersion: Int
    /// Hex SHA-256 of the body, nil when the result has no fingerprints.
    public var sha256: String?
    public var simhash: Int64?

    public init(title: String? = nil, publishedAt: String? = nil, pageDate: String? = nil, language: String? = nil,
                wordCount: Int = 0, schemaVersion: Int = 1, sha256: String? = nil, simhash: Int64? = nil) {
        self.title = title.map(StoredText.clean)
        self.publishedAt = publishedAt.flatMap { StorableDate.isTimestamp($0) ? $0 : nil }
        self.pageDate = pageDate.flatMap { StorableDate.isDate($0) ? $0 : nil }
        self.language = language.map(StoredText.clean)
        self.wordCount = min(max(wordCount, 0), Int(Int32.max))
        self.schemaVersion = min(max(schemaVersion, 0), Int(Int32.max))
        self.sha256 = sha256.map(StoredText.clean)
        self.simhash = simhash
    }
}

/// Text bound into a statement: PostgreSQL's text cannot hold U+0000.
enum StoredText {
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.lazy.filter { $0 != "\u{0}" }))
    }

    /// Clean and at most `limit` characters (error messages from crashing or rejected jobs).
    static func clean(_ text: String, limit: Int) -> String {
        let cleaned = clean(text)
        return cleaned.count <= limit ? cleaned : String(cleaned.prefix(limit - 1)) + "…"
    }
}

/// Whether a string is an ISO 8601 date (YYYY-MM-DD) or date-time the `date` and `timestamptz`
/// columns accept: a real calendar day in years 1–9999, an optional time (HH:MM, :SS, fraction)
/// and zone (Z or ±HH, ±HHMM, ±HH:MM). A storage check only: reading dates from pages is
/// Extraction's business.
enum StorableDate {
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && day(bytes) != nil
    }

    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, day(bytes) != nil else { return false }
        var i = 10
        if i == bytes.count { return true }
        guard bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: " ") else { return false }
        i += 1
        guard let hour = number(bytes, i, 2), hour <= 23, at(bytes, i + 2, ":"), let minute = number(bytes, i + 3, 2), minute <= 59
        else { return false }
        i += 5
        if at(bytes, i, ":") {
            guard let second = number(bytes, i + 1, 2), second <= 59 else { return false }
            i += 3
            if at(bytes, i, ".") {
                i += 1
                let start = i
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                guard i > start else { return false }
            }
        }
        if i == bytes.count { return true }
        if bytes[i] == UInt8(ascii: "Z") { return i + 1 == bytes.count }
        guard bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-"), let zoneHour = number(bytes, i + 1, 2), zoneHour <= 15
        else { return false }
        i += 3
        if i == bytes.count { return true }
        if at(bytes, i, ":") { i += 1 }
        guard let zoneMinute = number(bytes, i, 2), zoneMinute <= 59 else { return false }
        return i + 2 == bytes.count
    }

    /// YYYY-MM-DD at the start of `bytes`, checked against the calendar.
    private static func day(_ bytes: [UInt8]) -> (Int, Int, Int)? {
        guard let year = number(bytes, 0, 4), year >= 1, at(bytes, 4, "-"), let month = number(bytes, 5, 2),
              (1...12).contains(month), at(bytes, 7, "-"), let day = number(bytes, 8, 2), day >= 1
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= length ? (year, month, day) : nil
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ digits: Int) -> Int? {
        guard start + digits <= bytes.count else { return nil }
        var value = 0
        for b in bytes[start..<start + digits] {
            guard isDigit(b) else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }

    private static func at(_ bytes: [UInt8], _ index: Int, _ character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: character)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
