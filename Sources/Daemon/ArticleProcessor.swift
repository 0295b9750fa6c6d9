import Enrichment
import Extraction
import Foundation

/// Raw page -> result JSON: extraction, then enrichment of the clean article. Shared by the
/// daemon and `newsdesk process`, so both give byte-for-byte the same result.
public struct ArticleProcessor: Sendable {
    public var extractor: ArticleExtractor
    /// nil: extraction only (`newsdesk process --extract-only`, extraction benchmarks).
    public var enricher: Enricher?

    public init(extractor: ArticleExtractor = ArticleExtractor(), enricher: Enricher? = Enricher()) {
        self.extractor = extractor
        self.enricher = enricher
    }

    public func process(_ page: RawPage) throws(ExtractionError) -> ArticleResult {
        let article = try extractor.extract(page)
        let enrichment = enricher?.enrich(EnrichmentInput(
            title: article.title, body: article.body, paragraphs: article.paragraphs,
            publishedAt: article.publishedAt, languageHint: article.languageHint))
        return ArticleResult(article: article, enrichment: enrichment, sourceURL: page.sourceURL)
    }
}
