import Foundation
import TextCore

/// The headline: the page's h1 when it agrees with a declared title, then og:title and JSON-LD
/// headline, before `<title>`, which usually carries the site name (" | Site", " - Site").
/// The h1 leads because og:title is often an SEO variant of the shown headline (WCXB
/// articles: 0.86 exact this way, 0.76 with og:title first).
enum TitleSelection {
    static func select(ogTitle: String?, headline: String?, h1: String?, documentTitle: String?,
                       siteName: String?, tunables t: HTMLTunables = HTMLTunables()) -> (title: String, source: FieldSource)? {
        // An h1 that shares no words with the declared titles is a slogan or a section name.
        let declared = [ogTitle, headline, documentTitle].compactMap { $0 }
        let h1Agrees = h1.map { h1 in declared.isEmpty || declared.contains { overlap(h1, $0) >= t.titleAgreement } } ?? false
        let candidates: [(String?, FieldSource)] = [(h1Agrees ? h1 : nil, .heading), (ogTitle, .meta), (headline, .jsonLD),
                                               (h1, .heading), (documentTitle, .documentTitle)]
        for (value, source) in candidates {
            guard let value, case let cleaned = stripSiteName(value, siteName: siteName, tunables: t), !cleaned.isEmpty else { continue }
            return (cleaned, source)
        }
        return nil
    }

    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "]

    /// Drops a trailing (or leading) site-name segment: one that names the site, or a short tail
    /// after a pipe-like separator.
    static func stripSiteName(_ raw: String, siteName: String?, tunables t: HTMLTunables = HTMLTunables()) -> String {
        let title = String(raw.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        let site = siteName.map(simplify)
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            if let site, !site.isEmpty, simplify(tail) == site || simplify(tail).containsBytes(site) || site.containsBytes(simplify(tail)) {
                return head
            }
            if let site, !site.isEmpty, let first = title.range(of: separator), simplify(String(title[..<first.lowerBound])) == site {
                return String(title[first.upperBound...])
            }
            let tailWords = tail.split(separator: " ").count
            let headWords = head.split(separator: " ").count
            if separator != " - " && separator != " – " || siteName == nil, tailWords <= t.siteSuffixMaxWords, headWords >= t.titleMinimumWords {
                return head
            }
        }
        return title
    }

    /// Share of `a`'s words (character bigrams in spaceless scripts) that also occur in `b`,
    /// case-insensitively.
    static func overlap(_ a: String, _ b: String) -> Double {
        let words = TextMeasures.comparisonUnits(a)
        guard !words.isEmpty else { return 0 }
        let other = Set(TextMeasures.comparisonUnits(b))
        return Double(words.filter(other.contains).count) / Double(words.count)
    }

    private static func simplify(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
