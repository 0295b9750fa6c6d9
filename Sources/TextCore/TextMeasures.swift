/// Word measures the heuristics of both pipelines share.
public enum TextMeasures {
    /// Letters and digits, with an ASCII fast path: Unicode property look-ups dominate the cost
    /// of reading a large text otherwise.
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Runs of letters or digits.
    public static func words<S: StringProtocol>(in text: S) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = isWordScalar(scalar)
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
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
