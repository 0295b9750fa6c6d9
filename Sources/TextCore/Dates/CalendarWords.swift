/// The languages whose month and weekday names the date grammar knows: the languages of the
/// pages we see most (English, German, French, Spanish), plus Italian, Dutch and Portuguese,
/// which page metadata and datelines use often enough, and Russian and Ukrainian month names,
/// which datelines of news sites in those languages write ("15 августа 2016, 13:43").
public enum CalendarLanguage: String, Sendable, CaseIterable {
    case english = "en", german = "de", french = "fr", spanish = "es", italian = "it", dutch = "nl", portuguese = "pt"
    case russian = "ru", ukrainian = "uk"

    public static let all = Set(allCases)

    /// The language of a BCP 47 tag such as "de-AT" or "pt_BR", when it is one of these.
    public init?(tag: String) {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: primary)
    }
}

/// Month and weekday names per language, matched on lower-cased words. Full names and
/// abbreviations are kept apart: an abbreviation ("Sun", "Mar") is a date word only where a
/// date's shape follows it. Two-letter weekday abbreviations ("Mo", "Di", "Do") are left out:
/// they are common words in their own languages.
public enum CalendarWords {
    /// 1 = January ... 12 = December.
    public static func month(_ word: String, in languages: Set<CalendarLanguage> = CalendarLanguage.all,
                             abbreviated: Bool = true) -> Int? {
        let key = word.hasSuffix(".") ? String(word.dropLast()) : word
        if languages.count == CalendarLanguage.allCases.count && abbreviated { return allMonths[key] }
        return months[key]?.first { languages.contains($0.language) && (abbreviated || !$0.abbreviated) }?.value
    }

    /// 1 = Sunday ... 7 = Saturday, as `CalendarDate.weekday` counts.
    public static func weekday(_ word: String, in languages: Set<CalendarLanguage> = CalendarLanguage.all,
                               abbreviated: Bool = true) -> Int? {
        if languages.count == CalendarLanguage.allCases.count && abbreviated { return allWeekdays[word] }
        return weekdays[word]?.first { languages.contains($0.language) && (abbreviated || !$0.abbreviated) }?.value
    }

    public static func isWeekday(_ word: String) -> Bool { allWeekdays[word] != nil }

    /// Every month and weekday name and abbreviation of every language.
    static let names: Set<String> = Set(months.keys).union(weekdays.keys)

    /// Words that may sit beside a date in a line that is "only a date": times, zones, fillers.
    public static func isDateFiller(_ word: String) -> Bool { fillers.contains(word) || isWeekday(word) }

    private struct Entry {
        var language: CalendarLanguage
        var value: Int
        var abbreviated: Bool
    }

    /// Per language: names in calendar order (several spellings each), then abbreviations.
    private static let monthNames: [(CalendarLanguage, [[String]], [[String]])] = [
        (.english, [["january"], ["february"], ["march"], ["april"], ["may"], ["june"], ["july"], ["august"],
                    ["september"], ["october"], ["november"], ["december"]],
         [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["oct"], ["nov"], ["dec"]]),
        (.german, [["januar", "jänner"], ["februar"], ["märz", "maerz"], ["april"], ["mai"], ["juni"], ["juli"],
                   ["august"], ["september"], ["oktober"], ["november"], ["dezember"]],
         [["jan"], ["feb"], ["mär"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["okt"], ["nov"], ["dez"]]),
        (.french, [["janvier"], ["février", "fevrier"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"],
                   ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre"]],
         [["janv"], ["févr", "fevr"], [], ["avr"], [], [], ["juil"], [], ["sept"], ["oct"], ["nov"], ["déc", "dec"]]),
        (.spanish, [["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"],
                    ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre"]],
         [["ene"], ["feb"], ["mar"], ["abr"], [], ["jun"], ["jul"], ["ago"], ["sep", "sept"], ["oct"], ["nov"], ["dic"]]),
        (.italian, [["gennaio"], ["febbraio"], ["marzo"], ["aprile"], ["maggio"], ["giugno"], ["luglio"], ["agosto"],
                    ["settembre"], ["ottobre"], ["novembre"], ["dicembre"]],
         [["gen"], ["feb"], ["mar"], ["apr"], ["mag"], ["giu"], ["lug"], ["ago"], ["set"], ["ott"], ["nov"], ["dic"]]),
        (.dutch, [["januari"], ["februari"], ["maart"], ["april"], ["mei"], ["juni"], ["juli"], ["augustus"],
                  ["september"], ["oktober"], ["november"], ["december"]],
         [["jan"], ["feb"], ["mrt"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["okt"], ["nov"], ["dec"]]),
        (.portuguese, [["janeiro"], ["fevereiro"], ["março", "marco"], ["abril"], ["maio"], ["junho"], ["julho"],
                       ["agosto"], ["setembro"], ["outubro"], ["novembro"], ["dezembro"]],
         [["jan"], ["fev"], ["mar"], ["abr"], [], ["jun"], ["jul"], ["ago"], ["set"], ["out"], ["nov"], ["dez"]]),
        // Dates write the genitive ("15 августа"), headings the nominative ("Август 2016").
        // No abbreviations: "мар", "апр" and kin are too short to tell from other words.
        (.russian, [["января", "январь"], ["февраля", "февраль"], ["марта", "март"], ["апреля", "апрель"], ["мая", "май"],
                    ["июня", "июнь"], ["июля", "июль"], ["августа", "август"], ["сентября", "сентябрь"],
                    ["октября", "октябрь"], ["ноября", "ноябрь"], ["декабря", "декабрь"]], []),
        (.ukrainian, [["січня", "січень"], ["лютого", "лютий"], ["березня", "березень"], ["квітня", "квітень"],
                      ["травня", "травень"], ["червня", "червень"], ["липня", "липень"], ["серпня", "серпень"],
                      ["вересня", "вересень"], ["жовтня", "жовтень"], ["листопада", "листопад"], ["грудня", "грудень"]], []),
    ]

    /// Sunday first.
    private static let weekdayNames: [(CalendarLanguage, [[String]], [[String]])] = [
        (.english, [["sunday"], ["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"]],
         [["sun"], ["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"]]),
        (.german, [["sonntag"], ["montag"], ["dienstag"], ["mittwoch"], ["donnerstag"], ["freitag"], ["samstag", "sonnabend"]], []),
        (.french, [["dimanche"], ["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"]], []),
        (.spanish, [["domingo"], ["lunes"], ["martes"], ["miércoles", "miercoles"], ["jueves"], ["viernes"], ["sábado", "sabado"]], []),
        (.italian, [["domenica"], ["lunedì", "lunedi"], ["martedì", "martedi"], ["mercoledì", "mercoledi"],
                    ["giovedì", "giovedi"], ["venerdì", "venerdi"], ["sabato"]], []),
        (.dutch, [["zondag"], ["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"]], []),
        // "segunda-feira" is tokenised as "segunda", "-", "feira".
        (.portuguese, [["domingo"], ["segunda"], ["terça", "terca"], ["quarta"], ["quinta"], ["sexta"], ["sábado", "sabado"]], []),
    ]

    private static func table(_ names: [(CalendarLanguage, [[String]], [[String]])]) -> [String: [Entry]] {
        var table: [String: [Entry]] = [:]
        for (language, full, short) in names {
            for (index, spellings) in full.enumerated() {
                for word in spellings { table[word, default: []].append(Entry(language: language, value: index + 1, abbreviated: false)) }
            }
            for (index, spellings) in short.enumerated() {
                for word in spellings { table[word, default: []].append(Entry(language: language, value: index + 1, abbreviated: true)) }
            }
        }
        return table
    }

    private static let months = table(monthNames)
    private static let weekdays = table(weekdayNames)
    /// Every language, abbreviations included: the datelines' look-up, which runs most often.
    private static let allMonths = months.compactMapValues { $0.first?.value }
    private static let allWeekdays = weekdays.compactMapValues { $0.first?.value }

    private static let fillers: Set<String> = [
        "am", "pm", "a", "p", "m", "at", "on", "of", "the", "st", "nd", "rd", "th", "de", "del", "um", "uhr",
        "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "bst", "cet", "cest",
        "ist", "aest", "z", "t", "h", "feira",
    ]
}
