import LibPQ
import Logging
import Queue

/// Heartbeats and lease rescue, on a thread and connection of their own so a busy dispatcher
/// (or a long completion) never delays a heartbeat past the lease.
final class MaintenanceLoop: Sendable {
    let config: WorkerConfiguration
    let inFlight: InFlightJobs
    let shutdown: ShutdownSignal
    let metrics: WorkerMetrics
    let logger: Logger
    let wake = WakeSignal()

    init(config: WorkerConfiguration, inFlight: InFlightJobs, shutdown: ShutdownSignal, metrics: WorkerMetrics, logger: Logger) {
        self.config = config
        self.inFlight = inFlight
        self.shutdown = shutdown
        self.metrics = metrics
        self.logger = logger
        shutdown.register(wake)
    }

    func run() {
        let opener = ReconnectingConnection(databaseURL: config.databaseURL, logger: logger, wake: wake,
                                            shouldStop: { [shutdown] in shutdown.isRequested })
        let heartbeat = LeaseHeartbeat(config: config, inFlight: inFlight, metrics: metrics, logger: logger)
        let rescuer = LeaseRescuer(metrics: metrics, logger: logger)
        let clock = ContinuousClock()
        var nextBeat = clock.now
        var nextRescue = clock.now
        var queue: JobQueue?
        while !shutdown.isRequested {
            guard let current = queue ?? opener.open(role: "maintenance").map(JobQueue.init) else { continue }
            queue = current
            do {
                if clock.now >= nextBeat {
                    try heartbeat.beat(current)
                    nextBeat = clock.now + config.heartbeatInterval
                }
                if clock.now >= nextRescue {
                    try rescuer.rescue(current)
                    nextRescue = clock.now + config.rescueInterval
                }
            } catch {
                logger.error("maintenance lost the database", metadata: ["error": "\(error)"])
                metrics.databaseErrors.increment()
                queue = nil
            }
            let next = min(nextBeat, nextRescue)
            if next > clock.now { wake.wait(timeout: next - clock.now) }
        }
    }
}
