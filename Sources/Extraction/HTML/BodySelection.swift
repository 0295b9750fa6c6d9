import HTMLParser
import TextCore

/// Keeps the container's good blocks in reading order: everything except boilerplate regions,
/// link lists, UI labels and the headline itself. Headings, list items and quotes stay as
/// paragraphs of their own. The article starts and ends with text: link lists before its first
/// paragraph (section menus, archive and tool links) and after its last one (related
/// headlines, "More from ...", tag clouds), with the headings that announce them, are cut, and
/// so is a date line before the first paragraph (the date is the article's metadata);
/// in `teaserMode` (a page read again for its teasers) the link lists are the content unless
/// running text (`HTMLTunables.articleProseBlocks` paragraphs) shows an article.
enum BodySelection {
    static func paragraphs(_ outline: PageOutline, container: Int, title: String?, teaserMode: Bool = false,
                           grammar: DateGrammar = .datelines) -> [String] {
        select(outline, container: container, title: title, teaserMode: teaserMode, grammar: grammar).paragraphs
    }

    /// The body's paragraphs, and the words of all kept blocks before the link lists at its
    /// edges were cut (what a listing reading of the page must beat).
    /// `grammar` reads date lines with the page's day/month order.
    static func select(_ outline: PageOutline, container: Int, title: String?, teaserMode: Bool = false,
                       grammar: DateGrammar = .datelines) -> (paragraphs: [String], untrimmedWords: Int) {
        let nodes = outline.parsed.nodes
        let boilerplate = outline.boilerplateBelow(container)
        let normalisedTitle = title.map(normalise)
        var kept: [(text: String, feature: BlockFeatures, tag: HTMLTag)] = []
        var headline: (text: String, feature: BlockFeatures, tag: HTMLTag)?
        for (block, feature) in zip(outline.parsed.blocks, outline.features) {
            let node = Int(block.node)
            guard outline.contains(container, node), !boilerplate[node] else { continue }
            let tag = nodes[node].tag
            // The headline itself, before any text (link lists before it are cut below).
            if tag.isHeading, kept.allSatisfy({ $0.feature.isLinkList }), let normalisedTitle,
               normalise(block.text) == normalisedTitle {
                headline = (block.text, feature, tag)
                continue
            }
            guard keeps(block, feature, tag: tag, outline.tunables) else { continue }
            kept.append((block.text, feature, tag))
        }
        // A page whose only text is its headline (a link shared on a forum) keeps it as its body.
        if kept.isEmpty, let headline { kept = [headline] }
        let untrimmedWords = kept.reduce(0) { $0 + $1.feature.words }
        if !teaserMode, let grid = teaserGridStart(kept, outline.tunables) { kept.removeSubrange(grid...) }
        guard let firstProse = kept.firstIndex(where: { $0.feature.isProse }),
              let lastProse = kept.lastIndex(where: { $0.feature.isProse }),
              !teaserMode || kept.count(where: { $0.feature.isProse }) >= outline.tunables.articleProseBlocks else {
            return (kept.map(\.text), untrimmedWords)
        }
        // Leading link lists and date lines go; a heading or byline before the first paragraph
        // stays, dated or not ("Wahl am 14. Juni 2012 verschoben", "Von Anna Muster, 31.05.2012").
        let leading = kept[..<firstProse].filter {
            !$0.feature.isLinkList
                && ($0.tag.isHeading || BylineWords.afterOpening($0.text) != nil
                    || !HTMLDateLine.isLeadingDateLine($0.text, words: $0.feature.words, grammar: grammar, outline.tunables))
        }
        var trailing = kept[(lastProse + 1)...]
        // Link lists and the short labels between them ("Related", "More from the Site") go.
        if trailing.contains(where: { $0.feature.isLinkList }),
           trailing.allSatisfy({ $0.feature.isLinkList || $0.feature.words <= outline.tunables.tailMarkerMaxWords }) {
            trailing = []
        }
        return ((leading + kept[firstProse...lastProse] + trailing).map(\.text), untrimmedWords)
    }

    /// Where a teaser grid after the article starts: headline links with a sentence or two
    /// under each ("<h3><a>Neue Straßen für die Stadt</a></h3><p>Die Stadt plant ...</p>",
    /// repeated), to the end of the container. The sentences read as prose, so the trim of
    /// trailing link lists alone never reaches them. From a link list on, every block is a link
    /// list or short (`HTMLTunables.teaserSummaryMaxWords`), with at least
    /// `teaserGridMinimumLinks` teasers: a headline-long link (`teaserTitleWords`) followed by
    /// its sentence, the link not a list item or cell of its own (a reference list's
    /// `<li>^ Doe (2013). "Title"</li>` is followed by ". The Times. Retrieved ..."). A list of
    /// links alone (a checklist, product links, "organic cotton") is a list the article gives;
    /// the trim of trailing link lists judges it. All this after `minimumShareBeforeTail` of
    /// the words and after `teaserGridArticleParagraphs` paragraphs longer than a summary: on a listing page the
    /// grid is all there is, and it stays. Short headings just above the grid ("Mehr zum
    /// Thema") go with it. Two linear passes.
    static func teaserGridStart(_ kept: [(text: String, feature: BlockFeatures, tag: HTMLTag)], _ t: HTMLTunables) -> Int? {
        var longBefore = [Int](repeating: 0, count: kept.count + 1)
        for (i, block) in kept.enumerated() {
            let isLong = block.feature.isProse && block.feature.words > t.teaserSummaryMaxWords
            longBefore[i + 1] = longBefore[i] + (isLong ? 1 : 0)
        }
        let total = kept.reduce(0) { $0 + $1.feature.words }
        var wordsBefore = total
        var headlines = 0
        var start: Int?
        for i in stride(from: kept.count - 1, through: 0, by: -1) {
            let feature = kept[i].feature
            guard feature.isLinkList || feature.words <= t.teaserSummaryMaxWords else { break }
            wordsBefore -= feature.words
            guard feature.isLinkList else { continue }
            if feature.words >= t.teaserTitleWords, kept[i].tag != .li, kept[i].tag != .td,
               i + 1 < kept.count, kept[i + 1].feature.isProse { headlines += 1 }
            if headlines >= t.teaserGridMinimumLinks, longBefore[i] >= t.teaserGridArticleParagraphs,
               Double(wordsBefore) >= t.minimumShareBeforeTail * Double(total) { start = i }
        }
        guard var start else { return nil }
        while start > 0, kept[start - 1].tag.isHeading, kept[start - 1].feature.words <= t.tailMarkerMaxWords { start -= 1 }
        return start
    }

    private static func keeps(_ block: TextBlock, _ feature: BlockFeatures, tag: HTMLTag, _ t: HTMLTunables) -> Bool {
        if feature.isLinkList && feature.words < t.droppedLinkListWords || feature.isFurniture { return false }
        if feature.isProse || tag.isHeading { return true }
        if UILabels.isLabel(block.text, words: feature.words, t) { return false }
        return feature.words >= t.minimumBlockWords || tag == .li || tag == .td
    }

    private static func normalise(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}

/// Interface text that sits inside article containers: share buttons, ad markers, prompts,
/// and short lines that carry a credit or stock phrase ("Der Hafen am Abend. Foto: dpa",
/// "Jane Doe · 5 min read"), which are captions and bylines, not the article.
enum UILabels {
    static func isLabel(_ text: String, words: Int, _ t: HTMLTunables) -> Bool {
        if text.utf8.count < 60, BoilerplatePhrases.interfaceLabels.contains(TextMeasures.phraseKey(text)) { return true }
        guard words <= t.captionMaxWords else { return false }
        let lowered = ByteSearch.lowercasedPrefix(text, scalars: BoilerplatePhrases.phraseWindow)
        return text.utf8.count < 60 && BoilerplatePhrases.furnitureOpenings.anyPrefix(of: lowered)
            || BoilerplatePhrases.furnitureInside.anyInside(lowered)
    }
}
