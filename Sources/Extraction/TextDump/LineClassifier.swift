/// Labels each line prose, short, furniture or an end-matter heading, from its own text only.
enum LineClassifier {
    /// Shorter lines are headings, captions, menu items; longer ones read as paragraphs.
    static let proseWords = 12

    static func classify(_ lines: inout [DumpLine]) {
        for index in lines.indices { lines[index].kind = kind(of: lines[index]) }
    }

    static func kind(of line: DumpLine) -> LineKind {
        let key = line.phraseKey
        if isInlineLink(key) { return .boilerplate }
        if line.words <= 8, !line.endsSentence, isCutoff(key, words: line.words) { return .cutoff }
        if BoilerplatePhrases.furniture.contains(key) || !line.text.contains(where: \.isLetter) { return .boilerplate }
        if isFurnitureSentence(line) || isTimestamp(line) || isCode(line) { return .boilerplate }
        if line.words >= proseWords && !isLinkList(line) && !line.endsElided && !line.isTitleCased { return .prose }
        return .short
    }

    /// "Related: Why markets fell", "See also: ...": a link to another page set inside the
    /// article; dropped, but the article goes on after it.
    private static func isInlineLink(_ key: String) -> Bool {
        guard let colon = key.firstIndex(of: ":"), key.index(after: colon) < key.endIndex else { return false }
        return BoilerplatePhrases.inlineLinkLabels.contains(String(key[..<colon]))
    }

    /// An end-matter heading: "Related", "Related: ...", "Tags: a, b", "About the author Jane
    /// Doe", "36 Comments". Only short lines are asked, so prose is never cut.
    private static func isCutoff(_ key: String, words: Int) -> Bool {
        if BoilerplatePhrases.cutoffs.contains(key) { return true }
        if let colon = key.firstIndex(of: ":"), BoilerplatePhrases.cutoffs.contains(String(key[..<colon])) { return true }
        if words <= 3, key.hasSuffix(" comments") || key.hasSuffix(" comment") || key.hasSuffix(" responses") { return true }
        // Multi-word headings may run on into a name or a site: "About the author TOI Desk".
        return BoilerplatePhrases.cutoffOpenings.anyPrefix(of: Array(key.utf8))
    }

    private static func isFurnitureSentence(_ line: DumpLine) -> Bool {
        guard line.words <= 80 else { return false }
        let lowered = Array(line.text.prefix(400).lowercased().utf8)
        if BoilerplatePhrases.privacyNotices.anyInside(lowered)
            || (BoilerplatePhrases.cookie.anyInside(lowered) && BoilerplatePhrases.consentWords.anyInside(lowered)) {
            return true
        }
        guard line.words <= 40 else { return false }
        return BoilerplatePhrases.furnitureOpenings.anyPrefix(of: lowered)
            || BoilerplatePhrases.furnitureInside.anyInside(lowered)
            || (line.words <= 30 && BoilerplatePhrases.callsToAction.anyInside(lowered))
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
