/// What surrounds the body: headline, byline and datelines, found in that order because the
/// headline anchors where the other two are looked for.
struct ArticleFrame {
    var headline: Int?
    var byline: BylineFinder.Byline?
    var datelines: DatelineFinder.Datelines

    /// Lines the frame used, which the body must not repeat.
    var lines: Set<Int> {
        var used = datelines.lines.union(byline?.lines ?? [])
        if let headline { used.insert(headline) }
        return used
    }

    static func locate(_ lines: [DumpLine], bodyStart: Int, reference: CalendarDate?) -> ArticleFrame {
        let above = max(0, bodyStart - HeadlineFinder.lookBack)..<min(lines.count, bodyStart + 4)
        let dated = DatelineFinder.find(lines, window: above, headline: nil, reference: reference).lines
        let bylines = above.filter { lines[$0].words <= 16 && BylineFinder.authors(in: lines[$0].text) != nil }
        let headline = HeadlineFinder.find(lines, bodyStart: bodyStart, excluded: dated.union(bylines))
        // Byline and dateline sit just above the headline (kicker, date) or between it and the body.
        let near = (headline.map { max(0, $0 - 6) } ?? max(0, bodyStart - 12))..<min(lines.count, bodyStart + 4)
        let datelines = DatelineFinder.find(lines, window: near, headline: headline, reference: reference)
        let byline = BylineFinder.find(lines, window: near, dateLines: datelines.lines)
        return ArticleFrame(headline: headline, byline: byline, datelines: datelines)
    }

    func fill(_ article: inout Article, sourceURL: String?, lines: [DumpLine], reference: CalendarDate?) {
        if let headline {
            article.title = String(lines[headline].text)
            article.sources["title"] = "heading"
        }
        if let byline {
            article.authors = byline.authors
            article.sources["authors"] = byline.source
        }
        if let pageDate = datelines.pageDate {
            article.pageDate = pageDate.iso
            article.sources["page_date"] = "first-line"
        }
        var published = datelines.published.map { ($0, datelines.publishedSource ?? "dateline") }
        if published == nil, !datelines.sawEmptyLabel {
            published = DatelineFinder.labelledAnywhere(lines, limit: 3000, reference: reference).map { ($0, "labelled-line") }
                ?? sourceURL.flatMap(URLDate.find).map { ($0, "url") }
        }
        if let (date, source) = published {
            article.publishedAt = date.iso
            article.sources["published_at"] = source
        } else {
            article.flags.append(Flag("missing_publication_date", datelines.pageDate == nil
                ? "the page gives no publication date"
                : "the page shows only a page date (the site's \"today\" line), not when the article was published"))
        }
        if let modified = datelines.modified {
            article.modifiedAt = modified.iso
            article.sources["modified_at"] = "dateline"
        }
    }
}
