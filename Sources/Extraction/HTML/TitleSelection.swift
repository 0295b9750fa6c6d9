import Foundation

/// The headline: the page's h1, then og:title and JSON-LD headline, before `<title>`, which
/// usually carries the site name (" | Site", " - Site"). The h1 leads because og:title is
/// often an SEO variant of the shown headline (WCXB articles: 0.85 exact with h1 first,
/// 0.76 with og:title first).
enum TitleSelection {
    static func select(ogTitle: String?, headline: String?, h1: String?, documentTitle: String?,
                       siteName: String?) -> (title: String, source: String)? {
        let candidates: [(String?, String)] = [(h1, "heading"), (ogTitle, "meta"), (headline, "json-ld"), (documentTitle, "title")]
        for (value, source) in candidates {
            guard let value, case let cleaned = stripSiteName(value, siteName: siteName), !cleaned.isEmpty else { continue }
            return (cleaned, source)
        }
        return nil
    }

    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "]

    /// Drops a trailing (or leading) site-name segment: one that names the site, or a short tail
    /// after a pipe-like separator.
    static func stripSiteName(_ raw: String, siteName: String?) -> String {
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
            if separator != " - " && separator != " – " || siteName == nil, tailWords <= 4, headWords >= 3 {
                return head
            }
        }
        return title
    }

    private static func simplify(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
