import Foundation

/// Flags what makes a body suspect: keyword stuffing, a very short body, boilerplate lines left in it,
/// and a body that stops mid-sentence.
struct QualityFlagger: Sendable {
    static let veryShortWords = 80
    /// A last sentence this long without closing punctuation was cut.
    static let truncatedMinWords = 8
    /// Boilerplate lines are short; a long paragraph mentioning "subscribe" is prose.
    static let boilerplateMaxWords = 12
    static let boilerplatePhrases = [
        "share this", "share post", "share on", "subscribe", "sign up", "newsletter", "follow us",
        "all rights reserved", "click here", "read more", "advertisement", "related articles", "cookie",
        "log in", "comments", "leave a reply", "popular posts", "more like this",
    ]

    func flags(doc: Document, paragraphs: [String], repetition: RepetitionDetector.Repetition?) -> [Enrichment.QualityFlag] {
        var flags: [Enrichment.QualityFlag] = []
        if let r = repetition {
            flags.append(.init("keyword_stuffing", "\"\(r.phrase)\" x\(r.occurrences.count)"))
        }
        let words = doc.tokens.count { $0.isWord }
        if words < Self.veryShortWords { flags.append(.init("very_short_body", "\(words) words")) }
        let lines = paragraphs.isEmpty ? doc.text(scalarRange: 0..<doc.scalars.count).split(separator: "\n").map(String.init) : paragraphs
        let boilerplate = lines.filter { line in
            let lower = line.lowercased()
            return line.split(separator: " ").count <= Self.boilerplateMaxWords
                && Self.boilerplatePhrases.contains { lower.contains($0) }
        }
        if let first = boilerplate.first {
            flags.append(.init("boilerplate_left", first.trimmingCharacters(in: .whitespaces)))
        }
        if isTruncated(doc) { flags.append(.init("truncated", nil)) }
        return flags
    }

    /// Ends with an ellipsis, or a last sentence of some length stops without closing punctuation (a short
    /// closing line such as "Contact us" is a heading or sign-off, not a cut).
    private func isTruncated(_ doc: Document) -> Bool {
        guard let last = doc.tokens.last, let sentence = doc.sentences.last else { return false }
        if last.text == "…" { return true }
        let n = doc.tokens.count
        if n >= 3, doc.tokens[(n - 3)..<n].allSatisfy({ $0.text == "." }) { return true }
        let words = doc.tokens[sentence.tokens].count { $0.isWord }
        return (last.isWord || last.kind == .number) && words >= Self.truncatedMinWords
    }
}
