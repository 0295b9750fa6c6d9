/// Input that is already a clean body: paragraphs split on blank lines, no heuristics.
enum BodyText {
    static func article(from text: String) -> Article {
        Article(format: .body, paragraphs: Paragraphs.split(text))
    }
}

enum Paragraphs {
    /// Splits on blank lines and collapses the whitespace inside each paragraph.
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current.removeAll()
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { flush() } else { current.append(trimmed) }
        }
        flush()
        return paragraphs
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
