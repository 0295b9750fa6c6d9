import LibPQ
import Logging
import Queue

/// Returns jobs whose lease expired (their worker was killed, its host lost or cut off) to the
/// queue with their attempt given back, or marks them dead once they have lost
/// `maxLeaseExpiries` workers. Every worker runs one; SKIP LOCKED keeps them apart, and a job
/// comes back within a lease plus one rescue interval.
struct LeaseRescuer: MaintenanceService {
    /// Jobs handled per statement, so one huge backlog never holds locks for long.
    static let batchSize = 1000
    /// Lease expiries after which a job is dead. Pages are processed in child processes, so a
    /// job cannot take its worker down by itself: an expiry almost always means the worker
    /// was killed from outside (a deploy's SIGKILL, the OOM killer, a lost host) and the job is
    /// innocent. The bound stays for the job that does bring its worker down (through a bug in
    /// the worker), which a restart loop would otherwise retry forever. It is not max_attempts:
    /// scripts/chaos (a kill every ~2 s) charged one innocent job 3 expiries, because a worker
    /// holds jobs in groups and a rescued group is claimed again first, by a fresh worker.
    static let maxLeaseExpiries = 10
    let name = "lease rescuer"
    let interval: Duration
    let metrics: WorkerMetrics
    let logger: Logger

    func run(_ queue: JobQueue) throws(PostgresError) -> MaintenanceTurn {
        while true {
            let states = try queue.rescueExpiredLeases(RescueParams(limit: Self.batchSize, maxLeaseExpiries: Self.maxLeaseExpiries))
            guard !states.isEmpty else { return .done }
            let dead = states.values.filter { $0 == .dead }.count
            metrics.rescued.increment(by: Int64(states.count))
            logger.warning("rescued jobs with expired leases",
                           metadata: ["requeued": "\(states.count - dead)", "dead": "\(dead)"])
            if states.count < Self.batchSize { return .done }
        }
    }
}
