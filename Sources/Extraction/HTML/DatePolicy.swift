/// Reconciles the visible date line with metadata dates. Readers (and the people labelling
/// pages) go by the date the page shows; metadata is often a CMS record's first draft or a
/// template's build time. A shown "Updated ..." date is the modification date.
enum DatePolicy {
    static func apply(_ line: DateLine.Found, to article: inout Article) {
        if line.isUpdate {
            guard article.modifiedAt == nil || !article.modifiedAt!.hasPrefix(line.date) else { return }
            article.modifiedAt = line.date
            article.sources["modified_at"] = "dateline"
            if article.publishedAt == nil {
                article.publishedAt = line.date
                article.sources["published_at"] = "dateline"
            }
        } else if article.publishedAt.map({ !$0.hasPrefix(line.date) }) ?? true {
            article.publishedAt = line.date
            article.sources["published_at"] = "dateline"
        }
    }
}
