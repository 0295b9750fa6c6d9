import Foundation
import LibPQ
import Logging
import Queue
import Synchronization

/// Carries out `DispatcherStateMachine`'s decisions on one thread: opens the lanes'
/// connections, sends their statements without waiting and collects the replies as their
/// sockets become readable, hands claimed jobs to the processing pool, and sleeps in poll(2)
/// on the sockets and a wake signal (processing finished, shutdown) until something happens.
final class Dispatcher {
    let config: WorkerConfiguration
    let pool: ProcessingPool
    let inbox: ProcessingInbox
    let shutdown: ShutdownSignal
    let metrics: WorkerMetrics
    let health: WorkerHealth
    let logger: Logger
    private var machine: DispatcherStateMachine
    private var queues: [JobQueue?]
    private var sentAt: [ContinuousClock.Instant?]
    /// The failures each lane's exchange carries, logged once the database accepts them.
    private var sentFailures: [[Failure]]
    private var reported = DispatcherStateMachine.Counters()
    private var shutdownSeen = false

    init(config: WorkerConfiguration, pool: ProcessingPool, inbox: ProcessingInbox, shutdown: ShutdownSignal,
         metrics: WorkerMetrics, health: WorkerHealth, logger: Logger) {
        self.config = config
        self.pool = pool
        self.inbox = inbox
        self.shutdown = shutdown
        self.metrics = metrics
        self.health = health
        self.logger = logger
        machine = DispatcherStateMachine(settings: config.dispatchSettings, now: .now)
        queues = Array(repeating: nil, count: config.dispatchSettings.lanes)
        sentAt = Array(repeating: nil, count: config.dispatchSettings.lanes)
        sentFailures = Array(repeating: [], count: config.dispatchSettings.lanes)
        shutdown.register(inbox.wake)
    }

    /// Runs until the state machine exits; returns why.
    func run() -> DispatcherStateMachine.Exit {
        var events: [DispatcherStateMachine.Event] = []
        while true {
            if shutdown.isRequested && !shutdownSeen {
                shutdownSeen = true
                events.append(.shutdownRequested)
            }
            for event in inbox.take() {
                if case let .finished(outcomes) = event { recordProcessing(outcomes) }
                events.append(event)
            }
            var actions: [DispatcherStateMachine.Action] = []
            for event in events { actions += machine.receive(event, now: .now) }
            events.removeAll()
            actions += machine.nextActions(now: .now)
            for action in actions {
                if let exit = perform(action, events: &events) { return exit }
            }
            report()
            if !events.isEmpty { continue }
            events += waitForSomething()
        }
    }

    private func recordProcessing(_ outcomes: [DispatcherStateMachine.Outcome]) {
        for outcome in outcomes {
            if case let .completed(c) = outcome, let time = c.processingTime { metrics.processing.record(time) }
        }
    }

    // MARK: Actions

    private func perform(_ action: DispatcherStateMachine.Action, events: inout [DispatcherStateMachine.Event]) -> DispatcherStateMachine.Exit? {
        switch action {
        case let .connect(lane):
            do {
                let queue = try JobQueue.connect(config.databaseURL)
                if lane == 0 { try queue.listenForJobs() }
                queues[lane] = queue
                if lane == 0 { logger.info("connected", metadata: ["database": "\(queue.safeDescription)"]) }
                events.append(.connected(lane: lane))
            } catch {
                logger.warning("database unavailable, retrying", metadata: ["lane": "\(lane)", "error": "\(error)"])
                metrics.databaseErrors.increment()
                events.append(.connectFailed(lane: lane, StatementFailure(error), message: error.description))
            }
        case let .exchange(lane, batch):
            sentFailures[lane] = batch.failures
            send(.exchange(ExchangeParams(
                workerID: config.workerID, completions: batch.completions, failures: batch.failures, claim: batch.claim,
                lease: config.lease, maxPayloadBytes: config.maxPayloadBytes, duplicates: config.duplicates)),
                 lane: lane, events: &events)
        case let .heartbeat(lane, jobs):
            send(.heartbeat(HeartbeatParams(jobIDs: jobs, workerID: config.workerID, lease: config.lease)), lane: lane, events: &events)
        case let .handBack(lane, jobs):
            logger.notice("handing back unfinished jobs", metadata: ["jobs": "\(jobs.count)"])
            send(.handBack(jobs, workerID: config.workerID), lane: lane, events: &events)
        case let .process(jobs):
            pool.submit(jobs)
        case let .cancel(ids):
            pool.cancel(ids)
        case .stopProcessing:
            pool.stop()
        case let .exit(reason):
            return reason
        }
        return nil
    }

    private func send(_ request: JobQueue.Request, lane: Int, events: inout [DispatcherStateMachine.Event]) {
        guard let queue = queues[lane] else {
            events.append(.statementFailed(lane: lane, .transient, message: "not connected"))
            return
        }
        do {
            try queue.send(request)
            sentAt[lane] = .now
        } catch {
            events.append(failed(lane: lane, error))
        }
    }

    private func failed(lane: Int, _ error: PostgresError) -> DispatcherStateMachine.Event {
        let failure = StatementFailure(error)
        switch failure {
        case .transient:
            queues[lane] = nil
            metrics.databaseErrors.increment()
            logger.warning("lost the database connection; the batch will be sent again", metadata: ["lane": "\(lane)", "error": "\(error)"])
        case .rejected:
            logger.warning("the database rejected a batch; isolating the job at fault", metadata: ["error": "\(error)"])
        case .configuration:
            logger.critical("the database refused a statement for a reason no job causes", metadata: ["error": "\(error)"])
        }
        return .statementFailed(lane: lane, failure, message: error.description)
    }

    // MARK: Waiting

    /// Sleeps until a reply, a notification, processing news, shutdown or the machine's next
    /// deadline, and returns the events that woke it.
    private func waitForSomething() -> [DispatcherStateMachine.Event] {
        let now = ContinuousClock.now
        let deadline = machine.wakeDeadline(now: now) ?? now + config.pollInterval
        // Never sleep longer than a second: the watchdog ping and status line come from here.
        let timeout = min(max(deadline - now, .zero), .seconds(1))
        var fds = [pollfd(fd: inbox.wake.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        var watched: [Int] = []
        for (lane, queue) in queues.enumerated() {
            guard let queue, lane == 0 || sentAt[lane] != nil else { continue }
            fds.append(pollfd(fd: queue.pollDescriptor, events: Int16(POLLIN), revents: 0))
            watched.append(lane)
        }
        _ = poll(&fds, nfds_t(fds.count), timeout.milliseconds + (timeout > .zero ? 1 : 0))
        if fds[0].revents != 0 { inbox.wake.clear() }
        var events: [DispatcherStateMachine.Event] = []
        for (index, lane) in watched.enumerated() where fds[index + 1].revents != 0 {
            events += collect(lane: lane)
        }
        health.pulse()
        return events
    }

    private func collect(lane: Int) -> [DispatcherStateMachine.Event] {
        guard let queue = queues[lane] else { return [] }
        var events: [DispatcherStateMachine.Event] = []
        do {
            if let reply = try queue.collect() {
                if let start = sentAt[lane] { metrics.commit.record(ContinuousClock.now - start) }
                sentAt[lane] = nil
                switch reply {
                case let .exchanged(r):
                    for failure in sentFailures[lane] {
                        guard let state = r.failed[failure.jobID] else { continue }
                        logger.notice("job failed", metadata: ["job": "\(failure.jobID)", "claim": "\(failure.claim)",
                                                                "state": "\(state.rawValue)", "reason": "\(failure.reason)"])
                    }
                    sentFailures[lane] = []
                    events.append(.exchanged(lane: lane, r))
                case let .heartbeat(held): events.append(.heartbeatAnswered(lane: lane, held: held))
                case .handedBack: events.append(.handedBack(lane: lane))
                }
            }
            if lane == 0 && queue.takeJobNotifications() { events.append(.notified) }
        } catch {
            sentAt[lane] = nil
            events.append(failed(lane: lane, error))
        }
        return events
    }

    // MARK: Reporting

    /// Turns the machine's counters into metrics and log lines, and publishes its state.
    private func report() {
        let now = machine.counters
        defer { reported = now }
        metrics.claimed.increment(by: Int64(now.claimed - reported.claimed))
        metrics.completed.increment(by: Int64(now.stored - reported.stored))
        metrics.failed.increment(by: Int64(now.failed - reported.failed))
        if now.fenced > reported.fenced {
            metrics.fenced.increment(by: Int64(now.fenced - reported.fenced))
            logger.warning("results discarded: the job is no longer this worker's (rescued or re-queued)",
                           metadata: ["jobs": "\(now.fenced - reported.fenced)"])
        }
        if now.leasesLost > reported.leasesLost {
            metrics.leasesLost.increment(by: Int64(now.leasesLost - reported.leasesLost))
            logger.warning("leases found lost at heartbeat; those jobs were dropped",
                           metadata: ["jobs": "\(now.leasesLost - reported.leasesLost)"])
        }
        if now.refused > reported.refused {
            metrics.refused.increment(by: Int64(now.refused - reported.refused))
        }
        metrics.inFlight.set(Int64(machine.heldCount))
        health.update(connected: machine.isConnected, held: machine.heldCount, recorded: now.stored + now.failed)
    }
}

/// Where processing leaves its news for the dispatcher: finished outcomes, or word that it
/// cannot go on. Rings `wake` so the dispatcher's poll returns at once.
final class ProcessingInbox: Sendable {
    let wake = WakeSignal()
    private let news = Mutex<(outcomes: [DispatcherStateMachine.Outcome], unavailable: String?)>(([], nil))

    func finished(_ outcome: DispatcherStateMachine.Outcome) {
        news.withLock { $0.outcomes.append(outcome) }
        wake.signal()
    }

    func unavailable(_ message: String) {
        news.withLock { $0.unavailable = $0.unavailable ?? message }
        wake.signal()
    }

    func take() -> [DispatcherStateMachine.Event] {
        let (outcomes, unavailable) = news.withLock { news in
            defer { news = ([], nil) }
            return news
        }
        var events: [DispatcherStateMachine.Event] = outcomes.isEmpty ? [] : [.finished(outcomes)]
        if let unavailable { events.append(.processingUnavailable(message: unavailable)) }
        return events
    }
}
