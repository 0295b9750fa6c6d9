import HTMLParser
import TextCore

/// Links to other articles in "related / more / popular" blocks, as teasers (in-page anchors
/// such as tables of contents are not other articles).
enum RelatedTeasers {
    static func collect(_ outline: PageOutline) -> [RelatedTeaser] {
        let nodes = outline.parsed.nodes
        var inTeaserRegion = [Bool](repeating: false, count: nodes.count)
        for i in 1..<max(nodes.count, 1) {
            let hints = nodes[i].hints
            inTeaserRegion[i] = inTeaserRegion[Int(nodes[i].parent)] || hints.withUTF8Bytes { markers.anyInside($0) }
        }
        var seen = Set<String>()
        var teasers: [RelatedTeaser] = []
        for anchor in outline.parsed.anchors where teasers.count < outline.tunables.maxRelatedTeasers {
            let block = Int(anchor.block)
            guard block < outline.parsed.blocks.count,
                  inTeaserRegion[Int(outline.parsed.blocks[block].node)],
                  anchor.text.split(separator: " ").count >= outline.tunables.teaserTitleWords,
                  !anchor.href.hasPrefix("#"), !anchor.href.hasPrefix("javascript:"),
                  seen.insert(anchor.href).inserted else { continue }
            teasers.append(RelatedTeaser(title: anchor.text, url: anchor.href))
        }
        return teasers
    }

    private static let markers = BytePhrases(["related", "more-", "popular", "recommend", "read-next", "readnext",
                                              "trending", "also", "most-read", "mostread", "more_"])
}
