import LibPQ
import Logging
import Queue

/// Renews the leases of every job this process holds, three times per lease period, so a
/// slow job is never rescued from a live worker.
struct LeaseHeartbeat {
    let config: WorkerConfiguration
    let inFlight: InFlightJobs
    let metrics: WorkerMetrics
    let logger: Logger

    func beat(_ queue: JobQueue) throws(PostgresError) {
        let ids = inFlight.ids
        guard !ids.isEmpty else { return }
        let held = try queue.heartbeat(HeartbeatParams(jobIDs: ids, workerID: config.workerID, lease: config.lease))
        if held.count < ids.count {
            // Their results will be fenced off at completion; say so now for the operator.
            metrics.leasesLost.increment(by: Int64(ids.count - held.count))
            logger.warning("leases lost before the heartbeat", metadata: ["jobs": "\(ids.count - held.count)"])
        }
    }
}
