import LibPQ
import Queue

/// Reads the backlog (queued jobs, age of the oldest) into the metrics, for alerts that
/// need no SQL access (`newsdesk_queue_depth`, `newsdesk_oldest_queued_age_seconds`), and
/// into the systemd STATUS line.
struct QueueGauges: MaintenanceService {
    /// Often enough for alerting; each reading walks the queued rows' index.
    static let defaultInterval = Duration.seconds(15)
    let name = "queue gauges"
    let interval: Duration
    let metrics: WorkerMetrics
    let health: WorkerHealth

    func run(_ queue: JobQueue) throws(PostgresError) -> MaintenanceTurn {
        let depth = try queue.depth()
        metrics.queueDepth.set(Int64(depth.queued))
        metrics.oldestQueuedAge.set(depth.oldestSeconds ?? 0)
        health.update(queueDepth: depth.queued)
        return .done
    }
}
