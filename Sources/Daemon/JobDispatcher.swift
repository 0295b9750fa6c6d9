import Dispatch
import Foundation
import LibPQ
import Logging
import Queue

/// The claim/complete loop, on a thread of its own with its own connection: claims jobs in
/// batches, hands them to the processing pool, and commits their outcomes in batches. Sleeps
/// on NOTIFY (with a poll fallback) when the queue is empty. On shutdown it stops claiming,
/// lets in-flight jobs finish within the grace period and hands the rest back.
final class JobDispatcher: Sendable {
    let config: WorkerConfiguration
    let runner: JobRunner
    let inFlight: InFlightJobs
    let shutdown: ShutdownSignal
    let metrics: WorkerMetrics
    let logger: Logger
    let wake = WakeSignal()
    private let pool = DispatchQueue(label: "newsdesk.processing", attributes: .concurrent)
    private let slots: DispatchSemaphore
    /// Longest a finished job waits for others to share its completion transaction.
    static let completionDelay = Duration.milliseconds(5)

    init(config: WorkerConfiguration, runner: JobRunner, inFlight: InFlightJobs, shutdown: ShutdownSignal,
         metrics: WorkerMetrics, logger: Logger) {
        self.config = config
        self.runner = runner
        self.inFlight = inFlight
        self.shutdown = shutdown
        self.metrics = metrics
        self.logger = logger
        self.slots = DispatchSemaphore(value: config.concurrency)
        shutdown.register(wake)
    }

    /// Runs until shutdown is requested and in-flight work is finished or handed back.
    /// Returns false when it stopped because every processing thread was stuck.
    func run() -> Bool {
        let opener = ReconnectingConnection(databaseURL: config.databaseURL, logger: logger, wake: wake,
                                            shouldStop: { [shutdown] in shutdown.isRequested })
        var queue: JobQueue?
        var backoff = Backoff()
        var stuck = false
        while !shutdown.isRequested {
            if giveUpOnOverdueJobs() {
                stuck = true
                shutdown.request()
                break
            }
            guard let current = queue ?? opener.open(role: "dispatcher", setUp: { (c: Connection) throws(PostgresError) in
                try c.listen("newsdesk_jobs")
            }).map(JobQueue.init) else { continue }
            queue = current
            do {
                try step(current)
                backoff.reset()
            } catch {
                logger.error("dispatcher lost the database", metadata: ["error": "\(error)"])
                metrics.databaseErrors.increment()
                queue = nil
                wake.wait(timeout: backoff.next())
            }
        }
        drain(queue: queue)
        return !stuck
    }

    /// Fails jobs that have been processing too long; true when no processing thread is left.
    private func giveUpOnOverdueJobs() -> Bool {
        let reason = "processing took longer than \(config.jobTimeout); the worker gave up on it"
        for id in inFlight.abandonOverdue(after: config.jobTimeout, reason: reason) {
            logger.error("job timed out", metadata: ["job": "\(id)", "timeout": "\(config.jobTimeout)"])
        }
        let stuck = inFlight.stuckThreads
        if stuck >= config.concurrency {
            logger.critical("every processing thread is stuck; exiting so the supervisor restarts the worker",
                            metadata: ["stuck": "\(stuck)"])
            return true
        }
        return false
    }

    /// One turn: commit finished outcomes, claim if there is room, and sleep if idle.
    private func step(_ queue: JobQueue) throws(PostgresError) {
        try flush(queue)
        let room = config.prefetch - inFlight.count
        var claimedFull = false
        if room > 0 && room * 2 >= config.prefetch || inFlight.count == 0 {
            let jobs = try queue.claim(ClaimParams(limit: room, workerID: config.workerID, lease: config.lease,
                                                   maxPayloadBytes: config.maxPayloadBytes))
            for job in jobs { dispatch(job) }
            metrics.claimed.increment(by: Int64(jobs.count))
            metrics.inFlight.set(Int64(inFlight.count))
            claimedFull = jobs.count == room
        }
        if !claimedFull {
            // Notifications, a full completion batch and shutdown all end this wait early;
            // finished jobs wait at most `completionDelay` for more to join their batch.
            let timeout = inFlight.hasOutcomes ? Self.completionDelay : config.pollInterval
            _ = try queue.connection.waitForNotifications(timeout: timeout, wake: wake)
        }
    }

    private func dispatch(_ job: ClaimedJob) {
        inFlight.add(job)
        let batch = max(1, config.prefetch / 2)
        pool.async { [runner, inFlight, wake, slots, metrics] in
            // The pool is bounded by `concurrency`; the rest of the prefetch waits here.
            slots.wait()
            defer { slots.signal() }
            inFlight.began(job.id)
            let start = ContinuousClock.now
            let outcome = runner.run(job)
            metrics.processing.record(ContinuousClock.now - start)
            if inFlight.post(outcome, batch: batch) { wake.signal() }
        }
    }

    /// Commits every posted outcome in one transaction. Outcomes of jobs whose lease was lost
    /// are dropped: the job belongs to another worker now.
    private func flush(_ queue: JobQueue) throws(PostgresError) {
        let outcomes = inFlight.takeOutcomes()
        guard !outcomes.isEmpty else { return }
        var completions: [Completion] = []
        var failures: [Failure] = []
        for outcome in outcomes {
            switch outcome {
            case let .completed(c): completions.append(c)
            case let .failed(f): failures.append(f)
            }
        }
        do {
            let commit = { () throws(PostgresError) in
                (try queue.complete(completions, workerID: self.config.workerID, duplicates: self.config.duplicates),
                 try queue.fail(failures, workerID: self.config.workerID))
            }
            // Each statement is atomic on its own; a transaction is needed only to join two.
            let start = ContinuousClock.now
            let (accepted, failed) = completions.isEmpty || failures.isEmpty
                ? try commit() : try queue.connection.transaction(commit)
            metrics.commit.record(ContinuousClock.now - start)
            metrics.completed.increment(by: Int64(accepted.count))
            metrics.failed.increment(by: Int64(failed.count))
            let lost = completions.count + failures.count - accepted.count - failed.count
            if lost > 0 {
                metrics.fenced.increment(by: Int64(lost))
                logger.warning("results discarded: lease lost (job rescued by another worker)", metadata: ["jobs": "\(lost)"])
            }
            for failure in failures where failed[failure.jobID] != nil {
                logger.notice("job failed", metadata: ["job": "\(failure.jobID)", "reason": "\(failure.reason)"])
            }
            inFlight.remove(completions.map(\.jobID) + failures.map(\.jobID))
            metrics.inFlight.set(Int64(inFlight.count))
        } catch {
            // Keep them for the next try (after reconnecting): the leases still fence them.
            for outcome in outcomes { inFlight.post(outcome) }
            throw error
        }
    }

    /// Shutdown: wait up to the grace period for in-flight jobs, then hand back the rest.
    private func drain(queue initial: JobQueue?) {
        let deadline = ContinuousClock.now + config.shutdownGrace
        var queue = initial
        while ContinuousClock.now < deadline {
            if queue == nil, let connection = try? Connection(config.databaseURL) { queue = JobQueue(connection: connection) }
            if let q = queue {
                do { try flush(q) } catch { queue = nil }
            }
            if inFlight.count == 0 { break }
            wake.wait(timeout: min(.milliseconds(100), deadline - ContinuousClock.now))
        }
        let left = inFlight.removeAll()
        guard !left.isEmpty else { return }
        do {
            let q = try queue ?? JobQueue(connection: Connection(config.databaseURL))
            let returned = try q.handBack(left, workerID: config.workerID)
            logger.notice("handed back unfinished jobs", metadata: ["jobs": "\(returned)"])
        } catch {
            logger.error("could not hand back jobs; their leases will expire", metadata: ["error": "\(error)", "jobs": "\(left.count)"])
        }
    }
}
