import TextCore

/// Plain-text page dumps (innerText, copy-paste) to articles. A pipeline of small stages over
/// the dump's lines: classify each line, find the main region between end-matter headings,
/// then headline, lead paragraph, dateline, byline and teasers around it. Linear in
/// the size of the dump.
enum TextDumpExtractor {
    static func extract(_ text: String, sourceURL: String? = nil,
                        referenceDate: String? = nil, tunables t: DumpTunables = DumpTunables(),
                        lineReads: LineReadCounter? = nil) throws(ExtractionError) -> Article {
        var lines = DumpLines.split(text, reads: lineReads)
        guard lines.reduce(0, { $0 + $1.words }) >= 3 else {
            throw .notAnArticle("the dump has fewer than three words")
        }
        LineClassifier.classify(&lines, t)
        let reference = referenceDate.flatMap(CalendarDate.init(iso:))
        var found = MainRegionFinder.find(lines, mode: .article, t) ?? 0..<0
        let isArticle = PageTypeGuess.hasArticleText(lines[found], t)
        if isArticle { found = TailTrimmer.trim(found, in: lines, t) }
        if !isArticle { found = MainRegionFinder.find(lines, mode: .listing, t) ?? found }
        let frame = ArticleFrame.locate(lines, region: found, reference: reference, isArticle: isArticle, sourceURL: sourceURL, t)
        // Nothing above the headline is the story (promos, teasers, breadcrumbs).
        let region = min(found.upperBound, max(found.lowerBound, frame.headline.map { $0 + 1 } ?? 0))..<found.upperBound
        let teasers = TeaserCollector.collect(lines, from: frame.lead)
        // On a listing the teasers are the content; on an article they are other pages.
        let dropped = isArticle ? frame.lines.union(teasers.flatMap { [$0.titleLine, $0.snippetLine] }) : frame.lines
        let body = BodyFilter.body(lines, region: region, excluded: dropped, headline: frame.headline.map { lines[$0].text })

        var article = Article(format: .text, paragraphs: body.map { String($0.text) },
                              related: teasers.map(\.teaser),
                              pageType: PageTypeGuess.guess(body: body, teasers: teasers.count, t))
        frame.fill(&article, sourceURL: sourceURL, lines: lines, reference: reference, t)
        article.flags += BodyFlags.flags(body: body, reachesEnd: region.upperBound == lines.count)
        return article
    }
}
