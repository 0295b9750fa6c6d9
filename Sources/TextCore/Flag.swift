/// A quality observation about an article, from extraction or enrichment: `kind` is stable and
/// typed, `detail` is for people. In JSON: `{"kind": "short_body", "detail": "..."}`.
public struct Flag: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The page gives no publication date (or only a page date).
        case missingPublicationDate = "missing_publication_date"
        /// No paragraph of running text was found.
        case noBody = "no_body"
        /// The body has fewer than `FlagThresholds.shortBodyWords` words.
        case shortBody = "short_body"
        /// The body stops mid-text: a cut-off dump, a trailing ellipsis, a last sentence without an end.
        case truncated = "truncated"
        /// Nesting or element limits cut the HTML walk short.
        case htmlTruncated = "html_truncated"
        /// One phrase of several words repeated across the body (SEO stuffing).
        case keywordStuffing = "keyword_stuffing"
        /// A line of page furniture (share, subscribe, cookie notice) is left in the body.
        case boilerplateLeft = "boilerplate_left"
        /// An enrichment abstained: the article's language is one it does not support ("entities: ru").
        case unsupportedLanguage = "unsupported_language"
        /// An output hit its size bound and was cut: the body of a huge page ("body: kept 1048576
        /// of 16000000 bytes") or an enrichment list ("entities: 200 of 1234").
        case outputCapped = "output_capped"
    }

    public var kind: Kind
    public var detail: String?

    public init(_ kind: Kind, _ detail: String? = nil) {
        self.kind = kind
        self.detail = detail
    }

    private enum CodingKeys: String, CodingKey { case kind, detail }

    /// Explicit null for a missing detail: every key is always present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(detail, forKey: .detail)
    }
}

/// The thresholds both pipelines flag by, so the same body gets the same flag from either.
public enum FlagThresholds {
    /// A news body under this many words is a brief, a stub or a failed extraction.
    public static let shortBodyWords = 100
}
