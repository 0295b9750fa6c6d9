import Testing
@testable import TextCore

/// The grammar both pipelines read dates with: datelines (days, every language) and prose
/// (partial dates, spans, weekdays, periods, capitalised names).
@Suite struct DateGrammarTests {
    func prose(_ text: String, anchor: String?) -> [DateMention] {
        DateGrammar.prose.mentions(in: Array(text.unicodeScalars), anchor: anchor.flatMap(CalendarDate.init(iso:)),
                                   unresolvedReason: "no anchor")
    }

    @Test func proseReadsSpansAndRelativeDates() {
        // 2025-07-01 was a Tuesday.
        let found = prose("On Monday, in May and in 2019, last week and July 4 and 3 hours ago.", anchor: "2025-07-01")
        #expect(found.map(\.text) == ["Monday", "May", "2019", "last week", "July 4", "3 hours ago"])
        #expect(found.map(\.resolved) == ["2025-06-30", "2025-05-01/2025-05-31", "2019-01-01/2019-12-31",
                                          "2025-06-23/2025-06-29", "2025-07-04", "2025-07-01"])
    }

    @Test func proseWithoutAnchorSaysWhy() {
        let found = prose("It happened yesterday, not on 2 March 2024.", anchor: nil)
        #expect(found.map(\.resolved) == [nil, "2024-03-02"])
        #expect(found.first?.reason == "no anchor")
    }

    @Test func proseNeedsCapitalisedNames() {
        #expect(prose("you may go on march 3 2025", anchor: "2025-07-01").isEmpty)
    }

    @Test func datelinesReadDaysOnly() {
        #expect(DateParser.scan("July 2025").mentions.isEmpty)
        #expect(DateParser.scan("last week").mentions.isEmpty)
        #expect(DateParser.firstDate(in: "may 5, 2025")?.iso == "2025-05-05")
    }

    @Test(arguments: [
        ("5 de maio de 2025", "2025-05-05"),   // Portuguese
        ("Montag, 5. Mai 2025", "2025-05-05"), // German
        ("5 mei 2025", "2025-05-05"),          // Dutch
        ("lunedì 5 maggio 2025", "2025-05-05"), // Italian
        ("5 juillet 2025", "2025-07-05"),      // French
        ("5 julio 2025", "2025-07-05"),        // Spanish
    ])
    func datelinesReadEveryLanguage(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.iso == iso)
    }

    /// `match` tries the patterns only at a number or an opening word: every kind of first word still
    /// opens its date (abbreviations, spellings, relative days, two-part words, periods, number words).
    @Test(arguments: [
        ("Sept. 5, 2025", "2025-09-05"), ("Jänner 5, 2025", "2025-01-05"), ("févr 5 2025", "2025-02-05"),
        ("setiembre 5 2025", "2025-09-05"), ("mrt 5 2025", "2025-03-05"),
    ])
    func everyOpeningWordStartsADateline(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.iso == iso)
    }

    @Test func everyOpeningWordStartsProse() {
        let found = prose("Thursday, yesterday, this month, two weeks ago, an hour ago and Mar 3, 2025.", anchor: "2025-07-01")
        #expect(found.map(\.text) == ["Thursday", "yesterday", "this month", "two weeks ago", "an hour ago", "Mar 3, 2025"])
        let french = DateGrammar(languages: [.french], options: [.partialDates, .weekdays, .periods])
        let elided = french.mentions(in: Array("avant-hier, après-demain et aujourd'hui".unicodeScalars),
                                     anchor: CalendarDate(iso: "2025-07-01"), unresolvedReason: "")
        #expect(elided.map(\.resolved) == ["2025-06-29", "2025-07-03", "2025-07-01"])
    }

    @Test func slashOrderFollowsTheGrammar() {
        let dayFirst = DateGrammar(languages: CalendarLanguage.all, options: [], slashOrder: .dayFirst)
        #expect(DateParser.firstDate(in: "02/10/2020")?.iso == "2020-02-10")
        #expect(DateParser.firstDate(in: "02/10/2020", grammar: dayFirst)?.iso == "2020-10-02")
        // A first part over 12 can only be the day, whatever the order.
        #expect(DateParser.firstDate(in: "25/12/2024")?.iso == "2024-12-25")
        #expect(DateParser.firstDate(in: "12/25/2024", grammar: dayFirst)?.iso == "2024-12-25")
    }

    @Test func twoDigitYearsOnlyWhenAsked() {
        var grammar = DateGrammar.datelines
        #expect(DateParser.firstDate(in: "31.10.23") == nil)
        grammar.options.insert(.twoDigitYears)
        #expect(DateParser.firstDate(in: "Von: Björn Jahner | 31.10.23", grammar: grammar)?.iso == "2023-10-31")
        #expect(DateParser.firstDate(in: "26.10.99 rebellisch", grammar: grammar)?.iso == "1999-10-26")
        #expect(DateParser.firstDate(in: "31.10.2023", grammar: grammar)?.iso == "2023-10-31")
        // A version number, a slashed or dashed pair: not dates.
        #expect(DateParser.firstDate(in: "Version 1.10.23.4", grammar: grammar) == nil)
        #expect(DateParser.firstDate(in: "10/12/23", grammar: grammar) == nil)
        #expect(DateParser.firstDate(in: "10-12-23", grammar: grammar) == nil)
    }

    @Test(arguments: [
        ("2020年07月03日 | 徒歩", "2020-07-03"),       // Japanese
        ("1975年1月28日出生于新加坡", "1975-01-28"),     // Chinese: the day's mark runs into the next word
        ("2020년 7월 3일 오후", "2020-07-03"),          // Korean
    ])
    func cjkDates(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.iso == iso)
    }

    @Test(arguments: [
        ("15 августа 2016, 13:43", "2016-08-15"),     // Russian, genitive
        ("Опубликовано 3 Марта 2020", "2020-03-03"),  // Russian, capitalised
        ("29 листопада 2021 року", "2021-11-29"),     // Ukrainian
    ])
    func cyrillicMonthNames(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.iso == iso)
    }

    @Test func calendarWordsAreKeptPerLanguage() {
        #expect(CalendarWords.month("mai", in: [.english]) == nil)
        #expect(CalendarWords.month("mai", in: [.german]) == 5)
        #expect(CalendarWords.month("sept.") == 9)
        #expect(CalendarWords.weekday("sun", in: [.english], abbreviated: false) == nil)
        #expect(CalendarWords.weekday("donnerstag") == 5)
        #expect(CalendarLanguage(tag: "pt-BR") == .portuguese)
    }

    @Test func mentionsKeepTheirJSONShape() throws {
        let mention = DateMention(text: "May", start: 3, end: 6, value: .span(CalendarDate(year: 2025, month: 5, day: 1)!,
                                                                           CalendarDate(year: 2025, month: 5, day: 31)!))
        #expect(DateValue(iso: mention.resolved ?? "") == mention.value)
    }
}
