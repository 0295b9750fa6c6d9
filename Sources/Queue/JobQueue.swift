import Foundation
import LibPQ

/// Every queue operation, each one SQL statement from `SQL/queries`. Wraps one connection
/// and, like it, belongs to one thread.
public final class JobQueue {
    public let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Enqueues one job and returns its id (the existing job's id for a known idempotency key).
    @discardableResult
    public func enqueue(_ p: EnqueueParams) throws(PostgresError) -> Int64 {
        let text: String?, bytes: Bind
        switch p.payload {
        case let .text(t): (text, bytes) = (t, .null)
        case let .bytes(b): (text, bytes) = (nil, .bytes(b))
        }
        let binds: [Bind] = [text.map(Bind.text) ?? .null, bytes, p.sourceURL.map(Bind.text) ?? .null,
                             p.idempotencyKey.map(Bind.text) ?? .null, p.priority.bind,
                             p.contentType.map(Bind.text) ?? .null]
        let row = try connection.execute(Query(sql: Statements.enqueue, binds: binds)).rows.first
        guard let id = row?["id"].flatMap(Int64.init) else {
            throw PostgresError(kind: .protocolViolation, message: "enqueue returned no id")
        }
        return id
    }

    /// Claims up to `limit` queued jobs in one statement.
    public func claim(_ p: ClaimParams) throws(PostgresError) -> [ClaimedJob] {
        let result = try connection.execute(Query(sql: Statements.claim, binds: [
            p.limit.bind, .text(p.workerID), p.lease.seconds.bind, p.maxPayloadBytes.bind,
        ]))
        return try result.rows.map { row throws(PostgresError) in
            let payload: ClaimedJob.Payload
            if let raw = row["raw"] {
                payload = .text(raw)
            } else if let bytes = row.bytes("raw_bytes") {
                payload = .bytes(bytes)
            } else {
                payload = .tooLarge(bytes: try row.int("payload_bytes"))
            }
            return ClaimedJob(id: Int64(try row.int("id")), attempt: try row.int("attempts"),
                              maxAttempts: try row.int("max_attempts"), sourceURL: row["source_url"],
                              contentType: row["content_type"], payload: payload)
        }
    }

    /// Marks jobs done and stores their results, atomically. Returns the ids accepted;
    /// the others were no longer this worker's (fenced).
    public func complete(_ completions: [Completion], workerID: String,
                         duplicates: DuplicatePolicy = DuplicatePolicy()) throws(PostgresError) -> Set<Int64> {
        guard !completions.isEmpty else { return [] }
        // The results are JSON already: splice them in rather than parse and re-encode them.
        var json = "["
        for (index, c) in completions.enumerated() {
            if index > 0 { json += "," }
            json += "{\"id\":\(c.jobID),\"attempt\":\(c.attempt),\"result\":\(c.resultJSON)}"
        }
        json += "]"
        let result = try connection.execute(Query(sql: Statements.complete, binds: [
            .text(json), .text(workerID), duplicates.window.seconds.bind, duplicates.maxDistance.bind,
        ]))
        return Set(result.rows.compactMap { $0["job_id"].flatMap(Int64.init) })
    }

    /// Records failures. Returns each accepted job's new state (failed, queued or dead).
    public func fail(_ failures: [Failure], workerID: String) throws(PostgresError) -> [Int64: JobState] {
        guard !failures.isEmpty else { return [:] }
        struct Item: Encodable { var id: Int64; var attempt: Int; var error: String; var retryable: Bool }
        let items = failures.map { Item(id: $0.jobID, attempt: $0.attempt, error: $0.reason, retryable: $0.retryable) }
        let json = String(decoding: (try? JSONEncoder().encode(items)) ?? Data("[]".utf8), as: UTF8.self)
        let result = try connection.execute(Query(sql: Statements.fail, binds: [.text(json), .text(workerID)]))
        return Self.states(result)
    }

    /// Extends leases; returns the ids this worker still holds.
    public func heartbeat(_ p: HeartbeatParams) throws(PostgresError) -> Set<Int64> {
        guard !p.jobIDs.isEmpty else { return [] }
        let result = try connection.execute(Query(sql: Statements.heartbeat, binds: [
            p.jobIDs.bind, .text(p.workerID), p.lease.seconds.bind,
        ]))
        return Set(result.rows.compactMap { $0["id"].flatMap(Int64.init) })
    }

    /// Requeues (or kills) up to `limit` jobs whose lease expired; returns their new states.
    public func rescueExpiredLeases(limit: Int) throws(PostgresError) -> [Int64: JobState] {
        Self.states(try connection.execute(Query(sql: Statements.rescue, binds: [limit.bind])))
    }

    /// Gives jobs back to the queue without counting the attempt (graceful shutdown).
    @discardableResult
    public func handBack(_ jobIDs: [Int64], workerID: String) throws(PostgresError) -> Int {
        guard !jobIDs.isEmpty else { return 0 }
        return try connection.execute(Query(sql: Statements.handBack, binds: [jobIDs.bind, .text(workerID)])).rows.count
    }

    /// Requeues failed, dead or cancelled jobs with fresh attempts; returns how many.
    public func retry(_ selection: JobSelection) throws(PostgresError) -> Int {
        try connection.execute(Query(sql: Statements.retry, binds: Self.binds(selection))).rows.count
    }

    /// Cancels queued jobs; returns how many. Only queued jobs can be cancelled, so a
    /// selection by any other state selects nothing.
    public func cancel(_ selection: JobSelection) throws(PostgresError) -> Int {
        if case let .state(state) = selection, state != .queued { return 0 }
        return try connection.execute(Query(sql: Statements.cancel, binds: [Self.binds(selection)[0]])).rows.count
    }

    public func status() throws(PostgresError) -> QueueStatus {
        guard let row = try connection.execute(Query(sql: Statements.status)).rows.first else {
            throw PostgresError(kind: .protocolViolation, message: "queue_status returned no row")
        }
        return QueueStatus(row)
    }

    /// Workers holding jobs right now.
    public func workers() throws(PostgresError) -> [WorkerStatus] {
        try connection.execute(Query(sql: Statements.workers)).rows.map { row in
            WorkerStatus(worker: row["worker"] ?? "?", running: row["running"].flatMap(Int.init) ?? 0,
                         oldestClaimSeconds: row.double("oldest_claim_seconds") ?? 0,
                         nextExpirySeconds: row.double("next_expiry_seconds") ?? 0,
                         expiredLeases: row["expired_leases"].flatMap(Int.init) ?? 0)
        }
    }

    private static func binds(_ selection: JobSelection) -> [Bind] {
        switch selection {
        case let .ids(ids): return [ids.bind, .null]
        case let .state(state): return [.null, .text(state.rawValue)]
        }
    }

    private static func states(_ result: QueryResult) -> [Int64: JobState] {
        var out: [Int64: JobState] = [:]
        for row in result.rows {
            if let id = row["id"].flatMap(Int64.init), let state = row["state"].flatMap(JobState.init) {
                out[id] = state
            }
        }
        return out
    }
}

extension Duration {
    /// Seconds with millisecond precision, as SQL's make_interval(secs => ...) takes them.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds / 1_000_000_000_000_000) / 1000
    }
}
