import TextCore

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

    /// An end-matter heading, allowed to run on ("Related coverage", "Comments (3)") since most
    /// of the article is above it, or a "Read more: ..." link.
    static func isTailMarker(_ paragraph: String) -> Bool {
        let key = TextMeasures.phraseKey(paragraph)
        return BoilerplatePhrases.isEndMatterHeading(key, words: paragraph.spaceSeparatedWords, allowingRunOn: true)
            || BoilerplatePhrases.isInlineLink(key)
    }
}
