/// Month and weekday names the date parser understands: English first (the main corpus),
/// plus German, French and Spanish, the other languages of the pages we see most.
enum CalendarWords {
    static func month(_ word: String) -> Int? {
        let key = word.hasSuffix(".") ? String(word.dropLast()) : word
        return months[key]
    }

    static func isWeekday(_ word: String) -> Bool { weekdays.contains(word) }

    /// Words that may sit beside a date in a line that is "only a date": times, zones, fillers.
    static func isDateFiller(_ word: String) -> Bool { fillers.contains(word) || isWeekday(word) }

    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "enero", "ene"],
            ["february", "feb", "februar", "février", "fevrier", "febrero"],
            ["march", "mar", "märz", "maerz", "mars", "marzo"],
            ["april", "apr", "avril", "abril", "abr"],
            ["may", "mai", "mayo"],
            ["june", "jun", "juni", "juin", "junio"],
            ["july", "jul", "juli", "juillet", "julio"],
            ["august", "aug", "août", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dic"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() {
            for name in group { table[name] = index + 1 }
        }
        return table
    }()

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    ]

    private static let fillers: Set<String> = [
        "am", "pm", "a", "p", "m", "at", "on", "of", "the", "st", "nd", "rd", "th", "de", "del", "um", "uhr",
        "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "bst", "cet", "cest",
        "ist", "aest", "z", "t", "h",
    ]
}
