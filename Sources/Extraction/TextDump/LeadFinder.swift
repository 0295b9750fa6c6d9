/// The article's first paragraph. `dense` finds the first sentence-ending paragraph that opens
/// a dense stretch of text, without knowing the headline: teasers and promos above the story
/// are single short paragraphs between labels and open no such stretch. Once the headline is
/// known, `first` takes the first real paragraph under it.
enum LeadFinder {
    /// `DumpTunables.leadWindow` lines are looked at ahead of a candidate; together they must
    /// reach `denseLeadScore`.
    static func dense(_ lines: DumpLineList, in region: Range<Int>, _ t: DumpTunables = DumpTunables()) -> Int {
        let scores = region.map { lines[$0].score }
        let window = t.leadWindow
        var windowSum = scores.prefix(window).reduce(0, +)
        for (offset, index) in region.enumerated() {
            if isParagraph(lines[index]) && windowSum >= t.denseLeadScore { return index }
            windowSum -= scores[offset]
            if offset + window < scores.count { windowSum += scores[offset + window] }
        }
        return first(lines, in: region) ?? region.first { lines[$0].kind == .prose } ?? region.lowerBound
    }

    static func first(_ lines: DumpLineList, in range: Range<Int>) -> Int? {
        range.first { isParagraph(lines[$0]) }
    }

    private static func isParagraph(_ line: DumpLine) -> Bool {
        line.kind == .prose && line.endsSentence
    }
}
