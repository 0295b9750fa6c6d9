import TextCore

/// Labels each line prose, short, furniture or an end-matter heading, from its own text only.
enum LineClassifier {
    /// Sets each line's kind and its scores for the main-region search.
    static func classify(_ lines: inout [DumpLine], _ t: DumpTunables = DumpTunables()) {
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
        if BoilerplatePhrases.interfaceLabels.contains(key) || !line.text.contains(where: \.isLetter) { return .boilerplate }
        let lowered = Array(line.text.prefix(400).lowercased().utf8)
        if BoilerplatePhrases.isFurnitureSentence(lowered, words: line.words) || isTimestamp(line) || isCode(line) { return .boilerplate }
        if line.words >= t.proseWords && !isLinkList(line) && !line.endsElided && !line.isTitleCased { return .prose }
        return .short
    }

    /// Source code shown on the page: braces, tags, semicolons and assignments in quantity.
    private static func isCode(_ line: DumpLine) -> Bool {
        var marks = 0, length = 0
        for byte in line.text.utf8.prefix(400) {
            length += 1
            if [UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ";"),
                UInt8(ascii: "=")].contains(byte) { marks += 1 }
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
        for scalar in line.text.unicodeScalars where scalar == "|" || scalar == "•" || scalar == "·" || scalar == "»" || scalar == "/" {
            separators += 1
        }
        return separators >= 3 && separators * 4 >= line.words
    }
}
