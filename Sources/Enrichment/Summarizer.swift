import TextCore

/// An extractive summary: the two or three sentences that carry most of the article's keyphrases,
/// leaning towards the lead, in article order. Stuffed, fragmentary and near-duplicate sentences, bylines
/// ("By ...", "Von ...", "Par ...") and sentences in unsupported languages never make it in.
struct Summarizer: Sendable {
    static let minWords = 6
    static let maxWords = 60
    /// Sentences sharing more than this share of words say the same thing.
    static let duplicateOverlap = 0.5
    /// A sentence this short opening with a byline word and a name ("Von Daniela Obers") is a byline.
    static let maxBylineWords = 8

    func summary(of doc: Document, keyphrases: [Enrichment.Keyphrase], excluding stuffed: Set<Int>) -> String {
        // Keyphrases by first word: a sentence looks up the phrases that may start at each of its words
        // (word-by-word comparison; a substring search per sentence and phrase cost more than the rest).
        let phraseWords = keyphrases.map { $0.text.split(separator: " ").map(String.init) }
        var byFirstWord: [String: [Int]] = [:]
        for (k, words) in phraseWords.enumerated() where !words.isEmpty { byFirstWord[words[0], default: []].append(k) }
        var scored: [(index: Int, score: Double)] = []
        for (s, sentence) in doc.sentences.enumerated() {
            guard let lang = sentence.language, !stuffed.contains(s), !Self.isByline(doc, lang, sentence),
                  endsAsSentence(doc, sentence) else { continue }
            let words = doc.words(of: sentence)
            guard (Self.minWords...Self.maxWords).contains(words.count),
                  !lang.anaphoricOpeners.contains(words[0]) else { continue }
            // Each keyphrase the sentence contains counts once, so repeating one name earns nothing more;
            // scores add up in keyphrase order, so the sum does not depend on a set's iteration order.
            var contained = [Bool](repeating: false, count: keyphrases.count)
            for (w, word) in words.enumerated() {
                for k in byFirstWord[word] ?? [] where !contained[k] {
                    let phrase = phraseWords[k]
                    if w + phrase.count <= words.count, zip(phrase, words[w...]).allSatisfy({ $0 == $1 }) { contained[k] = true }
                }
            }
            let content = keyphrases.indices.reduce(0.0) { contained[$1] ? $0 + keyphrases[$1].score : $0 }
            let lead = 1.0 / Double(1 + s)  // news puts the gist first
            scored.append((s, content / Double(words.count).squareRoot() + lead))
        }
        let wanted = scored.count >= 8 ? 3 : 2
        var chosen: [(index: Int, words: Set<String>)] = []
        for candidate in scored.sorted(by: { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index })
        where chosen.count < wanted {
            // Word sets only for the sentences looked at here, not for every sentence scored.
            let words = Set(doc.words(of: doc.sentences[candidate.index]))
            let isDuplicate = chosen.contains { c in
                Double(c.words.intersection(words).count) / Double(max(1, min(c.words.count, words.count)))
                    > Self.duplicateOverlap
            }
            if !isDuplicate { chosen.append((candidate.index, words)) }
        }
        return chosen.sorted { $0.index < $1.index }.map { doc.text(doc.sentences[$0.index].tokens) }.joined(separator: " ")
    }

    /// "von Daniela Obers ..." (a lower-case byline word opens no sentence), or a short "By Anna Berg".
    static func isByline(_ doc: Document, _ lang: LanguageResources, _ sentence: Document.Sentence) -> Bool {
        let words = sentence.tokens.filter { doc.tokens[$0].isWord }
        guard words.count >= 2, lang.bylinePrefixes.contains(doc.tokens[words[0]].text),
              doc.tokens[words[1]].isCapitalised else { return false }
        return !doc.tokens[words[0]].isCapitalised || words.count <= Self.maxBylineWords
    }

    private func endsAsSentence(_ doc: Document, _ sentence: Document.Sentence) -> Bool {
        guard let last = sentence.tokens.last.map({ doc.tokens[$0].text }) else { return false }
        return ["”", "\"", "’", "'", "“", "»", "«", "›"].contains(last)
            || last.unicodeScalars.count == 1 && TextMeasures.sentenceEnders.contains(last.unicodeScalars.first!)
    }
}
