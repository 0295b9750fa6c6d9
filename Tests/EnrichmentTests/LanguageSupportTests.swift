import Foundation
import Testing
import TextCore
@testable import Enrichment

/// Languages gate enrichment: supported languages get their own resources, others get nothing but a flag.
struct LanguageSupportTests {
    func enrich(_ body: String, publishedAt: String? = "2025-03-05") -> Enrichment {
        Enricher().enrich(.init(title: nil, body: body, paragraphs: body.components(separatedBy: "\n\n"), publishedAt: publishedAt))
    }

    static let german = """
        von Daniela Obers

        So lernen wir Grenzen zu setzen. Unsere Grenzen sind wichtig, sagte Bundeskanzlerin Angela Merkel am \
        Montag in Berlin. „Wir müssen die Natur der Grenze verstehen“, erklärte Herr Schmidt vom \
        Bundesministerium für Gesundheit. Damit verläuft der Bereich der Grenzen anders, und der Bedarf wächst.
        """

    static let french = """
        Par Jean Dupont

        Le président Emmanuel Macron a déclaré mardi à Paris que la France devait agir vite contre la crise. \
        « Nous devons protéger nos frontières et nos emplois », a déclaré M. Dupont, ministre de l’Intérieur. \
        Selon l’AFP, le gouvernement prépare une réforme des retraites pour le mois de janvier.
        """

    @Test func unsupportedLanguageGetsOnlyFlags() {
        let r = enrich("Президент Владимир Путин заявил в Москве, что переговоры с Киевом продолжатся в следующем месяце, сообщает ТАСС.")
        #expect(r.language?.code == "ru")
        #expect(r.entities.isEmpty && r.countries.isEmpty && r.dates.isEmpty && r.quotes.isEmpty)
        #expect(r.keyphrases.isEmpty && r.summary.isEmpty && r.topics.isEmpty)
        let details = r.flags.filter { $0.kind == .unsupportedLanguage }.compactMap(\.detail)
        #expect(details == Enricher.supportedLanguages.map { "\($0.field): ru" })
    }

    @Test func germanCommonNounsAreNoNames() {
        let r = enrich(Self.german)
        #expect(r.language?.code == "de")
        let names = Set(r.entities.map(\.canonical))
        for noun in ["Grenzen", "Unsere Grenzen", "Natur der Grenze", "Grenze", "Bereich", "Bedarf", "Damit", "Wir"] {
            #expect(!names.contains(noun), "\(noun)")
        }
        #expect(r.entities.first { $0.canonical == "Angela Merkel" }?.type == .person)
        #expect(r.entities.first { $0.canonical == "Berlin" }?.type == .location)
        #expect(r.entities.first { $0.canonical == "Bundesministerium für Gesundheit" }?.type == .organization)
        #expect(r.quotes.first?.speaker == "Schmidt")
        #expect(!r.summary.contains("Obers"))
        #expect(!r.keyphrases.contains { $0.text.contains("obers") })
    }

    @Test(arguments: [german, french])
    func keyphrasesNeitherStartNorEndWithAStopWord(body: String) throws {
        let r = enrich(body)
        let lang = try #require(r.language.flatMap { LanguageResources.forLanguage($0.code) })
        #expect(!r.keyphrases.isEmpty)
        for k in r.keyphrases {
            let words = k.text.split(separator: " ").map(String.init)
            #expect(!lang.keyphraseStopWords.contains(words[0]) && !lang.keyphraseStopWords.contains(words[words.count - 1]), "\(k.text)")
        }
    }

    @Test func frenchTitlesQuotesAndDates() {
        let r = enrich(Self.french)
        #expect(r.language?.code == "fr")
        #expect(r.entities.first { $0.canonical == "Emmanuel Macron" }?.role == "président")
        #expect(r.entities.first { $0.canonical == "Dupont" }?.type == .person)
        let quote = r.quotes.first { $0.kind == .direct }
        #expect(quote?.speaker == "Dupont")
        #expect(quote?.cue == "déclaré")
        #expect(r.quotes.contains { $0.cue == "selon" && $0.speaker == "AFP" })
        #expect(r.dates.contains { $0.text == "mardi" && $0.resolved == "2025-03-04" })
        #expect(!r.summary.hasPrefix("Par"))
        #expect(r.topics.contains { $0.code == "medtop:11000000" })
    }

    @Test func paragraphInAnotherLanguageUsesItsOwnResources() {
        let english = "The minister said the talks in Berlin had been difficult, but that the negotiations would resume next week with new proposals from both sides. Officials expect the partners to agree on the budget before the summer holidays begin."
        let body = Self.german + "\n\n" + english
        let doc = Document(body, language: LanguageResources.forLanguage("de")) { scalars in
            Enricher.paragraphLanguage(scalars, article: "de", identifier: LanguageIdentifier())
        }
        #expect(doc.sentences.first?.language?.code == "de")
        #expect(doc.sentences.last?.language?.code == "en")
    }

    /// A German press release whose one long paragraph opened with an English photo caption ("From left
    /// to right: ..., Project Manager Concept Development, ...") was read as English from end to end, so
    /// its "Deutschland, Spanien, Brasilien" counted no country. Its middle decides with its opening.
    @Test func aLongParagraphOpeningInAnotherLanguageKeepsTheArticles() {
        let caption = "From left to right: Mathias Berger, Project Manager Concept Development, Jan Wenske, Deputy Director of the institute, Michael Franke, Vice President Global Engineering, and Andreas Reuter, Managing Director of the research centre. "
        let german = String(repeating: Self.german + " ", count: 3)
        let paragraph = caption + german + "Zum Verbund gehören Werke in Deutschland, Spanien, Brasilien und Indien."
        let scalars = Array(paragraph.unicodeScalars)[...]
        #expect(scalars.count >= EnrichmentTunables.paragraphLanguageSecondSampleScalars)
        let decided = Enricher.paragraphLanguage(scalars, article: "de", identifier: LanguageIdentifier(),
                                                 articleResources: LanguageResources.forLanguage("de"))
        #expect(decided == nil)  // `.none`: the article's language
        let r = Enricher().enrich(.init(title: nil, body: paragraph, paragraphs: [paragraph], publishedAt: nil, languageHint: "de"))
        #expect(Set(r.countries.map(\.code)).isSuperset(of: ["DE", "ES", "BR", "IN"]))
        // A long paragraph wholly in another language still gets its own.
        let english = String(repeating: "The minister said the talks in Berlin had been difficult, but that the negotiations would resume next week with new proposals from both sides. ", count: 10)
        let own = Enricher.paragraphLanguage(Array(english.unicodeScalars)[...], article: "de", identifier: LanguageIdentifier(),
                                             articleResources: LanguageResources.forLanguage("de"))
        #expect(own??.code == "en")
    }
}

/// Every key of every enrichment object is present, absent optionals as null.
struct ExplicitNullTests {
    static func keys(of value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any])
    }

    @Test func noKeyIsOmitted() throws {
        let entity = Enrichment.Entity(type: .other, canonical: "X", role: nil, count: 1, spans: [[0, 1]])
        #expect(Set(try Self.keys(of: entity).keys) == ["type", "canonical", "role", "count", "spans"])
        let quote = Enrichment.Quote(speaker: nil, text: "t", cue: "quote", kind: .direct)
        #expect(Set(try Self.keys(of: quote).keys) == ["speaker", "text", "cue", "kind"])
        let date = DateMention(text: "Tuesday", start: 0, end: 7, value: nil, reason: nil)
        #expect(Set(try Self.keys(of: date).keys) == ["text", "start", "end", "resolved", "reason"])
        let flag = Flag(.truncated)
        #expect(Set(try Self.keys(of: flag).keys) == ["kind", "detail"])
        let r = Enricher().enrich(.init(title: nil, body: "", paragraphs: [], publishedAt: nil))
        var withoutLanguage = r
        withoutLanguage.language = nil
        #expect(try Self.keys(of: withoutLanguage).keys.contains("language"))
        // Real outputs: an unresolved date and a quote without a speaker keep both keys.
        let real = Enricher().enrich(.init(title: nil, body: "On Tuesday “this will never happen again, not here and not now,” someone wrote.",
                                           paragraphs: [], publishedAt: nil))
        let json = String(decoding: try JSONEncoder().encode(real), as: UTF8.self)
        #expect(json.contains("\"reason\":\"no trusted publication date\""))
        #expect(json.contains("\"resolved\":null"))
        #expect(json.contains("\"speaker\":null"))
        #expect(json.contains("\"role\":null") || real.entities.isEmpty)
    }
}

/// Output lists are bounded whatever the body, and say so.
struct OutputBoundTests {
    @Test func manyNamesAreCappedAndFlagged() {
        // Thousands of distinct names and dates: far over every bound.
        var rng = SeededNames()
        let body = (0..<1500).map { i in "\(rng.name()) said that \(rng.name()) had visited Berlin on March \(i % 28 + 1), 2020, and the talks were over." }
            .joined(separator: " ")
        let r = Enricher().enrich(.init(title: nil, body: body, paragraphs: [body], publishedAt: "2025-07-01"))
        #expect(r.entities.count <= EnrichmentTunables.maxEntities)
        #expect(r.dates.count <= EnrichmentTunables.maxDates)
        #expect(r.entities.allSatisfy { $0.spans.count <= EnrichmentTunables.maxSpansPerEntity })
        #expect(r.entities.contains { $0.canonical == "Berlin" && $0.count == 1500 })
        let capped = r.flags.filter { $0.kind == .outputCapped }.compactMap(\.detail)
        #expect(capped.contains { $0.hasPrefix("entities: \(EnrichmentTunables.maxEntities) of ") })
        #expect(capped.contains { $0.hasPrefix("dates: \(EnrichmentTunables.maxDates) of ") })
    }

    /// Deterministic two-word names from syllables.
    struct SeededNames {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        static let syllables = ["ka", "lo", "mi", "ra", "ten", "vo", "su", "bel", "dor", "fi", "gan", "hu"]
        mutating func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        mutating func word() -> String {
            let w = (0..<3).map { _ in Self.syllables[next() % Self.syllables.count] }.joined()
            return w.prefix(1).uppercased() + w.dropFirst()
        }
        mutating func name() -> String { word() + " " + word() }
    }
}

/// Steps that used to scan the whole document once per sentence or per mention now index it.
struct LinearStepTests {
    @Test func sentenceIndexAndParagraphEnds() {
        let doc = Document("One two. Three four.\n\nFive six.")
        #expect(doc.sentences.count == 3)
        #expect(doc.paragraphEnds.count == 2)
        #expect(doc.paragraphEnds[0] == doc.sentences[1].tokens.upperBound)
        for (s, sentence) in doc.sentences.enumerated() {
            for i in sentence.tokens { #expect(doc.sentenceIndex(ofToken: i) == s) }
        }
        #expect(doc.sentenceIndex(ofToken: doc.tokens.count) == nil)
    }

    /// Scripts without capitals end sentences with their own full stops, or with a Latin one
    /// before a word no capital could start.
    @Test func sentencesEndAtTheFullStopsOfEveryScript() {
        #expect(Document("市政府昨天宣布新建学校。家长表示欢迎！费用由市里承担？").sentences.count == 3)
        #expect(Document("नगर निगम ने स्कूल बनाने की घोषणा की। अभिभावकों ने स्वागत किया।").sentences.count == 2)
        #expect(Document("أعلنت البلدية بناء مدارس جديدة. ورحب الأهالي بالقرار؟ نعم.").sentences.count == 3)
        #expect(Document("העירייה תבנה בתי ספר. ההורים בירכו.").sentences.count == 2)
        // Abbreviations still hold a Latin sentence together.
        #expect(Document("Dr. Smith arrived. He spoke.").sentences.count == 2)
    }

    @Test func lastBeforeIsABinarySearch() {
        #expect(CoreferenceResolver.lastBefore(5, in: [1, 3, 5, 7]) == 3)
        #expect(CoreferenceResolver.lastBefore(1, in: [1, 3]) == -1)
        #expect(CoreferenceResolver.lastBefore(9, in: []) == -1)
    }
}
