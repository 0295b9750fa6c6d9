/// Reads the dates of one short line (a dateline, a metadata value, a byline): "Tuesday,
/// July 1, 2025", "Published: ...", "Updated ...", and, given a reference date, relative ones
/// ("3 hours ago", "yesterday"). Only days count here: month-only dates are more often
/// something else than a publication day, and so are two-digit-year dates unless the grammar
/// asks for them (`DateGrammar.Options.twoDigitYears`, beside a headline).
public enum DateParser {
    /// Longer lines are prose, not datelines; their dates are what the article talks about.
    public static let maxLineLength = 200

    public static func scan<S: StringProtocol>(_ line: S, reference: CalendarDate? = nil,
                                               grammar: DateGrammar = .datelines) -> DateLine {
        let empty = DateLine(mentions: [], isBare: false, emptyLabel: nil)
        guard line.utf8.count <= maxLineLength else { return empty }
        let scalars = Array(line.unicodeScalars)
        let tokens = DateToken.tokenize(scalars)
        var mentions: [DateMention] = []
        var consumed = Array(repeating: false, count: tokens.count)
        var wordsBefore: [String] = []
        var index = 0
        while index < tokens.count {
            if let (end, resolution) = grammar.match(tokens, at: index, anchor: reference),
               case let .value(value) = resolution, let day = value.day {
                let (from, to) = (tokens[index].start, tokens[end - 1].end)
                mentions.append(DateMention(text: String(scalars: scalars[from..<to]), start: from, end: to,
                                            value: .day(day), label: DateLabelWords.label(for: wordsBefore)))
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

    /// The first day named in `line`, if any.
    public static func firstDate<S: StringProtocol>(in line: S, reference: CalendarDate? = nil,
                                                    grammar: DateGrammar = .datelines) -> CalendarDate? {
        scan(line, reference: reference, grammar: grammar).mentions.first?.day
    }
}
