import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct CompletionTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    @Test func completionStoresOneTypedRowAndNotifies() throws {
        let q = try db.queue()
        let listener = try db.connect()
        try listener.listen("newsdesk_articles")
        let id = try q.enqueueText("x", url: "https://example.com/x")
        let job = try #require(try q.claim(1, as: "w").first)
        let accepted = try q.complete([Completion(jobID: id, attempt: job.attempt, resultJSON: sampleResult)], workerID: "w")
        #expect(accepted == [id])
        #expect(try db.state(of: id) == "done")
        let row = try db.connect().execute("""
            SELECT title, published_at::date::text AS pub, page_date::text AS page, language, word_count,
                   source_url, schema_version, result->>'title' AS json_title FROM newsdesk.articles WHERE job_id = \(id)
            """).rows[0]
        #expect(row["title"] == "T")
        #expect(row["pub"] == "2025-07-01")
        #expect(row["page"] == "2025-07-01")
        #expect(row["language"] == "en")
        #expect(row["word_count"] == "3")
        #expect(row["source_url"] == "https://example.com/x")
        #expect(row["schema_version"] == "1")
        #expect(row["json_title"] == "T")
        #expect(try listener.waitForNotifications(timeout: .seconds(5)).map(\.payload) == ["\(id)"])
    }

    @Test func unparseableDatesBecomeNullInsteadOfFailingTheBatch() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        let job = try #require(try q.claim(1, as: "w").first)
        let result = #"{"schema_version":1,"published_at":"sometime last week","page_date":"2025-13-45","word_count":1}"#
        #expect(try q.complete([Completion(jobID: id, attempt: job.attempt, resultJSON: result)], workerID: "w") == [id])
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles WHERE published_at IS NULL AND page_date IS NULL") == 1)
    }

    @Test func lateCompletionAfterRescueIsRejected() throws {
        let q = try db.queue()
        let id = try q.enqueueText("slow job")
        let slow = try #require(try q.claim(1, as: "slow-worker").first)
        try db.expireLeases()
        #expect(try q.rescueExpiredLeases(limit: 100) == [id: .queued])
        let fast = try #require(try q.claim(1, as: "fast-worker").first)
        #expect(fast.attempt == 2)
        // The slow worker finally finishes: fenced off, nothing written.
        #expect(try q.complete([Completion(jobID: id, attempt: slow.attempt, resultJSON: sampleResult)], workerID: "slow-worker").isEmpty)
        #expect(try q.fail([Failure(jobID: id, attempt: slow.attempt, reason: "late", retryable: false)], workerID: "slow-worker").isEmpty)
        #expect(try q.complete([Completion(jobID: id, attempt: fast.attempt, resultJSON: sampleResult)], workerID: "fast-worker") == [id])
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles WHERE job_id = \(id)") == 1)
        // Completing twice is also a no-op: one job, one row.
        #expect(try q.complete([Completion(jobID: id, attempt: fast.attempt, resultJSON: sampleResult)], workerID: "fast-worker").isEmpty)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 1)
    }

    @Test func sameWorkerReclaimIsFencedByAttempt() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        let first = try #require(try q.claim(1, as: "w").first)
        try db.expireLeases()
        _ = try q.rescueExpiredLeases(limit: 10)
        let second = try #require(try q.claim(1, as: "w").first)
        #expect(try q.complete([Completion(jobID: id, attempt: first.attempt, resultJSON: sampleResult)], workerID: "w").isEmpty)
        #expect(try q.complete([Completion(jobID: id, attempt: second.attempt, resultJSON: sampleResult)], workerID: "w") == [id])
    }

    @Test func batchCompletesManyAtOnce() throws {
        let q = try db.queue()
        for i in 0..<50 { try q.enqueueText("job \(i)") }
        let jobs = try q.claim(50, as: "w")
        let accepted = try q.complete(jobs.map { Completion(jobID: $0.id, attempt: $0.attempt, resultJSON: sampleResult) }, workerID: "w")
        #expect(accepted.count == 50)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 50)
    }
}
