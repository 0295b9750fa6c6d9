/// The span of lines that holds the article: the run with the highest total score, where
/// paragraphs earn their word count and every short line (menu item, link, label) costs a
/// little. Navigation is many short lines in a row, so it costs more than any heading or list
/// item inside the article, and the maximum-sum run skips it. Linear (Kadane).
enum MainRegionFinder {
    static func find(_ lines: [DumpLine]) -> Range<Int>? {
        var best: (sum: Double, range: Range<Int>)?
        var runStart = 0
        var runSum = 0.0
        for (index, line) in lines.enumerated() {
            if runSum <= 0 {
                runStart = index
                runSum = 0
            }
            runSum += score(line)
            if runSum > (best?.sum ?? 0) { best = (runSum, runStart..<(index + 1)) }
        }
        return best?.range
    }

    static func score(_ line: DumpLine) -> Double {
        let words = Double(line.words)
        switch line.kind {
        case .prose:
            return line.endsSentence ? words : words * 0.7
        case .short:
            // A short sentence ("That's easier said than done.") reads as text; a bare label does not.
            return line.endsSentence ? min(words - 3, 4) : min(words - 6, 2)
        case .boilerplate:
            return -5
        case .cutoff:
            return -15
        }
    }
}
