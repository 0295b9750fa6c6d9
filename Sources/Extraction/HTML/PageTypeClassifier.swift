/// Article, listing, product, forum, documentation or service page: declared types first
/// (JSON-LD @type, og:type), then the shape of the text.
enum PageTypeClassifier {
    static func classify(jsonLDTypes: [String], ogType: String?, bodyWords: Int, linkListWords: Int,
                         hasPublishedDate: Bool) -> PageType {
        for type in jsonLDTypes {
            if let declared = declaredTypes[type] { return declared }
        }
        switch ogType?.lowercased() {
        case "product", "og:product", "product.item": return .product
        case "article", "blog", "news", "article:article": return .article
        default: break
        }
        if jsonLDTypes.contains(where: StructuredData.articleTypes.contains) { return .article }
        if bodyWords < 120 && linkListWords > 3 * max(bodyWords, 20) { return .listing }
        if bodyWords >= 150 && hasPublishedDate { return .article }
        return bodyWords >= 250 ? .article : .other
    }

    private static let declaredTypes: [String: PageType] = [
        "product": .product, "productgroup": .product, "offer": .product,
        "discussionforumposting": .forum, "qapage": .forum, "question": .forum,
        "itemlist": .listing, "collectionpage": .listing, "searchresultspage": .listing,
        "techarticle": .documentation, "apireference": .documentation,
        "service": .service, "localbusiness": .service, "professionalservice": .service,
    ]
}
