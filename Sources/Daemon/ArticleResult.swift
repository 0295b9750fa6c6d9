import Enrichment
import Extraction
import Foundation
import Queue
import TextCore

/// One processed article as stored in `newsdesk.articles.result` and printed by
/// `newsdesk process`: extraction fields and enrichment fields side by side in one object.
public struct ArticleResult: Sendable, Encodable {
    public var article: Article
    /// nil when only extraction ran.
    public var enrichment: Enrichment?
    public var sourceURL: String?

    enum Key: String, CodingKey {
        case schemaVersion = "schema_version", format, sourceURL = "source_url", title, body, paragraphs,
             related, pageDate = "page_date", publishedAt = "published_at", modifiedAt = "modified_at",
             authors, siteName = "site_name", canonicalURL = "canonical_url", description,
             tags, imageURL = "image_url", languageHint = "language_hint", pageType = "page_type", sources, wordCount = "word_count",
             flags, language, entities, countries, dates, quotes, keyphrases, summary, topics,
             fingerprints, duplicateOf = "duplicate_of", readingTimeMinutes = "reading_time_minutes"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(Article.schemaVersion, forKey: .schemaVersion)
        try c.encode(article.format, forKey: .format)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.body, forKey: .body)
        try c.encode(article.paragraphs, forKey: .paragraphs)
        try c.encode(article.related, forKey: .related)
        try c.encode(article.pageDate, forKey: .pageDate)
        try c.encode(article.publishedAt, forKey: .publishedAt)
        try c.encode(article.modifiedAt, forKey: .modifiedAt)
        try c.encode(article.authors, forKey: .authors)
        try c.encode(article.siteName, forKey: .siteName)
        try c.encode(article.canonicalURL, forKey: .canonicalURL)
        try c.encode(article.description, forKey: .description)
        try c.encode(article.tags, forKey: .tags)
        try c.encode(article.imageURL, forKey: .imageURL)
        try c.encode(article.languageHint, forKey: .languageHint)
        try c.encode(article.pageType, forKey: .pageType)
        try c.encode(article.sources, forKey: .sources)
        try c.encode(article.wordCount, forKey: .wordCount)
        // Both stages flag short and truncated bodies by the same rule; extraction's word on a kind stands.
        let flags = article.flags + (enrichment?.flags ?? []).filter { flag in !article.flags.contains { $0.kind == flag.kind } }
        try c.encode(flags, forKey: .flags)
        guard let enrichment else { return }
        try c.encode(enrichment.language, forKey: .language)
        try c.encode(enrichment.entities, forKey: .entities)
        try c.encode(enrichment.countries, forKey: .countries)
        try c.encode(enrichment.dates, forKey: .dates)
        try c.encode(enrichment.quotes, forKey: .quotes)
        try c.encode(enrichment.keyphrases, forKey: .keyphrases)
        try c.encode(enrichment.summary, forKey: .summary)
        try c.encode(enrichment.topics, forKey: .topics)
        try c.encode(enrichment.fingerprints, forKey: .fingerprints)
        // Filled in by the database at completion, where earlier articles are known.
        try c.encodeNil(forKey: .duplicateOf)
        try c.encode(enrichment.readingTimeMinutes, forKey: .readingTimeMinutes)
    }

    /// The typed columns stored beside the result object.
    public var row: ArticleRow {
        let language = enrichment?.language?.code
        return ArticleRow(title: article.title, publishedAt: article.publishedAt, pageDate: article.pageDate,
                          language: language == "und" ? nil : language, wordCount: article.wordCount,
                          schemaVersion: Article.schemaVersion, sha256: enrichment?.fingerprints.sha256,
                          simhash: enrichment?.fingerprints.simhash)
    }

    /// Compact JSON with sorted keys, so equal results give equal bytes.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
