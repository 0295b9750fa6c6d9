/// An extractive summary: the two or three sentences that carry most of the article's keyphrases,
/// leaning towards the lead, in article order. Stuffed, fragmentary and near-duplicate sentences never
/// make it in.
struct Summarizer: Sendable {
    static let minWords = 6
    static let maxWords = 60
    /// Sentences sharing more than this share of words say the same thing.
    static let duplicateOverlap = 0.5
    /// A sentence opening with a pronoun ("He added ...") means nothing without the one before it.
    static let anaphoricOpeners: Set<String> = ["he", "she", "they", "it", "this", "these", "those", "his", "her", "their", "its"]

    func summary(of doc: Document, keyphrases: [Enrichment.Keyphrase], excluding stuffed: Set<Int>) -> String {
        var scored: [(index: Int, score: Double, words: Set<String>)] = []
        for (s, sentence) in doc.sentences.enumerated() {
            guard !stuffed.contains(s), endsAsSentence(doc, sentence) else { continue }
            let words = doc.words(of: sentence)
            guard (Self.minWords...Self.maxWords).contains(words.count),
                  !Self.anaphoricOpeners.contains(words[0]) else { continue }
            // Each keyphrase the sentence contains counts once, so repeating one name earns nothing more.
            let text = " " + words.joined(separator: " ") + " "
            let content = keyphrases.reduce(0.0) { $0 + (text.contains(" \($1.text) ") ? $1.score : 0) }
            let lead = 1.0 / Double(1 + s)  // news puts the gist first
            scored.append((s, content / Double(words.count).squareRoot() + lead, Set(words)))
        }
        let wanted = scored.count >= 8 ? 3 : 2
        var chosen: [(index: Int, words: Set<String>)] = []
        for candidate in scored.sorted(by: { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index })
        where chosen.count < wanted {
            let isDuplicate = chosen.contains { c in
                Double(c.words.intersection(candidate.words).count) / Double(max(1, min(c.words.count, candidate.words.count)))
                    > Self.duplicateOverlap
            }
            if !isDuplicate { chosen.append((candidate.index, candidate.words)) }
        }
        return chosen.sorted { $0.index < $1.index }.map { doc.text(doc.sentences[$0.index].tokens) }.joined(separator: " ")
    }

    private func endsAsSentence(_ doc: Document, _ sentence: Document.Sentence) -> Bool {
        guard let last = sentence.tokens.last.map({ doc.tokens[$0].text }) else { return false }
        return [".", "!", "?", "”", "\"", "’", "'"].contains(last)
    }
}
