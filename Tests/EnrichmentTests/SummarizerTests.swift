import Testing
@testable import Enrichment

struct SummarizerTests {
    @Test func twoOrThreeSentencesWithoutDuplicates() {
        let body = """
        The city council approved a new budget for public transport on Tuesday evening.
        The budget adds forty electric buses and extends two tram lines to the northern districts.
        The budget adds forty electric buses and extends two tram lines to the northern districts.
        Critics said the plan ignores cyclists and pedestrians in the old town.
        Construction of the tram extension is expected to start next spring.
        """
        let r = Enricher().enrich(.init(title: nil, body: body, paragraphs: body.components(separatedBy: "\n"), publishedAt: nil))
        let sentences = r.summary.split(separator: ".").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect((2...3).contains(sentences.count))
        #expect(r.summary.components(separatedBy: "forty electric buses").count <= 2)
    }

    @Test func pronounOpenersAreLeftOut() {
        let body = """
        The city council approved a new budget for public transport on Tuesday evening.
        It adds forty electric buses and extends two tram lines to the northern districts.
        Critics said the plan ignores cyclists and pedestrians in the old town.
        """
        let r = Enricher().enrich(.init(title: nil, body: body, paragraphs: body.components(separatedBy: "\n"), publishedAt: nil))
        #expect(!r.summary.contains("It adds"))
        #expect(r.summary.hasPrefix("The city council"))
    }

    @Test func emptyBodyGivesEmptySummary() {
        #expect(Summarizer().summary(of: Document(""), keyphrases: [], excluding: []).isEmpty)
    }
}
