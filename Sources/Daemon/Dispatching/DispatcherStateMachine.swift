import Queue

/// The worker's claim/complete decisions, as a pure state machine: the driver feeds it events
/// (a connection came up, an exchange answered, jobs finished processing, a notification, the
/// clock, shutdown) and carries out the actions it returns (connect, exchange outcomes and
/// claims, renew leases, hand work to processing, hand jobs back, exit). It does no I/O and
/// reads no clock, so every rule below is unit-tested without a database.
///
/// Rules:
/// - **Lanes.** Each lane is one database connection with at most one statement in flight;
///   several lanes let commits overlap with each other and with processing. Lane 0 also
///   listens for job notifications.
/// - **One round trip per batch.** Finished outcomes and the next claim travel together in
///   one exchange. A batch is sent when it is big enough, when its oldest outcome has waited
///   `flushDelay`, when nothing else is processing, or when a claim is due anyway.
/// - **Adaptive prefetch.** The number of jobs held (claimed, not yet recorded) follows the
///   observed processing rate and exchange round trip: enough to keep every processing slot
///   busy during a round trip, never more than `maxHeld`. Slow real work holds a few jobs per
///   worker, a no-op benchmark holds hundreds.
/// - **Containment.** A transient failure keeps the batch and retries it after reconnecting.
///   A batch the database rejects is split in halves until the one outcome it refuses is found;
///   that job fails with the database's reason, every other outcome is recorded. A
///   configuration failure (schema, role, permission) blames no job: the worker exits.
/// - **Fencing.** Outcomes the database did not accept belong to jobs that are no longer ours;
///   they are dropped. A heartbeat that finds a lease gone drops the job and stops its
///   processing. A job claimed again while an older claim of it is held replaces that claim.
/// - **Shutdown.** No more claims; processing gets `shutdownGrace` to finish and be recorded;
///   what is left is handed back to the queue with its claim given back.
struct DispatcherStateMachine {
    struct Settings: Sendable {
        /// Processing slots.
        var concurrency: Int
        /// Most jobs held at once (claimed and not yet recorded).
        var maxHeld: Int
        /// Most outcomes, and most claimed jobs, per exchange.
        var maxBatch: Int
        /// Longest a finished outcome waits for others to share its exchange.
        var flushDelay: Duration
        /// How often an idle worker looks for jobs when no notification comes.
        var pollInterval: Duration
        /// How often held leases are renewed.
        var heartbeatInterval: Duration
        /// On shutdown, how long processing may take before the rest is handed back.
        var shutdownGrace: Duration
        /// Database connections used for exchanges.
        var lanes: Int
        /// Exit once no job is claimable and nothing is held (`run --until-empty`).
        var untilEmpty: Bool
        /// Reconnect delays.
        var reconnectBackoff: Backoff
    }

    /// One job's outcome from processing.
    enum Outcome: Sendable, Equatable {
        case completed(Completion)
        case failed(Failure)

        var jobID: Int64 {
            switch self {
            case let .completed(c): c.jobID
            case let .failed(f): f.jobID
            }
        }

        var claim: Int {
            switch self {
            case let .completed(c): c.claim
            case let .failed(f): f.claim
            }
        }
    }

    /// Outcomes to record and jobs to claim in one round trip.
    struct Batch: Sendable, Equatable {
        var outcomes: [Outcome]
        var claim: Int

        var completions: [Completion] {
            outcomes.compactMap { if case let .completed(c) = $0 { c } else { nil } }
        }

        var failures: [Failure] {
            outcomes.compactMap { if case let .failed(f) = $0 { f } else { nil } }
        }
    }

    enum Event {
        /// A lane's connection is open (lane 0: and listening).
        case connected(lane: Int)
        /// Opening a lane's connection failed.
        case connectFailed(lane: Int, StatementFailure, message: String)
        case exchanged(lane: Int, ExchangeReply)
        /// An exchange, heartbeat or hand-back failed. A transient failure also means the lane's
        /// connection is gone.
        case statementFailed(lane: Int, StatementFailure, message: String)
        /// A heartbeat answered with the jobs whose leases this worker still holds.
        case heartbeatAnswered(lane: Int, held: Set<Int64>)
        case handedBack(lane: Int)
        /// Processing finished these jobs.
        case finished([Outcome])
        /// Processing cannot go on (its workers cannot be started).
        case processingUnavailable(message: String)
        /// A job notification arrived.
        case notified
        case shutdownRequested
    }

    enum Action: Equatable {
        case connect(lane: Int)
        case exchange(lane: Int, Batch)
        case heartbeat(lane: Int, jobs: [Int64])
        case handBack(lane: Int, jobs: [Int64])
        /// Hand these newly claimed jobs to processing.
        case process([ClaimedJob])
        /// Stop processing these jobs: they are not ours any more.
        case cancel([Int64])
        /// Stop all processing now (the shutdown grace period is over).
        case stopProcessing
        case exit(Exit)
    }

    enum Exit: Equatable {
        /// Shut down as asked, or the queue drained under `untilEmpty`.
        case clean
        /// The database setup is wrong; no job is to blame.
        case configuration(String)
        /// Jobs cannot be processed on this host.
        case processingUnavailable(String)
    }

    private enum Phase { case processing, finished, recording }

    private struct HeldJob {
        var claim: Int
        var phase: Phase
    }

    private enum Lane {
        case down(retryAt: ContinuousClock.Instant)
        case connecting
        case idle
        case exchanging(Batch, since: ContinuousClock.Instant, isolating: Bool)
        case heartbeating([Int64])
        case handingBack([Int64])

        var isIdle: Bool { if case .idle = self { true } else { false } }
    }

    private enum Mode {
        case running
        /// No more claims; processing may finish until `deadline`.
        case draining(deadline: ContinuousClock.Instant)
        /// Processing is over: recording what finished and handing back the rest, then exiting
        /// with `exit` (at `deadline` at the latest).
        case handingBack(deadline: ContinuousClock.Instant, exit: Exit)
        case exited
    }

    let settings: Settings
    private var mode: Mode = .running
    private var lanes: [Lane]
    private var held: [Int64: HeldJob] = [:]
    /// Finished outcomes not yet in an exchange, oldest first.
    private var pending: [Outcome] = []
    private var oldestPendingSince: ContinuousClock.Instant?
    /// Outcome groups under suspicion after a rejected exchange, each sent on its own.
    private var suspects: [[Outcome]] = []
    /// How many times the database refused each job's outcome.
    private var refusals: [Int64: Int] = [:]
    /// Set when a claim came back short: wait for a notification or the poll.
    private var queueLooksEmpty = false
    private var nextPoll: ContinuousClock.Instant
    private var nextHeartbeat: ContinuousClock.Instant
    /// Jobs to give back to the queue (shutdown).
    private var handBackList: [Int64] = []
    /// Reconnect delays per lane, reset by a statement that succeeds.
    private var backoffs: [Backoff]
    private var rate = RateEstimate()

    /// Counters the driver turns into metrics and log lines.
    private(set) var counters = Counters()

    struct Counters: Equatable {
        var claimed = 0
        var stored = 0
        var failed = 0
        /// Outcomes dropped because their job was no longer ours.
        var fenced = 0
        /// Jobs whose lease was found gone at heartbeat.
        var leasesLost = 0
        /// Outcomes the database refused, turned into failures.
        var refused = 0
        var transientErrors = 0
    }

    init(settings: Settings, now: ContinuousClock.Instant) {
        self.settings = settings
        lanes = Array(repeating: .down(retryAt: now), count: max(1, settings.lanes))
        backoffs = Array(repeating: settings.reconnectBackoff, count: max(1, settings.lanes))
        nextPoll = now
        nextHeartbeat = now + settings.heartbeatInterval
    }

    // MARK: Reading

    /// Jobs held by this worker right now.
    var heldCount: Int { held.count }
    /// Jobs held whose processing has not finished.
    var processingCount: Int { held.values.filter { $0.phase == .processing }.count }
    var hasExited: Bool { if case .exited = mode { true } else { false } }
    var isConnected: Bool { lanes.contains { if case .down = $0 { false } else if case .connecting = $0 { false } else { true } } }

    /// The prefetch the machine aims for now: one job per slot, plus what processing gets
    /// through in `RateEstimate.headroom` round trips. Since the measured rate can only reach
    /// what was claimed, the headroom is what lets a fast worker's prefetch grow (doubling or
    /// more per window) until it is limited by processing or `maxHeld`.
    var targetHeld: Int {
        let perRoundTrip = rate.jobsPerSecond * rate.roundTripSeconds * RateEstimate.headroom
        return min(settings.maxHeld, settings.concurrency + Int(min(perRoundTrip, Double(settings.maxHeld)).rounded(.up)))
    }

    // MARK: Events

    mutating func receive(_ event: Event, now: ContinuousClock.Instant) -> [Action] {
        var actions: [Action] = []
        switch event {
        case let .connected(lane):
            lanes[lane] = .idle
        case let .connectFailed(lane, failure, message):
            guard case .connecting = lanes[lane] else { break }
            if failure == .configuration {
                actions += exit(.configuration("cannot connect to the database: \(message)"))
            } else {
                lanes[lane] = .down(retryAt: now + backoffs[lane].next())
            }
        case let .exchanged(lane, reply):
            actions += exchanged(lane: lane, reply, now: now)
        case let .statementFailed(lane, failure, message):
            actions += statementFailed(lane: lane, failure, message: message, now: now)
        case let .heartbeatAnswered(lane, stillHeld):
            guard case let .heartbeating(sent) = lanes[lane] else { break }
            lanes[lane] = .idle
            // Jobs recorded meanwhile (or being recorded) are not lost, only finished.
            let lost = sent.filter { id in !stillHeld.contains(id) && held[id].map { $0.phase != .recording } == true }
            if !lost.isEmpty {
                counters.leasesLost += lost.count
                for id in lost { held[id] = nil }
                pending.removeAll { lost.contains($0.jobID) }
                actions.append(.cancel(lost))
            }
        case let .handedBack(lane):
            if case let .handingBack(ids) = lanes[lane] { for id in ids { held[id] = nil } }
            lanes[lane] = .idle
        case let .finished(outcomes):
            rate.finished(outcomes.count, now: now)
            for outcome in outcomes {
                // A late outcome of a claim no longer held (lost, replaced) is dropped.
                guard var job = held[outcome.jobID], job.claim == outcome.claim, job.phase == .processing else { continue }
                job.phase = .finished
                held[outcome.jobID] = job
                if pending.isEmpty { oldestPendingSince = now }
                pending.append(outcome)
            }
        case let .processingUnavailable(message):
            // Nothing held can be processed here: give it all back for other workers, then exit.
            if case .exited = mode { break }
            actions += stopProcessing(now: now, then: .processingUnavailable(message))
        case .notified:
            queueLooksEmpty = false
        case .shutdownRequested:
            if case .running = mode { mode = .draining(deadline: now + settings.shutdownGrace) }
        }
        return actions
    }

    /// What to do now that the events are in: sends work to idle lanes, and ends the drain.
    mutating func nextActions(now: ContinuousClock.Instant) -> [Action] {
        var actions: [Action] = []
        switch mode {
        case .exited:
            return actions
        case let .draining(deadline):
            if held.isEmpty && handBackList.isEmpty && lanesQuiet { return exit(.clean) }
            if now >= deadline { actions += stopProcessing(now: now, then: .clean) }
        case let .handingBack(deadline, reason):
            // Done, or the database is not answering: leases left behind expire and are rescued.
            if (held.isEmpty && handBackList.isEmpty && lanesQuiet) || now >= deadline { return exit(reason) }
        case .running:
            break
        }
        if case .running = mode, settings.untilEmpty, queueLooksEmpty, held.isEmpty, suspects.isEmpty, lanesQuiet {
            return exit(.clean)
        }
        if now >= nextPoll, queueLooksEmpty {
            queueLooksEmpty = false
        }
        for lane in lanes.indices {
            switch lanes[lane] {
            case let .down(retryAt) where now >= retryAt:
                lanes[lane] = .connecting
                actions.append(.connect(lane: lane))
            case .idle:
                if let action = work(forLane: lane, now: now) { actions.append(action) }
            default:
                break
            }
        }
        return actions
    }

    /// When the driver should call `nextActions` again if no event comes first.
    func wakeDeadline(now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        var deadlines: [ContinuousClock.Instant] = []
        for lane in lanes { if case let .down(retryAt) = lane { deadlines.append(retryAt) } }
        if let since = oldestPendingSince, !pending.isEmpty, lanes.contains(where: \.isIdle) {
            deadlines.append(since + settings.flushDelay)
        }
        if !held.isEmpty { deadlines.append(nextHeartbeat) }
        if queueLooksEmpty, case .running = mode { deadlines.append(nextPoll) }
        switch mode {
        case let .draining(deadline), let .handingBack(deadline, _): deadlines.append(deadline)
        default: break
        }
        return deadlines.min()
    }

    // MARK: Rules

    private var lanesQuiet: Bool {
        lanes.allSatisfy { lane in
            switch lane {
            case .exchanging, .heartbeating, .handingBack: false
            default: true
            }
        }
    }

    private var claimsInFlight: Int {
        lanes.reduce(0) { sum, lane in if case let .exchanging(batch, _, _) = lane { sum + batch.claim } else { sum } }
    }

    /// The next statement for an idle lane, if any is due.
    private mutating func work(forLane lane: Int, now: ContinuousClock.Instant) -> Action? {
        if !handBackList.isEmpty {
            let ids = handBackList
            handBackList.removeAll()
            lanes[lane] = .handingBack(ids)
            return .handBack(lane: lane, jobs: ids)
        }
        if !suspects.isEmpty {
            let group = suspects.removeFirst()
            return send(Batch(outcomes: group, claim: 0), onLane: lane, isolating: true, now: now)
        }
        if now >= nextHeartbeat {
            nextHeartbeat = now + settings.heartbeatInterval
            let ids = held.filter { $0.value.phase != .recording }.map(\.key).sorted()
            if !ids.isEmpty {
                lanes[lane] = .heartbeating(ids)
                return .heartbeat(lane: lane, jobs: ids)
            }
        }
        let claim = claimDue()
        let flush = flushDue(now: now)
        guard claim > 0 || flush else { return nil }
        let outcomes = Array(pending.prefix(settings.maxBatch))
        pending.removeFirst(outcomes.count)
        oldestPendingSince = pending.isEmpty ? nil : now
        for outcome in outcomes { held[outcome.jobID]?.phase = .recording }
        return send(Batch(outcomes: outcomes, claim: claim), onLane: lane, isolating: false, now: now)
    }

    private mutating func send(_ batch: Batch, onLane lane: Int, isolating: Bool, now: ContinuousClock.Instant) -> Action {
        lanes[lane] = .exchanging(batch, since: now, isolating: isolating)
        if batch.claim > 0 { nextPoll = now + settings.pollInterval }
        return .exchange(lane: lane, batch)
    }

    /// How many jobs to claim now (0: none).
    private func claimDue() -> Int {
        guard case .running = mode, !queueLooksEmpty else { return 0 }
        // Finished jobs leave with this very exchange: only jobs still to process take room.
        let target = targetHeld
        let room = target - processingCount - claimsInFlight
        guard room > 0, held.count < settings.maxHeld else { return 0 }
        // Claim in worthwhile batches, unless processing would otherwise run dry.
        let worthwhile = max(1, min(settings.maxBatch, target / 4))
        let starving = processingCount + claimsInFlight < settings.concurrency
        return room >= worthwhile || starving ? min(room, settings.maxBatch) : 0
    }

    private func flushDue(now: ContinuousClock.Instant) -> Bool {
        guard !pending.isEmpty else { return false }
        if case .running = mode {} else { return true }
        if pending.count >= max(1, min(settings.maxBatch, targetHeld / 2)) { return true }
        if let since = oldestPendingSince, now - since >= settings.flushDelay { return true }
        return processingCount == 0
    }

    private mutating func exchanged(lane: Int, _ reply: ExchangeReply, now: ContinuousClock.Instant) -> [Action] {
        guard case let .exchanging(batch, since, _) = lanes[lane] else { return [] }
        lanes[lane] = .idle
        backoffs[lane].reset()
        rate.roundTrip(now - since)
        for outcome in batch.outcomes {
            let accepted = reply.stored.contains(outcome.jobID) || reply.failed[outcome.jobID] != nil
            if accepted {
                if case .completed = outcome { counters.stored += 1 } else { counters.failed += 1 }
            } else {
                counters.fenced += 1
            }
            refusals[outcome.jobID] = nil
            if held[outcome.jobID]?.claim == outcome.claim { held[outcome.jobID] = nil }
        }
        var actions: [Action] = []
        if batch.claim > 0 && reply.claimed.count < batch.claim { queueLooksEmpty = true }
        counters.claimed += reply.claimed.count
        guard case .running = mode else {
            // Claimed while shutting down (the claim was already in flight): give them back.
            handBackList += reply.claimed.map(\.id)
            return actions
        }
        // A job claimed again while an older claim of it is held (its lease was lost and it
        // came back to us): the older claim is worthless now.
        let replaced = reply.claimed.map(\.id).filter { held[$0] != nil }
        if !replaced.isEmpty {
            pending.removeAll { replaced.contains($0.jobID) }
            actions.append(.cancel(replaced))
        }
        for job in reply.claimed { held[job.id] = HeldJob(claim: job.claim, phase: .processing) }
        if !reply.claimed.isEmpty { actions.append(.process(reply.claimed)) }
        return actions
    }

    private mutating func statementFailed(lane: Int, _ failure: StatementFailure, message: String,
                                          now: ContinuousClock.Instant) -> [Action] {
        let previous = lanes[lane]
        if failure == .transient {
            counters.transientErrors += 1
            lanes[lane] = .down(retryAt: now + backoffs[lane].next())
        } else {
            lanes[lane] = .idle
        }
        switch previous {
        case let .exchanging(batch, _, isolating):
            switch failure {
            case .transient:
                // Nothing was written: the same outcomes go again.
                if isolating { suspects.insert(batch.outcomes, at: 0) } else { requeue(batch.outcomes, now: now) }
                return []
            case .configuration:
                return exit(.configuration(message))
            case .rejected:
                guard !batch.outcomes.isEmpty else { return exit(.configuration(message)) }
                isolate(batch.outcomes, refusedWith: message)
                return []
            }
        case .heartbeating:
            if failure == .configuration { return exit(.configuration(message)) }
            nextHeartbeat = now
            return []
        case let .handingBack(ids):
            if failure == .configuration { return exit(.configuration(message)) }
            handBackList += ids
            return []
        default:
            return []
        }
    }

    /// Puts outcomes back at the front of the pending list, as if they had just finished.
    private mutating func requeue(_ outcomes: [Outcome], now: ContinuousClock.Instant) {
        for outcome in outcomes { held[outcome.jobID]?.phase = .finished }
        pending.insert(contentsOf: outcomes, at: 0)
        oldestPendingSince = oldestPendingSince ?? now
    }

    /// Splits a rejected group until the refused outcome stands alone; that job fails with
    /// the database's reason, and a failure refused too is dropped (its lease will expire).
    private mutating func isolate(_ outcomes: [Outcome], refusedWith message: String) {
        if outcomes.count > 1 {
            let half = outcomes.count / 2
            suspects.insert(contentsOf: [Array(outcomes[..<half]), Array(outcomes[half...])], at: 0)
            return
        }
        guard let outcome = outcomes.first else { return }
        let count = (refusals[outcome.jobID] ?? 0) + 1
        refusals[outcome.jobID] = count
        counters.refused += 1
        switch (outcome, count) {
        case let (.completed(c), 1):
            suspects.insert([.failed(Failure(jobID: c.jobID, claim: c.claim,
                                             reason: "the database refused the result: \(message)", retryable: false))], at: 0)
        case let (.failed(f), 1), let (.failed(f), 2):
            // Even the failure was refused: record one with nothing of the job's own in it.
            suspects.insert([.failed(Failure(jobID: f.jobID, claim: f.claim,
                                             reason: "the database refused this job's outcome", retryable: f.retryable))], at: 0)
        default:
            held[outcome.jobID] = nil
            refusals[outcome.jobID] = nil
        }
    }

    /// Ends processing: what finished is still recorded, jobs still processing go back to the
    /// queue, and the worker exits with `reason` once that is done.
    private mutating func stopProcessing(now: ContinuousClock.Instant, then reason: Exit) -> [Action] {
        mode = .handingBack(deadline: now + settings.shutdownGrace, exit: reason)
        for (id, job) in held where job.phase == .processing {
            held[id] = nil
            handBackList.append(id)
        }
        handBackList.sort()
        return [.stopProcessing]
    }

    private mutating func exit(_ reason: Exit) -> [Action] {
        mode = .exited
        return [.stopProcessing, .exit(reason)]
    }
}

/// Processing rate and exchange round trip, smoothed, for sizing the prefetch.
struct RateEstimate {
    /// Finished jobs per second, smoothed over windows of at least `window`.
    private(set) var jobsPerSecond: Double = 0
    /// Exchange round trip in seconds, smoothed.
    private(set) var roundTripSeconds: Double = 0.002
    private var windowStart: ContinuousClock.Instant?
    private var windowCount = 0
    /// Shortest span the rate is measured over.
    static let window = Duration.milliseconds(50)
    /// Weight of the newest measurement.
    static let smoothing = 0.5
    /// Round trips' worth of jobs held beyond one per slot.
    static let headroom = 4.0

    mutating func finished(_ count: Int, now: ContinuousClock.Instant) {
        guard let start = windowStart else { windowStart = now; windowCount = count; return }
        windowCount += count
        let elapsed = now - start
        guard elapsed >= Self.window else { return }
        jobsPerSecond += Self.smoothing * (Double(windowCount) / elapsed.inSeconds - jobsPerSecond)
        windowStart = now
        windowCount = 0
    }

    mutating func roundTrip(_ duration: Duration) {
        roundTripSeconds += Self.smoothing * (duration.inSeconds - roundTripSeconds)
    }
}
