import Foundation
import Queue

/// Everything a worker process can be tuned by. Defaults suit one host with a few cores.
public struct WorkerConfiguration: Sendable {
    /// libpq connection string or URI; empty means libpq's defaults (PG* variables, .pgpass).
    public var databaseURL: String
    /// Jobs parsed at once.
    public var concurrency: Int
    /// Jobs claimed per statement, and the most held (claimed, not yet completed) at once.
    public var prefetch: Int
    /// How long a claimed job is ours without a heartbeat.
    public var lease: Duration
    /// Fallback poll when no NOTIFY arrives, so a lost notification delays a job, never strands it.
    public var pollInterval: Duration
    /// How often expired leases are looked for.
    public var rescueInterval: Duration
    /// Longest one job may take to process before the worker gives up on it (a retryable
    /// failure). When every processing thread is stuck on such a job, the worker exits with an
    /// error so its supervisor restarts it.
    public var jobTimeout: Duration
    /// On SIGTERM, how long in-flight jobs may take before they are handed back.
    public var shutdownGrace: Duration
    /// Payloads above this fail at once without being downloaded.
    public var maxPayloadBytes: Int
    /// How new articles are linked to earlier near-duplicates.
    public var duplicates: DuplicatePolicy
    /// Identifies this process in `lease_owner`: host, pid and a random suffix.
    public var workerID: String

    public init(databaseURL: String = "", concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                prefetch: Int? = nil, lease: Duration = .seconds(30), pollInterval: Duration = .seconds(1),
                rescueInterval: Duration = .seconds(1), jobTimeout: Duration = .seconds(120),
                shutdownGrace: Duration = .seconds(10),
                maxPayloadBytes: Int = 16 << 20, duplicates: DuplicatePolicy = DuplicatePolicy(),
                workerID: String? = nil) {
        self.databaseURL = databaseURL
        self.concurrency = max(1, concurrency)
        self.prefetch = max(1, prefetch ?? max(64, concurrency * 16))
        self.lease = lease
        self.pollInterval = pollInterval
        self.rescueInterval = rescueInterval
        self.jobTimeout = jobTimeout
        self.shutdownGrace = shutdownGrace
        self.maxPayloadBytes = maxPayloadBytes
        self.duplicates = duplicates
        self.workerID = workerID ?? Self.defaultWorkerID()
    }

    /// Heartbeats come three times per lease, so two can be lost before the lease runs out.
    public var heartbeatInterval: Duration { lease / 3 }

    static func defaultWorkerID() -> String {
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(suffix)"
    }
}
