import TextCore

/// What enrichment adds to an extracted article. Every field is documented in
/// docs/result-schema.md and, with the rules behind it, in docs/enrichment.md; offsets are in Unicode
/// scalars into `EnrichmentInput.body`.
public struct Enrichment: Sendable, Equatable, Codable {
    public var language: Language?
    public var entities: [Entity]
    public var countries: [Country]
    public var dates: [DateMention]
    public var quotes: [Quote]
    public var keyphrases: [Keyphrase]
    public var summary: String
    public var topics: [Topic]
    public var fingerprints: Fingerprints
    /// Quality flags found by enrichment (keyword stuffing, very short body, ...).
    public var flags: [Flag]
    public var readingTimeMinutes: Double

    public init(language: Language? = nil, entities: [Entity] = [], countries: [Country] = [],
                dates: [DateMention] = [], quotes: [Quote] = [], keyphrases: [Keyphrase] = [],
                summary: String = "", topics: [Topic] = [], fingerprints: Fingerprints,
                flags: [Flag] = [], readingTimeMinutes: Double = 0) {
        self.language = language
        self.entities = entities
        self.countries = countries
        self.dates = dates
        self.quotes = quotes
        self.keyphrases = keyphrases
        self.summary = summary
        self.topics = topics
        self.fingerprints = fingerprints
        self.flags = flags
        self.readingTimeMinutes = readingTimeMinutes
    }

    public struct Language: Sendable, Equatable, Codable {
        /// ISO 639-1, or "und" when unknown or mixed.
        public var code: String
        public var confidence: Double
        public init(code: String, confidence: Double) { self.code = code; self.confidence = confidence }
    }

    public enum EntityType: String, Sendable, Codable { case person, organization, location, other }

    public struct Entity: Sendable, Equatable, Codable {
        public var type: EntityType
        public var canonical: String
        public var role: String?
        public var count: Int
        public var spans: [[Int]]
        public init(type: EntityType, canonical: String, role: String? = nil, count: Int, spans: [[Int]]) {
            self.type = type; self.canonical = canonical; self.role = role; self.count = count; self.spans = spans
        }
    }

    public struct Country: Sendable, Equatable, Codable {
        /// ISO 3166-1 alpha-2.
        public var code: String
        public var name: String
        public var count: Int
        public init(code: String, name: String, count: Int) { self.code = code; self.name = name; self.count = count }
    }

    public enum QuoteKind: String, Sendable, Codable { case direct, reported }

    public struct Quote: Sendable, Equatable, Codable {
        public var speaker: String?
        public var text: String
        public var cue: String
        public var kind: QuoteKind
        public init(speaker: String?, text: String, cue: String, kind: QuoteKind) {
            self.speaker = speaker; self.text = text; self.cue = cue; self.kind = kind
        }
    }

    public struct Keyphrase: Sendable, Equatable, Codable {
        public var text: String
        public var score: Double
        public init(text: String, score: Double) { self.text = text; self.score = score }
    }

    public struct Topic: Sendable, Equatable, Codable {
        /// IPTC Media Topic code, e.g. "medtop:11000000".
        public var code: String
        public var label: String
        public var score: Double
        public init(code: String, label: String, score: Double) { self.code = code; self.label = label; self.score = score }
    }

    public struct Fingerprints: Sendable, Equatable, Codable {
        /// Hex SHA-256 of the normalised body.
        public var sha256: String
        /// 64-bit SimHash of the body's shingles, as a signed integer (fits PostgreSQL bigint).
        public var simhash: Int64
        public init(sha256: String, simhash: Int64) { self.sha256 = sha256; self.simhash = simhash }
    }
}

/// What goes into enrichment: the clean article only, never navigation or related teasers.
public struct EnrichmentInput: Sendable {
    public var title: String?
    public var body: String
    public var paragraphs: [String]
    /// Trusted publication date (YYYY-MM-DD or ISO 8601); relative dates resolve only against it.
    public var publishedAt: String?
    /// A language hint from markup (`<html lang>`), if any.
    public var languageHint: String?

    public init(title: String?, body: String, paragraphs: [String], publishedAt: String?, languageHint: String? = nil) {
        self.title = title; self.body = body; self.paragraphs = paragraphs
        self.publishedAt = publishedAt; self.languageHint = languageHint
    }
}

// MARK: Explicit nulls
// Every key of every enrichment object is always present: an absent optional is encoded as `null`,
// never left out (the synthesised encoders would omit it), so consumers can rely on the documented keys.

extension Enrichment {
    enum CodingKeys: String, CodingKey {
        case language, entities, countries, dates, quotes, keyphrases, summary, topics, fingerprints, flags, readingTimeMinutes
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(language, forKey: .language)
        try c.encode(entities, forKey: .entities)
        try c.encode(countries, forKey: .countries)
        try c.encode(dates, forKey: .dates)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(keyphrases, forKey: .keyphrases)
        try c.encode(summary, forKey: .summary)
        try c.encode(topics, forKey: .topics)
        try c.encode(fingerprints, forKey: .fingerprints)
        try c.encode(flags, forKey: .flags)
        try c.encode(readingTimeMinutes, forKey: .readingTimeMinutes)
    }
}

extension Enrichment.Entity {
    enum CodingKeys: String, CodingKey { case type, canonical, role, count, spans }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(canonical, forKey: .canonical)
        try c.encode(role, forKey: .role)
        try c.encode(count, forKey: .count)
        try c.encode(spans, forKey: .spans)
    }
}


extension Enrichment.Quote {
    enum CodingKeys: String, CodingKey { case speaker, text, cue, kind }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(text, forKey: .text)
        try c.encode(cue, forKey: .cue)
        try c.encode(kind, forKey: .kind)
    }
}

