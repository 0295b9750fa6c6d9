import TextCore

/// Sentence boundaries: terminal punctuation before an upper-case start (or a word of a script
/// without capitals), the full stops of scripts without capitals ("。", "।") anywhere, and every
/// line break.
/// Abbreviations ("Mr.", "Dr.", "Jan.") and initials ("J. Smith") do not end a sentence. Closing
/// quotation marks of every supported language belong to the sentence they close.
enum SentenceSplitter {
    /// Abbreviations of every supported language ("Mr.", "Dr.", "bzw.", "Mme."), plus English month
    /// abbreviations; sentences are split before their language is known.
    static let abbreviations: Set<String> = LanguageResources.allAbbreviations.union([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    private static let closers: Set<String> = ["\"", "”", "’", "'", ")", "]", "»", "«", "“", "‹", "›"]
    private static let spacedClosers: Set<String> = ["»", "›"]

    static func sentences(tokens: [Token], scalars: [Unicode.Scalar]) -> ([Document.Sentence], Int) {
        var result: [Document.Sentence] = []
        var paragraph = 0
        var start = 0
        func close(_ end: Int) {
            if end > start { result.append(.init(tokens: start..<end, paragraph: paragraph)) }
            start = end
        }
        for i in tokens.indices {
            if i > 0, newlineBetween(tokens[i - 1], tokens[i], scalars) {
                close(i)
                paragraph += 1
            }
            let t = tokens[i]
            guard t.kind == .punctuation, let mark = t.text.unicodeScalars.first, t.text.unicodeScalars.count == 1,
                  TextMeasures.sentenceEnders.contains(mark) || mark == "…" else {
                continue
            }
            // "。", "।", "؟" and the other full stops of scripts without capitals end a sentence
            // wherever they stand: no abbreviation takes them, and no capital would follow.
            let isLatinMark = mark.isASCII || mark == "…"
            if t.text == ".", i > 0, tokens[i - 1].end == t.start {
                let prev = tokens[i - 1]
                if abbreviations.contains(prev.lower) || (prev.isCapitalised && prev.text.unicodeScalars.count == 1) {
                    continue
                }
            }
            var end = i + 1
            // Closing quotes and brackets belong to the sentence they close: written right after it
            // ("... end.”", "... Ende.“"), or after a space in French ("... fin. »").
            while end < tokens.count, tokens[end].kind == .punctuation,
                  closers.contains(tokens[end].text) && tokens[end].start == tokens[end - 1].end
                    || spacedClosers.contains(tokens[end].text) {
                end += 1
            }
            if end >= tokens.count { continue }
            let next = tokens[end]
            let startsSentence = !isLatinMark || next.isCapitalised || next.kind == .number || startsUncased(next)
                || "\"“‘(„«»‹›¿¡".contains(next.text)
            if startsSentence { close(end) }
        }
        close(tokens.count)
        return (result, paragraph + 1)
    }

    /// A word of a script without capitals (Arabic, Hebrew, Devanagari, Thai, Han): after a
    /// Latin full stop, it may well open the next sentence.
    private static func startsUncased(_ token: Token) -> Bool {
        guard token.kind == .word, let first = token.text.unicodeScalars.first, !first.isASCII else { return false }
        return first.properties.isAlphabetic && !first.properties.isCased
    }

    private static func newlineBetween(_ a: Token, _ b: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        var k = a.end
        while k < b.start {
            if scalars[k] == "\n" { return true }
            k += 1
        }
        return false
    }
}
