import Prometheus

/// What the worker counts, in Prometheus' text format (served by HealthServer at /metrics).
public final class WorkerMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    let claimed: Counter
    let completed: Counter
    let failed: Counter
    let fenced: Counter
    let refused: Counter
    let rescued: Counter
    let leasesLost: Counter
    let databaseErrors: Counter
    let payloadsPruned: Counter
    let jobsDeleted: Counter
    let inFlight: Gauge
    let queueDepth: Gauge
    let oldestQueuedAge: Gauge
    let processing: DurationHistogram
    let commit: DurationHistogram

    public init(version: String = "unknown") {
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "newsdesk", metricName: metric, unitName: unit, helpText: help)
        }
        claimed = registry.makeCounter(descriptor: name("jobs_claimed", "total", "Jobs claimed by this worker."))
        completed = registry.makeCounter(descriptor: name("jobs_completed", "total", "Jobs completed with a result row."))
        failed = registry.makeCounter(descriptor: name("jobs_failed", "total",
                                                       "Job failures recorded (bad input, crashes, timeouts, refused results)."))
        fenced = registry.makeCounter(descriptor: name("results_fenced", "total",
                                                       "Outcomes discarded because the job was no longer this worker's."))
        refused = registry.makeCounter(descriptor: name("results_refused", "total",
                                                        "Outcomes the database refused, failed with its reason."))
        rescued = registry.makeCounter(descriptor: name("leases_rescued", "total", "Expired leases this worker returned to the queue."))
        leasesLost = registry.makeCounter(descriptor: name("leases_lost", "total", "Jobs whose lease was found gone at heartbeat."))
        databaseErrors = registry.makeCounter(descriptor: name("database_errors", "total",
                                                               "Failed connections and statements that forced a reconnect."))
        payloadsPruned = registry.makeCounter(descriptor: name("retention_payloads_dropped", "total",
                                                              "Payloads of old done jobs this worker's cleaner dropped."))
        jobsDeleted = registry.makeCounter(descriptor: name("retention_jobs_deleted", "total",
                                                           "Old finished jobs this worker's cleaner deleted (done ones with their articles)."))
        inFlight = registry.makeGauge(descriptor: name("jobs_in_flight", "", "Jobs claimed by this worker and not yet recorded."))
        queueDepth = registry.makeGauge(descriptor: name("queue_depth", "", "Jobs queued in the database (all workers)."))
        oldestQueuedAge = registry.makeGauge(descriptor: name("oldest_queued_age", "seconds",
                                                              "Age of the oldest queued job (0 when none)."))
        registry.makeGauge(descriptor: name("build_info", "", "Always 1; the label says which build this worker runs."),
                           labels: [("version", version)]).set(Int64(1))
        let buckets: [Duration] = [.microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                                   .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5)]
        processing = registry.makeDurationHistogram(
            descriptor: name("job_processing", "seconds", "Time to parse and enrich one job."), buckets: buckets)
        commit = registry.makeDurationHistogram(
            descriptor: name("database_round_trip", "seconds", "Time of one batch's database round trip (record and claim)."),
            buckets: buckets)
    }

    public func text() -> String { registry.emitToString() }
}
