/// Last pass over the chosen paragraphs: the article ends where a "Related" / "Trending" /
/// "Leave a reply" block starts, once most of the text is behind us. (Repeated short labels
/// are kept: measured on WCXB, dropping them lost more article text than boilerplate.)
enum BodyCleanup {
    static func clean(_ paragraphs: [String]) -> [String] {
        cutAtTailMarker(paragraphs)
    }

    /// Share of the body's words that must come before a tail marker for it to end the article.
    static let minimumShareBeforeTail = 0.6

    static func cutAtTailMarker(_ paragraphs: [String]) -> [String] {
        let words = paragraphs.map(\.spaceSeparatedWords)
        let total = words.reduce(0, +)
        var seen = 0
        for (i, paragraph) in paragraphs.enumerated() {
            if words[i] <= 8, Double(seen) >= minimumShareBeforeTail * Double(total), isTailMarker(paragraph) {
                return Array(paragraphs[..<i])
            }
            seen += words[i]
        }
        return paragraphs
    }

    static func isTailMarker(_ paragraph: String) -> Bool {
        let lowered = paragraph.lowercased()
        return tailMarkers.contains { lowered.hasPrefix($0) }
    }

    private static let tailMarkers = [
        "related", "trending", "more from", "more stories", "more articles", "read next", "read more",
        "recommended", "you may also like", "you might also like", "popular", "most read", "latest news",
        "leave a reply", "leave a comment", "comments", "about the author", "share this", "tags:",
        "filed under", "sign up for", "subscribe to", "newsletter", "more proof points", "further reading",
        "see also", "also read", "keep reading", "up next", "what to read next", "other articles",
    ]
}
