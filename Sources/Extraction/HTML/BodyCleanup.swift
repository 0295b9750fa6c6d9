import TextCore

/// Last pass over the chosen paragraphs: the article ends where a "Related" / "Trending" /
/// "Leave a reply" block starts, once most of the text is behind us. (Repeated short labels
/// are kept: measured on WCXB, dropping them lost more article text than boilerplate.)
enum BodyCleanup {
    static func clean(_ paragraphs: [String], _ t: HTMLTunables) -> [String] {
        cutAtTailMarker(paragraphs, t)
    }

    /// Before that point an end-matter heading, a "Lesen Sie auch: ..." link or an interface
    /// label kept as a heading ("Mehr zum Thema" over a box of links near the top, "À lire aussi")
    /// is dropped, and the article goes on.
    static func cutAtTailMarker(_ paragraphs: [String], _ t: HTMLTunables) -> [String] {
        let words = paragraphs.map { TextMeasures.words(in: $0) }
        let total = words.reduce(0, +)
        var seen = 0
        var kept: [String] = []
        for (i, paragraph) in paragraphs.enumerated() {
            if words[i] <= t.tailMarkerMaxWords {
                if Double(seen) >= t.minimumShareBeforeTail * Double(total), isTailMarker(paragraph) { return kept }
                if isInlineMarker(paragraph) {
                    seen += words[i]
                    continue
                }
            }
            seen += words[i]
            kept.append(paragraph)
        }
        return kept
    }

    /// A short line that is furniture wherever it stands: an end-matter heading as written (no
    /// run-on: "Popular culture" is a section), a "Read more: ..." link or its label alone
    /// ("Lesen Sie auch"). Other interface labels kept as headings ("Pros", "Price") stay.
    static func isInlineMarker(_ paragraph: String) -> Bool {
        let key = TextMeasures.phraseKey(paragraph)
        return BoilerplatePhrases.endMatterHeadings.contains(key) || BoilerplatePhrases.isInlineLink(key)
            || BoilerplatePhrases.inlineLinkLabels.contains(key)
    }

    /// An end-matter heading, allowed to run on ("Related coverage", "Comments (3)") since most
    /// of the article is above it, or a "Read more: ..." link.
    static func isTailMarker(_ paragraph: String) -> Bool {
        let key = TextMeasures.phraseKey(paragraph)
        return BoilerplatePhrases.isEndMatterHeading(key, words: TextMeasures.words(in: paragraph), allowingRunOn: true)
            || BoilerplatePhrases.isInlineLink(key)
    }
}
