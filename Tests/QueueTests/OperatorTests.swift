import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct OperatorTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    @Test func retryAndCancelBySelection() throws {
        let q = try db.queue()
        let ids = try (0..<4).map { try q.enqueueText("job \($0)") }
        #expect(try q.cancel(.ids([ids[0]])) == 1)
        #expect(try q.cancel(.state(.failed)) == 0)
        let jobs = try q.claim(1, as: "w")
        _ = try q.fail(jobs.map { Failure(jobID: $0.id, claim: $0.claim, reason: "bad", retryable: false) }, workerID: "w")
        #expect(try db.state(of: ids[0]) == "cancelled")
        #expect(try q.retry(.state(.failed)) == 1)
        #expect(try q.retry(.ids([ids[0]])) == 1)
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'queued' AND attempts = 0") == 4)
        #expect(try q.cancel(.state(.queued)) == 4)
    }

    @Test func reprocessSelectsFinishedJobsByIdTimeAndSchemaVersion() throws {
        let q = try db.queue()
        let ids = try (0..<5).map { try q.enqueueText("job \($0)") }
        let jobs = try q.claim(5, as: "w")
        // Two results from an older schema, three from the current one.
        let completions = jobs.enumerated().map { index, job in
            Completion(jobID: job.id, claim: job.claim, resultJSON: sampleResult, row: ArticleRow(schemaVersion: index < 2 ? 1 : 2))
        }
        #expect(try q.complete(completions, workerID: "w").count == 5)
        #expect(try q.reprocess(ReprocessParams(schemaVersionBelow: 2)).requeued == Array(ids[0..<2]))
        #expect(try q.reprocess(ReprocessParams(ids: [ids[4]])).requeued == [ids[4]])
        // Already queued: not selected again; a window in the future selects nothing.
        #expect(try q.reprocess(ReprocessParams(ids: [ids[4]])).requeued.isEmpty)
        #expect(try q.reprocess(ReprocessParams(finishedAfter: "2999-01-01")).requeued.isEmpty)
        // Small batches walk the whole selection.
        #expect(try q.reprocess(ReprocessParams(), batchSize: 1).requeued == [ids[2], ids[3]])
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'queued' AND attempts = 0") == 5)
        // The articles stay until the new results replace them.
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 5)
    }

    @Test func workersViewShowsWhoHoldsWhat() throws {
        let q = try db.queue()
        for i in 0..<3 { try q.enqueueText("job \(i)") }
        _ = try q.claim(2, as: "host-a:1")
        _ = try q.claim(1, as: "host-b:2", lease: .seconds(60))
        try db.connect().execute("UPDATE newsdesk.jobs SET lease_expires_at = now() - interval '1 s' WHERE lease_owner = 'host-a:1'")
        let workers = try q.workers()
        #expect(workers.map(\.worker) == ["host-a:1", "host-b:2"])
        #expect(workers.map(\.running) == [2, 1])
        #expect(workers.map(\.expiredLeases) == [2, 0])
        #expect(workers[1].nextExpirySeconds > 30)
    }

    @Test func statusCountsStatesAndTimings() throws {
        let q = try db.queue()
        for i in 0..<3 { try q.enqueueText("job \(i)") }
        let jobs = try q.claim(2, as: "w")
        var completion = jobs[0].sampleCompletion
        completion.processingTime = .milliseconds(40)
        _ = try q.complete([completion], workerID: "w")
        _ = try q.fail([Failure(jobID: jobs[1].id, claim: 1, reason: "bad", retryable: false)], workerID: "w")
        let s = try q.status()
        #expect(s.queued == 1 && s.running == 0 && s.done == 1 && s.failed == 1)
        #expect(s.doneLastMinute == 1 && s.failedLastHour == 1)
        #expect(s.oldestQueuedSeconds != nil)
        #expect(s.meanProcessingMs == 40 && s.p95ProcessingMs == 40)
        #expect(s.meanWaitMs != nil && s.p95WaitMs != nil && s.meanPrefetchAndCommitMs != nil)
    }
}
