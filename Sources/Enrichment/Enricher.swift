/// Runs every enrichment over one clean article. Stateless and thread-safe; shared data loads once.
public struct Enricher: Sendable {
    /// Words per minute of an adult reading news prose.
    static let wordsPerMinute = 230.0

    public init() {}

    public func enrich(_ input: EnrichmentInput) -> Enrichment {
        let doc = Document(input.body)
        let mentions = EntityRecognizer().mentions(in: doc)
        let entities = CoreferenceResolver().entities(from: mentions, in: doc)
        let repetition = RepetitionDetector().repetition(in: doc)
        // Repeats of a stuffed phrase (all but the first) weigh nothing in keyphrases and topics.
        let masked = Set(repetition?.occurrences.dropFirst().flatMap { $0 } ?? [])
        let stuffedSentences = Set(doc.sentences.indices.filter { s in
            repetition?.occurrences.contains { $0.overlaps(doc.sentences[s].tokens) } ?? false
        })
        let keyphrases = KeyphraseExtractor().keyphrases(in: doc, masked: masked, names: mentions.map(\.tokens))
        let words = doc.tokens.count { $0.isWord }
        return Enrichment(
            language: LanguageIdentifier().identify(input.body, hint: input.languageHint),
            entities: entities,
            countries: CountryResolver().countries(in: doc),
            dates: DateExpressionFinder().dates(in: doc, publishedAt: input.publishedAt, excluding: tokenIndices(of: entities, in: doc, type: .person)),
            quotes: QuoteFinder().quotes(in: doc, speakers: speakers(entities, doc),
                                         people: Set(entities.filter { $0.type == .person }.map(\.canonical))),
            keyphrases: keyphrases,
            summary: Summarizer().summary(of: doc, keyphrases: keyphrases, excluding: stuffedSentences),
            topics: TopicClassifier().topics(of: doc, masked: masked),
            fingerprints: Fingerprinter().fingerprints(of: doc),
            flags: QualityFlagger().flags(doc: doc, paragraphs: input.paragraphs, repetition: repetition),
            readingTimeMinutes: (Double(words) / Self.wordsPerMinute * 10).rounded() / 10)
    }

    /// Token indices covered by the spans of entities of one type.
    private func tokenIndices(of entities: [Enrichment.Entity], in doc: Document, type: Enrichment.EntityType) -> Set<Int> {
        Set(speakerTokens(entities.filter { $0.type == type }, doc).keys)
    }

    /// People and organisations can speak: token index -> canonical name.
    private func speakers(_ entities: [Enrichment.Entity], _ doc: Document) -> [Int: String] {
        speakerTokens(entities.filter { $0.type == .person || $0.type == .organization }, doc)
    }

    private func speakerTokens(_ entities: [Enrichment.Entity], _ doc: Document) -> [Int: String] {
        var starts: [Int: Int] = [:]
        for (i, t) in doc.tokens.enumerated() { starts[t.start] = i }
        var result: [Int: String] = [:]
        for e in entities {
            for span in e.spans {
                guard var i = starts[span[0]] else { continue }
                while i < doc.tokens.count, doc.tokens[i].end <= span[1] { result[i] = e.canonical; i += 1 }
            }
        }
        return result
    }
}
