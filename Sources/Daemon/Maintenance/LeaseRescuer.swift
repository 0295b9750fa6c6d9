import LibPQ
import Logging
import Queue

/// Returns jobs whose lease expired (their worker was killed, its host lost or cut off) to the
/// queue with their attempt given back, or marks them dead once they have lost max_attempts
/// workers. Every worker runs one; SKIP LOCKED keeps them apart, and a job comes back within
/// a lease plus one rescue interval.
struct LeaseRescuer: MaintenanceService {
    /// Jobs handled per statement, so one huge backlog never holds locks for long.
    static let batchSize = 1000
    let name = "lease rescuer"
    let interval: Duration
    let metrics: WorkerMetrics
    let logger: Logger

    func run(_ queue: JobQueue) throws(PostgresError) -> MaintenanceTurn {
        while true {
            let states = try queue.rescueExpiredLeases(limit: Self.batchSize)
            guard !states.isEmpty else { return .done }
            let dead = states.values.filter { $0 == .dead }.count
            metrics.rescued.increment(by: Int64(states.count))
            logger.warning("rescued jobs with expired leases",
                           metadata: ["requeued": "\(states.count - dead)", "dead": "\(dead)"])
            if states.count < Self.batchSize { return .done }
        }
    }
}
