import Testing
@testable import Enrichment

struct RepetitionDetectorTests {
    @Test func repeatedNameIsNoStuffing() {
        let body = zip(["Analysts quoted", "Editors trusted", "Buyers ignored", "Critics doubted"], ["yesterday.", "twice.", "openly.", "again."])
            .map { "\($0) The Hydration And Wellness Preferences Survey \($1)" }.joined(separator: "\n\n")
        #expect(RepetitionDetector().repetition(in: Document(body)) == nil)
    }

    @Test func repeatedSentencePhraseIsStuffing() {
        let body = ["Markets fell sharply.", "Traders sold bonds.", "Banks raised rates.", "Prices climbed."]
            .map { "\($0) Cheap flights to sunny beaches are here." }.joined(separator: "\n\n")
        let r = RepetitionDetector().repetition(in: Document(body))
        #expect(r?.phrase == "Cheap flights to sunny beaches are here")
        #expect(r?.occurrences.count == 4)
    }
}
