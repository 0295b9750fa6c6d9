import TextCore

/// The structured result of extracting one raw page. Field names in JSON are snake_case and
/// documented in docs/result-schema.md; later stages (enrichment) add fields beside these.
public struct Article: Sendable, Equatable {
    /// Bumped whenever a field changes meaning or shape.
    public static let schemaVersion = 1

    public var format: InputFormat
    public var title: String?
    /// Paragraphs in reading order; headings and list items are paragraphs of their own.
    public var paragraphs: [String]
    /// Teasers of other articles found on the page (the "Related" / "More like this" block).
    public var related: [RelatedTeaser]
    /// The date the page shows as "today" (a site widget), never taken as the publication date.
    public var pageDate: String?
    /// Publication date (YYYY-MM-DD or full ISO 8601), nil when the page does not say.
    public var publishedAt: String?
    public var modifiedAt: String?
    public var authors: [String]
    public var siteName: String?
    public var canonicalURL: String?
    public var description: String?
    public var languageHint: String?
    public var tags: [String]
    public var imageURL: String?
    public var pageType: PageType
    /// Where each metadata field came from.
    public var sources: [ArticleField: FieldSource]
    public var flags: [Flag]

    public init(format: InputFormat, title: String? = nil, paragraphs: [String] = [],
                related: [RelatedTeaser] = [], pageDate: String? = nil, publishedAt: String? = nil,
                modifiedAt: String? = nil, authors: [String] = [], siteName: String? = nil,
                canonicalURL: String? = nil, description: String? = nil, languageHint: String? = nil,
                tags: [String] = [], imageURL: String? = nil, pageType: PageType = .article,
                sources: [ArticleField: FieldSource] = [:], flags: [Flag] = []) {
        self.format = format
        self.title = title
        self.paragraphs = paragraphs
        self.related = related
        self.pageDate = pageDate
        self.publishedAt = publishedAt
        self.modifiedAt = modifiedAt
        self.authors = authors
        self.siteName = siteName
        self.canonicalURL = canonicalURL
        self.description = description
        self.languageHint = languageHint
        self.tags = tags
        self.imageURL = imageURL
        self.pageType = pageType
        self.sources = sources
        self.flags = flags
    }

    /// Paragraphs joined by a blank line.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}

public struct RelatedTeaser: Sendable, Equatable, Codable {
    public var title: String
    public var snippet: String?
    public var url: String?
    public init(title: String, snippet: String? = nil, url: String? = nil) {
        self.title = title
        self.snippet = snippet
        self.url = url
    }

    private enum CodingKeys: String, CodingKey { case title, snippet, url }

    /// Explicit nulls: every key is always present (docs/result.schema.json); the synthesised
    /// encoder would leave a missing snippet or url out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(url, forKey: .url)
    }
}

/// The metadata fields `Article.sources` names, as the result's `sources` object keys them.
public enum ArticleField: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
    case title, authors, body, tags, description
    case publishedAt = "published_at", modifiedAt = "modified_at", pageDate = "page_date"
    case siteName = "site_name", canonicalURL = "canonical_url", imageURL = "image_url"
    /// The declared language (`language_hint` in the result).
    case language
}

public enum InputFormat: String, Sendable, Codable, CaseIterable {
    /// Detect from content (and a declared content type when there is one).
    case auto
    /// Plain-text dump of a whole page (innerText, copy-paste).
    case text
    case html
    /// Already-clean article body: no extraction, paragraphs split on blank lines.
    case body
}

public enum PageType: String, Sendable, Codable {
    case article, listing, product, forum, service, documentation, other
}
