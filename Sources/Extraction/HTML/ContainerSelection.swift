/// Picks the element that holds the article: the subtree with the most prose words, less a
/// penalty for the link lists and boilerplate it would drag in.
enum ContainerSelection {
    /// In `teaserMode` (listing pages: a grid of cards, no running text) linked teaser titles
    /// count as content too.
    static func select(_ outline: PageOutline, teaserMode: Bool = false) -> Int {
        let nodes = outline.parsed.nodes
        guard nodes.count > 1 else { return 0 }
        let boilerplate = outline.boilerplateBelow(0)
        let t = outline.tunables
        var score = [Double](repeating: 0, count: nodes.count)
        for (block, feature) in zip(outline.parsed.blocks, outline.features) {
            let node = Int(block.node)
            if boilerplate[node] || outline.isNegative(node) || feature.isFurniture
                || feature.isLinkList && feature.words < t.penalisedLinkListWords {
                score[node] -= t.boilerplatePenalty * Double(feature.words)
            } else if feature.isProse {
                score[node] += Double(feature.words)
            } else if teaserMode, feature.words >= t.minimumBlockWords {
                score[node] += Double(feature.words) * t.teaserWeight
            }
        }
        for i in stride(from: nodes.count - 1, through: 1, by: -1) {
            score[Int(nodes[i].parent)] += score[i]
        }
        var best = 0
        for i in 1..<nodes.count where score[i] >= score[best] && score[i] > 0 {
            // Equal scores prefer the deeper node: it holds the same prose with less around it.
            best = i
        }
        return best
    }
}
