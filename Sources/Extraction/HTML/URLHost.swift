import Foundation

/// The host of a page's URL: its country-code domain says the day/month order, and a link to
/// another site is not the page's own.
enum URLHost {
    /// The lowercased host of an absolute URL ("https://News.example.co.uk:8080/a" →
    /// "news.example.co.uk"); nil for a relative one.
    static func of(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : host.lowercased()
    }

    /// Hosts of one site: the same registrable domain, approximated by the last two labels, or
    /// three under a two-letter country code with a short second level ("news.bbc.co.uk").
    static func sameSite(_ a: String, _ b: String) -> Bool {
        site(a) == site(b)
    }

    private static func site(_ host: String) -> ArraySlice<Substring> {
        let labels = host.split(separator: ".")
        let keep = labels.count >= 3 && labels[labels.count - 1].count == 2 && labels[labels.count - 2].count <= 3 ? 3 : 2
        return labels.suffix(keep)
    }
}
