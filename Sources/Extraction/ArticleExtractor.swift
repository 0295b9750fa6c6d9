import TextCore

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
        let utf8 = try TextDecoder.decode(page.bytes, contentType: page.contentType)
        guard !Self.isBlank(utf8) else { throw .empty }
        let format = page.format == .auto ? FormatDetector.detect(utf8, contentType: page.contentType) : page.format
        var article: Article
        switch format {
        case .html:
            article = try HTMLArticleExtractor.extract(utf8: utf8, sourceURL: page.sourceURL, referenceDate: page.referenceDate,
                                                   tunables: tunables.html)
        case .text, .auto:
            article = try TextDumpExtractor.extract(String(decoding: utf8, as: UTF8.self), sourceURL: page.sourceURL,
                                                   referenceDate: page.referenceDate, tunables: tunables.dump)
        case .body:
            article = BodyText.article(from: String(decoding: utf8, as: UTF8.self))
        }
        article.normalizeUnicode()
        // A page with nothing but navigation, scripts or markup has no article to store: the
        // job fails with this reason instead of ending done with an empty body.
        guard !article.paragraphs.isEmpty else {
            throw .notAnArticle("no body text outside navigation, scripts and markup (\(format.rawValue) input, \(page.bytes.count) bytes)")
        }
        return article
    }

    /// Whether the text is nothing but whitespace, Unicode's included (a page of no-break
    /// spaces). Only text that starts with a non-ASCII character after its ASCII blanks is
    /// read as characters.
    private static func isBlank(_ utf8: [UInt8]) -> Bool {
        guard let first = utf8.firstIndex(where: { !ByteSearch.isASCIIWhitespace($0) }) else { return true }
        guard utf8[first] >= 0x80 else { return false }
        return String(decoding: utf8[first...], as: UTF8.self).allSatisfy(\.isWhitespace)
    }
}
