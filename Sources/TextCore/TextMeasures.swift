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
    @inline(__always)
    public static func spacelessClass(_ value: UInt32) -> Int {
        switch value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return 1
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: return 2
        default: return 0
        }
    }

    /// Letters and digits (and the combining marks of spaceless scripts), with an ASCII fast
    /// path: Unicode property look-ups dominate the cost of reading a large text otherwise.
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        return spacelessClass(scalar.value) != 0 || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Words in `text`: runs of letters or digits, with spaceless-script runs counted by their
    /// characters (rounded up, so a lone character is a word).
    public static func words<S: StringProtocol>(in text: S) -> Int {
        var counter = WordCounter()
        for scalar in text.unicodeScalars { counter.add(scalar) }
        return counter.finish()
    }

    public static func words(in texts: [String]) -> Int { texts.reduce(0) { $0 + words(in: $1) } }

    /// Counts words scalar by scalar; shared by `words(in:)` and callers that read each scalar anyway.
    public struct WordCounter {
        public private(set) var count = 0
        private var inWord = false
        private var spaceless = (han: 0, southeastAsian: 0)

        public init() {}

        @inline(__always)
        public mutating func add(_ scalar: Unicode.Scalar) {
            let spacelessKind = scalar.isASCII ? 0 : spacelessClass(scalar.value)
            if spacelessKind == 1 {
                spaceless.han += 1
                inWord = false
            } else if spacelessKind == 2 {
                spaceless.southeastAsian += 1
                inWord = false
            } else if isWordScalar(scalar) {
                flushSpaceless()
                if !inWord { count += 1 }
                inWord = true
            } else {
                flushSpaceless()
                inWord = false
            }
        }

        private mutating func flushSpaceless() {
            count += (spaceless.han + hanCharactersPerWord - 1) / hanCharactersPerWord
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
    public static func phraseKey<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.count <= 60 else { return "" }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: isWordScalar),
              let last = scalars.lastIndex(where: isWordScalar) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last])).lowercased()
    }
}
