import HTMLParser
import TextCore

/// Keeps the container's good blocks in reading order: everything except boilerplate regions,
/// link lists, UI labels and the headline itself. Headings, list items and quotes stay as
/// paragraphs of their own. The article starts and ends with text: link lists before its first
/// paragraph (section menus, archive and tool links) and after its last one (related
/// headlines, "More from ...", tag clouds), with the headings that announce them, are cut;
/// in `teaserMode` (a page read again for its teasers) the link lists are the content unless
/// running text (`HTMLTunables.articleProseBlocks` paragraphs) shows an article.
enum BodySelection {
    static func paragraphs(_ outline: PageOutline, container: Int, title: String?, teaserMode: Bool = false) -> [String] {
        select(outline, container: container, title: title, teaserMode: teaserMode).paragraphs
    }

    /// The body's paragraphs, and the words of all kept blocks before the link lists at its
    /// edges were cut (what a listing reading of the page must beat).
    static func select(_ outline: PageOutline, container: Int, title: String?,
                       teaserMode: Bool = false) -> (paragraphs: [String], untrimmedWords: Int) {
        let nodes = outline.parsed.nodes
        let boilerplate = outline.boilerplateBelow(container)
        let normalisedTitle = title.map(normalise)
        var kept: [(text: String, feature: BlockFeatures, tag: HTMLTag)] = []
        for (block, feature) in zip(outline.parsed.blocks, outline.features) {
            let node = Int(block.node)
            guard outline.contains(container, node), !boilerplate[node] else { continue }
            let tag = nodes[node].tag
            // The headline itself, before any text (link lists before it are cut below).
            if tag.isHeading, kept.allSatisfy({ $0.feature.isLinkList }), let normalisedTitle,
               normalise(block.text) == normalisedTitle { continue }
            guard keeps(block, feature, tag: tag, outline.tunables) else { continue }
            kept.append((block.text, feature, tag))
        }
        let untrimmedWords = kept.reduce(0) { $0 + $1.feature.words }
        guard let firstProse = kept.firstIndex(where: { $0.feature.isProse }),
              let lastProse = kept.lastIndex(where: { $0.feature.isProse }),
              !teaserMode || kept.count(where: { $0.feature.isProse }) >= outline.tunables.articleProseBlocks else {
            return (kept.map(\.text), untrimmedWords)
        }
        // Leading link lists go; a heading or byline before the first paragraph stays.
        let leading = kept[..<firstProse].filter { !$0.feature.isLinkList }
        var trailing = kept[(lastProse + 1)...]
        // Link lists and the short labels between them ("Related", "More from the Site") go.
        if trailing.contains(where: { $0.feature.isLinkList }),
           trailing.allSatisfy({ $0.feature.isLinkList || $0.feature.words <= outline.tunables.tailMarkerMaxWords }) {
            trailing = []
        }
        return ((leading + kept[firstProse...lastProse] + trailing).map(\.text), untrimmedWords)
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
        let lowered = Array(text.prefix(400).lowercased().utf8)
        return text.utf8.count < 60 && BoilerplatePhrases.furnitureOpenings.anyPrefix(of: lowered)
            || BoilerplatePhrases.furnitureInside.anyInside(lowered)
    }
}
