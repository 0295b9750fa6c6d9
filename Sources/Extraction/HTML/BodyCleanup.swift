import TextCore

/// Last pass over the chosen paragraphs: the article ends where a "Related" / "Trending" /
/// "Leave a reply" block starts, once most of the text is behind us. (Repeated short labels
/// are kept: measured on WCXB, dropping them lost more article text than boilerplate.)
enum BodyCleanup {
    static func clean(_ paragraphs: [String], _ t: HTMLTunables) -> [String] {
        cutAtTailMarker(paragraphs, t)
    }

    static func cutAtTailMarker(_ paragraphs: [String], _ t: HTMLTunables) -> [String] {
        let words = paragraphs.map { TextMeasures.words(in: $0) }
        let total = words.reduce(0, +)
        var seen = 0
        for (i, paragraph) in paragraphs.enumerated() {
            if words[i] <= t.tailMarkerMaxWords, Double(seen) >= t.minimumShareBeforeTail * Double(total), isTailMarker(paragraph) {
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
        return BoilerplatePhrases.isEndMatterHeading(key, words: TextMeasures.words(in: paragraph), allowingRunOn: true)
            || BoilerplatePhrases.isInlineLink(key)
    }
}
