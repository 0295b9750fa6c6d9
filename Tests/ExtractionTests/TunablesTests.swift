import Testing
@testable import Extraction

@Suite struct TunablesTests {
    @Test func setsOneTunableByName() throws {
        var tunables = ExtractionTunables()
        try tunables.set("html.boilerplatePenalty=0.75")
        try tunables.set("dump.proseWords = 10")
        #expect(tunables.html.boilerplatePenalty == 0.75)
        #expect(tunables.dump.proseWords == 10)
        var expected = ExtractionTunables()
        expected.html.boilerplatePenalty = 0.75
        expected.dump.proseWords = 10
        #expect(tunables == expected)
    }

    @Test func refusesUnknownNamesAndFractionsForCounts() {
        var tunables = ExtractionTunables()
        #expect(throws: ExtractionTunables.UnknownTunable.self) { try tunables.set("html.noSuchThing=1") }
        #expect(throws: ExtractionTunables.UnknownTunable.self) { try tunables.set("dump.proseWords=1.5") }
        // A count below zero or past any page would size a range it cannot.
        #expect(throws: ExtractionTunables.UnknownTunable.self) { try tunables.set("html.authorLeadMaxWords=-3") }
        #expect(throws: ExtractionTunables.UnknownTunable.self) { try tunables.set("dump.headlineLabelSegmentsMax=1e300") }
        #expect(throws: ExtractionTunables.UnknownTunable.self) { try tunables.set("proseWords") }
        #expect(tunables == ExtractionTunables())
        #expect(ExtractionTunables.names.contains("html.minimumShareBeforeTail"))
    }

    /// A tunable reaches the heuristic it names: with a prose threshold above every line, a
    /// dump has no paragraphs left to be an article.
    @Test func tunablesReachTheHeuristics() throws {
        let dump = "A Headline About The Council\n\n" + (1...20).map { "In part \($0) the council met on Tuesday to discuss the budget again, officials said.\n\n" }.joined()
        var tunables = ExtractionTunables()
        let normal = try ArticleExtractor(tunables: tunables).extract(RawPage(text: dump, format: .text))
        #expect(normal.pageType == .article)
        try tunables.set("dump.proseWords=50")
        let strict = try? ArticleExtractor(tunables: tunables).extract(RawPage(text: dump, format: .text))
        #expect(strict?.pageType != .article)
    }
}
