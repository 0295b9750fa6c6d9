/// One parameter struct per queue statement, so each call site names what it passes.

public struct EnqueueParams: Sendable {
    public enum Payload: Sendable {
        case text(String)
        /// A page in a legacy charset, stored untouched as bytea.
        case bytes([UInt8])
    }

    public var payload: Payload
    public var sourceURL: String?
    public var idempotencyKey: String?
    public var priority: Int
    public var contentType: String?

    public init(payload: Payload, sourceURL: String? = nil, idempotencyKey: String? = nil,
                priority: Int = 0, contentType: String? = nil) {
        self.payload = payload
        self.sourceURL = sourceURL
        self.idempotencyKey = idempotencyKey
        self.priority = priority
        self.contentType = contentType
    }
}

public struct ClaimParams: Sendable {
    public var limit: Int
    public var workerID: String
    public var lease: Duration
    /// Payloads larger than this are not downloaded; the job is failed by size alone.
    public var maxPayloadBytes: Int

    public init(limit: Int, workerID: String, lease: Duration, maxPayloadBytes: Int) {
        self.limit = limit
        self.workerID = workerID
        self.lease = lease
        self.maxPayloadBytes = maxPayloadBytes
    }
}

/// A finished job's result, fenced by the claim it belongs to.
public struct Completion: Sendable, Equatable {
    public var jobID: Int64
    /// `ClaimedJob.claim` of the claim that produced it: counts only if the job is still held
    /// under that claim.
    public var claim: Int
    /// The result object as JSON text.
    public var resultJSON: String
    /// The result's typed columns.
    public var row: ArticleRow
    /// Time spent in the processor, stored for the status view.
    public var processingTime: Duration?

    public init(jobID: Int64, claim: Int, resultJSON: String, row: ArticleRow = ArticleRow(),
                processingTime: Duration? = nil) {
        self.jobID = jobID
        self.claim = claim
        self.resultJSON = resultJSON
        self.row = row
        self.processingTime = processingTime
    }
}

/// One round trip of a worker (exchange.sql): the outcomes it has to record and how many
/// new jobs it wants. Either part may be empty.
public struct ExchangeParams: Sendable {
    public var workerID: String
    public var completions: [Completion]
    public var failures: [Failure]
    /// Jobs to claim (0: none).
    public var claim: Int
    public var lease: Duration
    /// Payloads larger than this are not downloaded; those jobs come back as `.tooLarge`.
    public var maxPayloadBytes: Int
    public var duplicates: DuplicatePolicy

    public init(workerID: String, completions: [Completion] = [], failures: [Failure] = [], claim: Int = 0,
                lease: Duration = .seconds(30), maxPayloadBytes: Int = 16 << 20,
                duplicates: DuplicatePolicy = DuplicatePolicy()) {
        self.workerID = workerID
        self.completions = completions
        self.failures = failures
        self.claim = claim
        self.lease = lease
        self.maxPayloadBytes = maxPayloadBytes
        self.duplicates = duplicates
    }

    /// Outcomes carried, results and failures together.
    public var outcomeCount: Int { completions.count + failures.count }
}

/// What an exchange did. Outcomes missing from `stored` and `failed` were fenced off: their
/// job was no longer this worker's (rescued and claimed elsewhere, or re-queued by hand).
public struct ExchangeReply: Sendable {
    /// Jobs whose result was stored.
    public var stored: Set<Int64>
    /// Jobs whose failure was recorded, with the state it left them in (failed, queued, dead).
    public var failed: [Int64: JobState]
    public var claimed: [ClaimedJob]

    public init(stored: Set<Int64>, failed: [Int64: JobState], claimed: [ClaimedJob]) {
        self.stored = stored
        self.failed = failed
        self.claimed = claimed
    }
}

/// Which earlier article a new one is linked to in `duplicate_of`.
public struct DuplicatePolicy: Sendable {
    /// Only articles processed this recently are compared.
    public var window: Duration
    /// Largest SimHash Hamming distance that still counts as a near-duplicate (at most 3:
    /// the four-band index only guarantees to find matches up to that).
    public var maxDistance: Int

    /// A week: reposts and syndicated copies of a story come within days. `newsdesk run` and
    /// `newsdesk prune` share it, since retention may not delete inside the window.
    public static let defaultWindowHours: Double = 7 * 24

    public init(window: Duration = .seconds(defaultWindowHours * 3600), maxDistance: Int = 3) {
        self.window = window
        self.maxDistance = min(max(maxDistance, 0), 3)
    }
}

public struct Failure: Sendable, Equatable {
    public var jobID: Int64
    /// `ClaimedJob.claim` of the claim that failed (the fencing token, as for `Completion`).
    public var claim: Int
    /// Read by people in `last_error`.
    public var reason: String
    /// False for bad input, which fails the same way every time.
    public var retryable: Bool

    public init(jobID: Int64, claim: Int, reason: String, retryable: Bool) {
        self.jobID = jobID
        self.claim = claim
        self.reason = reason
        self.retryable = retryable
    }
}

public struct RescueParams: Sendable {
    /// Most jobs handled by one statement, so one huge backlog never holds locks for long.
    public var limit: Int
    /// Lease expiries after which a job is dead rather than queued again.
    public var maxLeaseExpiries: Int

    public init(limit: Int, maxLeaseExpiries: Int) {
        self.limit = limit
        self.maxLeaseExpiries = maxLeaseExpiries
    }
}

public struct HeartbeatParams: Sendable {
    public var jobIDs: [Int64]
    public var workerID: String
    public var lease: Duration

    public init(jobIDs: [Int64], workerID: String, lease: Duration) {
        self.jobIDs = jobIDs
        self.workerID = workerID
        self.lease = lease
    }
}

/// Which jobs an operator's retry or cancel applies to.
public enum JobSelection: Sendable, Equatable {
    case ids([Int64])
    case state(JobState)
}

/// Which finished jobs `reprocess` puts back in the queue; every filter is optional and they
/// combine with AND.
public struct ReprocessParams: Sendable, Equatable {
    public var ids: [Int64]?
    /// Terminal states to select (nil: done only).
    public var states: [JobState]?
    public var finishedAfter: String?
    public var finishedBefore: String?
    /// Jobs whose article was written by a result schema older than this.
    public var schemaVersionBelow: Int?
    public var priority: Int?

    public init(ids: [Int64]? = nil, states: [JobState]? = nil, finishedAfter: String? = nil,
                finishedBefore: String? = nil, schemaVersionBelow: Int? = nil, priority: Int? = nil) {
        self.ids = ids
        self.states = states
        self.finishedAfter = finishedAfter
        self.finishedBefore = finishedBefore
        self.schemaVersionBelow = schemaVersionBelow
        self.priority = priority
    }
}

/// What `reprocess` did with the jobs it selected.
public struct ReprocessOutcome: Sendable, Equatable {
    /// Back in the queue, in id order.
    public var requeued: [Int64]
    /// Left as they were: retention dropped their payload, so there is nothing to process.
    public var payloadPruned: [Int64]

    public init(requeued: [Int64], payloadPruned: [Int64]) {
        self.requeued = requeued
        self.payloadPruned = payloadPruned
    }
}

public enum JobState: String, Sendable, CaseIterable {
    case queued, running, done, failed, dead, cancelled
}
