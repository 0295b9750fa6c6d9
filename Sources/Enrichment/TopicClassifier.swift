/// Top-level IPTC Media Topics by stem counts from `TopicLexicon`. A topic is reported when it has at
/// least `minHits` matches and at least a fifth of the leading topic's; scores are shares of all hits.
struct TopicClassifier: Sendable {
    static let minHits = 3
    static let maxTopics = 3

    /// Stem -> topic indices, and the stem lengths, so a word costs a handful of lookups.
    private static let index: (stems: [String: [Int]], lengths: [Int]) = {
        var stems: [String: [Int]] = [:]
        for (t, topic) in TopicLexicon.topics.enumerated() {
            for stem in topic.stems where stems[stem]?.contains(t) != true { stems[stem, default: []].append(t) }
        }
        return (stems, Set(stems.keys.map(\.count)).sorted())
    }()

    func topics(of doc: Document, masked: Set<Int> = []) -> [Enrichment.Topic] {
        var hits = [Int](repeating: 0, count: TopicLexicon.topics.count)
        let words = doc.tokens.indices.filter { doc.tokens[$0].isWord && !masked.contains($0) }.map { doc.tokens[$0].lower }
        // Each distinct word is matched once.
        var wordCounts: [String: Int] = [:]
        for word in words { wordCounts[word, default: 0] += 1 }
        for (word, count) in wordCounts {
            var matched = Set<Int>()
            let length = word.count
            for prefixLength in Self.index.lengths where prefixLength <= length {
                for t in Self.index.stems[String(word.prefix(prefixLength))] ?? [] { matched.insert(t) }
            }
            for t in matched { hits[t] += count }
        }
        // Two-word stems ("state media", "prime minister").
        for (word, next) in zip(words, words.dropFirst()) {
            for t in Self.index.stems[word + " " + next] ?? [] { hits[t] += 1 }
        }
        let total = hits.reduce(0, +)
        guard let top = hits.max(), top >= Self.minHits, total > 0 else { return [] }
        return hits.enumerated()
            .filter { $0.element >= Self.minHits && $0.element * 5 >= top }
            .sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
            .prefix(Self.maxTopics)
            .map { t in
                let topic = TopicLexicon.topics[t.offset]
                return .init(code: topic.code, label: topic.label, score: (Double(t.element) / Double(total) * 1000).rounded() / 1000)
            }
    }
}
