import HTMLParser
import TextCore

/// Per-block measurements the body heuristics score: size, links, prose-likeness.
struct BlockFeatures {
    /// Words, as `TextMeasures` counts them: space-separated tokens, and runs of Chinese,
    /// Japanese, Thai, ... counted by their characters.
    var words: Int
    /// Share of the block's bytes inside links.
    var linkDensity: Double
    /// Share of words that are function words; prose has many, menus and teasers few.
    var stopWordRatio: Double
    /// Sentence or clause punctuation: at word ends (". , ; : ! ?", the Arabic comma and
    /// question mark), anywhere for the CJK marks and the Indic danda, and every long clause of
    /// a spaceless script (Thai separates sentences by spaces alone).
    var punctuation: Int
    /// Reads like running text rather than navigation, labels or link lists.
    let isProse: Bool
    /// Mostly links: menus, tag clouds, teaser lists.
    let isLinkList: Bool
    /// Reads like text but is page furniture: a copyright and address footer ("© ... |
    /// Hauptstrasse ... | Telefon ..."), a cookie notice, a credit line. Never prose.
    let isFurniture: Bool

    init(_ block: TextBlock, tunables t: HTMLTunables = HTMLTunables()) {
        var counts = Counts()
        var text = block.text
        text.withUTF8 { counts.read($0, clauseCharacters: t.spacelessClauseCharacters) }
        words = counts.words
        punctuation = counts.punctuation
        let bytes = block.text.utf8.count
        linkDensity = bytes == 0 ? 0 : Double(block.linkBytes) / Double(bytes)
        stopWordRatio = counts.spacedWords == 0 ? 0 : Double(counts.stopWords) / Double(counts.spacedWords)
        let readsAsProse = linkDensity < t.proseMaxLinkDensity
            && (words >= t.proseWords && (punctuation > 0 || stopWordRatio > t.proseStopWordRatio)
                || words >= t.shortProseWords && punctuation > 0 && stopWordRatio > t.shortProseStopWordRatio)
        // Only what would otherwise count as prose, or holds a "©", is asked: the check lower-cases the text.
        isFurniture = (readsAsProse || block.text.containsBytes("©")) && BoilerplatePhrases.isFurnitureSentence(block.text, words: words, callsToAction: false)
        isProse = readsAsProse && !isFurniture
        isLinkList = linkDensity > t.linkListDensity
    }

    /// One pass over the UTF-8 bytes; short ASCII words are lower-cased and packed into an
    /// integer for the stop-word lookup (no allocation, no Unicode tables). Three-byte
    /// sequences are decoded only to tell spaceless scripts and CJK punctuation apart.
    private struct Counts {
        var words = 0, spacedWords = 0, stopWords = 0, punctuation = 0
        private var packed: UInt64 = 0
        private var wordLength = 0
        private var asciiWord = true
        private var hasSpacedLetters = false
        private var tail: UInt32 = 0  // the word's last three bytes
        private var han = 0, southeastAsian = 0

        mutating func read(_ utf8: UnsafeBufferPointer<UInt8>, clauseCharacters: Int) {
            var i = 0
            let n = utf8.count
            while i < n {
                let byte = utf8[i]
                if byte == 0x20 {
                    finishWord(clauseCharacters: clauseCharacters)
                    i += 1
                    continue
                }
                wordLength += 1
                tail = (tail << 8 | UInt32(byte)) & 0xFF_FFFF
                if byte < 0x80 {
                    if wordLength <= 5 { packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                    if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 { hasSpacedLetters = true }
                } else {
                    asciiWord = false
                    if byte >= 0xE0 && byte < 0xF0 && i + 2 < n {
                        let scalar = UInt32(byte & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        switch TextMeasures.spacelessClass(scalar) {
                        case 1: han += 1
                        case 2: southeastAsian += 1
                        default:
                            if Self.wideClausePunctuation.contains(scalar) { punctuation += 1 } else if scalar < 0x3000 || scalar > 0x303F && scalar < 0xFF00 { hasSpacedLetters = true }
                        }
                        for _ in 0..<2 {
                            i += 1
                            wordLength += 1
                            tail = (tail << 8 | UInt32(utf8[i])) & 0xFF_FFFF
                        }
                    } else if byte >= 0xF0 {
                        han += 1  // supplementary planes: CJK extensions (and emoji, rare in prose)
                    } else if byte >= 0xC2 && byte < 0xE0 {
                        hasSpacedLetters = true  // Latin, Greek, Cyrillic, Hebrew, Arabic letters
                    }
                }
                i += 1
            }
            finishWord(clauseCharacters: clauseCharacters)
        }

        private mutating func finishWord(clauseCharacters: Int) {
            guard wordLength > 0 else { return }
            let spaceless = han + southeastAsian
            words += (han + TextMeasures.hanCharactersPerWord - 1) / TextMeasures.hanCharactersPerWord
                + (southeastAsian + TextMeasures.southeastAsianCharactersPerWord - 1) / TextMeasures.southeastAsianCharactersPerWord
            if hasSpacedLetters || spaceless == 0 {
                words += 1
                spacedWords += 1
            }
            let last = UInt8(tail & 0xFF)
            if Self.punctuationBytes.contains(last) || Self.twoBytePunctuation.contains(tail & 0xFFFF) { punctuation += 1 }
            if spaceless >= clauseCharacters { punctuation += 1 }
            if asciiWord, wordLength <= 5, StopWords.packed.contains(packed) { stopWords += 1 }
            packed = 0
            wordLength = 0
            asciiWord = true
            hasSpacedLetters = false
            han = 0
            southeastAsian = 0
        }

        /// . , ; : ! ?
        private static let punctuationBytes: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F]
        /// Word-end marks encoded in two bytes: the Arabic ، ؟ ۔ and the Armenian full stop ։
        /// (UTF-8 D8 8C, D8 9F, DB 94, D6 89)
        private static let twoBytePunctuation: Set<UInt32> = [0xD88C, 0xD89F, 0xDB94, 0xD689]
        /// Clause marks encoded in three bytes, counted wherever they stand: 。、，！？；： and the
        /// Indic danda । ॥ (written after a space as often as not), the Ethiopic ። ፣.
        private static let wideClausePunctuation: Set<UInt32> = [0x3002, 0x3001, 0xFF0C, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A,
                                                                 0x0964, 0x0965, 0x1362, 0x1363]
    }
}
