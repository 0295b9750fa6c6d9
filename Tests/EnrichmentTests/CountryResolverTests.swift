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
}
