/// JSON-LD articleBody replaces the heuristic body when it is substantial and the heuristics
/// found much less of it (paywalled or script-rendered pages ship the full text only there).
enum StructuredBody {
    static func paragraphs(_ articleBody: String?, replacing extracted: [String]) -> [String]? {
        guard let articleBody else { return nil }
        let paragraphs = Paragraphs.split(articleBody.replacingNewlinesWithBlankLines())
        let words = paragraphs.spaceSeparatedWords
        let extractedWords = extracted.spaceSeparatedWords
        guard words >= 80, Double(extractedWords) < 0.5 * Double(words) else { return nil }
        return paragraphs
    }
}

private extension String {
    /// articleBody separates paragraphs by single newlines.
    func replacingNewlinesWithBlankLines() -> String {
        split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n\n")
    }
}
