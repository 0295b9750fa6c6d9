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
    }

    private let state = Mutex(State())

    var count: Int { state.withLock { $0.attempts.count } }
    var ids: [Int64] { state.withLock { Array($0.attempts.keys) } }

    func add(_ job: ClaimedJob) {
        state.withLock { $0.attempts[job.id] = job.attempt }
    }

    /// Records a finished job. Returns true when a completion batch is worth sending now:
    /// `batch` outcomes are waiting, or every held job has finished.
    @discardableResult
    func post(_ outcome: Outcome, batch: Int = 1) -> Bool {
        state.withLock { state in
            state.outcomes.append(outcome)
            return state.outcomes.count >= batch || state.outcomes.count >= state.attempts.count
        }
    }

    var hasOutcomes: Bool { state.withLock { !$0.outcomes.isEmpty } }

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
