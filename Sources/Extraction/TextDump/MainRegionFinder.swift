/// The span of lines that holds the article: the run with the highest total score, where
/// paragraphs earn their word count and every short line (menu item, link, label) costs a
/// little. Navigation is many short lines in a row, so it costs more than any heading or list
/// item inside the article, and the maximum-sum run skips it. Linear (Kadane).
///
/// Pages without running text (listings, link collections) are read a second time in
/// `.listing` mode, where teaser titles and snippets count as content and only one- and
/// two-word lines (menus) cost.
enum MainRegionFinder {
    enum Mode { case article, listing }

    /// The article comes before its comments and teasers: the first segment whose best run
    /// reaches `DumpTunables.firstSegmentShare` of the page's best run wins, even if a later one
    /// (comments) is longer.
    static func find(_ lines: DumpLineList, mode: Mode = .article, _ t: DumpTunables = DumpTunables()) -> Range<Int>? {
        let runs = BoilerplateCutoff.segments(lines).compactMap { bestRun(lines, in: $0, mode: mode) }
        guard let top = runs.map(\.sum).max() else { return nil }
        return runs.first { $0.sum >= top * t.firstSegmentShare }?.range
    }

    static func bestRun(_ lines: DumpLineList, in segment: Range<Int>, mode: Mode) -> (sum: Double, range: Range<Int>)? {
        var best: (sum: Double, range: Range<Int>)?
        var runStart = segment.lowerBound
        var runSum = 0.0
        for index in segment {
            if runSum <= 0 {
                runStart = index
                runSum = 0
            }
            runSum += mode == .article ? lines[index].score : lines[index].listingScore
            if runSum > (best?.sum ?? 0) { best = (runSum, runStart..<(index + 1)) }
        }
        return best
    }

    static func score(_ line: DumpLine, _ t: DumpTunables) -> Double {
        let words = Double(line.words)
        switch line.kind {
        case .prose:
            return line.endsSentence ? words : words * t.unfinishedProseWeight
        case .short:
            // A short sentence ("That's easier said than done.") reads as text; a bare label does
            // not, and a title-cased line (heading, link) costs however long it is, so a long
            // list of links never pays for itself.
            if line.endsSentence { return min(words - 3, 4) }
            return line.isTitleCased ? min(words - 6, 0) - 1 : min(words - 6, 2)
        case .boilerplate:
            return -t.boilerplateCost
        case .cutoff:
            return -t.cutoffCost
        }
    }

    static func listingScore(_ line: DumpLine, _ t: DumpTunables) -> Double {
        switch line.kind {
        case .prose: return Double(line.words)
        case .short: return line.words >= 3 ? min(Double(line.words) - 2, 4) : -1
        // Prices and counts ("$19.99", "4.5") are part of a product grid.
        case .boilerplate where !line.text.contains(where: \.isLetter): return 0
        case .boilerplate: return -t.boilerplateCost
        case .cutoff: return -t.cutoffCost
        }
    }
}
