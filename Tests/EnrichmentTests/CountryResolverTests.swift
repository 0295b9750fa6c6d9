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
}
