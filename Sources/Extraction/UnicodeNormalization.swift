import Foundation

/// Extracted text leaves in Unicode normalization form C: the same words in the same bytes
/// whatever form the page wrote them in, so that searches, fingerprints and duplicate
/// lookups downstream match ("য়" as U+09DF or as U+09AF U+09BC; "é" precomposed or as e
/// with a combining accent).
enum UnicodeNormalization {
    /// `text` in NFC. Text whose scalars are all below U+0300 is NFC already (no combining mark
    /// or composable letter occurs there), which the UTF-8 shows without decoding: no byte of
    /// such text is 0xCC or above. Most Latin text takes that path.
    static func nfc(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }
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
