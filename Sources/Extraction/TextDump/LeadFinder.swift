/// The article's first paragraph: the first sentence-ending paragraph that opens a dense
/// stretch of text. Teasers and promos above the story are single short paragraphs between
/// labels, so they do not open such a stretch.
enum LeadFinder {
    /// Lines looked at ahead of a candidate, and the score they must reach together.
    static let window = 6
    static let denseScore = 80.0

    static func find(_ lines: [DumpLine], in region: Range<Int>) -> Int {
        var windowSum = 0.0
        // Sliding window over region lines: sum of the scores of lines index..<index+window.
        let scores = region.map { MainRegionFinder.score(lines[$0]) }
        for offset in 0..<min(window, scores.count) { windowSum += scores[offset] }
        for (offset, index) in region.enumerated() {
            if lines[index].kind == .prose && lines[index].endsSentence && windowSum >= denseScore { return index }
            windowSum -= scores[offset]
            if offset + window < scores.count { windowSum += scores[offset + window] }
        }
        return region.first { lines[$0].kind == .prose && lines[$0].endsSentence }
            ?? region.first { lines[$0].kind == .prose } ?? region.lowerBound
    }
}
