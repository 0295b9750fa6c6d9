import Extraction
import Queue

/// One processed page, ready to store: the result object as JSON text and its typed columns.
public struct ProcessedPage: Sendable, Equatable {
    public var resultJSON: String
    public var row: ArticleRow

    public init(resultJSON: String, row: ArticleRow) {
        self.resultJSON = resultJSON
        self.row = row
    }
}

/// What the worker does with each job's page: returns what to store, or throws for input
/// that can never succeed.
public protocol PageProcessor: Sendable {
    func processedPage(for page: RawPage) throws(ExtractionError) -> ProcessedPage
}

extension ArticleProcessor: PageProcessor {
    public func processedPage(for page: RawPage) throws(ExtractionError) -> ProcessedPage {
        let result = try process(page)
        return ProcessedPage(resultJSON: result.json(), row: result.row)
    }
}

/// Completes every job with an empty result and parses nothing: measures the queue alone
/// (`newsdesk run --no-op`, scripts/bench-queue).
public struct NoOpProcessor: PageProcessor {
    public init() {}

    public func processedPage(for page: RawPage) throws(ExtractionError) -> ProcessedPage {
        ProcessedPage(resultJSON: #"{"schema_version":\#(Article.schemaVersion),"word_count":0}"#,
                      row: ArticleRow(wordCount: 0, schemaVersion: Article.schemaVersion))
    }
}
