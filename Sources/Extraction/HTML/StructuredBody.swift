import HTMLParser
import TextCore

/// JSON-LD articleBody replaces the heuristic body when it is substantial and the heuristics
/// found much less of it (paywalled or script-rendered pages ship the full text only there).
enum StructuredBody {
    static func paragraphs(_ articleBody: String?, replacing extracted: [String], _ t: HTMLTunables) -> [String]? {
        guard let articleBody else { return nil }
        let paragraphs = Paragraphs.split(plainText(articleBody, t).replacingNewlinesWithBlankLines())
        let words = TextMeasures.words(in: paragraphs)
        let extractedWords = TextMeasures.words(in: extracted)
        guard words >= t.structuredBodyMinimumWords, Double(extractedWords) < t.structuredBodyReplaceShare * Double(words) else { return nil }
        return paragraphs
    }

    /// articleBody is plain text by schema.org, but some sites put the article's HTML there, some even
    /// escaped twice (`&lt;p class=&quot;texto&quot;&gt;…solu&amp;ccedil;&amp;atilde;o`), which then
    /// came out as body text with tags and entities. A body holding markup or character references
    /// is read as HTML, its text blocks one per line, again while markup remains (bounded).
    static func plainText(_ articleBody: String, _ t: HTMLTunables) -> String {
        var text = articleBody
        for _ in 0..<t.structuredBodyMarkupLevels where text.looksLikeMarkup {
            guard let parsed = HTMLParser.parse(text) else { break }
            text = parsed.blocks.map(\.text).joined(separator: "\n")
        }
        return text
    }
}

private extension String {
    /// A tag ("<p", "</", "<br") or a character reference ("&amp;", "&#233;"): cheap byte tests, linear.
    var looksLikeMarkup: Bool {
        var previous: UInt8 = 0
        var sawAmpersand = false
        for byte in utf8 {
            if previous == UInt8(ascii: "<"), byte == UInt8(ascii: "/") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) {
                return true
            }
            if sawAmpersand {
                if byte == UInt8(ascii: ";") { return true }
                if !(byte == UInt8(ascii: "#") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))) {
                    sawAmpersand = false
                }
            }
            if byte == UInt8(ascii: "&") { sawAmpersand = true }
            previous = byte
        }
        return false
    }

    /// articleBody separates paragraphs by single newlines.
    func replacingNewlinesWithBlankLines() -> String {
        split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n\n")
    }
}
