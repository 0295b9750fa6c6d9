import LibPQ

/// Reads the consumer feed after `cursor` (articles_since.sql).
public struct FeedParams: Sendable, Equatable {
    /// The last cursor the consumer handled; nil reads from the first article.
    public var cursor: String?
    /// Most articles returned by one read.
    public var limit: Int

    public init(cursor: String? = nil, limit: Int) {
        self.cursor = cursor
        self.limit = limit
    }
}

/// One article of the feed, with the cursor to resume after it.
public struct FeedArticle: Sendable, Equatable {
    /// Opaque to consumers: store it and pass it back as `FeedParams.cursor`.
    public var cursor: String
    public var jobID: Int64
    public var processedAt: String
    public var sourceURL: String?
    /// The result object as JSON text, as stored.
    public var resultJSON: String
}

extension JobQueue {
    /// Articles after `p.cursor` in feed order (writing transaction id, then job id): reading
    /// again after the last one's cursor returns every article written since, none twice,
    /// however workers' commits interleave (a reprocessed article comes again as its new version). Rows whose
    /// transaction may still be running are held back until it has ended, so an empty answer
    /// means "nothing yet", not "nothing will come before this point".
    public func articlesSince(_ p: FeedParams) throws(PostgresError) -> [FeedArticle] {
        let result = try connection.execute(Query(sql: Statements.articlesSince,
                                                  binds: [p.cursor.map(Bind.text) ?? .null, p.limit.bind]))
        return result.rows.compactMap { row in
            guard let cursor = row["cursor"], let id = row["job_id"].flatMap(Int64.init), let json = row["result"] else { return nil }
            return FeedArticle(cursor: cursor, jobID: id, processedAt: row["processed_at"] ?? "", sourceURL: row["source_url"],
                               resultJSON: json)
        }
    }

    /// Subscribes to `Channel.articles`: a hint that the feed may have more (any role can send
    /// one, and none arrives while disconnected), never a substitute for reading it.
    public func listenForArticles() throws(PostgresError) {
        try connection.listen(Channel.articles)
    }

    /// Sleeps until an article notification arrives or `timeout` passes; true if one arrived.
    @discardableResult
    public func waitForArticles(timeout: Duration) throws(PostgresError) -> Bool {
        !(try connection.waitForNotifications(timeout: timeout)).isEmpty
    }
}
