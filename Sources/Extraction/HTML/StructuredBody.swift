import TextCore

/// JSON-LD articleBody replaces the heuristic body when it is substantial and the heuristics
/// found much less of it (paywalled or script-rendered pages ship the full text only there).
enum StructuredBody {
    static func paragraphs(_ articleBody: String?, replacing extracted: [String], _ t: HTMLTunables) -> [String]? {
        guard let articleBody else { return nil }
        let paragraphs = Paragraphs.split(articleBody.replacingNewlinesWithBlankLines())
        let words = TextMeasures.words(in: paragraphs)
        let extractedWords = TextMeasures.words(in: extracted)
        guard words >= t.structuredBodyMinimumWords, Double(extractedWords) < t.structuredBodyReplaceShare * Double(words) else { return nil }
        return paragraphs
    }
}

private extension String {
    /// articleBody separates paragraphs by single newlines.
    func replacingNewlinesWithBlankLines() -> String {
        split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n\n")
    }
}
