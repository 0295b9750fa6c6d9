@testable import Daemon
import Queue
import Testing
import TestSupport

/// The dispatcher's decisions, without a database: events in, actions out, time passed in.
struct DispatcherStateMachineTests {
    typealias Machine = DispatcherStateMachine
    typealias Action = DispatcherStateMachine.Action

    static func settings(concurrency: Int = 2, maxHeld: Int = 64, maxBatch: Int = 16, lanes: Int = 1,
                         untilEmpty: Bool = false) -> Machine.Settings {
        Machine.Settings(concurrency: concurrency, maxHeld: maxHeld, maxBatch: maxBatch, flushDelay: .milliseconds(5),
                         pollInterval: .seconds(1), heartbeatInterval: .seconds(10), shutdownGrace: .seconds(10),
                         lanes: lanes, untilEmpty: untilEmpty, reconnectBackoff: Backoff(initial: .milliseconds(100), maximum: .seconds(1),
                                                                                     jitter: 0.5...0.5))  // reproducible runs
    }

    static func job(_ id: Int64, claim: Int = 1) -> ClaimedJob {
        ClaimedJob(id: id, claim: claim, attempt: 1, payload: .text("page \(id)"))
    }

    static func done(_ job: ClaimedJob) -> Machine.Outcome {
        .completed(Completion(jobID: job.id, claim: job.claim, resultJSON: "{}"))
    }

    static func reply(stored: [Int64] = [], failed: [Int64: JobState] = [:], claimed: [ClaimedJob] = []) -> ExchangeReply {
        ExchangeReply(stored: Set(stored), failed: failed, claimed: claimed)
    }

    /// A machine with its lanes connected, at `start`.
    static func connected(_ settings: Machine.Settings = settings(), start: ContinuousClock.Instant) -> Machine {
        var machine = Machine(settings: settings, now: start)
        let connects = machine.nextActions(now: start)
        #expect(connects == (0..<settings.lanes).map { Action.connect(lane: $0) })
        for lane in 0..<settings.lanes { _ = machine.receive(.connected(lane: lane), now: start) }
        return machine
    }

    static func exchange(_ actions: [Action]) -> (lane: Int, batch: Machine.Batch)? {
        for action in actions { if case let .exchange(lane, batch) = action { return (lane, batch) } }
        return nil
    }

    @Test func firstClaimAsksForOneJobPerSlotAndHandsThemToProcessing() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        let (lane, batch) = try #require(Self.exchange(machine.nextActions(now: t0)))
        #expect(lane == 0 && batch.claim == 2 && batch.outcomes.isEmpty)
        let jobs = [Self.job(1), Self.job(2)]
        #expect(machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0) == [.process(jobs)])
        #expect(machine.heldCount == 2 && machine.processingCount == 2)
        // Both slots busy and nothing finished: nothing to send.
        #expect(machine.nextActions(now: t0).isEmpty)
    }

    @Test func outcomesTravelWithTheNextClaimInOneExchange() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        let jobs = [Self.job(1), Self.job(2)]
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0)
        _ = machine.receive(.finished([Self.done(jobs[0])]), now: t0)
        // One slot is free: the finished outcome and a claim for it go together.
        let (_, batch) = try #require(Self.exchange(machine.nextActions(now: t0)))
        #expect(batch.outcomes == [Self.done(jobs[0])])
        #expect(batch.claim == 1)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(stored: [1], claimed: [Self.job(3)])), now: t0)
        #expect(machine.counters.stored == 1 && machine.heldCount == 2)
    }

    /// Runs a machine at a no-op pace (jobs finish as soon as they are claimed, round trips
    /// take 2 ms) until it has settled; returns it with nothing in flight and the time.
    static func busy(_ settings: Machine.Settings, start: ContinuousClock.Instant) -> (Machine, ContinuousClock.Instant, Int64) {
        var machine = connected(settings, start: start)
        var next: Int64 = 1
        var now = start
        for _ in 0..<300 {
            guard let (_, batch) = exchange(machine.nextActions(now: now)) else { now += .milliseconds(1); continue }
            now += .milliseconds(2)
            let jobs = (0..<batch.claim).map { _ in defer { next += 1 }; return job(next) }
            _ = machine.receive(.exchanged(lane: 0, reply(stored: batch.outcomes.map(\.jobID), claimed: jobs)), now: now)
            _ = machine.receive(.finished(jobs.map(done)), now: now)
        }
        return (machine, now, next)
    }

    @Test func aLoneOutcomeWaitsAtMostTheFlushDelayWhileOthersProcess() throws {
        let t0 = ContinuousClock.now
        var (machine, now, _) = Self.busy(Self.settings(concurrency: 2, maxHeld: 64, maxBatch: 64), start: t0)
        #expect(machine.targetHeld >= 8)
        // Settle: record what is pending, claim a full prefetch, and let one job finish.
        while let (_, batch) = Self.exchange(machine.nextActions(now: now)) {
            let jobs = (0..<batch.claim).map { Self.job(Int64(10_000 + $0)) }
            _ = machine.receive(.exchanged(lane: 0, Self.reply(stored: batch.outcomes.map(\.jobID), claimed: jobs)), now: now)
        }
        let processing = machine.processingCount
        #expect(processing >= 8)
        _ = machine.receive(.finished([Self.done(Self.job(10_000))]), now: now)
        // Others are still processing and nothing else is due: it waits for company...
        #expect(Self.exchange(machine.nextActions(now: now)) == nil)
        #expect(machine.wakeDeadline(now: now) == now + .milliseconds(5))
        // ...but no longer than the flush delay.
        let (_, batch) = try #require(Self.exchange(machine.nextActions(now: now + .milliseconds(5))))
        #expect(batch.outcomes.count == 1)
    }

    @Test func aShortClaimMeansWaitForANotificationOrThePoll() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        _ = machine.receive(.exchanged(lane: 0, Self.reply()), now: t0)
        #expect(machine.nextActions(now: t0).isEmpty)
        #expect(machine.wakeDeadline(now: t0) == t0 + .seconds(1))
        _ = machine.receive(.notified, now: t0 + .milliseconds(3))
        #expect(Self.exchange(machine.nextActions(now: t0 + .milliseconds(3)))?.batch.claim == 2)
        _ = machine.receive(.exchanged(lane: 0, Self.reply()), now: t0 + .milliseconds(4))
        // Without a notification the poll comes a second after the last claim.
        #expect(machine.nextActions(now: t0 + .milliseconds(900)).isEmpty)
        #expect(Self.exchange(machine.nextActions(now: t0 + .milliseconds(1004)))?.batch.claim == 2)
    }

    @Test func theNoOpRateRaisesThePrefetchAndSlowWorkKeepsItSmall() throws {
        let t0 = ContinuousClock.now
        let (machine, _, _) = Self.busy(Self.settings(concurrency: 2, maxHeld: 512, maxBatch: 256), start: t0)
        #expect(machine.targetHeld > 100, "target \(machine.targetHeld)")
        var now = t0
        // A worker whose jobs take a second each holds about one per slot.
        var slow = Self.connected(Self.settings(concurrency: 2, maxHeld: 512), start: t0)
        now = t0
        for round in 0..<20 {
            guard let (_, batch) = Self.exchange(slow.nextActions(now: now)) else { now += .seconds(1); continue }
            let jobs = (0..<batch.claim).map { Self.job(Int64(1000 + round * 10 + $0)) }
            _ = slow.receive(.exchanged(lane: 0, Self.reply(stored: batch.outcomes.map(\.jobID), claimed: jobs)), now: now + .milliseconds(2))
            now += .seconds(1)
            _ = slow.receive(.finished(jobs.map(Self.done)), now: now)
        }
        #expect(slow.targetHeld <= 3, "target \(slow.targetHeld)")
    }

    @Test func outcomesTheDatabaseDidNotAcceptAreFencedAndDropped() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        let jobs = [Self.job(1), Self.job(2)]
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0)
        _ = machine.receive(.finished(jobs.map(Self.done)), now: t0)
        let (_, batch) = try #require(Self.exchange(machine.nextActions(now: t0)))
        #expect(batch.outcomes.count == 2)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(stored: [1])), now: t0)
        #expect(machine.counters.stored == 1 && machine.counters.fenced == 1 && machine.heldCount == 0)
    }

    @Test func aTransientFailureResendsTheSameOutcomesAfterReconnecting() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        let jobs = [Self.job(1), Self.job(2)]
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0)
        _ = machine.receive(.finished(jobs.map(Self.done)), now: t0)
        let (_, sent) = try #require(Self.exchange(machine.nextActions(now: t0)))
        _ = machine.receive(.statementFailed(lane: 0, .transient, message: "connection reset"), now: t0)
        // Backoff before reconnecting; nothing is lost meanwhile.
        #expect(machine.nextActions(now: t0).isEmpty)
        let retry = try #require(machine.wakeDeadline(now: t0))
        #expect(retry > t0 && retry <= t0 + .milliseconds(100))
        #expect(machine.nextActions(now: retry) == [.connect(lane: 0)])
        _ = machine.receive(.connected(lane: 0), now: retry)
        let (_, again) = try #require(Self.exchange(machine.nextActions(now: retry)))
        #expect(again.outcomes == sent.outcomes)
    }

    @Test func aConfigurationErrorStopsTheWorkerWithoutBlamingJobs() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        let actions = machine.receive(.statementFailed(lane: 0, .configuration, message: "permission denied for table jobs"), now: t0)
        #expect(actions == [.stopProcessing, .exit(.configuration("permission denied for table jobs"))])
        #expect(machine.hasExited)
        var refused = Machine(settings: Self.settings(), now: t0)
        _ = refused.nextActions(now: t0)
        #expect(refused.receive(.connectFailed(lane: 0, .configuration, message: "password authentication failed"), now: t0).last
                == .exit(.configuration("cannot connect to the database: password authentication failed")))
    }

    @Test func aLeaseFoundLostAtHeartbeatDropsItsJobAndStopsItsProcessing() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        let jobs = [Self.job(1), Self.job(2)]
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0)
        let beat = t0 + .seconds(10)
        #expect(machine.nextActions(now: beat) == [.heartbeat(lane: 0, jobs: [1, 2])])
        #expect(machine.receive(.heartbeatAnswered(lane: 0, held: [1]), now: beat) == [.cancel([2])])
        #expect(machine.counters.leasesLost == 1 && machine.heldCount == 1)
        // Its late outcome is ignored.
        _ = machine.receive(.finished([Self.done(jobs[1])]), now: beat)
        #expect(Self.exchange(machine.nextActions(now: beat))?.batch.outcomes.isEmpty ?? true)
    }

    @Test func jobsBeingRecordedAreNotCountedLostByAHeartbeatThatCrossedTheirCommit() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(Self.settings(lanes: 2), start: t0)
        _ = machine.nextActions(now: t0)
        let jobs = [Self.job(1), Self.job(2)]
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0)
        let beat = t0 + .seconds(10)
        _ = machine.receive(.finished([Self.done(jobs[0])]), now: beat)
        let actions = machine.nextActions(now: beat)
        // Lane 0 beats for both jobs... (heartbeats go first)
        #expect(actions.contains(.heartbeat(lane: 0, jobs: [1, 2])))
        // ...and lane 1 records job 1, which commits before the heartbeat runs.
        #expect(Self.exchange(actions)?.lane == 1)
        _ = machine.receive(.heartbeatAnswered(lane: 0, held: [2]), now: beat)
        #expect(machine.counters.leasesLost == 0)
    }

    @Test func aJobClaimedAgainReplacesItsOlderAttempt() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: [Self.job(1, claim: 1)])), now: t0)
        _ = machine.receive(.notified, now: t0)
        #expect(Self.exchange(machine.nextActions(now: t0))?.batch.claim == 1)
        let actions = machine.receive(.exchanged(lane: 0, Self.reply(claimed: [Self.job(1, claim: 2)])), now: t0)
        #expect(actions == [.cancel([1]), .process([Self.job(1, claim: 2)])])
        _ = machine.receive(.finished([Self.done(Self.job(1, claim: 1))]), now: t0)
        #expect(machine.processingCount == 1)
        _ = machine.receive(.finished([Self.done(Self.job(1, claim: 2))]), now: t0)
        let (_, batch) = try #require(Self.exchange(machine.nextActions(now: t0)))
        #expect(batch.outcomes == [Self.done(Self.job(1, claim: 2))])
    }

    @Test func shutdownFinishesWhatRunsRecordsItAndHandsBackTheRest() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        let jobs = [Self.job(1), Self.job(2)]
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0)
        _ = machine.receive(.shutdownRequested, now: t0)
        _ = machine.receive(.finished([Self.done(jobs[0])]), now: t0)
        // Finished work is recorded at once, without a claim.
        let (_, batch) = try #require(Self.exchange(machine.nextActions(now: t0)))
        #expect(batch.claim == 0 && batch.outcomes.count == 1)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(stored: [1])), now: t0)
        // Job 2 hangs past the grace period: processing stops and it goes back to the queue.
        let late = t0 + .seconds(10)
        #expect(machine.nextActions(now: late) == [.stopProcessing, .handBack(lane: 0, jobs: [2])])
        _ = machine.receive(.handedBack(lane: 0), now: late)
        #expect(machine.nextActions(now: late) == [.stopProcessing, .exit(.clean)])
    }

    @Test func jobsClaimedAsShutdownBeganGoStraightBack() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        _ = machine.receive(.shutdownRequested, now: t0)
        #expect(machine.receive(.exchanged(lane: 0, Self.reply(claimed: [Self.job(7)])), now: t0).isEmpty)
        #expect(machine.nextActions(now: t0) == [.handBack(lane: 0, jobs: [7])])
    }

    @Test func untilEmptyExitsOnceNothingIsClaimableOrHeld() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(Self.settings(untilEmpty: true), start: t0)
        _ = machine.nextActions(now: t0)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: [Self.job(1)])), now: t0)
        _ = machine.receive(.finished([Self.done(Self.job(1))]), now: t0)
        // The claim came back short: the outcome goes without another claim, then it exits.
        let (_, batch) = try #require(Self.exchange(machine.nextActions(now: t0)))
        #expect(batch.claim == 0 && batch.outcomes.count == 1)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(stored: [1])), now: t0)
        #expect(machine.nextActions(now: t0) == [.stopProcessing, .exit(.clean)])
    }

    @Test func whenProcessingCannotStartEverythingHeldIsHandedBack() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: [Self.job(1), Self.job(2)])), now: t0)
        #expect(machine.receive(.processingUnavailable(message: "no binary"), now: t0) == [.stopProcessing])
        #expect(machine.nextActions(now: t0) == [.handBack(lane: 0, jobs: [1, 2])])
        _ = machine.receive(.handedBack(lane: 0), now: t0)
        #expect(machine.nextActions(now: t0).last == .exit(.processingUnavailable("no binary")))
    }

    /// Any batch, any position of the refused outcome: the refused job fails with the
    /// database's reason, every other outcome is recorded once, and it takes a logarithmic
    /// number of round trips.
    @Test(arguments: [1, 2, 3, 7, 16, 33]) func aRefusedOutcomeIsIsolatedByHalving(size: Int) throws {
        for poisonIndex in Set([0, size / 2, size - 1]) {
            let t0 = ContinuousClock.now
            var machine = Self.connected(Self.settings(concurrency: size, maxHeld: 64, maxBatch: 64), start: t0)
            _ = machine.nextActions(now: t0)
            let jobs = (1...size).map { Self.job(Int64($0)) }
            _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: jobs)), now: t0)
            _ = machine.receive(.finished(jobs.map(Self.done)), now: t0)
            let poison = jobs[poisonIndex].id
            var stored: [Int64] = []
            var failed: [Failure] = []
            var trips = 0
            while let (lane, batch) = Self.exchange(machine.nextActions(now: t0)), trips < 200 {
                trips += 1
                if batch.completions.contains(where: { $0.jobID == poison }) {
                    _ = machine.receive(.statementFailed(lane: lane, .rejected, message: "bad \\u0000"), now: t0)
                } else {
                    stored += batch.completions.map(\.jobID)
                    failed += batch.failures
                    _ = machine.receive(.exchanged(lane: lane, Self.reply(
                        stored: batch.completions.map(\.jobID),
                        failed: Dictionary(uniqueKeysWithValues: batch.failures.map { ($0.jobID, JobState.failed) }),
                        claimed: [])), now: t0)
                }
            }
            #expect(Set(stored) == Set(jobs.map(\.id)).subtracting([poison]))
            #expect(stored.count == size - 1)
            #expect(failed.map(\.jobID) == [poison])
            #expect(failed.first?.reason == "the database refused the result: bad \\u0000")
            #expect(failed.first?.retryable == false)
            let halvings = Int.bitWidth - (size - 1).leadingZeroBitCount  // ceil(log2(size))
            #expect(trips <= 2 * halvings + 3, "\(trips) round trips for \(size) outcomes")
            #expect(machine.heldCount == 0)
        }
    }

    @Test func aFailureTheDatabaseAlsoRefusesIsRecordedPlainlyThenDropped() throws {
        let t0 = ContinuousClock.now
        var machine = Self.connected(start: t0)
        _ = machine.nextActions(now: t0)
        _ = machine.receive(.exchanged(lane: 0, Self.reply(claimed: [Self.job(1)])), now: t0)
        _ = machine.receive(.finished([Self.done(Self.job(1))]), now: t0)
        var reasons: [String] = []
        while let (lane, batch) = Self.exchange(machine.nextActions(now: t0)) {
            reasons += batch.failures.map(\.reason)
            _ = machine.receive(.statementFailed(lane: lane, .rejected, message: "no"), now: t0)
        }
        #expect(reasons == ["the database refused the result: no", "the database refused this job's outcome"])
        #expect(machine.heldCount == 0)
    }

    /// Random runs against a simulated queue: whatever fails when, every job the machine
    /// claims ends exactly once as recorded, handed back or dropped as lost, and no job is
    /// ever processing twice.
    @Test func randomRunsKeepEveryJobAccountedFor() throws {
        var random = SeededRandom(seed: 20_251_129)
        var endings: [String: Int] = [:]
        for run in 0..<200 {
            var sim = Simulation(lanes: Int.random(in: 1...3, using: &random), random: SeededRandom(seed: UInt64(run) &* 7919))
            sim.run(steps: 400)
            #expect(sim.violations.isEmpty, "run \(run): \(sim.violations.prefix(3))")
            #expect(sim.machine.hasExited, "run \(run) did not finish its shutdown")
            for how in sim.ended.values { endings[how, default: 0] += 1 }
        }
        // The runs went through every path, not just one.
        for how in ["stored", "failed", "handed back", "lease expiry"] { #expect(endings[how, default: 0] > 0, "\(endings)") }
    }
}

/// A queue, a processing pool and a clock, simulated, around a real state machine.
private struct Simulation {
    var machine: DispatcherStateMachine
    var random: SeededRandom
    var now = ContinuousClock.now
    var queue: [Int64] = (1...60).map { $0 }
    var claims: [Int64: Int] = [:]
    var processing: Set<Int64> = []
    var ended: [Int64: String] = [:]
    var inFlight: [Int: DispatcherStateMachine.Action] = [:]
    var events: [DispatcherStateMachine.Event] = []
    var violations: [String] = []

    init(lanes: Int, random: SeededRandom) {
        self.random = random
        machine = DispatcherStateMachine(settings: DispatcherStateMachineTests.settings(concurrency: 3, maxHeld: 16, maxBatch: 5, lanes: lanes), now: now)
    }

    mutating func end(_ id: Int64, _ how: String) {
        if let previous = ended[id] { violations.append("job \(id) ended twice: \(previous), then \(how)") }
        ended[id] = how
    }

    mutating func run(steps: Int) {
        for step in 0..<steps {
            if step == steps / 2 { events.append(.shutdownRequested) }
            for event in events { handle(machine.receive(event, now: now)) }
            events.removeAll()
            handle(machine.nextActions(now: now))
            if machine.hasExited { break }
            // Something happens: a statement answers or fails, a job finishes, time passes.
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<4: answer()
            case 4..<7: finishOne()
            case 7: events.append(.notified)
            default: now += .milliseconds(Int64.random(in: 1...3000, using: &random))
            }
        }
        // Whatever the machine still held when it exited is recovered by lease expiry.
        if machine.hasExited { for id in claims.keys where ended[id] == nil { end(id, "lease expiry") } }
    }

    mutating func handle(_ actions: [DispatcherStateMachine.Action]) {
        for action in actions {
            switch action {
            case let .connect(lane): events.append(Bool.random(using: &random) ? .connected(lane: lane)
                                                   : .connectFailed(lane: lane, .transient, message: "down"))
            case let .exchange(lane, _), let .heartbeat(lane, _), let .handBack(lane, _):
                if inFlight[lane] != nil { violations.append("two statements on lane \(lane)") }
                inFlight[lane] = action
            case let .process(jobs):
                for job in jobs {
                    if processing.contains(job.id) { violations.append("job \(job.id) processing twice") }
                    processing.insert(job.id)
                }
            case let .cancel(ids):
                for id in ids { processing.remove(id) }
            case .stopProcessing:
                processing.removeAll()
            case .exit:
                break
            }
        }
    }

    mutating func answer() {
        // Sorted first: a dictionary's order differs from one process to the next.
        guard let lane = inFlight.keys.sorted().randomElement(using: &random), let action = inFlight.removeValue(forKey: lane) else { return }
        let roll = Int.random(in: 0..<20, using: &random)
        if roll == 0 {
            events.append(.statementFailed(lane: lane, .transient, message: "reset"))
            return
        }
        switch action {
        case let .exchange(_, batch):
            if roll == 1 && !batch.outcomes.isEmpty {
                events.append(.statementFailed(lane: lane, .rejected, message: "refused"))
                return
            }
            var stored: [Int64] = [], failed: [Int64: JobState] = [:]
            for outcome in batch.outcomes where claims[outcome.jobID] == outcome.claim && ended[outcome.jobID] == nil {
                switch outcome {
                case .completed: stored.append(outcome.jobID); end(outcome.jobID, "stored")
                case .failed: failed[outcome.jobID] = .failed; end(outcome.jobID, "failed")
                }
            }
            let take = min(batch.claim, queue.count)
            let claimed = queue.prefix(take).map { id in
                claims[id, default: 0] += 1
                return ClaimedJob(id: id, claim: claims[id]!, attempt: 1, payload: .text(""))
            }
            queue.removeFirst(take)
            events.append(.exchanged(lane: lane, ExchangeReply(stored: Set(stored), failed: failed, claimed: claimed)))
        case let .heartbeat(_, jobs):
            events.append(.heartbeatAnswered(lane: lane, held: Set(jobs.filter { ended[$0] == nil })))
        case let .handBack(_, jobs):
            for id in jobs { end(id, "handed back") }
            events.append(.handedBack(lane: lane))
        default:
            break
        }
    }

    mutating func finishOne() {
        guard let id = processing.sorted().randomElement(using: &random) else { return }
        processing.remove(id)
        let claim = claims[id] ?? 0
        events.append(.finished([Bool.random(using: &random)
            ? .completed(Completion(jobID: id, claim: claim, resultJSON: "{}"))
            : .failed(Failure(jobID: id, claim: claim, reason: "bad", retryable: false))]))
    }
}
