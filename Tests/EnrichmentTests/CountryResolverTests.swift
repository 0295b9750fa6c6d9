import Testing
@testable import Enrichment

struct CountryResolverTests {
    func countries(_ text: String) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: CountryResolver().countries(in: Document(text)).map { ($0.code, $0.count) })
    }

    @Test func namesCapitalsAndDemonyms() {
        let c = countries("The DPRK sent North Korean envoys from Pyongyang to Moscow, where Russian officials met an Uzbek delegation and talked about Kyiv.")
        #expect(c == ["KP": 3, "RU": 2, "UZ": 1, "UA": 1])
    }

    @Test func longestMatchWins() {
        #expect(countries("South Korean exports rose.") == ["KR": 1])
    }

    @Test func ordinaryCitiesDoNotCount() {
        #expect(countries("Rain fell on Vladivostok.").isEmpty)
    }

    /// A paragraph in an unsupported language counted its country names although every other
    /// language-dependent enrichment skips it.
    @Test func paragraphsInUnsupportedLanguagesCountNothing() {
        let text = "Die Gespräche zwischen Deutschland und Frankreich gehen weiter.\n\nRussia France Ukraine Russia."
        let doc = Document(text, language: LanguageResources.forLanguage("de")) { scalars in
            String(String.UnicodeScalarView(scalars)).hasPrefix("Russia") ? .some(nil) : .none
        }
        let c = Dictionary(uniqueKeysWithValues: CountryResolver().countries(in: doc).map { ($0.code, $0.count) })
        #expect(c == ["DE": 1, "FR": 1])
    }

    /// "Dominique" is French for Dominica: the toxicologist "Dominique Parent-Massin" counted as DM.
    @Test func countryNamesInsidePersonNamesCountNothing() {
        let text = "« Le danger est une propriété », précise la toxicologue Dominique Parent-Massin, dans une note publiée en France."
        let r = Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil, languageHint: "fr"))
        #expect(r.entities.contains { $0.canonical == "Dominique Parent-Massin" && $0.type == .person })
        #expect(r.countries.map(\.code) == ["FR"])
    }

    /// "République tchèque" (radio.cz) counted nothing: only the short translated name ("Tchéquie") was
    /// shipped. iso-codes' translated official names now are too.
    @Test func translatedOfficialNamesCount() {
        let fr = "Le gouvernement de la République tchèque a annoncé de nouvelles mesures sanitaires vendredi."
        let r = Enricher().enrich(.init(title: nil, body: fr, paragraphs: [fr], publishedAt: nil, languageHint: "fr"))
        #expect(r.countries.map(\.code) == ["CZ"])
        let de = "Die Regierung der Tschechischen Republik und die Bundesrepublik Deutschland verhandeln weiter."
        #expect(Set(Enricher().enrich(.init(title: nil, body: de, paragraphs: [de], publishedAt: nil, languageHint: "de")).countries.map(\.code)).contains("DE"))
    }

    func countries(_ text: String, language: String) -> [String: Int] {
        let r = Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil, languageHint: language))
        return Dictionary(uniqueKeysWithValues: r.countries.map { ($0.code, $0.count) })
    }

    /// "Rusia", "Russland", "Corea del Norte" counted nothing: iso-codes translates only Russia's official
    /// name ("Federación Rusa"), and news uses the everyday one. CLDR's short names ship now.
    @Test func everydayNamesCountInEachLanguage() {
        #expect(countries("Rusia y Corea del Norte firmaron ayer un acuerdo de cooperación militar en Moscú.", language: "es") == ["RU": 1, "KP": 1])
        #expect(countries("Russland und Nordkorea haben am Montag ein Abkommen unterzeichnet.", language: "de") == ["RU": 1, "KP": 1])
        #expect(countries("La Russie et la Corée du Nord ont signé lundi un accord de coopération.", language: "fr") == ["RU": 1, "KP": 1])
        #expect(countries("A Rússia e a Coreia do Norte assinaram um acordo de cooperação militar.", language: "pt") == ["RU": 1, "KP": 1])
        #expect(countries("Rusland en Noord-Korea hebben maandag een akkoord over militaire samenwerking getekend.", language: "nl") == ["RU": 1, "KP": 1])
        #expect(countries("La Russia e la Corea del Nord hanno firmato lunedì un accordo di cooperazione militare.", language: "it") == ["RU": 1, "KP": 1])
    }

    /// A Portuguese article about the Brazilian city of Salvador counted El Salvador: "Salvador" is the
    /// country's French name. Another language's name counts only in that language.
    @Test func anotherLanguagesNameCountsOnlyInThatLanguage() {
        #expect(countries("A polícia prendeu o suspeito em Salvador, na Bahia, nesta terça-feira.", language: "pt").isEmpty)
        #expect(countries("Le président du Salvador a annoncé mardi de nouvelles mesures contre les gangs.", language: "fr") == ["SV": 1])
        #expect(countries("Der Präsident von Rusia sprach am Montag in Hamburg vor Journalisten.", language: "de").isEmpty)
    }
}
