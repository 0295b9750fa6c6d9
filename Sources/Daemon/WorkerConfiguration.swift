import Foundation
import Queue

/// Everything a worker process can be tuned by, with the defaults a host with a few cores
/// wants. `newsdesk run --help` documents each option; the queue benchmarks and the chaos
/// run set the hidden ones.
public struct WorkerConfiguration: Sendable {
    /// How each job's page is processed.
    public enum Processing: Sendable {
        /// In child processes running this command (the newsdesk binary with
        /// `process-worker` and its options), one job at a time each: a crash, hang or memory
        /// blow-up ends that child only.
        case childProcesses(command: [String])
        /// In this process, on the processing threads. Only for processors that cannot crash or
        /// hang (`--no-op` benchmarks): a job that hangs here cannot be stopped.
        case inline(any PageProcessor)
    }

    /// libpq connection string or URI; empty means libpq's defaults (PG* variables, .pgpass).
    public var databaseURL: String
    public var processing: Processing
    /// Jobs processed at once (processing slots, and child processes).
    public var concurrency: Int
    /// Most jobs held at once (claimed, not yet recorded). The dispatcher holds fewer when
    /// processing is slow: enough to keep every slot busy through one database round trip.
    public var maxPrefetch: Int
    /// Most outcomes and most claimed jobs per database round trip.
    public var maxBatch: Int
    /// Database connections that carry round trips; more than one lets commits overlap.
    public var connections: Int
    /// Longest a finished job waits for others to share its round trip.
    public var flushDelay: Duration
    /// How long a claimed job is ours without a heartbeat.
    public var lease: Duration
    /// Fallback poll when no NOTIFY arrives, so a lost notification delays a job, never strands it.
    public var pollInterval: Duration
    /// How often expired leases are looked for.
    public var rescueInterval: Duration
    /// Longest one job may process; the child running it is then killed and the job fails
    /// retryably (it ends dead if it hangs every time).
    public var jobTimeout: Duration
    /// On SIGTERM, how long in-flight jobs may take before they are handed back.
    public var shutdownGrace: Duration
    /// Payloads above this fail at once without being downloaded.
    public var maxPayloadBytes: Int
    /// How new articles are linked to earlier near-duplicates.
    public var duplicates: DuplicatePolicy
    /// How long finished jobs, their payloads and articles are kept (the Cleaner service runs
    /// only when some part is set). Deletions must not reach into the duplicate window:
    /// `RetentionPolicy.conflict(withDuplicateWindow:)`.
    public var retention: RetentionPolicy
    /// Exit once no job is claimable and nothing is held.
    public var untilEmpty: Bool
    /// Identifies this process in `lease_owner`: host, pid and a random suffix.
    public var workerID: String

    public init(databaseURL: String = "", processing: Processing,
                concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                maxPrefetch: Int = 1024, maxBatch: Int = 256, connections: Int = 2,
                flushDelay: Duration = .milliseconds(5),
                lease: Duration = .seconds(30), pollInterval: Duration = .seconds(1),
                rescueInterval: Duration = .seconds(1), jobTimeout: Duration = .seconds(120),
                shutdownGrace: Duration = .seconds(10),
                maxPayloadBytes: Int = 16 << 20, duplicates: DuplicatePolicy = DuplicatePolicy(),
                retention: RetentionPolicy = RetentionPolicy(), untilEmpty: Bool = false, workerID: String? = nil) {
        self.databaseURL = databaseURL
        self.processing = processing
        self.concurrency = max(1, concurrency)
        self.maxPrefetch = max(self.concurrency, maxPrefetch)
        self.maxBatch = max(1, maxBatch)
        self.connections = max(1, connections)
        self.flushDelay = flushDelay
        self.lease = lease
        self.pollInterval = pollInterval
        self.rescueInterval = rescueInterval
        self.jobTimeout = jobTimeout
        self.shutdownGrace = shutdownGrace
        self.maxPayloadBytes = maxPayloadBytes
        self.duplicates = duplicates
        self.retention = retention
        self.untilEmpty = untilEmpty
        self.workerID = workerID ?? Self.defaultWorkerID()
    }

    /// Heartbeats come three times per lease, so two can be lost before the lease runs out.
    public var heartbeatInterval: Duration { lease / 3 }

    var dispatchSettings: DispatcherStateMachine.Settings {
        DispatcherStateMachine.Settings(
            concurrency: concurrency, maxHeld: maxPrefetch, maxBatch: maxBatch, flushDelay: flushDelay,
            pollInterval: pollInterval, heartbeatInterval: heartbeatInterval, shutdownGrace: shutdownGrace,
            lanes: connections, untilEmpty: untilEmpty, reconnectBackoff: Backoff())
    }

    static func defaultWorkerID() -> String {
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(suffix)"
    }
}
