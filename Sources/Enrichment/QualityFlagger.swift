import Foundation
import TextCore

/// Flags what makes a body suspect: keyword stuffing, a very short body, boilerplate lines left in it,
/// and a body that stops mid-sentence.
struct QualityFlagger: Sendable {
    /// A last sentence this long without closing punctuation was cut.
    static let truncatedMinWords = 8
    /// Boilerplate lines are short; a long paragraph mentioning "subscribe" is prose.
    static let boilerplateMaxWords = 12

    func flags(doc: Document, paragraphs: [String], repetition: RepetitionDetector.Repetition?) -> [Flag] {
        var flags: [Flag] = []
        if let r = repetition {
            flags.append(.init(.keywordStuffing, "\"\(r.phrase)\" x\(r.occurrences.count)"))
        }
        let words = doc.tokens.count { $0.isWord }
        if words < FlagThresholds.shortBodyWords { flags.append(.init(.shortBody, "\(words) words")) }
        let lines = paragraphs.isEmpty ? doc.text(scalarRange: 0..<doc.scalars.count).split(separator: "\n").map(String.init) : paragraphs
        let boilerplate = lines.filter { line in
            hasAtMostWords(line, Self.boilerplateMaxWords) && BoilerplatePhrases.isFurnitureLine(line)
        }
        if let first = boilerplate.first {
            flags.append(.init(.boilerplateLeft, first.trimmingCharacters(in: .whitespaces)))
        }
        if isTruncated(doc) { flags.append(.init(.truncated, nil)) }
        return flags
    }

    /// Whether `line` has at most `limit` space-separated words (`split(separator: " ").count <= limit`),
    /// reading no further than the word past the limit: most paragraphs are long, and splitting each
    /// whole had been most of the flagger's cost.
    private func hasAtMostWords(_ line: String, _ limit: Int) -> Bool {
        var words = 0
        var inWord = false
        for c in line {
            if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
        }
        return true
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
