import Enrichment
import Extraction
import Foundation
import TextCore

/// Raw page -> result: extraction, then enrichment of the clean article. Shared by the
/// daemon's processing children and `newsdesk process`, so both give byte-for-byte the same
/// result.
public struct ArticleProcessor: Sendable {
    /// Bounds on what one result may hold, so one huge page cannot produce a huge row (or
    /// take long to enrich).
    public struct Limits: Sendable {
        /// Body text kept, in UTF-8 bytes: paragraphs past this are dropped (cut at a
        /// paragraph boundary, or inside the first paragraph when it alone is longer) and the
        /// result carries an `output_capped` flag saying how much was kept. Enrichment reads the
        /// kept part only.
        public var maxBodyBytes: Int

        /// 1 MiB: about 150,000 words, several times the longest news articles.
        public init(maxBodyBytes: Int = 1 << 20) { self.maxBodyBytes = maxBodyBytes }
    }

    public var extractor: ArticleExtractor
    /// nil: extraction only (`newsdesk process --extract-only`, extraction benchmarks).
    public var enricher: Enricher?
    public var limits: Limits

    public init(extractor: ArticleExtractor = ArticleExtractor(), enricher: Enricher? = Enricher(),
                limits: Limits = Limits()) {
        self.extractor = extractor
        self.enricher = enricher
        self.limits = limits
    }

    public func process(_ page: RawPage) throws(ExtractionError) -> ArticleResult {
        var article = try extractor.extract(page)
        Self.truncate(&article, to: limits.maxBodyBytes)
        let enrichment = enricher?.enrich(EnrichmentInput(
            title: article.title, body: article.body, paragraphs: article.paragraphs,
            publishedAt: article.publishedAt, languageHint: article.languageHint))
        return ArticleResult(article: article, enrichment: enrichment, sourceURL: page.sourceURL)
    }

    /// Keeps the paragraphs that fit in `limit` bytes of body, and flags the cut.
    static func truncate(_ article: inout Article, to limit: Int) {
        let separator = 2  // the blank line `body` puts between paragraphs
        var total = 0
        var kept = 0
        for paragraph in article.paragraphs {
            let size = paragraph.utf8.count + (kept > 0 ? separator : 0)
            guard total + size <= limit else { break }
            total += size
            kept += 1
        }
        guard kept < article.paragraphs.count else { return }
        let originalBytes = article.paragraphs.reduce(0) { $0 + $1.utf8.count } + separator * (article.paragraphs.count - 1)
        if kept == 0 {
            // One paragraph longer than the limit: cut it at a character boundary.
            var cut = String(decoding: article.paragraphs[0].utf8.prefix(limit), as: UTF8.self)
            while cut.utf8.count > limit || cut.unicodeScalars.last == "\u{FFFD}" { cut.removeLast() }
            article.paragraphs = [cut]
        } else {
            article.paragraphs.removeLast(article.paragraphs.count - kept)
        }
        article.flags.append(Flag(.outputCapped, "body: kept \(article.body.utf8.count) of \(originalBytes) bytes"))
    }
}
