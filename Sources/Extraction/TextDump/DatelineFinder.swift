import TextCore

/// Dates near the headline: the publication date (a labelled "Published ..." wins over a bare
/// date), the update date, and the site's "today" widget, a bare date on the very first line
/// above the headline, which says when the page was fetched, not when the article appeared
/// (unless the headline follows right under it: `DumpTunables.firstLineDateHeadlineReach`).
enum DatelineFinder {
    struct Datelines {
        var pageDate: CalendarDate?
        var published: CalendarDate?
        var modified: CalendarDate?
        /// Lines that only carry dates (or an empty "Date:" slot): not body text.
        var lines: Set<Int> = []
        /// The page has a date slot and left it empty.
        var sawEmptyLabel = false
    }

    /// Date lines hold `DumpTunables.maxDatelineWords` words at most.
    static func find(_ lines: DumpLineList, window: Range<Int>, headline: Int?, reference: CalendarDate?,
                     grammar: DateGrammar = .datelines, _ t: DumpTunables = DumpTunables()) -> Datelines {
        var found = Datelines()
        if let first = lines.first, headline.map({ $0 > 0 }) ?? true {
            let scan = DateParser.scan(first.text, reference: reference, grammar: grammar)
            if scan.isBare, let date = scan.mentions.first?.day {
                found.pageDate = date
                found.lines.insert(0)
            }
        }
        var unlabelled: CalendarDate?
        var pendingLabel: (label: DateMention.Label, line: Int)?
        for index in window where index > 0 || found.pageDate == nil {
            let line = lines[index]
            guard line.words <= t.maxDatelineWords else { continue }
            var scan = DateParser.scan(line.text, reference: reference, grammar: grammar)
            if let label = scan.emptyLabel {
                found.lines.insert(index)
                pendingLabel = (label, index)
                continue
            }
            // "Last updated:" on one line, the date on the next.
            if let pending = pendingLabel, pending.line == index - 1, scan.isBare {
                for mention in scan.mentions.indices where scan.mentions[mention].label == .unlabelled {
                    scan.mentions[mention].label = pending.label
                }
            } else if pendingLabel?.label == .published {
                found.sawEmptyLabel = true
            }
            pendingLabel = nil
            guard !scan.mentions.isEmpty else { continue }
            let labelled = scan.mentions.contains { $0.label != .unlabelled }
            if scan.isBare || labelled { found.lines.insert(index) }
            for mention in scan.mentions {
                guard let date = mention.day else { continue }
                switch mention.label {
                case .published where found.published == nil:
                    found.published = date
                case .updated where found.modified == nil:
                    found.modified = date
                case .unlabelled where unlabelled == nil:
                    unlabelled = date
                default:
                    // A second bare date on a "Posted on" line is the update ("June 29, 2020 November 12, 2021").
                    if found.published != nil, found.modified == nil, date > (found.published ?? date) {
                        found.modified = date
                    }
                }
            }
        }
        if pendingLabel?.label == .published { found.sawEmptyLabel = true }
        if found.published == nil, let unlabelled, !found.sawEmptyLabel {
            found.published = unlabelled
        }
        // A first-line date right above the headline is the article's own date line.
        if found.published == nil, !found.sawEmptyLabel, let pageDate = found.pageDate, let headline,
           headline <= t.firstLineDateHeadlineReach {
            found.published = pageDate
        }
        return found
    }

    /// Last resort: a labelled "Published/Posted ..." line (or, with `label` `.updated`, an
    /// "Updated ..." line) anywhere in the first lines of the page.
    static func labelledAnywhere(_ lines: DumpLineList, limit: Int, reference: CalendarDate?, label: DateMention.Label = .published,
                                 grammar: DateGrammar = .datelines, _ t: DumpTunables = DumpTunables()) -> CalendarDate? {
        for line in lines.prefix(limit) where line.words <= t.maxDatelineWords && line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            && (label == .updated ? DateLabelWords.mayHoldUpdatedLabel(line.text) : DateLabelWords.mayHoldPublishedLabel(line.text)) {
            let mention = DateParser.scan(line.text, reference: reference, grammar: grammar).mentions.first { $0.label == label }
            if let day = mention?.day { return day }
        }
        return nil
    }

    /// The date grammar with the dump's day/month order (`DateOrder`): its own unambiguous
    /// slashed dates, else the order of its written-out dates ("3 October 2023" day first), in
    /// its first `DumpTunables.dateOrderLines` short lines with a digit. A dump has no locale;
    /// the source URL's country-code domain decides before the written-out dates.
    static func grammar(_ lines: DumpLineList, sourceURL: String?, _ t: DumpTunables) -> DateGrammar {
        var texts: [String] = []
        for line in lines where line.words <= t.maxDatelineWords && line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            texts.append(String(line.text))
            if texts.count >= t.dateOrderLines { break }
        }
        var grammar = DateGrammar.datelines
        grammar.slashOrder = DateOrder.slashOrder(pageDates: texts.filter { $0.contains("/") }, locales: [],
                                                  host: sourceURL.flatMap(URLHost.of), writtenDates: texts)
        return grammar
    }
}
