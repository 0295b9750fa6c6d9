import HTMLParser
import TextCore

/// The date a page shows beside its headline or byline ("Updated on July 9, 2025"): short
/// blocks from just before the h1 to a little after the body starts, and a date opening the
/// first paragraph ("27.1.2022 - Bei der ..."). `DateParser` reads the line with the page's
/// day/month order, and its label on the date tells an update from publication, so callers
/// can keep the two apart.
enum HTMLDateLine {
    struct Found {
        var date: String
        var isUpdate: Bool
        /// The line calls its date the publication ("Published: ...").
        var isPublication = false
    }

    /// Looks around the first h1, then around the start of the article container (pages often
    /// have a stray h1 in the header). `known` are the days the metadata gives: an ambiguous
    /// "10/05/2022" that is one of them read the other way round is read that way.
    static func find(_ outline: PageOutline, headline: Int?, container: Int, grammar pageGrammar: DateGrammar = .datelines,
                     known: [CalendarDate] = []) -> Found? {
        // Beside a headline "31.10.23" is a date.
        var grammar = pageGrammar
        grammar.options.insert(.twoDigitYears)
        let blocks = outline.parsed.blocks
        let firstInContainer = blocks.indices.first { outline.contains(container, Int(blocks[$0].node)) }
        for anchor in [headline, firstInContainer].compactMap({ $0 }) {
            if let found = find(outline, around: anchor, grammar: grammar, known: known) { return found }
        }
        return nil
    }

    private static func find(_ outline: PageOutline, around anchor: Int, grammar: DateGrammar, known: [CalendarDate]) -> Found? {
        let blocks = outline.parsed.blocks
        let t = outline.tunables
        let start = max(0, anchor - t.dateLineBlocksBefore)
        let end = min(blocks.count, anchor + t.dateLineBlocksAfter)
        for i in start..<end {
            let isShort = outline.features[i].words <= t.dateLineMaxWords
            // A long block counts only with the date at its very start.
            let text = isShort ? Substring(blocks[i].text) : blocks[i].text.prefix(t.leadingDateCharacters)
            guard let mention = firstDay(in: text, grammar: grammar, known: known),
                  isShort || mention.start == 0, let day = mention.day else { continue }
            // A range dates what the article is about (a week's report, a closure), not the article.
            if DateRange.isEnd(of: mention, in: text) { continue }
            // A date in a link list ("07.11.2023 Ormalingen, Baselbiet" with the places linked)
            // counts when the links cannot hold it, or just below the headline (blogs link the
            // date to the post); elsewhere linked dates are teasers'.
            if outline.features[i].isLinkList, i <= anchor || i > anchor + t.linkedDateLineBlocksAfter,
               blocks[i].text.utf8.count - Int(blocks[i].linkBytes) < mention.text.utf8.count { continue }
            return Found(date: day.iso, isUpdate: mention.label == .updated, isPublication: mention.label == .published)
        }
        return nil
    }

    /// Whether a block between the headline and the text is the article's date line, which the
    /// body leaves out ("Donnerstag, 31. Mai 2012", "Publiziert: 03.04.2020, 12:35"): a day with
    /// at most `HTMLTunables.leadingDateLineMaxWords` words. Tighter than `dateLineMaxWords`,
    /// which only decides where a date is looked for: what this takes is cut from the body.
    static func isLeadingDateLine(_ text: String, words: Int, grammar: DateGrammar, _ t: HTMLTunables) -> Bool {
        words <= t.leadingDateLineMaxWords
            && DateParser.scan(text, grammar: grammar).mentions.contains { $0.day?.isWebEra == true }
    }

    /// Whether the page writes `day` in any block short enough to be read as a line (a date
    /// line, a byline, a caption, a comment's header). One scan of at most
    /// `DateParser.maxLineLength` bytes per block: linear in page size.
    static func shows(_ day: CalendarDate, _ outline: PageOutline, grammar pageGrammar: DateGrammar) -> Bool {
        var grammar = pageGrammar
        grammar.options.insert(.twoDigitYears)
        for block in outline.parsed.blocks where block.text.utf8.count <= DateParser.maxLineLength {
            if DateParser.scan(block.text, grammar: grammar).mentions.contains(where: { $0.day == day }) { return true }
        }
        return false
    }

    private static func firstDay(in text: Substring, grammar: DateGrammar, known: [CalendarDate]) -> DateMention? {
        guard let mention = DateParser.scan(text, grammar: grammar).mentions.first(where: { $0.day?.isWebEra == true }),
              let day = mention.day else { return nil }
        guard !known.isEmpty, !known.contains(day), text.contains("/") else { return mention }
        var swapped = grammar
        swapped.slashOrder = grammar.slashOrder == .monthFirst ? .dayFirst : .monthFirst
        let other = DateParser.scan(text, grammar: swapped).mentions.first { $0.day?.isWebEra == true }
        return other.flatMap { $0.day }.map(known.contains) == true ? other : mention
    }
}

/// A post's own footer sentence that dates it with the label after the date: WordPress themes'
/// "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 14:10 Uhr veröffentlicht und unter ...
/// abgelegt", "... wurde am 19. Mai 2010 um 23:03 Uhr gepostet". Read only when nothing else
/// dates the page (the sentence may sit in a teaser's footer, or in prose): it is the page's
/// own words, better than a date somewhere in its source. One tokenisation per block holding a
/// label word and one bounded window per label: linear in page size.
enum TrailingLabelDate {
    static func find(_ outline: PageOutline, grammar: DateGrammar) -> CalendarDate? {
        let t = outline.tunables
        for block in outline.parsed.blocks where DateLabelWords.mayHoldTrailingPublished(block.text) {
            let scalars = Array(block.text.unicodeScalars)
            for token in DateToken.tokenize(scalars) where token.kind == .word && DateLabelWords.isTrailingPublished(token.text) {
                let window = String(String.UnicodeScalarView(scalars[max(0, token.start - t.trailingLabelWindowCharacters)..<token.start]))
                let windowLength = window.unicodeScalars.count
                guard let mention = DateParser.scan(window, grammar: grammar).mentions.last(where: { $0.day?.isWebEra == true }),
                      windowLength - mention.end <= t.trailingLabelGapCharacters,
                      !DateRange.isEnd(of: mention, in: Substring(window)) else { continue }
                return mention.day
            }
        }
        return nil
    }
}

/// One end of a date range: "14. - 20. Januar 2022", "vom 24. April bis 2. Oktober 2017",
/// "2020/7/11-12", "12.01.2022 – 15.01.2022". The grammar reads each end as a day; the words
/// around it tell the range. A time ("14:30 - 20.01.2022", "20.01.2022 - 10.30 Uhr") or a count
/// after a date ("12. Januar 2022 - 3 Kommentare") is no range.
enum DateRange {
    static func isEnd(of mention: DateMention, in text: Substring) -> Bool {
        let tokens = DateToken.tokenize(text)
        guard let first = tokens.firstIndex(where: { $0.start >= mention.start }) else { return false }
        let last = tokens[first...].firstIndex { $0.start >= mention.end } ?? tokens.endIndex
        return startsBefore(tokens[..<first]) || continuesAfter(tokens[last...])
    }

    /// "... 14. -", "... 24. April bis", "... 2021 –": a connector after a day, a month or a year.
    private static func startsBefore(_ before: ArraySlice<DateToken>) -> Bool {
        var index = before.endIndex - 1
        guard index >= before.startIndex, isConnector(before[index]) else { return false }
        index -= 1
        if index >= before.startIndex, before[index].text == "." { index -= 1 }
        guard index >= before.startIndex else { return false }
        let token = before[index]
        if token.kind == .word { return CalendarWords.month(token.text) != nil }
        guard token.kind == .number else { return false }
        return index == before.startIndex || before[index - 1].text != ":"
    }

    /// "- 12､", "– 15.01.2022", "bis 3. Mai": a connector, then a day that is no time or count.
    private static func continuesAfter(_ after: ArraySlice<DateToken>) -> Bool {
        let index = after.startIndex
        guard index + 1 < after.endIndex, isConnector(after[index]), let day = after[index + 1].number,
              (1...31).contains(day) else { return false }
        guard index + 2 < after.endIndex else { return true }
        let next = after[index + 2]
        switch next.kind {
        case .word: return CalendarWords.month(next.text) != nil
        case .number: return false
        case .mark:
            guard next.text == "." else { return next.text != ":" }
            // "3. Mai", "15.01.2022", but not the dotted time "10.30 Uhr".
            guard index + 3 < after.endIndex else { return true }
            let following = after[index + 3]
            if following.kind == .word { return CalendarWords.month(following.text) != nil }
            return following.kind == .number && index + 4 < after.endIndex && after[index + 4].text == "."
        }
    }

    private static func isConnector(_ token: DateToken) -> Bool {
        switch token.kind {
        case .mark: return dashes.contains(token.text)
        case .word: return words.contains(token.text)
        case .number: return false
        }
    }

    private static let dashes: Set<String> = ["-", "–", "—"]
    private static let words: Set<String> = ["bis", "to", "until", "till", "through", "au", "al", "hasta", "tot"]
}
