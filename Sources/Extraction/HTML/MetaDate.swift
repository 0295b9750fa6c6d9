/// Normalises dates as pages put them in metadata (ISO 8601, RFC 822, "March 5, 2024",
/// "05.03.2024", URL paths) to "YYYY-MM-DD", or to full ISO 8601 when a time of day is given
/// in ISO form. Free-text dates in bylines are a separate, later concern.
enum MetaDate {
    static func normalise(_ raw: String) -> String? {
        let value = raw.trimmingWhitespace()
        guard !value.isEmpty, value.count <= 80 else { return nil }
        if let iso = isoDateTime(value) { return iso }
        let tokens = tokenise(value)
        return numericDate(tokens) ?? namedMonthDate(tokens, requireDay: false)
    }

    /// A full day date inside a short line of visible text ("Updated on July 9, 2025",
    /// "By Jane Doe | 12.03.2024"): month names need a day and a year next to them.
    static func inLine(_ line: String) -> String? {
        let tokens = tokenise(line[...])
        guard tokens.count <= 24 else { return nil }
        return namedMonthDate(tokens, requireDay: true) ?? numericRun(tokens)
    }

    /// Three adjacent numbers joined by '.', '/' or '-' with a four-digit year.
    private static func numericRun(_ tokens: [Token]) -> String? {
        for start in tokens.indices.dropLast(2) {
            guard case let .number(_, _, s1) = tokens[start], s1 == "." || s1 == "/" || s1 == "-",
                  case let .number(_, _, s2) = tokens[start + 1], s2 == s1,
                  case .number = tokens[start + 2] else { continue }
            if let date = numericDate(Array(tokens[start...(start + 2)])) { return date }
        }
        return nil
    }

    /// "2024-03-05", "2024-03-05T10:20:30+01:00", "2024-03-05 10:20": kept with their time.
    private static func isoDateTime(_ value: Substring) -> String? {
        let chars = Array(value.utf8)
        guard chars.count >= 10, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
              let year = number(chars[0..<4]), let month = number(chars[5..<7]), let day = number(chars[8..<10]),
              let date = format(year: year, month: month, day: day) else { return nil }
        guard chars.count > 10 else { return date }
        let separator = chars[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: " "), chars.count >= 16,
              let hour = number(chars[11..<13]), let minute = number(chars[14..<16]),
              chars[13] == UInt8(ascii: ":"), hour < 24, minute < 60 else { return date }
        var rest = String(decoding: chars[16...], as: UTF8.self)
        if rest.hasPrefix(" ") { rest = String(rest.dropFirst()) }
        let isISOTail = rest.allSatisfy { $0.isNumber || ":.+-Z".contains($0) }
        return isISOTail ? date + "T" + String(decoding: chars[11..<16], as: UTF8.self) + rest : date
    }

    private enum Token: Equatable {
        case number(Int, digits: Int, separatorAfter: Character?)
        case word(String)
    }

    private static func tokenise(_ value: Substring) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var isDigits = false
        func flush(_ separator: Character?) {
            guard !current.isEmpty else { return }
            if isDigits, let n = Int(current) {
                tokens.append(.number(n, digits: current.count, separatorAfter: separator))
            } else if !isDigits {
                tokens.append(.word(current.lowercased()))
            }
            current = ""
        }
        for ch in value {
            if ch.isNumber, ch.isASCII {
                if !isDigits { flush(nil) }
                isDigits = true
                current.append(ch)
            } else if ch.isLetter {
                if isDigits { flush(nil) }
                isDigits = false
                current.append(ch)
            } else {
                flush(ch)
            }
            if tokens.count > 12 { break }
        }
        flush(nil)
        return tokens
    }

    /// Three numbers: Y M D when the year leads, else D M Y (M D Y for slashes, as US pages write).
    private static func numericDate(_ tokens: [Token]) -> String? {
        let numbers = tokens.prefix(3).compactMap { token -> (Int, Int, Character?)? in
            if case let .number(n, digits, sep) = token { return (n, digits, sep) }
            return nil
        }
        if numbers.count == 1, numbers[0].1 == 8 {
            let n = numbers[0].0
            return format(year: n / 10000, month: n / 100 % 100, day: n % 100)
        }
        guard numbers.count == 3 else { return nil }
        if numbers[0].1 == 4 { return format(year: numbers[0].0, month: numbers[1].0, day: numbers[2].0) }
        guard numbers[2].1 == 4 else { return nil }
        let (a, b, year) = (numbers[0].0, numbers[1].0, numbers[2].0)
        if numbers[0].2 == "/" && a <= 12 {
            return format(year: year, month: a, day: b)
        }
        return format(year: year, month: b, day: a)
    }

    /// "March 5, 2024", "5 March 2024", "Tue, 05 Mar 2024 10:00:00 GMT", "5. März 2024".
    private static func namedMonthDate(_ tokens: [Token], requireDay: Bool) -> String? {
        guard let monthIndex = tokens.firstIndex(where: { if case let .word(w) = $0 { return month(w) != nil }; return false }),
              case let .word(monthWord) = tokens[monthIndex], let month = month(monthWord) else { return nil }
        var year: Int?
        for token in tokens {
            if case let .number(n, 4, _) = token { year = n; break }
        }
        // The day stands next to the month: "5 March", "March 5", "5. März".
        var day: Int?
        for neighbour in [monthIndex + 1, monthIndex - 1] where tokens.indices.contains(neighbour) {
            if case let .number(n, digits, _) = tokens[neighbour], digits <= 2, (1...31).contains(n) {
                day = n
                break
            }
        }
        guard let year, day != nil || !requireDay else { return nil }
        return format(year: year, month: month, day: day ?? 1)
    }

    static func month(_ word: String) -> Int? {
        if let index = monthNames.firstIndex(where: { names in names.contains(where: { word == $0 }) }) {
            return index + 1
        }
        return nil
    }

    /// English, German, French, Spanish, Italian and Dutch month names and common abbreviations.
    private static let monthNames: [[String]] = [
        ["january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "januari"],
        ["february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "februari"],
        ["march", "mar", "märz", "maerz", "mars", "marzo", "maart"],
        ["april", "apr", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maggio", "mei"],
        ["june", "jun", "juni", "juin", "junio", "giugno"],
        ["july", "jul", "juli", "juillet", "julio", "luglio"],
        ["august", "aug", "août", "aout", "agosto", "augustus"],
        ["september", "sep", "sept", "septembre", "septiembre", "settembre"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre"],
        ["november", "nov", "novembre", "noviembre"],
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre"],
    ]

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(b - UInt8(ascii: "0"))
        }
        return n
    }

    /// Plausible publication dates only: 1990 to 2100, real calendar days.
    static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1990...2100).contains(year), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// A date in a URL path: /2024/03/05/ or /2024-03-05/ or /20240305/.
    static func fromURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        for (i, part) in parts.enumerated() {
            if part.count == 8, part.allSatisfy(\.isNumber), let n = Int(part),
               let date = format(year: n / 10000, month: n / 100 % 100, day: n % 100) { return date }
            guard part.count == 4, let year = Int(part), i + 2 < parts.count,
                  parts[i + 1].count <= 2, parts[i + 2].count <= 2,
                  let month = Int(parts[i + 1]), let day = Int(parts[i + 2]) else { continue }
            if let date = format(year: year, month: month, day: day) { return date }
        }
        return nil
    }
}
