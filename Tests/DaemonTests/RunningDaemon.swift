import Daemon
import Foundation
import Logging
import Queue
import TestSupport

/// A Daemon running in this process on its own thread, stopped like SIGTERM would. Jobs are
/// processed by child processes of the built newsdesk binary, as in production.
final class RunningDaemon: Sendable {
    let daemon: Daemon
    private let stopped = DispatchSemaphore(value: 0)
    /// What run() returned, once it has.
    let outcome = Mutexed<Daemon.Outcome?>(nil)

    /// The processing children `newsdesk run` would start, from the built binary.
    static func childProcesses(faultInjection: Bool = false, memoryLimitMB: Int = 2048) -> WorkerConfiguration.Processing {
        .childProcesses(command: [TestPaths.newsdeskBinary.path, "process-worker", "--memory-limit-mb", "\(memoryLimitMB)"]
                                 + (faultInjection ? ["--fault-injection"] : []))
    }

    init(_ db: TestDatabase, processing: WorkerConfiguration.Processing = childProcesses(), lease: Duration = .seconds(2),
         poll: Duration = .milliseconds(200), maxPayloadBytes: Int = 1 << 20, workerID: String? = nil,
         concurrency: Int = 2, jobTimeout: Duration = .seconds(120), shutdownGrace: Duration = .seconds(5),
         retention: RetentionPolicy = RetentionPolicy(), untilEmpty: Bool = false) {
        var logger = Logger(label: "test-daemon")
        logger.logLevel = .critical
        let config = WorkerConfiguration(databaseURL: db.url, processing: processing, concurrency: concurrency, lease: lease,
                                         pollInterval: poll, rescueInterval: .milliseconds(200), jobTimeout: jobTimeout,
                                         shutdownGrace: shutdownGrace, maxPayloadBytes: maxPayloadBytes, retention: retention,
                                         untilEmpty: untilEmpty,
                                         workerID: workerID)
        daemon = Daemon(config: config, logger: logger)
        Thread { [daemon, stopped, outcome] in
            let result = daemon.run()
            outcome.mutate { $0 = result }
            stopped.signal()
        }.start()
    }

    /// Requests shutdown and waits for run() to return; false if it did not within `timeout`.
    @discardableResult
    func stop(timeout: Double = 30) -> Bool {
        daemon.shutdown.request()
        return stopped.wait(timeout: .now() + timeout) == .success
    }
}

extension TestDatabase {
    /// True once nothing is queued or running.
    func drained() throws -> Bool {
        try count("SELECT count(*) FROM newsdesk.jobs WHERE state IN ('queued', 'running')") == 0
    }

    /// Jobs done without exactly one article row, or articles of jobs not done: must be 0
    /// in any test that does not reprocess (a reprocessed job keeps its earlier article until
    /// the new one replaces it).
    func resultMismatches() throws -> Int {
        try count("""
            SELECT count(*) FROM newsdesk.jobs j
            FULL JOIN newsdesk.articles a ON a.job_id = j.id
            WHERE (j.state = 'done') <> (a.job_id IS NOT NULL)
            """)
    }
}

/// The page most daemon tests process: a shipped sample, so they run on a fresh clone.
let sampleText = (try? String(contentsOf: TestPaths.sampleDump, encoding: .utf8)) ?? ""
