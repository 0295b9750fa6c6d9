import TextCore

/// One non-empty line of a page dump with the measurements every stage reads.
struct DumpLine {
    /// Position among the dump's non-empty lines.
    let position: Int
    let text: Substring
    /// Words as `TextMeasures` counts them (runs of letters or digits; spaceless scripts by characters).
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
    /// What the line earns (text) or costs (furniture) in the main-region search; set with `kind`.
    var score = 0.0
    /// The same in listing mode, where teaser titles and snippets are the content.
    var listingScore = 0.0

    init(position: Int, text: Substring, startsBlock: Bool) {
        self.position = position
        self.text = text
        self.startsBlock = startsBlock
        var counter = TextMeasures.WordCounter()
        var capitalised = 0, inWord = false
        var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            counter.add(scalar)
            let isWord = TextMeasures.isWordScalar(scalar)
            if isWord && !inWord && (scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase) {
                capitalised += 1
            }
            inWord = isWord
            beforeLast = last
            last = scalar
        }
        self.words = counter.finish()
        self.capitalisedWords = capitalised
        let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "»"]
        let enders: Set<Unicode.Scalar> = [".", "!", "?", "。", "！", "？"]
        self.endsElided = last == "…" || text.hasSuffix("...")
        self.endsSentence = !endsElided && (enders.contains(last) || (closers.contains(last) && enders.contains(beforeLast)))
    }

    /// Mostly capitalised words: headings, links, menus and option lists ("Culture & Society
    /// Digital Education ..."); running text, even German with its capitalised nouns, has far fewer.
    var isTitleCased: Bool { Double(capitalisedWords) > 0.7 * Double(words) }

    /// See `TextMeasures.phraseKey`.
    var phraseKey: String { TextMeasures.phraseKey(text) }
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
    /// Splits on "\n" bytes (a "\r" before it is trimmed as whitespace), or on "\r" for old
    /// Mac line ends; byte-wise, since walking Characters is the slow part of a large dump.
    static func split(_ text: String) -> [DumpLine] {
        var lines: [DumpLine] = []
        var afterBlank = true
        let separator = text.utf8.contains(UInt8(ascii: "\n")) ? UInt8(ascii: "\n") : UInt8(ascii: "\r")
        for raw in text.utf8.split(separator: separator, omittingEmptySubsequences: false) {
            let trimmed = Substring(raw).trimmingWhitespace()
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
