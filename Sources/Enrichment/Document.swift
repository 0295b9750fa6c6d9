import TextCore

/// The body prepared once for every enrichment: scalars, tokens, sentences and paragraphs, and the
/// language of each sentence (its paragraph's, see `Enricher`).
struct Document: Sendable {
    struct Sentence: Sendable {
        /// Token indices.
        let tokens: Range<Int>
        let paragraph: Int
        /// The resources of the sentence's language; nil when that language is unsupported, and then no
        /// language-dependent enrichment looks at the sentence.
        var language: LanguageResources?
    }

    /// The article's language resources (nil: unsupported); a paragraph may have its own.
    let articleLanguage: LanguageResources?
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    private(set) var sentences: [Sentence]
    let paragraphCount: Int
    /// Token index one past the last token of each paragraph.
    let paragraphEnds: [Int]

    /// `language` is the article's; `paragraphLanguage`, when given, may decide a paragraph's own from
    /// its scalars (nil keeps the article's).
    init(_ body: String, language: LanguageResources? = LanguageResources.english,
         paragraphLanguage: ((ArraySlice<Unicode.Scalar>) -> LanguageResources??)? = nil) {
        articleLanguage = language
        scalars = Array(body.unicodeScalars)
        tokens = Tokenizer.tokens(of: scalars)
        let (split, count) = SentenceSplitter.sentences(tokens: tokens, scalars: scalars)
        paragraphCount = count
        var ends = [Int](repeating: 0, count: count)
        var firsts = [Int](repeating: -1, count: count)
        for s in split {
            ends[s.paragraph] = max(ends[s.paragraph], s.tokens.upperBound)
            if firsts[s.paragraph] < 0 { firsts[s.paragraph] = s.tokens.lowerBound }
        }
        paragraphEnds = ends
        var languages = [LanguageResources?](repeating: language, count: count)
        if let paragraphLanguage, let lastToken = tokens.last {
            for p in 0..<count where firsts[p] >= 0 && ends[p] > firsts[p] {
                let start = tokens[firsts[p]].start
                let end = ends[p] <= tokens.count ? tokens[ends[p] - 1].end : lastToken.end
                if let decided = paragraphLanguage(scalars[start..<end]) { languages[p] = decided }
            }
        }
        sentences = split.map { Sentence(tokens: $0.tokens, paragraph: $0.paragraph, language: languages[$0.paragraph]) }
    }

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last, range.upperBound <= tokens.count else { return "" }
        return text(scalarRange: tokens[first].start..<tokens[last].end)
    }

    func text(scalarRange: Range<Int>) -> String {
        let lo = max(0, min(scalarRange.lowerBound, scalars.count))
        let hi = max(lo, min(scalarRange.upperBound, scalars.count))
        return String(scalars: scalars[lo..<hi])
    }

    /// The words of a sentence, lower-cased.
    func words(of sentence: Sentence) -> [String] {
        tokens[sentence.tokens].filter(\.isWord).map(\.lower)
    }

    /// The index of the sentence holding token `i` (binary search: sentences are in token order).
    func sentenceIndex(ofToken i: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].tokens.upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].tokens.contains(i) ? lo : nil
    }

    /// The language resources at token `i` (nil: unsupported language, or no sentence there).
    func language(atToken i: Int) -> LanguageResources? {
        sentenceIndex(ofToken: i).flatMap { sentences[$0].language }
    }
}
