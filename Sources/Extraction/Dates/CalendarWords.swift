/// Month and weekday names the date parser understands: English first (the main corpus),
/// plus German, French and Spanish, the other languages of the pages we see most. Month names
/// also come in Italian and Dutch, which page metadata and datelines use often enough.
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
            ["january", "jan", "januar", "jänner", "janvier", "enero", "ene", "gennaio", "januari"],
            ["february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "februari"],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "maart"],
            ["april", "apr", "avril", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mei"],
            ["june", "jun", "juni", "juin", "junio", "giugno"],
            ["july", "jul", "juli", "juillet", "julio", "luglio"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dic", "dicembre"],
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
