/// Finds calendar dates in a line of text: "Tuesday, July 1, 2025", "July 1st, 2025",
/// "1 July 2025", "2025 Jul 1", "2025-07-01", "2025-07-01T10:30:00Z", "01.07.2025", "7/1/2025",
/// "Jul 1, 2025 10:30 AM", "Published: ...", "Updated ...", and, given a reference date,
/// relative ones ("3 hours ago", "yesterday"). Month-only and two-digit-year dates are ignored:
/// on a page they are more often something else than a publication day.
public enum DateParser {
    /// Longer lines are prose, not datelines; their dates are what the article talks about.
    public static let maxLineLength = 200

    public static func scan<S: StringProtocol>(_ line: S, reference: CalendarDate? = nil) -> DateLine {
        let empty = DateLine(mentions: [], isBare: false, emptyLabel: nil)
        guard line.utf8.count <= maxLineLength else { return empty }
        let tokens = DateToken.tokenize(line)
        var mentions: [DateMention] = []
        var consumed = Array(repeating: false, count: tokens.count)
        var wordsBefore: [String] = []
        var index = 0
        while index < tokens.count {
            if let (date, end) = match(tokens, at: index, reference: reference) {
                mentions.append(DateMention(date: date, label: DateLabelWords.label(for: wordsBefore)))
                for covered in index..<end { consumed[covered] = true }
                wordsBefore.removeAll()
                index = end
            } else {
                if tokens[index].kind == .word { wordsBefore.append(tokens[index].text) }
                index += 1
            }
        }
        let leftovers = tokens.indices.filter { !consumed[$0] }.map { tokens[$0] }
        let leftoverWords = leftovers.filter { $0.kind == .word }.map(\.text)
        let isBare = !mentions.isEmpty && leftovers.allSatisfy { token in
            switch token.kind {
            case .mark: return true
            case .number: return token.text.count <= 2
            case .word: return CalendarWords.isDateFiller(token.text) || DateLabelWords.isLabelOnly([token.text])
            }
        }
        let isLabelOnly = mentions.isEmpty && DateLabelWords.isLabelOnly(leftoverWords)
            && !leftovers.contains { $0.kind == .number }
        return DateLine(mentions: mentions, isBare: isBare,
                        emptyLabel: isLabelOnly ? DateLabelWords.label(for: leftoverWords) : nil)
    }

    /// The first date of `line`, if any.
    public static func firstDate<S: StringProtocol>(in line: S, reference: CalendarDate? = nil) -> CalendarDate? {
        scan(line, reference: reference).mentions.first?.date
    }

    /// A date starting at `start`, and the index just after it.
    static func match(_ tokens: [DateToken], at start: Int, reference: CalendarDate?) -> (CalendarDate, Int)? {
        var patterns: [(inout DateCursor) -> CalendarDate?] = [
            { $0.numericDate() }, { $0.monthFirst() }, { $0.dayFirst() }, { $0.yearFirst() },
        ]
        if let reference { patterns.append { $0.relative(to: reference) } }
        for pattern in patterns {
            var cursor = DateCursor(tokens: tokens, position: start)
            if let date = pattern(&cursor) { return (date, cursor.position) }
        }
        return nil
    }
}
