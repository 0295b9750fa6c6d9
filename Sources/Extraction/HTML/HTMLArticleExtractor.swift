/// Placeholder: the libxml2-based HTML pipeline replaces this.
enum HTMLArticleExtractor {
    static func extract(html: String, sourceURL: String?) throws(ExtractionError) -> Article {
        throw .notAnArticle("HTML extraction is not built yet")
    }
}
