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
}
