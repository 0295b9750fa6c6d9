import LibPQ

/// Single-purpose forms of `exchange`, for operators' tools and tests: each is one exchange
/// with the other parts empty.
extension JobQueue {
    /// Claims up to `limit` queued jobs.
    public func claim(_ p: ClaimParams) throws(PostgresError) -> [ClaimedJob] {
        try exchange(ExchangeParams(workerID: p.workerID, claim: p.limit, lease: p.lease,
                                    maxPayloadBytes: p.maxPayloadBytes)).claimed
    }

    /// Marks jobs done and stores their results; returns the ids accepted (the others were
    /// no longer this worker's).
    public func complete(_ completions: [Completion], workerID: String,
                         duplicates: DuplicatePolicy = DuplicatePolicy()) throws(PostgresError) -> Set<Int64> {
        guard !completions.isEmpty else { return [] }
        return try exchange(ExchangeParams(workerID: workerID, completions: completions, duplicates: duplicates)).stored
    }

    /// Records failures; returns each accepted job's new state (failed, queued or dead).
    public func fail(_ failures: [Failure], workerID: String) throws(PostgresError) -> [Int64: JobState] {
        guard !failures.isEmpty else { return [:] }
        return try exchange(ExchangeParams(workerID: workerID, failures: failures)).failed
    }
}
