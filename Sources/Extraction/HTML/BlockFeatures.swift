import HTMLParser

/// Per-block measurements the body heuristics score: size, links, prose-likeness.
struct BlockFeatures {
    /// Whitespace-separated words.
    var words: Int
    /// Share of the block's bytes inside links.
    var linkDensity: Double
    /// Share of words that are function words; prose has many, menus and teasers few.
    var stopWordRatio: Double
    /// Sentence and clause punctuation marks.
    var punctuation: Int

    init(_ block: TextBlock) {
        let bytes = block.text.utf8.count
        linkDensity = bytes == 0 ? 0 : Double(block.linkBytes) / Double(bytes)
        var words = 0
        var stopWords = 0
        var punctuation = 0
        for word in block.text.split(separator: " ") {
            words += 1
            if word.utf8.count <= 5, StopWords.all.contains(word.lowercased()) { stopWords += 1 }
            if let last = word.last, ".,;:!?。，".contains(last) { punctuation += 1 }
        }
        self.words = words
        self.punctuation = punctuation
        stopWordRatio = words == 0 ? 0 : Double(stopWords) / Double(words)
    }

    /// Reads like running text rather than navigation, labels or link lists.
    var isProse: Bool {
        linkDensity < 0.35 && (words >= 12 && (punctuation > 0 || stopWordRatio > 0.2) || words >= 6 && punctuation > 0 && stopWordRatio > 0.15)
    }

    /// Mostly links: menus, tag clouds, teaser lists.
    var isLinkList: Bool { linkDensity > 0.5 }
}
