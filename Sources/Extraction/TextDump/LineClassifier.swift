/// Labels each line prose, short, furniture or an end-matter heading, from its own text only.
enum LineClassifier {
    /// Shorter lines are headings, captions, menu items; longer ones read as paragraphs.
    static let proseWords = 12

    static func classify(_ lines: inout [DumpLine]) {
        for index in lines.indices { lines[index].kind = kind(of: lines[index]) }
    }

    static func kind(of line: DumpLine) -> LineKind {
        let key = line.phraseKey
        if line.words <= 6, BoilerplatePhrases.cutoffs.contains(key) || startsWithCutoff(key) { return .cutoff }
        if BoilerplatePhrases.furniture.contains(key) || line.words == 0 { return .boilerplate }
        if isFurnitureSentence(line) { return .boilerplate }
        if line.words >= proseWords && !isLinkList(line) && !line.endsElided { return .prose }
        return .short
    }

    /// "Related: ..." or "Tags: a, b" style openers; only for short lines, so prose is never cut.
    private static func startsWithCutoff(_ key: String) -> Bool {
        guard let colon = key.firstIndex(of: ":") else { return false }
        return BoilerplatePhrases.cutoffs.contains(String(key[..<colon]))
    }

    private static func isFurnitureSentence(_ line: DumpLine) -> Bool {
        guard line.words <= 40 else { return false }
        let lowered = Array(line.text.prefix(160).lowercased().utf8)
        return BoilerplatePhrases.furnitureOpenings.contains { lowered.starts(with: $0.utf8) }
            || BoilerplatePhrases.furnitureInside.contains { lowered.containsBytes(of: $0) }
            || (lowered.containsBytes(of: "cookie") && lowered.containsBytes(of: "consent"))
    }

    /// "Home | News | Sport | ..." : many separators for the words.
    private static func isLinkList(_ line: DumpLine) -> Bool {
        var separators = 0
        for scalar in line.text.unicodeScalars where scalar == "|" || scalar == "•" || scalar == "·" || scalar == "»" {
            separators += 1
        }
        return separators >= 3 && separators * 4 >= line.words
    }
}
