/// Runs every enrichment over one clean article. Stateless and thread-safe; shared data loads once.
public struct Enricher: Sendable {
    /// Words per minute of an adult reading news prose.
    static let wordsPerMinute = 230.0

    public init() {}

    public func enrich(_ input: EnrichmentInput) -> Enrichment {
        let doc = Document(input.body)
        let mentions = EntityRecognizer().mentions(in: doc)
        let entities = CoreferenceResolver().entities(from: mentions, in: doc)
        let words = doc.tokens.count { $0.isWord }
        return Enrichment(
            entities: entities,
            countries: CountryResolver().countries(in: doc),
            fingerprints: Fingerprinter().fingerprints(of: doc),
            readingTimeMinutes: (Double(words) / Self.wordsPerMinute * 10).rounded() / 10)
    }
}
