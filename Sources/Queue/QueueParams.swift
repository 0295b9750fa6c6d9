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

/// A finished job's result, fenced by the attempt it was claimed with.
public struct Completion: Sendable {
    public var jobID: Int64
    public var attempt: Int
    /// The result object as JSON text.
    public var resultJSON: String

    public init(jobID: Int64, attempt: Int, resultJSON: String) {
        self.jobID = jobID
        self.attempt = attempt
        self.resultJSON = resultJSON
    }
}

/// Which earlier article a new one is linked to in `duplicate_of`.
public struct DuplicatePolicy: Sendable {
    /// Only articles processed this recently are compared.
    public var window: Duration
    /// Largest SimHash Hamming distance that still counts as a near-duplicate (at most 3:
    /// the four-band index only guarantees to find matches up to that).
    public var maxDistance: Int

    public init(window: Duration = .seconds(7 * 24 * 3600), maxDistance: Int = 3) {
        self.window = window
        self.maxDistance = min(max(maxDistance, 0), 3)
    }
}

public struct Failure: Sendable {
    public var jobID: Int64
    public var attempt: Int
    /// Read by people in `last_error`.
    public var reason: String
    /// False for bad input, which fails the same way every time.
    public var retryable: Bool

    public init(jobID: Int64, attempt: Int, reason: String, retryable: Bool) {
        self.jobID = jobID
        self.attempt = attempt
        self.reason = reason
        self.retryable = retryable
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

public enum JobState: String, Sendable, CaseIterable {
    case queued, running, done, failed, dead, cancelled
}
