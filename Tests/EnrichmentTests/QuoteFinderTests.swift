import Testing
@testable import Enrichment

struct QuoteFinderTests {
    func quotes(_ text: String) -> [Enrichment.Quote] {
        Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil)).quotes
    }

    @Test func directQuoteWithSpeakerAfter() {
        let q = quotes("“We will not back down from this fight,” Maria Lopez said on Friday.")
        #expect(q.first?.kind == .direct)
        #expect(q.first?.speaker == "Maria Lopez")
        #expect(q.first?.text == "We will not back down from this fight")
    }

    @Test func reportedSpeechAcrossAppositive() {
        let q = quotes("Tom Hale, a senior analyst at Acme Institute, said that prices would rise sharply this year.")
        #expect(q.first?.kind == .reported)
        #expect(q.first?.speaker == "Tom Hale")
        #expect(q.first?.text == "prices would rise sharply this year")
    }

    @Test func accordingTo() {
        let q = quotes("Exports fell by a third last year, according to the World Bank.")
        #expect(q.first?.cue == "according to")
        #expect(q.first?.speaker == "World Bank")
    }
}

struct QuoteFilterTests {
    func quotes(_ text: String) -> [Enrichment.Quote] {
        Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil)).quotes
    }

    @Test func titlesInQuotesAreNoSpeech() {
        #expect(quotes("The panel was called “Nutritional Priorities for Obesity Care” this year.").isEmpty)
    }

    /// German "laut" is also the adverb "loudly": "dein inneres Team dir laut zujubelt" gave the speaker
    /// "zujubelt". Where every noun is capitalised, an unnamed source needs a capitalised word.
    @Test func germanAdverbLautIsNoAttribution() {
        let text = "Stell dir bei jedem bewussten Nein in Zukunft vor, wie dein inneres Team dir laut zujubelt. Die Zahl der Unfälle ist im vergangenen Jahr deutlich gestiegen, laut der Polizei."
        let q = Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil, languageHint: "de")).quotes
        #expect(q.map(\.speaker) == ["der Polizei"])
    }

    /// "selon lui" named no source: an unnamed source of function words alone is none.
    @Test func pronounAloneIsNoSource() {
        let text = "Les prix de l'énergie vont encore augmenter fortement cette année, selon lui."
        let q = Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil, languageHint: "fr")).quotes
        #expect(q.isEmpty)
    }

    /// "en début d'après-midi" gave a quote with the cue "d'après" and the speaker "-midi" (radio.cz).
    @Test func cueInsideAHyphenatedWordIsNoCue() {
        let text = "Le ministre a rejeté cette éventualité en début d'après-midi, lors d'une conférence de presse au gouvernement."
        let q = Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil, languageHint: "fr")).quotes
        #expect(q.isEmpty)
    }

    @Test func longUnnamedSourceIsNoSpeaker() {
        #expect(quotes("Sales rose by a third, according to data from over 66,000 responses in the annual survey of buyers.").isEmpty)
    }
}

struct PronounSpeakerTests {
    @Test func sheRefersToTheLastNamedPerson() {
        let text = "Keri Gans runs a clinic in Boston. “Protein remains a priority for most of my clients,” she says."
        let q = Enricher().enrich(.init(title: nil, body: text, paragraphs: [text], publishedAt: nil)).quotes
        #expect(q.first?.speaker == "Keri Gans")
        #expect(q.first?.cue == "says")
    }
}

struct StrayQuoteMarkTests {
    /// Unclosed marks must neither produce quotes nor make the search quadratic.
    @Test func strayOpeningMarksYieldNothing() {
        let body = String(repeating: "He said “ and then ", count: 3000)
        let q = QuoteFinder().quotes(in: Document(body), speakers: [:])
        #expect(q.isEmpty)
    }
}
