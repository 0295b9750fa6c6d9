/// Word measures the heuristics of both pipelines share, script-aware: Chinese, Japanese, Thai,
/// Lao, Khmer and Burmese write words without spaces, so a run of their letters counts by its
/// characters (Han and kana: one word per `hanCharactersPerWord`, the Southeast Asian scripts:
/// one per `southeastAsianCharactersPerWord`, about their mean word lengths), never as one word.
/// Arabic, Hebrew, Korean and the alphabets count their space-separated runs.
public enum TextMeasures {
    /// Characters of Han or kana per word (Chinese words average 1.5–2 characters).
    public static let hanCharactersPerWord = 2
    /// Characters of Thai, Lao, Khmer or Burmese per word (with their combining vowels).
    public static let southeastAsianCharactersPerWord = 4

    /// Which spaceless script a scalar belongs to: 0 none, 1 Han or kana, 2 Thai, Lao, Khmer or Burmese.
    /// (Inlinable, like `isWordScalar` and `WordCounter.add`: they run per character of every page.)
    @inlinable
    public static func spacelessClass(_ value: UInt32) -> Int {
        switch value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return 1
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: return 2
        default: return 0
        }
    }

    /// Letters and digits (and the combining marks of spaceless scripts), with an ASCII fast
    /// path: Unicode property look-ups dominate the cost of reading a large text otherwise.
    @inlinable @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
        }
        return isNonASCIIWordScalar(scalar)
    }

    /// Combining marks belong to their word: the virama and nukta of Devanagari, Bengali and the
    /// other Indic scripts are marks but not letters, and "व्यापार" is one word, not "व" and "यापार".
    /// Variation selectors are marks too, but they dress an emoji ("💻️"), which is no word.
    @usableFromInline
    static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if spacelessClass(scalar.value) != 0 || scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        if (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The full stops of the scripts read here: ".", the CJK "。", the danda of Devanagari,
    /// Bengali and the other Indic scripts, the Urdu full stop, the Burmese section mark and the
    /// Armenian and Ethiopic full stops. A headline may end in "?" or "!", rarely in one of these.
    public static let fullStops: Set<Unicode.Scalar> = [".", "。", "।", "॥", "۔", "။", "։", "።"]
    /// Marks that end a sentence: the full stops, "!" and "?" (full-width and Arabic too).
    public static let sentenceEnders: Set<Unicode.Scalar> = fullStops.union(["!", "?", "！", "？", "؟"])

    /// Calls `body` with each Unicode scalar of `text`, decoding its UTF-8 directly when the
    /// storage is contiguous (the scalar view's index checks cost more than the work per
    /// scalar on a dump's many short lines).
    @inlinable
    public static func forEachScalar<S: StringProtocol>(in text: S, _ body: (Unicode.Scalar) -> Void) {
        let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let lead = UInt32(bytes[i])
                var value: UInt32
                if lead < 0x80 {
                    value = lead
                    i += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                // A String's UTF-8 is valid, so every value is a scalar.
                body(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        if decoded == nil { for scalar in text.unicodeScalars { body(scalar) } }
    }

    /// Words in `text`: runs of letters or digits, with spaceless-script runs counted by their
    /// characters (rounded up, so a lone character is a word).
    @inlinable
    public static func words<S: StringProtocol>(in text: S) -> Int {
        var counter = WordCounter()
        forEachScalar(in: text) { counter.add($0) }
        return counter.finish()
    }

    public static func words(in texts: [String]) -> Int { texts.reduce(0) { $0 + words(in: $1) } }

    /// Counts words scalar by scalar; shared by `words(in:)` and callers that read each scalar anyway.
    public struct WordCounter {
        public var count: Int { words }
        @usableFromInline var words = 0
        @usableFromInline var inWord = false
        @usableFromInline var spaceless = (han: 0, southeastAsian: 0)

        public init() {}

        /// Counts `scalar`; returns whether it is part of a word (letter, digit, spaceless-script
        /// character), which callers reading each scalar anyway need too.
        @inlinable @discardableResult
        public mutating func add(_ scalar: Unicode.Scalar) -> Bool {
            let spacelessKind = scalar.isASCII ? 0 : spacelessClass(scalar.value)
            if spacelessKind == 1 {
                spaceless.han += 1
                inWord = false
                return true
            } else if spacelessKind == 2 {
                spaceless.southeastAsian += 1
                inWord = false
                return true
            }
            if spaceless.han != 0 || spaceless.southeastAsian != 0 { flushSpaceless() }
            let isWord = isWordScalar(scalar)
            if isWord && !inWord { words += 1 }
            inWord = isWord
            return isWord
        }

        @usableFromInline
        mutating func flushSpaceless() {
            words += (spaceless.han + hanCharactersPerWord - 1) / hanCharactersPerWord
                + (spaceless.southeastAsian + southeastAsianCharactersPerWord - 1) / southeastAsianCharactersPerWord
            spaceless = (0, 0)
        }

        public mutating func finish() -> Int {
            flushSpaceless()
            return count
        }
    }

    /// Units for comparing two texts' wording (titles against headings, headlines against the
    /// text below them): lower-cased words, and character bigrams inside spaceless-script runs.
    public static func comparisonUnits<S: StringProtocol>(_ text: S) -> [String] {
        var units: [String] = []
        var word = String.UnicodeScalarView()
        var previousSpaceless: Unicode.Scalar?
        func flushWord() {
            if !word.isEmpty { units.append(String(word).lowercased()) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if !scalar.isASCII, spacelessClass(scalar.value) != 0 {
                flushWord()
                if let previous = previousSpaceless {
                    var bigram = String.UnicodeScalarView()
                    bigram.append(previous)
                    bigram.append(scalar)
                    units.append(String(bigram))
                }
                previousSpaceless = scalar
            } else {
                previousSpaceless = nil
                if isWordScalar(scalar) { word.append(scalar) } else { flushWord() }
            }
        }
        flushWord()
        return units
    }

    /// Lower-cased, outer punctuation and spaces dropped: the form phrase lists are written in.
    /// Empty for texts over 60 bytes, which are never one of those phrases.
    @inlinable
    public static func phraseKey<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.count <= 60 else { return "" }
        // ASCII text (most short lines): trimmed and lower-cased byte by byte, with no scalar
        // view and no Unicode case tables (every line of a dump is keyed).
        let ascii: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let isWord = { (byte: UInt8) in (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
            guard let first = bytes.firstIndex(where: isWord), let last = bytes.lastIndex(where: isWord) else { return "" }
            return String(unsafeUninitializedCapacity: last - first + 1) { buffer in
                for i in first...last {
                    let byte = bytes[i]
                    buffer[i - first] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return last - first + 1
            }
        }
        if let ascii = ascii ?? nil { return ascii }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: isWordScalar),
              let last = scalars.lastIndex(where: isWordScalar) else { return "" }
        // Scalar-aligned slicing of the text itself: no copy before lower-casing.
        return Substring(text)[first..<scalars.index(after: last)].lowercased()
    }
}
