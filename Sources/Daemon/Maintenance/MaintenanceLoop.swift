import LibPQ
import Logging
import Queue

/// A periodic task on the maintenance connection.
protocol MaintenanceService: Sendable {
    var name: String { get }
    var interval: Duration { get }
    func run(_ queue: JobQueue) throws(PostgresError) -> MaintenanceTurn
}

/// How a service's turn ended.
enum MaintenanceTurn: Sendable, Equatable {
    /// Nothing more to do until its next interval.
    case done
    /// It stopped with work left (a backlog bigger than one turn's share): it runs again as
    /// soon as the services that are due have had their turn, so a long job never starves them.
    case unfinished
}

/// Runs the maintenance services (lease rescue, queue gauges, retention) on a thread and a
/// connection of their own, each on its own schedule, so none of them ever waits behind the
/// dispatcher's round trips. A lost connection is reopened with backoff; a service failing
/// for a reason no retry fixes is logged and tried again at its next turn.
final class MaintenanceLoop: Sendable {
    let databaseURL: String
    let services: [any MaintenanceService]
    let shutdown: ShutdownSignal
    let metrics: WorkerMetrics
    let logger: Logger
    let wake = WakeSignal()

    init(databaseURL: String, services: [any MaintenanceService], shutdown: ShutdownSignal, metrics: WorkerMetrics, logger: Logger) {
        self.databaseURL = databaseURL
        self.services = services
        self.shutdown = shutdown
        self.metrics = metrics
        self.logger = logger
        shutdown.register(wake)
    }

    func run() {
        let clock = ContinuousClock()
        var due = services.map { _ in clock.now }
        var queue: JobQueue?
        var backoff = Backoff()
        while !shutdown.isRequested {
            if queue == nil {
                do {
                    queue = try JobQueue.connect(databaseURL)
                    backoff.reset()
                } catch {
                    metrics.databaseErrors.increment()
                    logger.warning("maintenance cannot reach the database, retrying", metadata: ["error": "\(error)"])
                    wake.wait(timeout: backoff.next())
                    continue
                }
            }
            for (index, service) in services.enumerated() where clock.now >= due[index] {
                guard let current = queue else { break }
                due[index] = clock.now + service.interval
                do {
                    if try service.run(current) == .unfinished { due[index] = clock.now }
                } catch {
                    logger.error("maintenance failed", metadata: ["service": "\(service.name)", "error": "\(error)"])
                    if StatementFailure(error) == .transient {
                        metrics.databaseErrors.increment()
                        queue = nil
                    }
                }
            }
            if queue == nil { continue }
            if let next = due.min(), next > clock.now { wake.wait(timeout: next - clock.now) }
        }
    }
}
