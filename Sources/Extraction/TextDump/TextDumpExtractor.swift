/// Plain-text page dumps (innerText, copy-paste) to articles. A pipeline of small stages over
/// the dump's lines: classify each line, find the main region, cut the end matter, then pick
/// headline, dateline, byline and teasers around it. Linear in the size of the dump.
enum TextDumpExtractor {
    static func extract(_ text: String, sourceURL: String? = nil,
                        referenceDate: String? = nil) throws(ExtractionError) -> Article {
        var lines = DumpLines.split(text)
        guard lines.reduce(0, { $0 + $1.words }) >= 3 else {
            throw .notAnArticle("the dump has fewer than three words")
        }
        LineClassifier.classify(&lines)
        let reference = referenceDate.flatMap(CalendarDate.init(iso:))
        let region = MainRegionFinder.find(lines).map { BoilerplateCutoff.apply($0, in: lines) } ?? 0..<0
        let bodyStart = region.first { lines[$0].kind == .prose } ?? region.lowerBound
        let frame = ArticleFrame.locate(lines, bodyStart: bodyStart, reference: reference)
        let teasers = TeaserCollector.collect(lines, from: bodyStart)
        let dropped = frame.lines.union(teasers.flatMap { [$0.titleLine, $0.snippetLine] })
        let body = region.filter { !dropped.contains($0) && isBodyText(lines[$0]) }.map { lines[$0] }

        var article = Article(format: .text, paragraphs: body.map { String($0.text) },
                              related: teasers.map(\.teaser), pageType: PageTypeGuess.guess(body: body, teasers: teasers.count))
        frame.fill(&article, sourceURL: sourceURL, lines: lines, reference: reference)
        article.flags += BodyFlags.flags(body: body, reachesEnd: region.upperBound == lines.count)
        return article
    }

    private static func isBodyText(_ line: DumpLine) -> Bool {
        line.kind == .prose || line.kind == .short
    }
}
