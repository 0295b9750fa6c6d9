@testable import Daemon
import Foundation
import LibPQ
import Logging
import Queue
import Testing
import TestSupport

/// The worker's retention service against a real server: what a turn removes, how a backlog
/// is split into turns, and the counters it feeds.
@Suite(.needsDatabase)
struct CleanerTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    /// `count` done jobs, each with an article, that finished `days` ago.
    func doneJobs(_ count: Int, daysAgo days: Double) throws -> [Int64] {
        let q = try db.queue()
        let ids = try (0..<count).map { try q.enqueue(EnqueueParams(payload: .text("page \($0) \(days)"))) }
        let jobs = try q.claim(ClaimParams(limit: count, workerID: "w", lease: .seconds(30), maxPayloadBytes: 1 << 20))
        let result = #"{"schema_version":1,"title":"T"}"#
        _ = try q.complete(jobs.map { Completion(jobID: $0.id, claim: $0.claim, resultJSON: result, row: ArticleRow(title: "T")) },
                           workerID: "w")
        try db.connect().execute("""
            UPDATE newsdesk.jobs SET finished_at = now() - make_interval(secs => \(days * 86400)) WHERE id = ANY(\(ids))
            """)
        return ids
    }

    func metric(_ metrics: WorkerMetrics, _ name: String) -> String? {
        metrics.text().split(separator: "\n").first { $0.hasPrefix(name + " ") }.map { String($0.dropFirst(name.count + 1)) }
    }

    @Test func aBacklogIsWorkedThroughInTurnsAndCounted() throws {
        let old = try doneJobs(5, daysAgo: 40)
        let payloadOnly = try doneJobs(2, daysAgo: 10)
        let recent = try doneJobs(1, daysAgo: 1)
        let metrics = WorkerMetrics(version: "test")
        let policy = RetentionPolicy(payloadAge: .seconds(7 * 86400), doneAge: .seconds(30 * 86400))
        let cleaner = Cleaner(configuration: .init(policy: policy, batchSize: 2, batchesPerTurn: 2), metrics: metrics,
                              logger: Logger(label: "cleaner-test"))
        let q = try db.queue()

        // Two statements of two rows each: a turn with work left asks for another at once.
        #expect(try cleaner.run(q) == .unfinished)
        #expect(metric(metrics, "newsdesk_retention_jobs_deleted_total") == "4")
        var turns = 1
        while try cleaner.run(q) == .unfinished { turns += 1 }
        #expect(turns <= 3)
        #expect(metric(metrics, "newsdesk_retention_jobs_deleted_total") == "5")
        #expect(metric(metrics, "newsdesk_retention_payloads_dropped_total") == "2")

        let left = try db.connect().execute("SELECT id, payload_pruned_at IS NOT NULL AS pruned FROM newsdesk.jobs ORDER BY id").rows
        #expect(left.compactMap { $0["id"].flatMap(Int64.init) } == payloadOnly + recent)
        #expect(left.map { $0.bool("pruned") } == [true, true, false])
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles WHERE job_id = ANY(\(old))") == 0)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 3)
        // Nothing is due any more: the next turn removes nothing.
        #expect(try cleaner.run(q) == .done)
        #expect(metric(metrics, "newsdesk_retention_jobs_deleted_total") == "5")
    }

    @Test func aWorkerGivenAPolicyCleansInItsMaintenanceLoop() throws {
        let old = try doneJobs(3, daysAgo: 40)
        let recent = try doneJobs(1, daysAgo: 1)
        let worker = RunningDaemon(db, retention: RetentionPolicy(doneAge: .seconds(30 * 86400)))
        defer { worker.stop() }
        #expect(try eventually { try db.count("SELECT count(*) FROM newsdesk.jobs WHERE id = ANY(\(old))") == 0 })
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE id = ANY(\(recent))") == 1)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 1)
    }

    @Test func defaultsAreNamedAndOnlyAPolicyTurnsItOn() {
        let configuration = Cleaner.Configuration(policy: RetentionPolicy())
        #expect(configuration.interval == Cleaner.Configuration.defaultInterval)
        #expect(configuration.batchSize == Cleaner.Configuration.defaultBatchSize)
        #expect(configuration.batchesPerTurn == Cleaner.Configuration.defaultBatchesPerTurn)
        #expect(!RetentionPolicy().isEnabled)
        #expect(RetentionPolicy(payloadAge: .seconds(1)).isEnabled)
    }
}
