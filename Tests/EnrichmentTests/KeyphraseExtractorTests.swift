import Testing
@testable import Enrichment

struct KeyphraseExtractorTests {
    let text = """
    Solar panels are cheaper than ever. Households install solar panels on roofs to cut energy bills. \
    The energy regulator says solar panels now supply a tenth of demand. Coal plants are closing early.
    """

    @Test func topPhraseIsTheSubject() {
        let k = KeyphraseExtractor().keyphrases(in: Document(text))
        #expect(k.prefix(3).contains { $0.text == "solar panels" })
        #expect(k.first?.score == 1)
        #expect(zip(k, k.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func noStopWordAtEdges() {
        for k in KeyphraseExtractor().keyphrases(in: Document(text)) {
            let words = k.text.split(separator: " ").map(String.init)
            #expect(!LanguageResources.english.keyphraseStopWords.contains(words.first!) && !LanguageResources.english.keyphraseStopWords.contains(words.last!))
        }
    }

    @Test func stuffedPhraseDoesNotOwnTheList() {
        let stuffing = "Best cheap flights to Paris today"
        let paragraphs = [
            "The museum reopened after a long renovation of its galleries.",
            "Curators restored paintings damaged by damp in the old wing.",
            "Visitors queued for hours to see the restored paintings again.",
            "The renovation cost more than planned, the museum director said.",
        ].map { "\($0) \(stuffing)." }
        let result = Enricher().enrich(.init(title: nil, body: paragraphs.joined(separator: "\n\n"), paragraphs: paragraphs, publishedAt: nil))
        let stuffedWords = Set(["best", "cheap", "flights", "paris", "today"])
        let top = result.keyphrases.prefix(3).map(\.text)
        #expect(top.filter { $0.split(separator: " ").allSatisfy { stuffedWords.contains(String($0)) } }.count <= 1)
        #expect(result.flags.contains { $0.kind == .keywordStuffing })
    }
}

struct KeyphraseNameTests {
    @Test func phrasesDoNotCutThroughNames() {
        let text = "Minister of State Security Ri Chang Dae flew to Moscow. Ri Chang Dae met officials in Moscow. Later Ri Chang Dae left Moscow."
        let result = Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil))
        for k in result.keyphrases {
            #expect(!["security ri chang", "chang dae", "ri chang", "security ri"].contains(k.text))
        }
    }
}
