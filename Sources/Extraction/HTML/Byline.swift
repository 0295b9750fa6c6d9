import HTMLParser
import TextCore

/// The author line a page shows near its headline: "By Jane Doe", an element classed
/// author/byline, a link to an author page, or, weakest, any short element whose class names an
/// author ("text__author", "posted-by").
enum Byline {
    static func find(_ outline: PageOutline, headline: Int?, container: Int) -> String? {
        let blocks = outline.parsed.blocks
        let nodes = outline.parsed.nodes
        let firstInContainer = blocks.indices.first { outline.contains(container, Int(blocks[$0].node)) }
        guard let anchor = headline ?? firstInContainer else { return nil }
        let t = outline.tunables
        let range = max(0, anchor - t.bylineBlocksBefore)..<min(blocks.count, anchor + t.dateLineBlocksAfter)
        for i in range where outline.features[i].words <= t.bylineMaxWords {
            let text = blocks[i].text
            // A byline's opening in any language the date grammar reads ("By", "Von", "Par", "Autor:").
            if let name = BylineWords.afterOpening(text), !name.isEmpty {
                return text
            }
            // "By" in an element of its own, the name in the next: templates style them apart.
            if BylineWords.afterOpening(text + " ")?.isEmpty == true, i + 1 < blocks.count,
               outline.features[i + 1].words <= t.bylineMaxWords {
                return text + " " + blocks[i + 1].text
            }
            var node = Int(blocks[i].node)
            for _ in 0..<3 where node > 0 {
                let hints = nodes[node].hints
                if markers.contains(where: { hints.containsBytes($0) }) && !excluded.contains(where: { hints.containsBytes($0) }) {
                    return text
                }
                node = Int(nodes[node].parent)
            }
        }
        for link in outline.parsed.anchors where range.contains(Int(link.block)) {
            if link.href.containsBytes("/author/") || link.href.containsBytes("/authors/") || link.hints.containsBytes("author") {
                return link.text
            }
        }
        // An element (or its parent) classed for the author in any other way. Its text names
        // the author unless it talks about one ("About the author", "More from this author").
        for i in range where outline.features[i].words <= t.bylineMaxWords {
            let text = blocks[i].text
            let lowered = text.lowercased()
            if BylineWords.afterOpening(text) == nil && (lowered.containsBytes("author") || lowered.containsBytes("autor")) { continue }
            var node = Int(blocks[i].node)
            for _ in 0..<2 where node > 0 {
                let hints = nodes[node].hints
                if weakMarkers.contains(where: { hints.containsBytes($0) }) && !excluded.contains(where: { hints.containsBytes($0) })
                    && !weakExcluded.contains(where: { hints.containsBytes($0) }) {
                    return text
                }
                node = Int(nodes[node].parent)
            }
        }
        return nil
    }

    /// The names of a Chinese, Japanese or Korean byline (`BylineWords.cjkAuthors`): near the
    /// headline ("记者 王某", "作者：王某" in the meta line), else among the container's last
    /// blocks, where these stories sign off ("（记者 王某）", "本报记者 王某").
    static func cjkNames(_ outline: PageOutline, headline: Int?, container: Int) -> [String]? {
        let blocks = outline.parsed.blocks
        let t = outline.tunables
        let limits = t.cjkBylineLimits
        let firstInContainer = blocks.indices.first { outline.contains(container, Int(blocks[$0].node)) }
        guard let anchor = headline ?? firstInContainer else { return nil }
        let near = max(0, anchor - t.cjkBylineBlocksBefore)..<min(blocks.count, anchor + t.dateLineBlocksAfter)
        for i in near {
            if let names = BylineWords.cjkAuthors(in: blocks[i].text, limits) { return names }
        }
        guard let last = blocks.indices.last(where: { outline.contains(container, Int(blocks[$0].node)) }) else { return nil }
        for i in stride(from: last, through: max(near.upperBound, last - t.cjkBylineEndBlocks + 1), by: -1) {
            if let names = BylineWords.cjkAuthors(in: blocks[i].text, limits) { return names }
        }
        return nil
    }

    private static let weakMarkers = ["author", "autor", "posted-by", "verfasser", "writer"]
    /// Comment threads name their commenters with the same classes.
    private static let weakExcluded = ["comment", "reply", "share", "follow", "more", "related"]

    private static let markers = ["byline", "author-name", "authorname", "author__name", "author_name", "article-author", "post-author", "entry-author"]
    private static let excluded = ["bio", "avatar", "img", "image", "photo"]
}
