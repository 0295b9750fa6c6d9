import Foundation
import LibPQ
import Logging
import Queue

/// The worker process. `run()` checks the database (reachable, schema current), reports
/// ready, then runs three things until shutdown: the dispatcher (claims and records, on one
/// thread), the processing pool (one slot per job at a time, each with a child process) and
/// the maintenance loop (lease rescue, gauges and, when a retention policy is set, the
/// cleaner). It returns once in-flight work is recorded or handed back, saying why it stopped.
public final class Daemon: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Stopped as asked (SIGTERM, or the queue drained under `untilEmpty`).
        case stopped
        /// The database setup is wrong (bad password, unknown role, schema not migrated,
        /// permission denied): retrying would not help; the message says what to fix.
        case configurationError(String)
        /// Jobs cannot be processed on this host (the processor cannot be started).
        case processingUnavailable(String)
    }

    public let config: WorkerConfiguration
    public let shutdown: ShutdownSignal
    public let metrics: WorkerMetrics
    public let health: WorkerHealth
    let logger: Logger

    public init(config: WorkerConfiguration, shutdown: ShutdownSignal = ShutdownSignal(),
                metrics: WorkerMetrics = WorkerMetrics(), health: WorkerHealth = WorkerHealth(),
                logger: Logger = Logger(label: "newsdesk")) {
        self.config = config
        self.shutdown = shutdown
        self.metrics = metrics
        self.health = health
        self.logger = logger
    }

    public func run() -> Outcome {
        // A child that dies while we write to it must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        if let problem = waitForDatabase() { return problem }
        if shutdown.isRequested { return .stopped }
        logger.info("worker starting", metadata: [
            "worker": "\(config.workerID)", "concurrency": "\(config.concurrency)",
            "max_prefetch": "\(config.maxPrefetch)", "connections": "\(config.connections)", "lease": "\(config.lease)",
        ])
        let inbox = ProcessingInbox()
        let pool = ProcessingPool(
            settings: ProcessingPool.Settings(slots: config.concurrency, jobTimeout: config.jobTimeout),
            makeExecutor: { [config] _ in
                switch config.processing {
                case let .childProcesses(command):
                    ChildProcessExecutor(settings: .init(command: command, maxPayloadBytes: config.maxPayloadBytes))
                case let .inline(processor):
                    InlineExecutor(processor: processor, maxPayloadBytes: config.maxPayloadBytes)
                }
            },
            onFinished: { inbox.finished($0) }, onUnavailable: { inbox.unavailable($0) })
        var services: [any MaintenanceService] = [
            LeaseRescuer(interval: config.rescueInterval, metrics: metrics, logger: logger),
            QueueGauges(interval: QueueGauges.defaultInterval, metrics: metrics, health: health),
        ]
        if config.retention.isEnabled {
            services.append(Cleaner(configuration: .init(policy: config.retention), metrics: metrics, logger: logger))
        }
        let maintenance = MaintenanceLoop(databaseURL: config.databaseURL, services: services, shutdown: shutdown,
                                          metrics: metrics, logger: logger)
        let maintenanceDone = Self.spawn("newsdesk-maintenance") { maintenance.run() }
        health.notifier.notify("READY=1")
        health.describe("processing jobs")
        let dispatcher = Dispatcher(config: config, pool: pool, inbox: inbox, shutdown: shutdown, metrics: metrics,
                                    health: health, logger: logger)
        let exit = dispatcher.run()
        health.stopping()
        pool.stop()
        shutdown.request()
        maintenanceDone.wait()
        switch exit {
        case .clean:
            logger.info("worker stopped", metadata: ["worker": "\(config.workerID)"])
            return .stopped
        case let .configuration(message):
            logger.critical("stopping: the database setup needs fixing", metadata: ["error": "\(message)"])
            return .configurationError(message)
        case let .processingUnavailable(message):
            logger.critical("stopping: jobs cannot be processed on this host", metadata: ["error": "\(message)"])
            return .processingUnavailable(message)
        }
    }

    /// Connects and checks the schema before anything is claimed. A database that is down or
    /// starting is waited for (with backoff, reported in the STATUS line); one that refuses us
    /// or lacks migrations is a configuration error.
    private func waitForDatabase() -> Outcome? {
        var backoff = Backoff()
        let wake = WakeSignal()
        shutdown.register(wake)
        while !shutdown.isRequested {
            do {
                let queue = try JobQueue.connect(config.databaseURL)
                let pending = try queue.pendingMigrations()
                guard pending.isEmpty else {
                    return .configurationError("the database lacks migrations \(pending.joined(separator: ", ")): run `newsdesk migrate` first")
                }
                health.schemaVerified()
                return nil
            } catch {
                if StatementFailure(error) == .configuration { return .configurationError(error.description) }
                metrics.databaseErrors.increment()
                let delay = backoff.next()
                logger.warning("waiting for the database", metadata: ["error": "\(error)", "retry_in": "\(delay)"])
                health.describe("waiting for the database: \(error)")
                wake.wait(timeout: delay)
            }
        }
        return nil
    }

    private static func spawn(_ name: String, _ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.name = name
        thread.start()
        return done
    }
}
