import TextCore

/// Labels each line prose, short, furniture or an end-matter heading, from its own text only.
enum LineClassifier {
    /// Shorter lines are headings, captions, menu items; longer ones read as paragraphs.
    static let proseWords = 12

    static func classify(_ lines: inout [DumpLine]) {
        for index in lines.indices { lines[index].kind = kind(of: lines[index]) }
    }

    static func kind(of line: DumpLine) -> LineKind {
        let key = line.phraseKey
        if BoilerplatePhrases.isInlineLink(key) { return .boilerplate }
        if line.words <= 8, !line.endsSentence, BoilerplatePhrases.isEndMatterHeading(key, words: line.words) { return .cutoff }
        if BoilerplatePhrases.interfaceLabels.contains(key) || !line.text.contains(where: \.isLetter) { return .boilerplate }
        let lowered = Array(line.text.prefix(400).lowercased().utf8)
        if BoilerplatePhrases.isFurnitureSentence(lowered, words: line.words) || isTimestamp(line) || isCode(line) { return .boilerplate }
        if line.words >= proseWords && !isLinkList(line) && !line.endsElided && !line.isTitleCased { return .prose }
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
