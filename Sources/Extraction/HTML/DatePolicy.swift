import TextCore

/// Reconciles the visible date line with metadata dates. Metadata wins (it is what the CMS
/// recorded); the shown date fills what metadata lacks. A shown "Updated ..." date is the
/// modification date, and stands in for publication only when nothing else dates the page.
enum DatePolicy {
    static func apply(_ line: HTMLDateLine.Found, to article: inout Article) {
        if line.isUpdate, article.modifiedAt == nil {
            article.modifiedAt = line.date
            article.sources[.modifiedAt] = .dateline
        }
        if article.publishedAt == nil {
            article.publishedAt = line.date
            article.sources[.publishedAt] = .dateline
        }
    }
}
