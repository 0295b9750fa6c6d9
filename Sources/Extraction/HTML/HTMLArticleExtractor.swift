import HTMLParser
import TextCore

/// HTML page -> article: libxml2 parse and walk (HTMLParser), metadata, then the body
/// heuristics over the block list. The heuristics never see libxml2, so the parser can change
/// without touching them.
enum HTMLArticleExtractor {
    static func extract(utf8: [UInt8], sourceURL: String?, referenceDate: String? = nil,
                        tunables t: HTMLTunables = HTMLTunables()) throws(ExtractionError) -> Article {
        guard let parsed = utf8.withUnsafeBufferPointer({ HTMLParser.parse(utf8: $0) }) else { throw .notAnArticle("the HTML parser produced no document") }
        let structured = StructuredData(scripts: parsed.jsonLD)
        let meta = MetaTags(parsed.metas)
        let canonical = parsed.links.first { $0.rel == "canonical" }?.href
        let declaredType = PageTypeClassifier.declared(jsonLDTypes: structured.types, url: canonical ?? sourceURL)
        let outline = PageOutline(parsed, commentsAreContent: declaredType == .forum, tunables: t)
        let container = ContainerSelection.select(outline)
        // The headings of a tag that may hold the headline, in page order, as many as
        // `titleHeadings`: not a screen-reader "Search" or "Menu" h1 in the header.
        func shownHeadings(_ tag: HTMLTag) -> [Int] {
            Array(parsed.blocks.indices.lazy.filter {
                let node = Int(parsed.blocks[$0].node)
                return parsed.nodes[node].tag == tag && !outline.isNegative(node) && outline.features[$0].words >= 2
            }.prefix(t.titleHeadings))
        }
        // The first h1 anchors the byline and date line.
        let headingIndices = shownHeadings(.h1)
        let h1Index = headingIndices.first ?? parsed.blocks.indices.first { parsed.nodes[Int(parsed.blocks[$0].node)].tag == .h1 }

        let grammar = dateGrammar(parsed, meta: meta, url: canonical ?? sourceURL ?? meta["og:url"], outline: outline)
        var metadata = PageMetadata(parsed, structured: structured, sourceURL: sourceURL, grammar: grammar, tunables: t)
        if let names = Byline.cjkNames(outline, headline: h1Index, container: container) {
            metadata.addSignedByline(names)
        } else {
            metadata.addByline(Byline.find(outline, headline: h1Index, container: container))
        }
        var article = metadata.fields
        let headingBlocks = headingIndices.isEmpty ? h1Index.map { [$0] } ?? [] : headingIndices
        // A link inside the heading is recorded with the heading's block; a link around it, with
        // the block after it, its text the heading's.
        // (The link's target is read last: a page has hundreds of links and a few headings.)
        let linkingHome = Set(parsed.anchors.compactMap { anchor -> Int? in
            let block = Int(anchor.block)
            let heading = headingBlocks.contains(block) ? block
                : headingBlocks.contains(block - 1) && anchor.text.contains(parsed.blocks[block - 1].text) ? block - 1 : nil
            return heading.flatMap { URLHost.isHome(anchor.href) ? $0 : nil }
        })
        let headings = headingBlocks.map {
            TitleSelection.Heading(text: parsed.blocks[$0].text, words: outline.features[$0].words, linkDensity: outline.features[$0].linkDensity,
                                   linksHome: linkingHome.contains($0))
        }
        let subheadings = shownHeadings(.h2).map { parsed.blocks[$0].text }
        // twitter:title is the link preview's title where a page declares no og:title (German
        // government sites: "<title>BKA - Listenseite für Pressemitteilungen 2022 - Headline").
        if let (title, source) = TitleSelection.select(ogTitle: meta.first(["og:title", "twitter:title"])?.value, headline: structured.headline, headings: headings,
                                                       subheadings: subheadings, documentTitle: parsed.title, siteName: article.siteName, tunables: t) {
            article.title = title
            article.sources[.title] = source
        }
        let known = [article.publishedAt, article.modifiedAt].compactMap { $0.flatMap(CalendarDate.init(iso:)) }
        let line = HTMLDateLine.find(outline, headline: h1Index, container: container, grammar: grammar, known: known)
        DatePolicy.apply(line, evidence: metadata.dateEvidence,
                         isShown: { HTMLDateLine.shows($0, outline, grammar: grammar) }, to: &article)
        if article.publishedAt == nil, let day = TrailingLabelDate.find(outline, grammar: grammar) {
            article.publishedAt = day.iso
            article.sources[.publishedAt] = .dateline
        }
        // The last resort: a date in the page source. Weak evidence, so it does not make the
        // page an article (`PageTypeClassifier`).
        if article.publishedAt == nil,
           let day = PageSourceDate.find(in: utf8, pageURL: canonical ?? sourceURL ?? meta["og:url"],
                                         reference: referenceDate.flatMap(CalendarDate.init(iso:)),
                                         notAfter: article.modifiedAt.flatMap(CalendarDate.init(iso:)), tunables: t) {
            article.publishedAt = day.iso
            article.sources[.publishedAt] = .pageSource
        }

        let body = BodySelection.select(outline, container: container, title: article.title, grammar: grammar)
        article.paragraphs = BodyCleanup.clean(body.paragraphs, t)
        // A short body may be a listing (a grid of teaser cards): the container is chosen again
        // counting teaser titles, and it wins if it holds more than the article reading did
        // before its edges were trimmed, unless those teasers stand beside a headlined article.
        if body.untrimmedWords < t.listingFallbackWords {
            let listing = ContainerSelection.select(outline, teaserMode: true)
            if !teasersStandBesideArticle(outline, headline: h1Index, article: container, listing: listing) {
                let paragraphs = BodyCleanup.clean(BodySelection.paragraphs(outline, container: listing, title: article.title, teaserMode: true, grammar: grammar), t)
                if TextMeasures.words(in: paragraphs) > body.untrimmedWords { article.paragraphs = paragraphs }
            }
        }
        // A second reading of the body, from another outline of the page, wins when it holds
        // several times the words of the first.
        func reread(_ other: PageOutline, gain: Double) {
            let words = TextMeasures.words(in: article.paragraphs)
            let paragraphs = BodyCleanup.clean(BodySelection.paragraphs(other, container: ContainerSelection.select(other), title: article.title, grammar: grammar), t)
            if Double(TextMeasures.words(in: paragraphs)) >= gain * Double(max(words, 1)) { article.paragraphs = paragraphs }
        }
        // Still short, on a page not declared a forum: a thread whose posts are classed as
        // comments (no URL or JSON-LD says forum) is read again with comments as content.
        if declaredType != .forum, TextMeasures.words(in: article.paragraphs) < t.threadFallbackWords {
            reread(PageOutline(parsed, commentsAreContent: true, tunables: t), gain: t.threadFallbackGain)
        }
        // Still short: a page may hide itself until a script runs (`visibility:hidden` on the
        // whole page), or broken markup may nest it inside a hidden menu (libxml2 does not
        // close an unclosed `<div>` at the `</li>` as a browser does): read with hidden elements shown.
        if TextMeasures.words(in: article.paragraphs) < t.hiddenFallbackWords, let revealed = utf8.withUnsafeBufferPointer({ HTMLParser.parse(utf8: $0, showingHidden: true) }) {
            reread(PageOutline(revealed, commentsAreContent: declaredType == .forum, tunables: t), gain: t.hiddenFallbackGain)
        }
        if let body = StructuredBody.paragraphs(structured.articleBody, replacing: article.paragraphs, t) {
            article.paragraphs = body
            article.sources[.body] = .jsonLD
        }
        article.related = RelatedTeasers.collect(outline)
        let bodyWords = TextMeasures.words(in: article.paragraphs)
        let linkListWords = outline.features.reduce(0) { $0 + ($1.isLinkList ? $1.words : 0) }
        article.pageType = PageTypeClassifier.classify(jsonLDTypes: structured.types, ogType: meta["og:type"],
                                                       url: article.canonicalURL ?? sourceURL, bodyWords: bodyWords, linkListWords: linkListWords,
                                                       hasPublishedDate: article.publishedAt != nil && article.sources[.publishedAt] != .pageSource,
                                                       tunables: t)
        if parsed.truncated { article.flags.append(Flag(.htmlTruncated, "nesting or element limits cut the page short")) }
        return article
    }

    /// A short article under its headline is the page even when more teaser text stands
    /// elsewhere: the headline (a real one, not a screen-reader "Menu") comes shortly before the
    /// article's container (`HTMLTunables.listingHeadlineMaxNodes` block elements), and the
    /// listing reading's container holds neither the headline nor the article (a sidebar's
    /// news list, a site-wide ticker, a box of links to the section). A listing page's grid
    /// sits under its heading or around the short text (a category's intro above its cards),
    /// and is still read.
    /// On trafilatura-eval three short news pages (a French item of 26 words, a Ukrainian
    /// sports item, a German press release) had been replaced by their sidebars.
    private static func teasersStandBesideArticle(_ outline: PageOutline, headline: Int?, article: Int, listing: Int) -> Bool {
        guard let headline else { return false }
        let node = Int(outline.parsed.blocks[headline].node)
        guard !outline.isNegative(node), outline.features[headline].words >= 2, node < article,
              article - node <= outline.tunables.listingHeadlineMaxNodes else { return false }
        return !outline.contains(listing, node) && !outline.contains(listing, article)
    }

    /// The date grammar with the page's day/month order: its own unambiguous slashed dates in
    /// short blocks, its declared language and locale, its country-code domain, the order of its
    /// written-out dates in short blocks.
    private static func dateGrammar(_ parsed: ParsedHTML, meta: MetaTags, url: String?, outline: PageOutline) -> DateGrammar {
        var shortTexts: [String] = []
        var writtenDates: [String] = []
        let t = outline.tunables
        for (block, feature) in zip(parsed.blocks, outline.features) where feature.words <= t.dateLineMaxWords {
            if shortTexts.count < t.dateOrderBlocks, block.text.utf8.contains(UInt8(ascii: "/")) { shortTexts.append(block.text) }
            if writtenDates.count < t.dateOrderBlocks, block.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                writtenDates.append(block.text)
            }
            if shortTexts.count >= t.dateOrderBlocks, writtenDates.count >= t.dateOrderBlocks { break }
        }
        let locales = [parsed.language, meta["og:locale"], meta["content-language"], meta["language"], meta["dc.language"]].compactMap { $0 }
        let host = url.flatMap(URLHost.of)
        var grammar = DateGrammar.datelines
        grammar.slashOrder = DateOrder.slashOrder(pageDates: shortTexts, locales: locales, host: host, writtenDates: writtenDates)
        return grammar
    }
}
