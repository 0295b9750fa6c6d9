import Foundation

/// Extracted text leaves in Unicode normalization form C: the same words in the same bytes
/// whatever form the page wrote them in, so that searches, fingerprints and duplicate
/// lookups downstream match ("য়" as U+09DF or as U+09AF U+09BC; "é" precomposed or as e
/// with a combining accent).
enum UnicodeNormalization {
    /// `text` in NFC. Text made only of scalars that are NFC whatever stands beside them
    /// (`isStable`) is returned as it is: most Latin, Cyrillic, Chinese, Japanese and Korean
    /// text with its typographic quotes and dashes. Foundation's normalization copies the text
    /// through NSString twice.
    static func nfc(_ text: String) -> String {
        var text = text
        if text.withUTF8({ isStable($0) }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Whether every scalar of the (valid) UTF-8 lies in a range that holds no combining mark,
    /// no letter with a singleton decomposition, and nothing that composes with a neighbour
    /// from the same ranges (Hangul jamo, the kana voicing marks and ideographic tone marks are
    /// left out).
    static func isStable(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 { index += 1; continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= utf8.count else { return false }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for i in (index + 1)..<(index + length) { value = value << 6 | UInt32(utf8[i] & 0x3F) }
            guard stableRanges.contains(where: { $0.contains(value) }) else { return false }
            index += length
        }
        return true
    }

    private static let stableRanges: [ClosedRange<UInt32>] = [
        0x80...0x2FF,  // Latin-1, Latin Extended A and B, IPA, spacing modifiers
        0x400...0x482, 0x48A...0x52F,  // Cyrillic, without its combining marks
        0x2002...0x206F,  // general punctuation (U+2000 and U+2001 decompose to U+2002, U+2003)
        0x20A0...0x20BF,  // currency signs
        0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,  // CJK punctuation, kana
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xAC00...0xD7A3,  // Hangul syllables
        0xFF00...0xFFEF,  // full- and half-width forms
    ]
}

extension Article {
    /// Every text field in NFC (`UnicodeNormalization`).
    mutating func normalizeUnicode() {
        let nfc = UnicodeNormalization.nfc
        title = title.map(nfc)
        paragraphs = paragraphs.map(nfc)
        authors = authors.map(nfc)
        siteName = siteName.map(nfc)
        description = description.map(nfc)
        tags = tags.map(nfc)
        related = related.map { teaser in
            var teaser = teaser
            teaser.title = nfc(teaser.title)
            teaser.snippet = teaser.snippet.map(nfc)
            return teaser
        }
    }
}
