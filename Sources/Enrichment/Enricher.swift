/// Placeholder until the enrichers land: word-based reading time only.
public struct Enricher: Sendable {
    public init() {}

    public func enrich(_ input: EnrichmentInput) -> Enrichment {
        let words = input.body.split(whereSeparator: { $0.isWhitespace }).count
        return Enrichment(fingerprints: .init(sha256: "", simhash: 0),
                          readingTimeMinutes: Double(words) / 230)
    }
}
