import Foundation
import LibPQ

/// Every queue operation, each one SQL statement from `SQL/queries`. Owns its connection
/// and, like it, belongs to one thread: callers never see SQL or the connection itself.
public final class JobQueue {
    /// NOTIFY channels. A notification is only a hint (any role may send one): listeners
    /// always read the tables for what actually changed.
    public enum Channel {
        /// A job became claimable.
        public static let jobs = "newsdesk_jobs"
        /// An article row was written (payload: its job id).
        public static let articles = "newsdesk_articles"
    }

    /// Longest `last_error` a worker writes; the rest of a crash report stays in the log.
    static let reasonLimit = 2000

    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Connects with a libpq connection string or URI (empty: libpq's defaults).
    public static func connect(_ conninfo: String) throws(PostgresError) -> JobQueue {
        JobQueue(connection: try Connection(conninfo))
    }

    /// Migrations this build has that the database lacks (a worker must not run on an
    /// older schema).
    public func pendingMigrations() throws(PostgresError) -> [String] {
        try Migrator(connection: connection).pending()
    }

    /// "user@host:port/database", never the password.
    public var safeDescription: String { connection.safeDescription }

    // MARK: Producers

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

    // MARK: Workers

    /// Subscribes to `Channel.jobs`, so `waitForJobs` wakes when work arrives.
    public func listenForJobs() throws(PostgresError) {
        try connection.listen(Channel.jobs)
    }

    /// Sleeps until a job notification arrives, `wake` is signalled or `timeout` passes.
    /// Returns true when a notification arrived.
    @discardableResult
    public func waitForJobs(timeout: Duration, wake: WakeSignal? = nil) throws(PostgresError) -> Bool {
        !(try connection.waitForNotifications(timeout: timeout, wake: wake)).isEmpty
    }

    /// Records outcomes and claims jobs in one statement (exchange.sql).
    public func exchange(_ p: ExchangeParams) throws(PostgresError) -> ExchangeReply {
        try Self.exchangeReply(connection.execute(Self.exchangeQuery(p), preparedAs: PreparedName.exchange))
    }

    private enum PreparedName {
        static let exchange = "newsdesk_exchange"
        static let heartbeat = "newsdesk_heartbeat"
    }

    private static func exchangeQuery(_ p: ExchangeParams) -> Query {
        let c = p.completions, f = p.failures
        let binds: [Bind] = [
            .text(p.workerID),
            .int64Array(c.map(\.jobID)), .int32Array(c.map { Int32(clamping: $0.claim) }),
            .jsonbArray(c.map(\.resultJSON)),
            .textArray(c.map(\.row.title)), .textArray(c.map(\.row.publishedAt)), .textArray(c.map(\.row.pageDate)),
            .textArray(c.map(\.row.language)),
            .int32Array(c.map { Int32(clamping: $0.row.wordCount) }), .int32Array(c.map { Int32(clamping: $0.row.schemaVersion) }),
            .textArray(c.map(\.row.sha256)), .int64Array(c.map(\.row.simhash)),
            .int32Array(c.map { $0.processingTime.map { Int32(clamping: $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } }),
            p.duplicates.window.seconds.bind, p.duplicates.maxDistance.bind,
            .int64Array(f.map(\.jobID)), .int32Array(f.map { Int32(clamping: $0.claim) }),
            .textArray(f.map { StoredText.clean($0.reason, limit: Self.reasonLimit) }), .boolArray(f.map(\.retryable)),
            max(0, p.claim).bind, p.lease.seconds.bind, p.maxPayloadBytes.bind,
        ]
        return Query(sql: Statements.exchange, binds: binds)
    }

    private static func exchangeReply(_ result: QueryResult) throws(PostgresError) -> ExchangeReply {
        var reply = ExchangeReply(stored: [], failed: [:], claimed: [])
        for row in result.rows {
            guard let id = row["id"].flatMap(Int64.init) else { continue }
            switch row["kind"] {
            case "stored":
                reply.stored.insert(id)
            case "failed":
                if let state = row["state"].flatMap(JobState.init) { reply.failed[id] = state }
            default:
                reply.claimed.append(try Self.claimedJob(row, id: id))
            }
        }
        return reply
    }

    /// Extends leases; returns the ids this worker still holds.
    public func heartbeat(_ p: HeartbeatParams) throws(PostgresError) -> Set<Int64> {
        guard !p.jobIDs.isEmpty else { return [] }
        return Self.ids(try connection.execute(Self.heartbeatQuery(p), preparedAs: PreparedName.heartbeat))
    }

    private static func heartbeatQuery(_ p: HeartbeatParams) -> Query {
        Query(sql: Statements.heartbeat, binds: [.int64Array(p.jobIDs), .text(p.workerID), p.lease.seconds.bind])
    }

    /// Requeues (or, after `maxLeaseExpiries`, kills) up to `limit` jobs whose lease expired,
    /// giving back the attempt their claim counted; returns their new states.
    public func rescueExpiredLeases(_ p: RescueParams) throws(PostgresError) -> [Int64: JobState] {
        Self.states(try connection.execute(Query(sql: Statements.rescue, binds: [p.limit.bind, p.maxLeaseExpiries.bind])))
    }

    /// Gives jobs back to the queue without counting the attempt (graceful shutdown).
    @discardableResult
    public func handBack(_ jobIDs: [Int64], workerID: String) throws(PostgresError) -> Int {
        guard !jobIDs.isEmpty else { return 0 }
        return try connection.execute(Self.handBackQuery(jobIDs, workerID: workerID)).rows.count
    }

    private static func handBackQuery(_ jobIDs: [Int64], workerID: String) -> Query {
        Query(sql: Statements.handBack, binds: [.int64Array(jobIDs), .text(workerID)])
    }

    // MARK: Workers, without waiting

    /// A worker's statement sent with `send`, whose reply `collect` reads.
    public enum Request: Sendable {
        case exchange(ExchangeParams)
        case heartbeat(HeartbeatParams)
        case handBack([Int64], workerID: String)
    }

    public enum Reply: Sendable {
        case exchanged(ExchangeReply)
        /// The jobs whose leases this worker still holds.
        case heartbeat(held: Set<Int64>)
        case handedBack(Int)
    }

    private var inFlight: Request?

    /// Sends a statement without waiting for it: the caller polls `pollDescriptor` and calls
    /// `collect`. One at a time.
    public func send(_ request: Request) throws(PostgresError) {
        switch request {
        case let .exchange(p): try connection.send(Self.exchangeQuery(p), preparedAs: PreparedName.exchange)
        case let .heartbeat(p): try connection.send(Self.heartbeatQuery(p), preparedAs: PreparedName.heartbeat)
        case let .handBack(ids, worker): try connection.send(Self.handBackQuery(ids, workerID: worker), preparedAs: nil)
        }
        inFlight = request
    }

    /// The sent statement's reply once it has arrived; nil while it runs. Also reads any
    /// job notifications that arrived (see `takeJobNotifications`).
    public func collect() throws(PostgresError) -> Reply? {
        guard let request = inFlight else {
            _ = try connection.collect()
            return nil
        }
        let result: QueryResult?
        do {
            result = try connection.collect()
        } catch {
            inFlight = nil
            throw error
        }
        guard let result else { return nil }
        inFlight = nil
        switch request {
        case .exchange: return .exchanged(try Self.exchangeReply(result))
        case .heartbeat: return .heartbeat(held: Self.ids(result))
        case .handBack: return .handedBack(result.rows.count)
        }
    }

    /// The socket to poll(2) for a reply or a notification.
    public var pollDescriptor: Int32 { connection.socketDescriptor }

    /// Whether job notifications arrived among what `collect` read since the last call.
    public func takeJobNotifications() -> Bool {
        connection.takeNotifications().contains { $0.channel == Channel.jobs }
    }

    // MARK: Operators

    /// Requeues failed, dead or cancelled jobs with fresh attempts; returns how many.
    public func retry(_ selection: JobSelection) throws(PostgresError) -> Int {
        let retryable: [JobState] = [.failed, .dead, .cancelled]
        switch selection {
        case let .ids(ids): return try reprocess(ReprocessParams(ids: ids, states: retryable)).requeued.count
        case let .state(state):
            guard retryable.contains(state) else { return 0 }
            return try reprocess(ReprocessParams(states: [state])).requeued.count
        }
    }

    /// Puts finished jobs back in the queue to be processed again, except those whose payload
    /// retention dropped. Walks the selection in batches of `batchSize`, each its own short
    /// statement.
    public func reprocess(_ p: ReprocessParams, batchSize: Int = 1000) throws(PostgresError) -> ReprocessOutcome {
        var outcome = ReprocessOutcome(requeued: [], payloadPruned: [])
        var after: Int64 = 0
        while true {
            let result = try connection.execute(Query(sql: Statements.reprocess, binds: [
                p.ids.map { .int64Array($0) } ?? .null,
                p.states.map { .text("{" + $0.map(\.rawValue).joined(separator: ",") + "}") } ?? .null,
                p.finishedAfter.map(Bind.text) ?? .null, p.finishedBefore.map(Bind.text) ?? .null,
                p.schemaVersionBelow.map(\.bind) ?? .null, batchSize.bind, after.bind, p.priority.map(\.bind) ?? .null,
            ]))
            var last: Int64?
            for row in result.rows {
                guard let id = row["id"].flatMap(Int64.init) else { continue }
                if row.bool("requeued") == true { outcome.requeued.append(id) } else { outcome.payloadPruned.append(id) }
                last = max(last ?? id, id)
            }
            guard result.rows.count == batchSize, let last else { return outcome }
            after = last
        }
    }

    /// Cancels queued jobs; returns how many. Only queued jobs can be cancelled, so a
    /// selection by any other state selects nothing.
    public func cancel(_ selection: JobSelection) throws(PostgresError) -> Int {
        let ids: Bind
        switch selection {
        case let .ids(list): ids = .int64Array(list)
        case let .state(state):
            guard state == .queued else { return 0 }
            ids = .null
        }
        return try connection.execute(Query(sql: Statements.cancel, binds: [ids])).rows.count
    }

    public func status() throws(PostgresError) -> QueueStatus {
        guard let row = try connection.execute(Query(sql: Statements.status)).rows.first else {
            throw PostgresError(kind: .protocolViolation, message: "queue_status returned no row")
        }
        return QueueStatus(row)
    }

    /// Jobs queued now and the age of the oldest, in seconds (nil when none is queued).
    public func depth() throws(PostgresError) -> (queued: Int, oldestSeconds: Double?) {
        let row = try connection.execute(Query(sql: Statements.queueDepth)).rows.first
        return (row?["queued"].flatMap(Int.init) ?? 0, row?.double("oldest_queued_seconds"))
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

    // MARK: Rows

    private static func claimedJob(_ row: QueryResult.Row, id: Int64) throws(PostgresError) -> ClaimedJob {
        let payload: ClaimedJob.Payload
        if let raw = row["raw"] {
            payload = .text(raw)
        } else if let bytes = row.bytes("raw_bytes") {
            payload = .bytes(bytes)
        } else {
            payload = .tooLarge(bytes: try row.int("payload_bytes"))
        }
        return ClaimedJob(id: id, claim: try row.int("claims"), attempt: try row.int("attempts"), maxAttempts: try row.int("max_attempts"),
                          sourceURL: row["source_url"], contentType: row["content_type"], payload: payload)
    }

    private static func ids(_ result: QueryResult) -> Set<Int64> {
        Set(result.rows.compactMap { $0["id"].flatMap(Int64.init) })
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
