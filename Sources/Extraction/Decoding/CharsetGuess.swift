/// A charset for bytes that declare none and are not UTF-8, from their byte statistics:
/// Cyrillic single-byte text (windows-1251, KOI8-R), CJK double-byte text, else windows-1252.
enum CharsetGuess {
    static func guess(_ bytes: ArraySlice<UInt8>) -> String {
        var high = 0
        var upperHalf = 0   // 0xC0...0xFF: letters in windows-1251 and KOI8-R
        var koiLower = 0    // 0xC0...0xDF: lower-case letters in KOI8-R, capitals in windows-1251
        var pairs = 0       // lead byte followed by another high byte: CJK double-byte text
        var previousHigh = false
        for b in bytes.prefix(65_536) {
            guard b >= 0x80 else { previousHigh = false; continue }
            high += 1
            if b >= 0xC0 { upperHalf += 1 }
            if b >= 0xC0 && b <= 0xDF { koiLower += 1 }
            if previousHigh { pairs += 1; previousHigh = false } else { previousHigh = true }
        }
        guard high > 0 else { return "WINDOWS-1252" }
        // Western text has few accented letters between ASCII words; Cyrillic is nearly all high bytes.
        let asciiLetters = bytes.prefix(65_536).filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count
        if high > asciiLetters {
            if Double(upperHalf) / Double(high) > 0.9 {
                return Double(koiLower) / Double(upperHalf) > 0.6 ? "KOI8-R" : "WINDOWS-1251"
            }
            if Double(pairs) * 2 >= Double(high) * 0.9 {
                for candidate in ["CP932", "EUC-JP", "GB18030", "BIG5-HKSCS", "CP949"] where Iconv.decode(bytes.prefix(65_536), from: candidate).map(isClean) == true {
                    return candidate
                }
            }
        }
        return "WINDOWS-1252"
    }

    /// Decoded without replacement characters or C1 controls (the last scalar may be cut off).
    private static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.dropLast().contains { $0 == "\u{FFFD}" || ($0.value >= 0x80 && $0.value < 0xA0) }
    }
}
