/// Top-level IPTC Media Topics by stem counts, with the stems of each sentence's language (cue files,
/// `[topic medtop:...]`). A topic is reported when it has at least `minHits` matches and at least a fifth
/// of the leading topic's; scores are shares of all hits. Sentences in unsupported languages count
/// nothing, so an article no supported language covers gets no topics (abstains).
struct TopicClassifier: Sendable {
    static let minHits = 3
    static let maxTopics = 3
    /// In languages that form compounds, a stem this long also matches inside a word
    /// ("Bundesregierung" holds "regierung"); shorter stems match word starts only.
    static let minInfixStem = 5

    /// IPTC Media Topics (top level): code -> label.
    static let labels: [(code: String, label: String)] = [
        ("medtop:01000000", "arts, culture, entertainment and media"), ("medtop:02000000", "crime, law and justice"),
        ("medtop:03000000", "disaster, accident and emergency incident"), ("medtop:04000000", "economy, business and finance"),
        ("medtop:05000000", "education"), ("medtop:06000000", "environment"), ("medtop:07000000", "health"),
        ("medtop:08000000", "human interest"), ("medtop:09000000", "labour"), ("medtop:10000000", "lifestyle and leisure"),
        ("medtop:11000000", "politics"), ("medtop:12000000", "religion"), ("medtop:13000000", "science and technology"),
        ("medtop:14000000", "society"), ("medtop:15000000", "sport"), ("medtop:16000000", "conflict, war and peace"),
        ("medtop:17000000", "weather"),
    ]

    /// One language's stems -> topic indices, and the stem lengths, so a word costs a handful of lookups.
    private struct StemIndex: Sendable {
        var stems: [String: [Int]] = [:]
        var lengths: [Int] = []
        var infixLengths: [Int] = []
        /// First words of two-word stems ("prime" of "prime minister"): only these start a pair worth counting.
        var pairStarts: Set<String> = []
    }

    private static let indexes: [String: StemIndex] = {
        var result: [String: StemIndex] = [:]
        let topicIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1.code, $0) })
        for code in LanguageResources.supportedCodes {
            guard let lang = LanguageResources.forLanguage(code) else { continue }
            var index = StemIndex()
            for (topicCode, stems) in lang.topicStems {
                guard let t = topicIndex[topicCode] else { continue }
                for stem in stems where index.stems[stem]?.contains(t) != true { index.stems[stem, default: []].append(t) }
            }
            let lengths = Set(index.stems.keys.filter { !$0.contains(" ") }.map(\.count))
            index.pairStarts = Set(index.stems.keys.compactMap { $0.split(separator: " ").count > 1 ? String($0.split(separator: " ")[0]) : nil })
            index.lengths = lengths.sorted()
            index.infixLengths = lang.formsCompounds ? lengths.filter { $0 >= minInfixStem }.sorted() : []
            result[code] = index
        }
        return result
    }()

    func topics(of doc: Document, masked: Set<Int> = []) -> [Enrichment.Topic] {
        var hits = [Int](repeating: 0, count: Self.labels.count)
        // Words per language; each distinct word is matched once.
        var wordCounts: [String: [String: Int]] = [:]
        var pairs: [String: [String: Int]] = [:]
        for sentence in doc.sentences {
            guard let lang = sentence.language else { continue }
            let pairStarts = Self.indexes[lang.code]?.pairStarts ?? []
            var previous: String?
            // Room for the article language's words at once: growing the table was a tenth of this step.
            var counts = wordCounts.removeValue(forKey: lang.code)
                ?? Dictionary(minimumCapacity: lang === doc.articleLanguage ? doc.tokens.count / 2 : 0)
            for i in sentence.tokens {
                let t = doc.tokens[i]
                guard t.isWord, !masked.contains(i) else { continue }
                counts[t.lower, default: 0] += 1
                // Two-word stems ("state media", "prime minister").
                if let previous, pairStarts.contains(previous) { pairs[lang.code, default: [:]][previous + " " + t.lower, default: 0] += 1 }
                previous = t.lower
            }
            wordCounts[lang.code] = counts
        }
        // Topics a word matched, stamped with the word's number: no set per word.
        var matchedBy = [Int](repeating: -1, count: Self.labels.count)
        var wordNumber = 0
        for (code, counts) in wordCounts {
            guard let index = Self.indexes[code] else { continue }
            for (word, count) in counts {
                wordNumber += 1
                func match(_ stem: String) {
                    for t in index.stems[stem] ?? [] where matchedBy[t] != wordNumber {
                        matchedBy[t] = wordNumber
                        hits[t] += count
                    }
                }
                // Stems are cut in characters; an ASCII word's characters are its bytes, which cut cheaply.
                let bytes = Array(word.utf8)
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    for length in index.lengths where length <= bytes.count {
                        match(String(decoding: bytes[0..<length], as: UTF8.self))
                    }
                    for length in index.infixLengths where length < bytes.count {
                        for start in 1...(bytes.count - length) {
                            match(String(decoding: bytes[start..<(start + length)], as: UTF8.self))
                        }
                    }
                    continue
                }
                let scalars = Array(word)
                for length in index.lengths where length <= scalars.count {
                    match(String(scalars[0..<length]))
                }
                for length in index.infixLengths where length < scalars.count {
                    for start in 1...(scalars.count - length) {
                        match(String(scalars[start..<(start + length)]))
                    }
                }
            }
            for (pair, count) in pairs[code] ?? [:] {
                for t in index.stems[pair] ?? [] { hits[t] += count }
            }
        }
        let total = hits.reduce(0, +)
        guard let top = hits.max(), top >= Self.minHits, total > 0 else { return [] }
        return hits.enumerated()
            .filter { $0.element >= Self.minHits && $0.element * 5 >= top }
            .sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
            .prefix(Self.maxTopics)
            .map { t in
                let topic = Self.labels[t.offset]
                return .init(code: topic.code, label: topic.label, score: (Double(t.element) / Double(total) * 1000).rounded() / 1000)
            }
    }
}
