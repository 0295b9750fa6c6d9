import TextCore

/// What surrounds the body: headline, lead paragraph, byline and datelines. The headline is
/// found first because it anchors where the lead, the byline and the dateline are looked for.
struct ArticleFrame {
    var headline: Int?
    /// The first paragraph of the story.
    var lead: Int
    var byline: BylineFinder.Byline?
    var datelines: DatelineFinder.Datelines
    /// Reads dates with the dump's day/month order.
    var grammar = DateGrammar.datelines

    /// Lines the frame used, which the body must not repeat.
    var lines: Set<Int> {
        var used = datelines.lines.union(byline?.lines ?? [])
        if let headline { used.insert(headline) }
        return used
    }

    /// A "Published ..." line anywhere in this many first lines dates the page when nothing near
    /// the headline does (bounds the search on huge dumps).
    static let labelledLineSearch = 3000

    static func locate(_ lines: DumpLineList, region: Range<Int>, reference: CalendarDate?, isArticle: Bool = true,
                       sourceURL: String? = nil, _ t: DumpTunables = DumpTunables()) -> ArticleFrame {
        let grammar = DatelineFinder.grammar(lines, sourceURL: sourceURL, t)
        let denseLead = LeadFinder.dense(lines, in: region, t)
        let search = HeadlineFinder.searchRange(region: region, denseLead: denseLead, lineCount: lines.count, t)
        let above = search.lowerBound..<min(lines.count, search.upperBound + 2)
        let dated = DatelineFinder.find(lines, window: above, headline: nil, reference: reference, grammar: grammar, t).lines
        let bylines = above.filter { lines[$0].words <= t.maxBylineWords && BylineFinder.authors(in: lines[$0].text, t) != nil }
        let headline = HeadlineFinder.find(lines, region: region, denseLead: denseLead, frameLines: dated.union(bylines), isArticle: isArticle, t)
        let lead = headline.flatMap { LeadFinder.first(lines, in: ($0 + 1)..<max($0 + 1, region.upperBound)) } ?? denseLead
        // Byline and dateline sit just above the headline (kicker, date) or between it and the lead.
        let nearStart = headline.map { max(0, $0 - t.datelineLinesAbove) } ?? max(0, lead - 12)
        let near = nearStart..<max(nearStart, min(lines.count, lead + t.datelineLinesBelowLead))
        var datelines = DatelineFinder.find(lines, window: near, headline: headline, reference: reference, grammar: grammar, t)
        // Nothing near the headline dates the page, and it has no empty date slot: the date line
        // may sit further out (under a share bar or a standfirst). Only then is the wider reach
        // read, so a page dated near its headline keeps that date.
        if datelines.published == nil, datelines.modified == nil, !datelines.sawEmptyLabel {
            let wideStart = headline.map { max(0, $0 - t.datelineFallbackLinesAbove) } ?? nearStart
            let wide = wideStart..<max(wideStart, min(lines.count, lead + t.datelineFallbackLinesBelowLead))
            let further = DatelineFinder.find(lines, window: wide, headline: headline, reference: reference, grammar: grammar, t)
            if further.published != nil || further.modified != nil { datelines = further }
        }
        let later = near.upperBound..<max(near.upperBound, min(lines.count, region.upperBound + 15))
        let byline = BylineFinder.find(lines, window: near, later: later, dateLines: datelines.lines, headline: headline, t)
        return ArticleFrame(headline: headline, lead: lead, byline: byline, datelines: datelines, grammar: grammar)
    }

    func fill(_ article: inout Article, sourceURL: String?, lines: DumpLineList, reference: CalendarDate?, _ t: DumpTunables) {
        if let headline {
            article.title = HeadlineFinder.title(lines[headline], t)
            article.sources[.title] = .heading
        }
        if let byline {
            article.authors = byline.authors
            article.sources[.authors] = byline.source
        }
        if let pageDate = datelines.pageDate {
            article.pageDate = pageDate.iso
            article.sources[.pageDate] = .firstLine
        }
        var published = datelines.published.map { ($0, FieldSource.dateline) }
        // An "Updated ..." line anywhere in the first lines, read only when nothing near the
        // headline dates the page.
        let labelledUpdate = published == nil && datelines.modified == nil && !datelines.sawEmptyLabel
            ? DatelineFinder.labelledAnywhere(lines, limit: Self.labelledLineSearch, reference: reference, label: .updated, grammar: grammar, t) : nil
        if published == nil, !datelines.sawEmptyLabel {
            // As in HTML (`DatePolicy`): a shown "Updated ..." date stands in for publication
            // only when nothing else dates the page.
            published = DatelineFinder.labelledAnywhere(lines, limit: Self.labelledLineSearch, reference: reference, grammar: grammar, t).map { ($0, .labelledLine) }
                ?? sourceURL.flatMap(URLDate.find).map { ($0, .url) }
                ?? datelines.modified.map { ($0, .dateline) }
                ?? labelledUpdate.map { ($0, .labelledLine) }
        }
        if let (date, source) = published {
            article.publishedAt = date.iso
            article.sources[.publishedAt] = source
        } else {
            article.flags.append(Flag(.missingPublicationDate, datelines.pageDate == nil
                ? "the page gives no publication date"
                : "the page shows only a page date (the site's \"today\" line), not when the article was published"))
        }
        if let modified = datelines.modified {
            article.modifiedAt = modified.iso
            article.sources[.modifiedAt] = .dateline
        } else if let labelledUpdate {
            article.modifiedAt = labelledUpdate.iso
            article.sources[.modifiedAt] = .labelledLine
        }
    }
}
