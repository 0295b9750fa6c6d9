import Daemon
import Foundation
import Logging
import TestSupport

/// A Daemon running in this process on its own thread, stopped like SIGTERM would.
final class RunningDaemon: Sendable {
    let daemon: Daemon
    private let stopped = DispatchSemaphore(value: 0)
    /// What run() returned, once it has.
    let clean = Mutexed<Bool?>(nil)

    init(_ db: TestDatabase, lease: Duration = .seconds(2), poll: Duration = .milliseconds(200),
         maxPayloadBytes: Int = 1 << 20, workerID: String? = nil, concurrency: Int = 2,
         jobTimeout: Duration = .seconds(120), processor: any PageProcessor = ArticleProcessor()) {
        var logger = Logger(label: "test-daemon")
        logger.logLevel = .critical
        let config = WorkerConfiguration(databaseURL: db.url, concurrency: concurrency, lease: lease, pollInterval: poll,
                                         rescueInterval: .milliseconds(200), jobTimeout: jobTimeout, shutdownGrace: .seconds(5),
                                         maxPayloadBytes: maxPayloadBytes, workerID: workerID)
        daemon = Daemon(config: config, processor: processor, logger: logger)
        Thread { [daemon, stopped, clean] in
            let result = daemon.run()
            clean.mutate { $0 = result }
            stopped.signal()
        }.start()
    }

    /// Requests shutdown and waits for run() to return; false if it did not within `timeout`.
    @discardableResult
    func stop(timeout: Double = 15) -> Bool {
        daemon.shutdown.request()
        return stopped.wait(timeout: .now() + timeout) == .success
    }
}

extension TestDatabase {
    /// True once nothing is queued or running.
    func drained() throws -> Bool {
        try count("SELECT count(*) FROM newsdesk.jobs WHERE state IN ('queued', 'running')") == 0
    }

    /// Jobs done without exactly one article row, or articles without a done job: must be 0.
    func resultMismatches() throws -> Int {
        try count("""
            SELECT count(*) FROM newsdesk.jobs j
            FULL JOIN newsdesk.articles a ON a.job_id = j.id
            WHERE (j.state = 'done') <> (a.job_id IS NOT NULL)
            """)
    }
}

let seedText = (try? String(contentsOf: TestPaths.seed, encoding: .utf8)) ?? ""
