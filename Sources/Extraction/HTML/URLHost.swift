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

    /// Whether a link goes to a site's home page: its path is empty, "/" or an index page
    /// ("https://example.com/", "/", "./", "index.html"). An archived page's link keeps the
    /// original URL after the archive's prefix ("/web/2013/http://example.com/"): the last URL in
    /// it is read. An empty link, a bare query or a fragment ("?p=12", "#top") stays on the page.
    static func isHome(_ href: String) -> Bool {
        var rest = Substring(href.trimmingWhitespace())
        if let scheme = rest.range(of: "//", options: .backwards), scheme.lowerBound == rest.startIndex || rest[..<scheme.lowerBound].hasSuffix(":") {
            rest = rest[scheme.upperBound...].drop { $0 != "/" && $0 != "?" && $0 != "#" }
        } else if rest.isEmpty || rest.first == "?" || rest.first == "#" {
            return false
        }
        let parts = rest.prefix { $0 != "?" && $0 != "#" }.lowercased().split(separator: "/")
        guard let page = parts.last else { return true }
        return parts.count == 1 && (page == "." || indexPages.contains(String(page)))
    }

    private static let indexPages: Set<String> = ["index.html", "index.htm", "index.php", "default.aspx", "home"]

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
