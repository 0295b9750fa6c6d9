import ArgumentParser
import Daemon
import Foundation
import Logging
import Queue

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the worker until SIGTERM or SIGINT.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Jobs parsed at once (default: number of cores).")
    var concurrency: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Jobs claimed per statement and held at most (default: max(64, 16 × concurrency)).")
    var prefetch: Int?

    @Option(help: "Lease length in seconds; heartbeats renew it three times per lease.")
    var lease: Double = 30

    @Option(help: "Fallback poll interval in seconds when no NOTIFY arrives.")
    var pollInterval: Double = 1

    @Option(help: "Seconds one job may take before the worker gives up on it (a retryable failure).")
    var jobTimeout: Double = 120

    @Option(help: "Seconds in-flight jobs get to finish after SIGTERM before they are handed back.")
    var shutdownGrace: Double = 10

    @Option(help: "Largest payload in bytes; larger jobs fail at once.")
    var maxPayloadBytes: Int = 16 << 20

    @Option(help: "Link new articles to near-duplicates processed within this many hours.")
    var duplicateWindowHours: Double = 168

    @Option(help: "Largest SimHash distance (0-3) that counts as a near-duplicate.")
    var duplicateMaxDistance: Int = 3

    @Option(help: "Serve Prometheus metrics over HTTP on this port (default: off).")
    var metricsPort: Int?

    @Option(help: "Address the metrics server binds.")
    var metricsHost = "127.0.0.1"

    @Flag(help: "Exit once the queue has no claimable jobs (demos, batch runs).")
    var untilEmpty = false

    @Flag(help: ArgumentHelp("Complete every job with an empty result, parsing nothing (queue benchmarks).", visibility: .hidden))
    var noOp = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: Logger.Level = .info

    func run() throws {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let config = WorkerConfiguration(
            databaseURL: database.resolved, concurrency: concurrency, prefetch: prefetch,
            lease: .seconds(lease), pollInterval: .seconds(pollInterval), jobTimeout: .seconds(jobTimeout),
            shutdownGrace: .seconds(shutdownGrace),
            maxPayloadBytes: maxPayloadBytes,
            duplicates: DuplicatePolicy(window: .seconds(duplicateWindowHours * 3600), maxDistance: duplicateMaxDistance))
        try SchemaCheck.requireCurrent(databaseURL: database.resolved)
        let daemon = Daemon(config: config, processor: noOp ? NoOpProcessor() : ArticleProcessor())
        let handlers = daemon.shutdown.installSignalHandlers()
        if let port = metricsPort {
            try MetricsServer(metrics: daemon.metrics, host: metricsHost, port: port).start()
        }
        if untilEmpty {
            let watcher = QueueDrainWatcher(databaseURL: database.resolved, shutdown: daemon.shutdown)
            Thread { watcher.run() }.start()
        }
        let clean = withExtendedLifetime(handlers) { daemon.run() }
        if !clean { throw ExitCode.failure }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
