/// One non-empty line of a page dump with the measurements every stage reads.
struct DumpLine {
    /// Position among the dump's non-empty lines.
    let position: Int
    let text: Substring
    /// Runs of letters or digits.
    let words: Int
    /// Words starting with an upper-case letter.
    let capitalisedWords: Int
    /// Ends like a sentence: ".", "!", "?", a closing quote after one, ":" excluded.
    let endsSentence: Bool
    /// Ends in "..." or "…": a teaser or a cut text.
    let endsElided: Bool
    /// Follows a blank line (or starts the dump): a new block in the page's layout.
    let startsBlock: Bool
    var kind: LineKind = .short

    init(position: Int, text: Substring, startsBlock: Bool) {
        self.position = position
        self.text = text
        self.startsBlock = startsBlock
        var words = 0, capitalised = 0, inWord = false
        var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord && !inWord {
                words += 1
                if scalar.properties.isUppercase { capitalised += 1 }
            }
            inWord = isWord
            beforeLast = last
            last = scalar
        }
        self.words = words
        self.capitalisedWords = capitalised
        let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "»"]
        let enders: Set<Unicode.Scalar> = [".", "!", "?", "。", "！", "？"]
        self.endsSentence = enders.contains(last) || (closers.contains(last) && enders.contains(beforeLast))
        self.endsElided = last == "…" || text.hasSuffix("...")
    }

    /// Lower-cased, trailing punctuation and spaces dropped: the form phrase lists are written in.
    var phraseKey: String {
        guard text.utf8.count <= 60 else { return "" }
        let lowered = text.lowercased()
        let trimmed = lowered.drop { !$0.isLetter && !$0.isNumber }
        return String(trimmed.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    }
}

enum LineKind: Equatable {
    /// A paragraph of running text.
    case prose
    /// Anything short: headings, menu items, captions, list items.
    case short
    /// Page furniture that is never body text ("Advertisement", "Skip to content", cookie notices).
    case boilerplate
    /// Starts the end matter of an article ("Share post:", "Related", "Comments").
    case cutoff
}

enum DumpLines {
    /// The dump's non-empty lines, trimmed, in order.
    static func split(_ text: String) -> [DumpLine] {
        var lines: [DumpLine] = []
        var afterBlank = true
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = raw.trimmingWhitespace()
            if trimmed.isEmpty {
                afterBlank = true
                continue
            }
            lines.append(DumpLine(position: lines.count, text: trimmed, startsBlock: afterBlank))
            afterBlank = false
        }
        return lines
    }
}
