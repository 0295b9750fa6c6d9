/// The body prepared once for every enrichment: scalars, tokens, sentences and paragraphs.
struct Document: Sendable {
    struct Sentence: Sendable {
        /// Token indices.
        let tokens: Range<Int>
        let paragraph: Int
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    let paragraphCount: Int

    init(_ body: String) {
        scalars = Array(body.unicodeScalars)
        tokens = Tokenizer.tokens(of: scalars)
        (sentences, paragraphCount) = SentenceSplitter.sentences(tokens: tokens, scalars: scalars)
    }

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last, range.upperBound <= tokens.count else { return "" }
        return text(scalarRange: tokens[first].start..<tokens[last].end)
    }

    func text(scalarRange: Range<Int>) -> String {
        let lo = max(0, min(scalarRange.lowerBound, scalars.count))
        let hi = max(lo, min(scalarRange.upperBound, scalars.count))
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }

    /// The words of a sentence, lower-cased.
    func words(of sentence: Sentence) -> [String] {
        tokens[sentence.tokens].filter(\.isWord).map(\.lower)
    }
}
