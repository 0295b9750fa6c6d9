import Foundation
import Queue
import Synchronization

/// A fixed set of processing slots fed from one queue of claimed jobs. Each slot is a thread
/// with its own executor (a child process, or the processor inline), running one job at a
/// time; outcomes are handed to `onFinished` as they come. A job can be cancelled while it
/// waits or while it runs (its outcome is then dropped), so the same job is never processed
/// twice at once by one worker.
final class ProcessingPool: Sendable {
    struct Settings: Sendable {
        var slots: Int
        /// Longest one job may process before it is stopped.
        var jobTimeout: Duration
    }

    private struct State {
        var waiting: [ClaimedJob] = []
        /// The job each busy slot is running.
        var running: [Int: (id: Int64, claim: Int)] = [:]
        var stopped = false
    }

    let settings: Settings
    private let executors: [any JobExecutor]
    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)
    private let onFinished: @Sendable (DispatcherStateMachine.Outcome) -> Void
    private let onUnavailable: @Sendable (String) -> Void
    private let threadsDone = DispatchGroup()

    /// Starts `settings.slots` threads, each with an executor from `makeExecutor`.
    init(settings: Settings, makeExecutor: (Int) -> any JobExecutor,
         onFinished: @escaping @Sendable (DispatcherStateMachine.Outcome) -> Void,
         onUnavailable: @escaping @Sendable (String) -> Void) {
        self.settings = settings
        executors = (0..<max(1, settings.slots)).map(makeExecutor)
        self.onFinished = onFinished
        self.onUnavailable = onUnavailable
        for slot in executors.indices {
            threadsDone.enter()
            let thread = Thread { [self] in
                runSlot(slot)
                threadsDone.leave()
            }
            thread.name = "newsdesk-processing-\(slot)"
            thread.start()
        }
    }

    /// Jobs waiting for a slot or running.
    var load: Int { state.withLock { $0.waiting.count + $0.running.count } }

    func submit(_ jobs: [ClaimedJob]) {
        guard !jobs.isEmpty else { return }
        state.withLock { $0.waiting.append(contentsOf: jobs) }
        for _ in jobs { available.signal() }
    }

    /// Drops these jobs: waiting ones are removed, running ones are stopped.
    func cancel(_ ids: [Int64]) {
        let doomed = Set(ids)
        let slots = state.withLock { state in
            state.waiting.removeAll { doomed.contains($0.id) }
            let slots = state.running.filter { doomed.contains($0.value.id) }.map(\.key)
            // No longer this slot's to report: whatever the stopped job returns is dropped.
            for slot in slots { state.running[slot] = nil }
            return slots
        }
        for slot in slots { executors[slot].interrupt() }
    }

    /// Stops everything: waiting jobs are dropped, running ones stopped, slots shut down.
    /// Returns once every slot has stopped.
    func stop() {
        let busy = state.withLock { state in
            state.stopped = true
            state.waiting.removeAll()
            return Array(state.running.keys)
        }
        for slot in busy { executors[slot].interrupt() }
        for _ in executors { available.signal() }
        threadsDone.wait()
    }

    private func runSlot(_ slot: Int) {
        let executor = executors[slot]
        defer { executor.shutdown() }
        if let child = executor as? ChildProcessExecutor {
            do { try child.warmUp() } catch { onUnavailable("cannot start the processor: \(error)") }
        }
        while true {
            available.wait()
            let next: ClaimedJob? = state.withLock { state in
                guard !state.stopped, !state.waiting.isEmpty else { return nil }
                let job = state.waiting.removeFirst()
                state.running[slot] = (job.id, job.claim)
                return job
            }
            guard let job = next else {
                if state.withLock({ $0.stopped }) { return }
                continue  // a cancelled job's signal
            }
            let outcome = executor.run(job, timeout: settings.jobTimeout)
            let current = state.withLock { state in
                defer { state.running[slot] = nil }
                return state.running[slot].map { $0.id == job.id && $0.claim == job.claim } ?? false
            }
            guard current else { continue }
            if let outcome {
                onFinished(outcome)
            } else {
                onUnavailable("cannot start the processor for job \(job.id)")
            }
        }
    }
}
