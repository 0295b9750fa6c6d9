import ArgumentParser
import BuildInfo
import Daemon
import Foundation
import Logging
import Queue

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the worker until SIGTERM or SIGINT.",
        discussion: """
            Exit status: 0 when stopped by a signal (or a drained queue with --until-empty); 78 when the \
            database setup needs fixing (bad password, unknown role, schema not migrated, permission \
            denied); 69 when jobs cannot be processed on this host.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Jobs processed at once, each in its own child process (default: number of cores).")
    var concurrency: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Most jobs held at once; fewer are held when processing is slow.")
    var maxPrefetch = 1024

    @Option(help: "Most outcomes recorded, and most jobs claimed, per database round trip.")
    var maxBatch = 256

    @Option(help: "Database connections carrying round trips (more let commits overlap).")
    var connections = 2

    @Option(help: "Lease length in seconds; heartbeats renew it three times per lease.")
    var lease: Double = 30

    @Option(help: "Fallback poll interval in seconds when no NOTIFY arrives.")
    var pollInterval: Double = 1

    @Option(help: "Seconds one job may process before its processor is killed (a retryable failure).")
    var jobTimeout: Double = 120

    @Option(help: "Address space cap of each processing child, in MiB; a page needing more fails.")
    var jobMemoryLimitMb = 2048

    @Option(help: "Seconds in-flight jobs get to finish after SIGTERM before they are handed back.")
    var shutdownGrace: Double = 10

    @Option(help: "Largest payload in bytes; larger jobs fail at once.")
    var maxPayloadBytes: Int = 16 << 20

    @Option(help: "Link new articles to near-duplicates processed within this many hours.")
    var duplicateWindowHours: Double = DuplicatePolicy.defaultWindowHours

    @Option(help: "Largest SimHash distance (0-3) that counts as a near-duplicate.")
    var duplicateMaxDistance: Int = 3

    @OptionGroup(title: "Retention (off unless given)") var retention: RetentionOptions

    @Option(help: "Serve /metrics, /healthz and /readyz over HTTP on this port (default: off).")
    var metricsPort: Int?

    @Option(help: "Address the metrics server binds (IPv4 or IPv6; :: for both).")
    var metricsHost = "127.0.0.1"

    @Flag(help: "Exit once the queue has no claimable jobs (demos, batch runs).")
    var untilEmpty = false

    @Flag(help: ArgumentHelp("Complete every job with an empty result, parsing nothing (queue benchmarks).", visibility: .hidden))
    var noOp = false

    @Flag(help: ArgumentHelp("Let pages ask the processor to crash, hang or misbehave (tests, scripts/chaos).", visibility: .hidden))
    var faultInjection = false

    @Flag(help: ArgumentHelp("Process pages on threads of the worker itself, without child processes: measures what isolation costs (scripts/bench-soak); a crash or hang then takes the worker down.", visibility: .hidden))
    var inProcess = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: Logger.Level = .info

    func validate() throws {
        func positive(_ value: Double, _ name: String) throws {
            guard value > 0, value.isFinite else { throw ValidationError("--\(name) must be a positive number of seconds") }
        }
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        guard maxPrefetch >= 1, maxBatch >= 1, connections >= 1 else {
            throw ValidationError("--max-prefetch, --max-batch and --connections must be at least 1")
        }
        try positive(lease, "lease")
        try positive(pollInterval, "poll-interval")
        try positive(jobTimeout, "job-timeout")
        guard shutdownGrace >= 0, shutdownGrace.isFinite else { throw ValidationError("--shutdown-grace must not be negative") }
        guard jobMemoryLimitMb >= 256 else { throw ValidationError("--job-memory-limit-mb must be at least 256") }
        guard maxPayloadBytes >= 1 else { throw ValidationError("--max-payload-bytes must be at least 1") }
        guard duplicateWindowHours >= 0, duplicateWindowHours.isFinite else { throw ValidationError("--duplicate-window-hours must not be negative") }
        guard (0...3).contains(duplicateMaxDistance) else { throw ValidationError("--duplicate-max-distance must be between 0 and 3") }
        try retention.check(duplicateWindowHours: duplicateWindowHours)
        if let port = metricsPort, !(0...65535).contains(port) {
            throw ValidationError("--metrics-port must be between 0 and 65535")
        }
    }

    func run() throws {
        LogOutput.bootstrap(level: logLevel)
        let processing: WorkerConfiguration.Processing
        if noOp {
            processing = .inline(NoOpProcessor())
        } else if inProcess {
            processing = .inline(ArticleProcessor())
        } else {
            var command = ["/proc/self/exe", "process-worker", "--parent-pid", "\(getpid())",
                           "--memory-limit-mb", "\(jobMemoryLimitMb)"]
            if faultInjection { command.append("--fault-injection") }
            processing = .childProcesses(command: command)
        }
        let config = WorkerConfiguration(
            databaseURL: database.resolved, processing: processing, concurrency: concurrency,
            maxPrefetch: maxPrefetch, maxBatch: maxBatch, connections: connections,
            lease: .seconds(lease), pollInterval: .seconds(pollInterval), jobTimeout: .seconds(jobTimeout),
            shutdownGrace: .seconds(shutdownGrace), maxPayloadBytes: maxPayloadBytes,
            duplicates: DuplicatePolicy(window: .seconds(duplicateWindowHours * 3600), maxDistance: duplicateMaxDistance),
            retention: retention.policy, untilEmpty: untilEmpty)
        let daemon = Daemon(config: config, metrics: WorkerMetrics(version: NewsdeskVersion.current))
        let handlers = daemon.shutdown.installSignalHandlers()
        if let port = metricsPort {
            do {
                try HealthServer(metrics: daemon.metrics, health: daemon.health, host: metricsHost, port: port).start()
            } catch {
                throw ValidationError("cannot serve metrics: \(error)")
            }
        }
        let outcome = withExtendedLifetime(handlers) { daemon.run() }
        switch outcome {
        case .stopped:
            return
        case let .configurationError(message):
            FileHandle.standardError.write(Data("newsdesk: configuration error: \(message)\n".utf8))
            throw ExitCode(78)  // EX_CONFIG
        case let .processingUnavailable(message):
            FileHandle.standardError.write(Data("newsdesk: cannot process jobs: \(message)\n".utf8))
            throw ExitCode(69)  // EX_UNAVAILABLE
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
