import TextCore

/// Which lines of the main region are body text: not furniture, not the frame (headline,
/// byline, dateline) or teasers, not a repeat of the headline or of an earlier paragraph (sticky
/// headers, pull quotes), and not a stray date or label line ("Updated on", "March 3, 2025").
enum BodyFilter {
    static func body(_ lines: DumpLineList, region: Range<Int>, excluded: Set<Int>, headline: Substring?) -> [DumpLine] {
        var seen: Set<Substring> = []
        var body: [DumpLine] = []
        for index in region where !excluded.contains(index) {
            let line = lines[index]
            guard line.kind == .prose || line.kind == .short, line.text != headline, !isDateLine(line) else { continue }
            if line.words >= 3 && !seen.insert(line.text).inserted { continue }
            body.append(line)
        }
        return body
    }

    /// Only short lines are parsed: a date inside a sentence is part of the text.
    private static func isDateLine(_ line: DumpLine) -> Bool {
        guard line.words <= 8 else { return false }
        let scan = DateParser.scan(line.text)
        return scan.isBare || scan.emptyLabel != nil
    }
}
