/// The headline: the best-scoring short line shortly before the body. Headlines are short,
/// often title-cased, unpunctuated, sit right above the byline/dateline and share words with
/// the opening paragraph; menu items and section labels fail most of these.
enum HeadlineFinder {
    /// How far above the body the headline may sit (dek, byline, dateline, captions between).
    static let lookBack = 25

    static func find(_ lines: [DumpLine], bodyStart: Int, excluded: Set<Int>) -> Int? {
        guard bodyStart < lines.count else { return nil }
        let lead = leadWords(lines, from: bodyStart)
        let lower = max(0, bodyStart - lookBack)
        let upper = min(lines.count, bodyStart + 2)
        var best: (score: Double, index: Int)?
        for index in lower..<upper where isCandidate(lines[index]) && !excluded.contains(index) {
            var score = shapeScore(lines[index])
            score -= 0.12 * Double(abs(bodyStart - index))
            if index >= bodyStart { score -= 1 }
            if (1...3).contains(where: { excluded.contains(index + $0) }) { score += 1.5 }
            score += 2.5 * overlap(lines[index], lead)
            if score > (best?.score ?? 0.8) { best = (score, index) }
        }
        return best?.index
    }

    private static func isCandidate(_ line: DumpLine) -> Bool {
        (2...30).contains(line.words) && (line.kind == .short || line.kind == .prose) && !line.endsElided
            && !(line.endsSentence && line.text.last == ".")
    }

    /// Title case and a headline's length.
    private static func shapeScore(_ line: DumpLine) -> Double {
        let titleCase = Double(line.capitalisedWords) / Double(max(1, line.words))
        let length: Double = (4...18).contains(line.words) ? 1 : line.words < 4 ? 0 : -0.5
        return titleCase + length
    }

    /// Lower-cased words of the first paragraphs of the body.
    private static func leadWords(_ lines: [DumpLine], from start: Int) -> Set<String> {
        var words: Set<String> = []
        for line in lines[start...].prefix(6) where line.kind == .prose {
            for word in wordsOf(line) { words.insert(word) }
        }
        return words
    }

    /// Share of the line's longer words that the lead repeats.
    private static func overlap(_ line: DumpLine, _ lead: Set<String>) -> Double {
        let words = wordsOf(line).filter { $0.count > 3 }
        guard !words.isEmpty else { return 0 }
        return Double(words.filter(lead.contains).count) / Double(words.count)
    }

    private static func wordsOf(_ line: DumpLine) -> [String] {
        line.text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
