import HTMLParser

/// Per-block measurements the body heuristics score: size, links, prose-likeness.
struct BlockFeatures {
    /// Space-separated words.
    var words: Int
    /// Share of the block's bytes inside links.
    var linkDensity: Double
    /// Share of words that are function words; prose has many, menus and teasers few.
    var stopWordRatio: Double
    /// Words ending in sentence or clause punctuation.
    var punctuation: Int
    /// Reads like running text rather than navigation, labels or link lists.
    let isProse: Bool
    /// Mostly links: menus, tag clouds, teaser lists.
    let isLinkList: Bool

    init(_ block: TextBlock, tunables t: HTMLTunables = HTMLTunables()) {
        var words = 0
        var stopWords = 0
        var punctuation = 0
        var bytes = 0
        // One pass over the UTF-8 bytes; short ASCII words are lower-cased and packed into an
        // integer for the stop-word lookup (no allocation, no Unicode tables).
        var packed: UInt64 = 0
        var wordLength = 0
        var asciiWord = true
        var tail: UInt32 = 0  // the word's last three bytes
        func finishWord() {
            guard wordLength > 0 else { return }
            words += 1
            if Self.punctuationBytes.contains(UInt8(tail & 0xFF)) || tail == 0xE3_8082 || tail == 0xEF_BC8C { punctuation += 1 }
            if asciiWord, wordLength <= 5, StopWords.packed.contains(packed) { stopWords += 1 }
            packed = 0
            wordLength = 0
            asciiWord = true
        }
        for byte in block.text.utf8 {
            bytes += 1
            if byte == 0x20 {
                finishWord()
                continue
            }
            wordLength += 1
            tail = (tail << 8 | UInt32(byte)) & 0xFF_FFFF
            if byte >= 0x80 { asciiWord = false }
            if wordLength <= 5 { packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        }
        finishWord()
        self.words = words
        self.punctuation = punctuation
        linkDensity = bytes == 0 ? 0 : Double(block.linkBytes) / Double(bytes)
        stopWordRatio = words == 0 ? 0 : Double(stopWords) / Double(words)
        isProse = linkDensity < t.proseMaxLinkDensity
            && (words >= t.proseWords && (punctuation > 0 || stopWordRatio > t.proseStopWordRatio)
                || words >= t.shortProseWords && punctuation > 0 && stopWordRatio > t.shortProseStopWordRatio)
        isLinkList = linkDensity > t.linkListDensity
    }

    /// . , ; : ! ? (and the CJK full stop and comma, E3 80 82 and EF BC 8C, checked above).
    private static let punctuationBytes: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F]
}
