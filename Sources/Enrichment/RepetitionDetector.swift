/// Finds keyword stuffing: one phrase of several words repeated across many sentences ("North Korean
/// security delegation heads to Moscow" closing every paragraph). Natural prose repeats names, rarely a
/// whole five-word phrase three times or more.
struct RepetitionDetector: Sendable {
    struct Repetition: Sendable {
        /// The phrase as first written.
        let phrase: String
        /// Token ranges of every occurrence, in order.
        let occurrences: [Range<Int>]
    }

    static let minWords = 5
    static let minOccurrences = 3
    static let minContentWords = 3
    static let minLowerCaseWords = 2
    /// Function words of every supported language: stuffing is detected whatever the language.
    static let functionWords: Set<String> = LanguageResources.supportedCodes.reduce(into: Set<String>()) {
        $0.formUnion(LanguageResources.forLanguage($1)?.functionWords ?? [])
    }

    func repetition(in doc: Document) -> Repetition? {
        // Word positions (token indices) and their lower-cased text, punctuation skipped.
        let positions = doc.tokens.indices.filter { doc.tokens[$0].kind != .punctuation }
        let words = positions.map { doc.tokens[$0].lower }
        let n = Self.minWords
        guard words.count >= n * Self.minOccurrences else { return nil }
        // N-grams as dense ids in order of first occurrence (`TupleIDs` over the word ids): hashing a few
        // small integers is far cheaper than strings or arrays.
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(words.count)
        let wordIDs = words.map { w in ids[w] ?? { ids[w] = Int32(ids.count); return Int32(ids.count - 1) }() }
        var grams = TupleIDs(width: n, capacity: words.count - n + 1)
        let gramIDs = (0...(words.count - n)).map { grams.insert(wordIDs[$0..<($0 + n)]).id }
        // Per n-gram: occurrences, the last start, and whether two occurrences overlap.
        var count = [Int](repeating: 0, count: grams.count), last = [Int](repeating: 0, count: grams.count)
        var overlaps = [Bool](repeating: false, count: grams.count)
        for (i, g) in gramIDs.enumerated() {
            if count[g] > 0, i - last[g] < n { overlaps[g] = true }
            count[g] += 1
            last[g] = i
        }
        // The most repeated seed n-gram (earliest on ties: ids follow first occurrence), then grown while
        // every occurrence still agrees.
        guard let best = (0..<grams.count).filter({ count[$0] >= Self.minOccurrences && !overlaps[$0] })
            .max(by: { (count[$0], $1) < (count[$1], $0) }) else { return nil }
        let seed = gramIDs.indices.filter { gramIDs[$0] == best }
        var lo = 0, hi = n
        while seed.allSatisfy({ $0 + hi < words.count }), Set(seed.map { words[$0 + hi] }).count == 1 { hi += 1 }
        while seed.allSatisfy({ $0 + lo > 0 }), Set(seed.map { words[$0 + lo - 1] }).count == 1 { lo -= 1 }
        let phraseWords = words[(seed[0] + lo)..<(seed[0] + hi)]
        let functionWords = Self.functionWords
        guard phraseWords.count(where: { !functionWords.contains($0) }) >= Self.minContentWords else { return nil }
        let ranges = seed.map { positions[$0 + lo]..<(positions[$0 + hi - 1] + 1) }
        // A repeated name ("The Hydration & Wellness Preferences Survey") is a name, not stuffing: stuffing
        // is a sentence-like phrase with lower-case words in it.
        let lowerCaseWords = doc.tokens[ranges[0]].count { $0.isWord && !$0.isCapitalised && !functionWords.contains($0.lower) }
        guard lowerCaseWords >= Self.minLowerCaseWords else { return nil }
        // Stuffing is spread over the article, not a passage repeated in one place.
        let paragraphs = Set(ranges.compactMap { r in doc.sentenceIndex(ofToken: r.lowerBound).map { doc.sentences[$0].paragraph } })
        guard paragraphs.count >= min(Self.minOccurrences, doc.paragraphCount) else { return nil }
        return Repetition(phrase: doc.text(ranges[0]), occurrences: ranges)
    }
}
