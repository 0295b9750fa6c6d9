import Extraction

/// What the worker does with each job's page: returns the result object as JSON text, or
/// throws for input that can never succeed.
public protocol PageProcessor: Sendable {
    func resultJSON(for page: RawPage) throws(ExtractionError) -> String
}

extension ArticleProcessor: PageProcessor {
    public func resultJSON(for page: RawPage) throws(ExtractionError) -> String {
        try process(page).json()
    }
}

/// Completes every job with an empty result and parses nothing: measures the queue alone
/// (`newsdesk run --no-op`, scripts/bench-queue).
public struct NoOpProcessor: PageProcessor {
    public init() {}

    public func resultJSON(for page: RawPage) throws(ExtractionError) -> String {
        #"{"schema_version":\#(Article.schemaVersion),"word_count":0}"#
    }
}
