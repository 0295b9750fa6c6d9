import TextCore

/// Labels each line prose, short, furniture or an end-matter heading, from its own text only.
enum LineClassifier {
    /// Sets each line's kind and its scores for the main-region search.
    static func classify(_ lines: inout DumpLineList, _ t: DumpTunables = DumpTunables()) {
        for index in lines.indices {
            lines[index].kind = kind(of: lines[index], t)
            lines[index].score = MainRegionFinder.score(lines[index], t)
            lines[index].listingScore = MainRegionFinder.listingScore(lines[index], t)
        }
    }

    /// Shorter lines than `DumpTunables.proseWords` are headings, captions, menu items.
    static func kind(of line: DumpLine, _ t: DumpTunables = DumpTunables()) -> LineKind {
        let key = line.phraseKey
        if BoilerplatePhrases.isInlineLink(key) { return .boilerplate }
        if line.words <= t.cutoffMaxWords, !line.endsSentence, BoilerplatePhrases.isEndMatterHeading(key, words: line.words) { return .cutoff }
        if BoilerplatePhrases.interfaceLabels.contains(key) || !hasLetter(line.text) { return .boilerplate }
        let lowered = ByteSearch.asciiLowercased(line.text, maxScalars: 400)
        if BoilerplatePhrases.isFurnitureSentence(lowered, words: line.words) || isTimestamp(line) || isCode(line) { return .boilerplate }
        if line.words >= t.proseWords && !isLinkList(line) && !line.endsElided && !line.isTitleCased { return .prose }
        return .short
    }

    /// Any letter: an ASCII one found by bytes, else by Characters.
    private static func hasLetter(_ text: Substring) -> Bool {
        text.withUTF8Bytes { bytes in bytes.contains { ($0 | 0x20) &- 0x61 < 26 } } || text.contains(where: \.isLetter)
    }

    /// Source code shown on the page: braces, tags, semicolons and assignments in quantity.
    private static func isCode(_ line: DumpLine) -> Bool {
        var marks = 0, length = 0
        line.text.withUTF8Bytes { bytes in
            for byte in bytes.prefix(400) {
                length += 1
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ";"), UInt8(ascii: "="):
                    marks += 1
                default:
                    break
                }
            }
        }
        return marks >= 3 && marks * 12 >= length
    }

    /// "3 hours ago", "1 year ago": comment and teaser timestamps.
    private static func isTimestamp(_ line: DumpLine) -> Bool {
        line.words <= 4 && line.phraseKey.hasSuffix(" ago")
    }

    /// "Home | News | Sport | ..." : many separators for the words.
    private static func isLinkList(_ line: DumpLine) -> Bool {
        var separators = 0
        var (previous, beforePrevious): (UInt8, UInt8) = (0, 0)
        line.text.withUTF8Bytes { bytes in
            for byte in bytes {
                // | and /, · (C2 B7), » (C2 BB), • (E2 80 A2)
                if byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/") || previous == 0xC2 && (byte == 0xB7 || byte == 0xBB)
                    || beforePrevious == 0xE2 && previous == 0x80 && byte == 0xA2 {
                    separators += 1
                }
                (previous, beforePrevious) = (byte, previous)
            }
        }
        return separators >= 3 && separators * 4 >= line.words
    }
}
