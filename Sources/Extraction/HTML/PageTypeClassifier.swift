import TextCore

/// Article, listing, product, forum, documentation or service page: declared types first
/// (JSON-LD @type), then URL conventions, og:type, then the shape of the text.
enum PageTypeClassifier {
    static func classify(jsonLDTypes: [String], ogType: String?, url: String? = nil, bodyWords: Int,
                         linkListWords: Int, hasPublishedDate: Bool, tunables t: HTMLTunables = HTMLTunables()) -> PageType {
        if let declared = declared(jsonLDTypes: jsonLDTypes, url: url) { return declared }
        switch ogType?.lowercased() {
        case "product", "og:product", "product.item": return .product
        case "article", "blog", "news", "article:article": return .article
        default: break
        }
        if jsonLDTypes.contains(where: StructuredData.articleTypes.contains) { return .article }
        if bodyWords < t.listingMaxBodyWords && Double(linkListWords) > t.listingLinkRatio * Double(max(bodyWords, 20)) { return .listing }
        if bodyWords >= t.datedArticleWords && hasPublishedDate { return .article }
        return bodyWords >= t.articleWords ? .article : .other
    }

    /// What the page's markup or address says it is, before looking at its text.
    static func declared(jsonLDTypes: [String], url: String?) -> PageType? {
        for type in jsonLDTypes {
            if let declared = declaredTypes[type] { return declared }
        }
        return url.flatMap { fromURL($0.lowercased()) }
    }

    /// Site software names its sections alike: /docs/, /t/<topic> (Discourse), /product/.
    static func fromURL(_ url: String) -> PageType? {
        let host = url.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        let path = "/" + url.split(separator: "/").dropFirst(2).joined(separator: "/") + "/"
        if host.hasPrefix("docs.") || host.hasPrefix("developer.") || ["/docs/", "/documentation/", "/reference/", "/manual/", "/api/"].contains(where: { path.containsBytes($0) }) {
            return .documentation
        }
        if host.hasPrefix("forum") || host.hasPrefix("community.") || host.hasPrefix("discuss.")
            || ["/t/", "/thread", "/forum", "/questions/", "/comments/", "/topic/"].contains(where: { path.containsBytes($0) }) {
            return .forum
        }
        if ["/product/", "/products/", "/dp/", "/shop/"].contains(where: { path.containsBytes($0) }) {
            return .product
        }
        return nil
    }

    private static let declaredTypes: [String: PageType] = [
        "product": .product, "productgroup": .product, "offer": .product,
        "discussionforumposting": .forum, "qapage": .forum, "question": .forum,
        "itemlist": .listing, "collectionpage": .listing, "searchresultspage": .listing,
        "techarticle": .documentation, "apireference": .documentation,
        "service": .service, "localbusiness": .service, "professionalservice": .service,
    ]
}
