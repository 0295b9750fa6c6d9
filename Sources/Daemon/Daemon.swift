import Extraction
import Foundation
import Logging

/// The worker process: a dispatcher thread (claims and completes), a maintenance thread
/// (heartbeats and lease rescue) and a processing pool, sharing one in-flight registry.
/// `run()` blocks until shutdown is requested and in-flight work is finished or handed back.
public final class Daemon: Sendable {
    public let config: WorkerConfiguration
    public let shutdown: ShutdownSignal
    public let metrics = WorkerMetrics()
    let logger: Logger
    let processor: any PageProcessor

    public init(config: WorkerConfiguration, processor: any PageProcessor = ArticleProcessor(),
                shutdown: ShutdownSignal = ShutdownSignal(), logger: Logger = Logger(label: "newsdesk")) {
        self.config = config
        self.processor = processor
        self.shutdown = shutdown
        self.logger = logger
    }

    /// Returns false when the worker gave up because every processing thread was stuck.
    @discardableResult
    public func run(notifier: SystemdNotifier = SystemdNotifier()) -> Bool {
        let inFlight = InFlightJobs()
        let dispatcher = JobDispatcher(config: config,
                                       runner: JobRunner(processor: processor, maxPayloadBytes: config.maxPayloadBytes),
                                       inFlight: inFlight, shutdown: shutdown, metrics: metrics, logger: logger)
        let maintenance = MaintenanceLoop(config: config, inFlight: inFlight, shutdown: shutdown, metrics: metrics, logger: logger)
        logger.info("worker starting", metadata: [
            "worker": "\(config.workerID)", "concurrency": "\(config.concurrency)",
            "prefetch": "\(config.prefetch)", "lease": "\(config.lease)",
        ])
        // Load the shipped data (gazetteers, language profiles) before claiming anything, so
        // the first jobs neither pay for it nor spend their lease on it.
        _ = try? processor.resultJSON(for: RawPage(text: "Warm-up: Newsdesk loads its data in Moscow.", format: .body))
        // libpq blocks: each connection gets a real thread, never the cooperative pool.
        let maintenanceDone = Self.spawn("newsdesk-maintenance") { maintenance.run() }
        notifier.notify("READY=1\nSTATUS=processing jobs")
        let clean = dispatcher.run()
        notifier.notify("STOPPING=1")
        maintenanceDone.wait()
        logger.info("worker stopped", metadata: ["worker": "\(config.workerID)"])
        return clean
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
