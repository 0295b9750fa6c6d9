import Queue
import Synchronization

/// Jobs this process holds a lease on, shared by the dispatcher (adds and removes), the
/// processing threads (post outcomes) and the heartbeat (reads ids).
final class InFlightJobs: Sendable {
    enum Outcome: Sendable {
        case completed(Completion)
        case failed(Failure)
    }

    private struct State {
        var attempts: [Int64: Int] = [:]
        var outcomes: [Outcome] = []
        /// When each job's processing began, while it runs.
        var processingSince: [Int64: ContinuousClock.Instant] = [:]
        /// Jobs given up on for taking too long, whose threads are still busy with them.
        var abandoned: Set<Int64> = []
    }

    private let state = Mutex(State())

    var count: Int { state.withLock { $0.attempts.count } }
    var ids: [Int64] { state.withLock { Array($0.attempts.keys) } }

    func add(_ job: ClaimedJob) {
        state.withLock { $0.attempts[job.id] = job.attempt }
    }

    func began(_ id: Int64) {
        state.withLock { $0.processingSince[id] = ContinuousClock.now }
    }

    /// Records a finished job. Returns true when a completion batch is worth sending now:
    /// `batch` outcomes are waiting, or every held job has finished. The late result of an
    /// abandoned job is dropped: its failure was recorded when it was given up on.
    @discardableResult
    func post(_ outcome: Outcome, batch: Int = 1) -> Bool {
        state.withLock { state in
            state.processingSince[outcome.jobID] = nil
            if state.abandoned.remove(outcome.jobID) != nil { return false }
            state.outcomes.append(outcome)
            return state.outcomes.count >= batch || state.outcomes.count >= state.attempts.count
        }
    }

    var hasOutcomes: Bool { state.withLock { !$0.outcomes.isEmpty } }

    /// Gives up on jobs that have been processing for longer than `timeout`: each gets a
    /// retryable failure (so it backs off and, if it hangs every time, ends dead) while its
    /// thread stays busy. Returns the jobs given up on.
    func abandonOverdue(after timeout: Duration, reason: String) -> [Int64] {
        let now = ContinuousClock.now
        return state.withLock { state in
            let overdue = state.processingSince.filter { now - $0.value > timeout }.map(\.key)
            for id in overdue {
                state.processingSince[id] = nil
                state.abandoned.insert(id)
                if let attempt = state.attempts[id] {
                    state.outcomes.append(.failed(Failure(jobID: id, attempt: attempt, reason: reason, retryable: true)))
                }
            }
            return overdue
        }
    }

    /// Threads still busy with jobs that were given up on.
    var stuckThreads: Int { state.withLock { $0.abandoned.count } }

    /// Takes the outcomes posted so far, for one completion batch.
    func takeOutcomes() -> [Outcome] {
        state.withLock { state in
            defer { state.outcomes.removeAll(keepingCapacity: true) }
            return state.outcomes
        }
    }

    /// Forgets jobs that are finished (or no longer ours).
    func remove(_ ids: some Sequence<Int64>) {
        state.withLock { state in
            for id in ids { state.attempts[id] = nil }
        }
    }

    /// Forgets everything and returns the ids that were still held (shutdown hand-back).
    func removeAll() -> [Int64] {
        state.withLock { state in
            defer { state.attempts.removeAll() }
            return Array(state.attempts.keys)
        }
    }
}

extension InFlightJobs.Outcome {
    var jobID: Int64 {
        switch self {
        case let .completed(c): return c.jobID
        case let .failed(f): return f.jobID
        }
    }
}
