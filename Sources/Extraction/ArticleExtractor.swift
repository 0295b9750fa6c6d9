/// The extraction entry point: raw page in, clean article out. Pure and thread-safe; it never
/// traps on input, and everything it cannot handle comes back as an `ExtractionError`.
public struct ArticleExtractor: Sendable {
    public struct Limits: Sendable {
        /// Payloads above this are refused before any parsing.
        public var maxBytes: Int
        public init(maxBytes: Int = 16 << 20) { self.maxBytes = maxBytes }
    }

    public var limits: Limits
    public var tunables: ExtractionTunables

    public init(limits: Limits = Limits(), tunables: ExtractionTunables = ExtractionTunables()) {
        self.limits = limits
        self.tunables = tunables
    }

    public func extract(_ page: RawPage) throws(ExtractionError) -> Article {
        guard page.bytes.count <= limits.maxBytes else {
            throw .tooLarge(bytes: page.bytes.count, limit: limits.maxBytes)
        }
        let text = try TextDecoder.decode(page.bytes, contentType: page.contentType)
        guard text.contains(where: { !$0.isWhitespace }) else { throw .empty }
        let format = page.format == .auto ? FormatDetector.detect(text, contentType: page.contentType) : page.format
        var article: Article
        switch format {
        case .html:
            article = try HTMLArticleExtractor.extract(html: text, sourceURL: page.sourceURL, referenceDate: page.referenceDate,
                                                   tunables: tunables.html)
        case .text, .auto:
            article = try TextDumpExtractor.extract(text, sourceURL: page.sourceURL, referenceDate: page.referenceDate,
                                                   tunables: tunables.dump)
        case .body:
            article = BodyText.article(from: text)
        }
        article.normalizeUnicode()
        // A page with nothing but navigation, scripts or markup has no article to store: the
        // job fails with this reason instead of ending done with an empty body.
        guard !article.paragraphs.isEmpty else {
            throw .notAnArticle("no body text outside navigation, scripts and markup (\(format.rawValue) input, \(page.bytes.count) bytes)")
        }
        return article
    }
}
