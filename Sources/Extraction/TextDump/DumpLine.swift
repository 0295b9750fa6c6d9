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
        TextMeasures.forEachScalar(in: text) { scalar in
            let isWord = counter.add(scalar)
            if isWord && !inWord && (scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase) {
                capitalised += 1
            }
            inWord = isWord
            beforeLast = last
            last = scalar
        }
        self.words = counter.finish()
        self.capitalisedWords = capitalised
        self.endsElided = last == "…" || text.utf8.suffix(3).elementsEqual(Self.threeDots)
        self.endsSentence = !endsElided && (TextMeasures.sentenceEnders.contains(last)
            || (Self.closers.contains(last) && TextMeasures.sentenceEnders.contains(beforeLast)))
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "»"]
    private static let threeDots = Array("...".utf8)

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

/// A dump's lines as every stage reads them. Each stage is meant to read a line a bounded
/// number of times, so the whole pipeline is linear in the dump; `reads`, when given, counts
/// every line read (subscript, iteration, slices), which lets a test check that doubling a dump
/// doubles the work without timing anything.
struct DumpLineList: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    private var storage: [DumpLine]
    let reads: LineReadCounter?

    init(_ lines: [DumpLine], reads: LineReadCounter? = nil) {
        storage = lines
        self.reads = reads
    }

    init(arrayLiteral lines: DumpLine...) { self.init(lines) }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    subscript(position: Int) -> DumpLine {
        get {
            reads?.count += 1
            return storage[position]
        }
        set { storage[position] = newValue }
    }
}

/// How many times the dump stages read a line (see `DumpLineList`).
final class LineReadCounter {
    var count = 0
}

enum DumpLines {
    /// The dump's non-empty lines, trimmed, in order.
    /// Splits on "\n" bytes (a "\r" before it is trimmed as whitespace), or on "\r" for old
    /// Mac line ends; byte-wise, since walking Characters is the slow part of a large dump.
    static func split(_ text: String, reads: LineReadCounter? = nil) -> DumpLineList {
        var lines: [DumpLine] = []
        var afterBlank = true
        let utf8 = text.utf8
        // Byte offsets of each line with ASCII whitespace trimmed, found in one pass over the bytes.
        let ranges: [Range<Int>] = text.withUTF8Bytes { bytes in
            let separator = bytes.contains(UInt8(ascii: "\n")) ? UInt8(ascii: "\n") : UInt8(ascii: "\r")
            var ranges: [Range<Int>] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == separator {
                var (lower, upper) = (start, end)
                while lower < upper, ByteSearch.isASCIIWhitespace(bytes[lower]) { lower += 1 }
                while upper > lower, ByteSearch.isASCIIWhitespace(bytes[upper - 1]) { upper -= 1 }
                ranges.append(lower..<upper)
                start = end + 1
            }
            return ranges
        }
        lines.reserveCapacity(ranges.count)
        for range in ranges {
            var line = text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
            // Other whitespace (no-break and ideographic spaces) at the edges, by characters.
            if let first = line.utf8.first, let last = line.utf8.last, first >= 0x80 || last >= 0x80 { line = line.trimmingWhitespace() }
            if line.isEmpty {
                afterBlank = true
                continue
            }
            lines.append(DumpLine(position: lines.count, text: line, startsBlock: afterBlank))
            afterBlank = false
        }
        return DumpLineList(lines, reads: reads)
    }
}
