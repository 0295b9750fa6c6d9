import Foundation
import Synchronization

/// Work on many inputs across threads, with results handed over in input order.
enum OrderedParallel {
    /// Runs `work` for every index in 0..<count on `width` threads and calls `emit` on the
    /// calling thread with each result in index order, as soon as it and all before it are
    /// done. At most 4 × width results wait for an earlier, slower one, so memory stays bounded
    /// however many inputs there are.
    static func map<Result: Sendable>(count: Int, width: Int, _ work: @escaping @Sendable (Int) -> Result,
                                      emit: (Int, Result) -> Void) {
        guard count > 0 else { return }
        let shared = Shared<Result>(window: 4 * width)
        let workers = DispatchGroup()
        for _ in 0..<min(width, count) {
            workers.enter()
            Thread {
                while let index = shared.take(below: count) {
                    shared.store(work(index), at: index)
                }
                workers.leave()
            }.start()
        }
        for index in 0..<count {
            emit(index, shared.wait(for: index))
        }
        workers.wait()
    }

    private final class Shared<Result: Sendable>: Sendable {
        private struct State {
            var next = 0
            var done: [Int: Result] = [:]
        }

        private let state = Mutex(State())
        /// Free places among the results started but not yet emitted.
        private let slots: DispatchSemaphore
        /// One signal per stored result.
        private let stored = DispatchSemaphore(value: 0)

        init(window: Int) { slots = DispatchSemaphore(value: window) }

        /// The next index to work on, once there is room for its result; nil when all are taken.
        func take(below count: Int) -> Int? {
            slots.wait()
            let index = state.withLock { state in
                defer { state.next += 1 }
                return state.next
            }
            guard index < count else {
                slots.signal()
                return nil
            }
            return index
        }

        func store(_ result: Result, at index: Int) {
            state.withLock { $0.done[index] = result }
            stored.signal()
        }

        /// Blocks until the result for `index` is stored, then hands it over and frees its place.
        func wait(for index: Int) -> Result {
            while true {
                if let result = state.withLock({ $0.done.removeValue(forKey: index) }) {
                    slots.signal()
                    return result
                }
                stored.wait()
            }
        }
    }
}
