import HTMLParser
import TextCore

/// The author line a page shows near its headline: "By Jane Doe", an element classed
/// author/byline, or a link to an author page.
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
            let lowered = text.lowercased()
            if lowered.hasPrefix("by ") || lowered.hasPrefix("written by ") || lowered.hasPrefix("von ") {
                return text
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
        return nil
    }

    private static let markers = ["byline", "author-name", "authorname", "author__name", "author_name", "article-author", "post-author", "entry-author"]
    private static let excluded = ["bio", "avatar", "img", "image", "photo"]
}
