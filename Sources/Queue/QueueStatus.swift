import LibPQ

/// One row of the `newsdesk.workers` view.
public struct WorkerStatus: Sendable, Codable, Equatable {
    public var worker: String
    public var running: Int
    public var oldestClaimSeconds: Double
    public var nextExpirySeconds: Double
    public var expiredLeases: Int
}

/// One reading of the `newsdesk.queue_status` view.
public struct QueueStatus: Sendable, Codable, Equatable {
    public var queued, running, done, failed, dead, cancelled: Int
    public var oldestQueuedSeconds: Double?
    public var doneLastMinute, doneLastHour, failedLastMinute, failedLastHour: Int
    /// Time in the processor, over jobs done in the last hour.
    public var meanProcessingMs: Double?
    public var p95ProcessingMs: Double?
    /// Time from due (enqueued, or back from a retry's backoff) to claimed.
    public var meanWaitMs: Double?
    public var p95WaitMs: Double?
    /// Claim to recorded, less processing: waiting in the worker's prefetch, and the commit.
    public var meanPrefetchAndCommitMs: Double?

    init(_ row: QueryResult.Row) {
        func int(_ c: String) -> Int { row[c].flatMap(Int.init) ?? 0 }
        queued = int("queued"); running = int("running"); done = int("done")
        failed = int("failed"); dead = int("dead"); cancelled = int("cancelled")
        oldestQueuedSeconds = row.double("oldest_queued_seconds")
        doneLastMinute = int("done_last_minute"); doneLastHour = int("done_last_hour")
        failedLastMinute = int("failed_last_minute"); failedLastHour = int("failed_last_hour")
        meanProcessingMs = row.double("mean_processing_ms")
        p95ProcessingMs = row.double("p95_processing_ms")
        meanWaitMs = row.double("mean_wait_ms")
        p95WaitMs = row.double("p95_wait_ms")
        meanPrefetchAndCommitMs = row.double("mean_prefetch_and_commit_ms")
    }
}
