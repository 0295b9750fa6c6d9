import HTMLParser

/// The parsed page plus what every heuristic stage needs about its outline: per-block features,
/// per-node class verdicts, subtree extents and word totals. Computed once, in linear passes.
struct PageOutline {
    let parsed: ParsedHTML
    let features: [BlockFeatures]
    let verdicts: [ClassHints.Verdict]
    /// Node `i`'s subtree is the index range `i ..< subtreeEnd[i]` (nodes are in preorder).
    let subtreeEnd: [Int]
    /// Words of prose blocks (see `BlockFeatures.isProse`) in each node's subtree.
    let subtreeProse: [Int]
    /// Words of prose blocks of the nodes before each node in preorder (its ancestors' own
    /// blocks included): the prose that comes before it.
    let leadingProse: [Int]
    /// Boilerplate nodes that name a section beside the article (`ClassHints.namesSectionBesideArticle`).
    let besideArticle: [Bool]
    let totalProse: Int
    let tunables: HTMLTunables

    init(_ parsed: ParsedHTML, commentsAreContent: Bool = false, tunables: HTMLTunables = HTMLTunables()) {
        self.parsed = parsed
        self.tunables = tunables
        let nodes = parsed.nodes
        features = parsed.blocks.map { BlockFeatures($0, tunables: tunables) }
        // Templates repeat the same few class strings and tokens hundreds of times.
        var cache: [String: ClassHints.Verdict] = [:]
        var tokenCache = ClassHints.TokenCache()
        verdicts = nodes.map { node in
            if let verdict = ClassHints.tagVerdict(node.tag) { return verdict }
            if node.hints.isEmpty { return .neutral }
            if let known = cache[node.hints] { return known }
            let verdict = ClassHints.hintsVerdict(node.hints, commentsAreContent: commentsAreContent, tokenCache: &tokenCache)
            cache[node.hints] = verdict
            return verdict
        }
        besideArticle = zip(nodes, verdicts).map { node, verdict in
            verdict == .negative && ClassHints.namesSectionBesideArticle(tag: node.tag, hints: node.hints)
        }
        var end = (0..<nodes.count).map { $0 + 1 }
        var words = [Int](repeating: 0, count: nodes.count)
        for (block, feature) in zip(parsed.blocks, features) where feature.isProse { words[Int(block.node)] += feature.words }
        var leading = [Int](repeating: 0, count: nodes.count)
        for i in nodes.indices.dropFirst() { leading[i] = leading[i - 1] + words[i - 1] }
        leadingProse = leading
        for i in stride(from: nodes.count - 1, through: 1, by: -1) {
            let parent = Int(nodes[i].parent)
            end[parent] = max(end[parent], end[i])
            words[parent] += words[i]
        }
        subtreeEnd = end
        subtreeProse = words
        totalProse = words.first ?? 0
    }

    func contains(_ container: Int, _ node: Int) -> Bool {
        container <= node && node < subtreeEnd[container]
    }

    /// Whether a node's own class/tag marks boilerplate. A wrapper holding half the page's prose
    /// (a whole-page <form>, an article parsed into a `<nav>`, a "read-more" fold holding most of
    /// the story) is not boilerplate (`HTMLTunables.negativeWrapperProseShare`), unless it names
    /// a section beside the article and much of the prose comes before it: a comment list
    /// longer than the post above it is still the comments
    /// (`HTMLTunables.negativeWrapperLeadingProseShare`).
    func isNegative(_ node: Int) -> Bool {
        guard verdicts[node] == .negative, parsed.nodes[node].tag != .body, parsed.nodes[node].tag != .html else { return false }
        let total = Double(totalProse)
        return Double(subtreeProse[node]) < tunables.negativeWrapperProseShare * total
            || besideArticle[node] && Double(leadingProse[node]) > tunables.negativeWrapperLeadingProseShare * total
    }

    /// For each node inside `container`: does it sit in a boilerplate region below the container?
    func boilerplateBelow(_ container: Int) -> [Bool] {
        var flags = [Bool](repeating: false, count: parsed.nodes.count)
        guard container < parsed.nodes.count else { return flags }
        for i in (container + 1)..<subtreeEnd[container] {
            flags[i] = isNegative(i) || flags[Int(parsed.nodes[i].parent)]
        }
        return flags
    }
}
