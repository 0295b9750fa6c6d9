import LibPQ

extension JobQueue {
    /// Enqueues a batch in one transaction, all or nothing, and returns the ids in order (the
    /// existing job's id for a known idempotency key). Each element is built only when its turn
    /// comes, so a batch of large files is never held in memory at once; an element that throws
    /// rolls the batch back and its error is rethrown. `progress` hears how many are queued.
    public func enqueue(_ batch: some Collection<() throws -> EnqueueParams>,
                        progress: (Int) -> Void = { _ in }) throws -> [Int64] {
        try connection.execute("BEGIN")
        do {
            var ids: [Int64] = []
            ids.reserveCapacity(batch.count)
            for makeParams in batch {
                ids.append(try enqueue(makeParams()))
                progress(ids.count)
            }
            try connection.execute("COMMIT")
            return ids
        } catch {
            if connection.isHealthy { _ = try? connection.execute("ROLLBACK") }
            throw error
        }
    }
}
