import Prometheus

/// What the worker counts, in Prometheus' text format (served by MetricsServer).
public final class WorkerMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    let claimed: Counter
    let completed: Counter
    let failed: Counter
    let fenced: Counter
    let rescued: Counter
    let leasesLost: Counter
    let databaseErrors: Counter
    let inFlight: Gauge
    let processing: DurationHistogram
    let commit: DurationHistogram

    public init() {
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "newsdesk", metricName: metric, unitName: unit, helpText: help)
        }
        claimed = registry.makeCounter(descriptor: name("jobs_claimed", "total", "Jobs claimed by this worker."))
        completed = registry.makeCounter(descriptor: name("jobs_completed", "total", "Jobs completed with a result row."))
        failed = registry.makeCounter(descriptor: name("jobs_failed", "total", "Jobs failed for bad input."))
        fenced = registry.makeCounter(descriptor: name("results_fenced", "total",
                                                       "Results discarded because the job's lease had passed to another worker."))
        rescued = registry.makeCounter(descriptor: name("leases_rescued", "total", "Expired leases this worker returned to the queue."))
        leasesLost = registry.makeCounter(descriptor: name("leases_lost", "total", "Leases found lost at heartbeat."))
        databaseErrors = registry.makeCounter(descriptor: name("database_errors", "total", "Database errors that forced a reconnect."))
        inFlight = registry.makeGauge(descriptor: name("jobs_in_flight", "count", "Jobs claimed and not yet completed."))
        let buckets: [Duration] = [.microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                                   .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5)]
        processing = registry.makeDurationHistogram(
            descriptor: name("job_processing", "seconds", "Time to parse and enrich one job."), buckets: buckets)
        commit = registry.makeDurationHistogram(
            descriptor: name("completion_commit", "seconds", "Time to commit one completion batch."), buckets: buckets)
    }

    public func text() -> String { registry.emitToString() }
}
