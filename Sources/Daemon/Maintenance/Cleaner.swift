import LibPQ
import Logging
import Queue

/// Retention: deletes finished jobs (done ones with their articles and article history) and
/// drops the payloads of done jobs once they are older than the policy's ages, so that the
/// tables stop growing. Every worker runs one when a policy is set; each statement handles one
/// batch with SKIP LOCKED, so cleaners on several workers share the work and none ever waits
/// for a row a worker or an operator holds. A turn stops after `batchesPerTurn` statements and
/// asks for another turn at once, so a backlog (the first run after retention is switched on)
/// is worked through without keeping the lease rescuer from its turns.
struct Cleaner: MaintenanceService {
    struct Configuration: Sendable {
        /// Often enough that what falls due is removed within a minute; each turn with nothing
        /// due costs a few index probes.
        static let defaultInterval = Duration.seconds(30)
        /// Rows per statement: short transactions and small WAL bursts, few round trips.
        static let defaultBatchSize = 1000
        /// Statements per turn before the other services get theirs.
        static let defaultBatchesPerTurn = 10

        var policy: RetentionPolicy
        var interval = defaultInterval
        var batchSize = defaultBatchSize
        var batchesPerTurn = defaultBatchesPerTurn
    }

    let name = "cleaner"
    let configuration: Configuration
    let metrics: WorkerMetrics
    let logger: Logger

    var interval: Duration { configuration.interval }

    func run(_ queue: JobQueue) throws(PostgresError) -> MaintenanceTurn {
        let (counts, finished) = try queue.applyRetention(configuration.policy, batchSize: configuration.batchSize,
                                                          maxBatches: configuration.batchesPerTurn)
        metrics.payloadsPruned.increment(by: Int64(counts.payloadsDropped))
        metrics.jobsDeleted.increment(by: Int64(counts.doneDeleted + counts.unsuccessfulDeleted))
        if !counts.isEmpty {
            logger.info("retention removed old data", metadata: [
                "payloads_dropped": "\(counts.payloadsDropped)", "done_jobs_deleted": "\(counts.doneDeleted)",
                "failed_jobs_deleted": "\(counts.unsuccessfulDeleted)",
            ])
        }
        return finished ? .done : .unfinished
    }
}
