import Testing
@testable import Enrichment

struct TokenizerTests {
    @Test func numbersKeepSeparatorsAndPossessivesSplit() {
        let words = Tokenizer.tokens(of: Array("66,000 people in Russia’s U.S.-backed 3.5% plan.".unicodeScalars)).map(\.text)
        #expect(words == ["66,000", "people", "in", "Russia", "'s", "U.S.", "-", "backed", "3.5", "%", "plan", "."])
    }
}
