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
        let accepted = try q.complete([job.sampleCompletion], workerID: "w")
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

    @Test func valuesTheColumnsCannotHoldAreCleanedNotFailed() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        let job = try #require(try q.claim(1, as: "w").first)
        let row = ArticleRow(title: "A\u{0}B", publishedAt: "sometime last week", pageDate: "2025-02-30")
        #expect(row.title == "AB" && row.publishedAt == nil && row.pageDate == nil)
        #expect(try q.complete([Completion(jobID: id, claim: job.claim, resultJSON: sampleResult, row: row)], workerID: "w") == [id])
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles WHERE published_at IS NULL AND page_date IS NULL AND title = 'AB'") == 1)
    }

    @Test func aResultTheDatabaseRefusesFailsItsStatementWithAnErrorThatBlamesTheData() throws {
        let q = try db.queue()
        _ = try q.enqueueText("x")
        let job = try #require(try q.claim(1, as: "w").first)
        let poison = Completion(jobID: job.id, claim: job.claim, resultJSON: #"{"title":"\u0000"}"#)
        let error = #expect(throws: PostgresError.self) { try q.complete([poison], workerID: "w") }
        #expect(error.map(StatementFailure.init) == .rejected)
        // Nothing was written; the job is still running under this worker.
        #expect(try db.state(of: job.id) == "running")
    }

    @Test func lateCompletionAfterRescueIsRejected() throws {
        let q = try db.queue()
        let id = try q.enqueueText("slow job")
        let slow = try #require(try q.claim(1, as: "slow-worker").first)
        try db.expireLeases()
        #expect(try q.rescueExpiredLeases(RescueParams(limit: 100, maxLeaseExpiries: 10)) == [id: .queued])
        let fast = try #require(try q.claim(1, as: "fast-worker").first)
        // The rescue gave the attempt back (the slow worker's death was not the job's fault),
        // but the claim count moved on.
        #expect(fast.attempt == 1)
        #expect(fast.claim == 2)
        // The slow worker finally finishes: fenced off, nothing written.
        #expect(try q.complete([slow.sampleCompletion], workerID: "slow-worker").isEmpty)
        #expect(try q.fail([Failure(jobID: id, claim: slow.claim, reason: "late", retryable: false)], workerID: "slow-worker").isEmpty)
        #expect(try q.complete([fast.sampleCompletion], workerID: "fast-worker") == [id])
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles WHERE job_id = \(id)") == 1)
        // Completing twice is also a no-op: one job, one row.
        #expect(try q.complete([fast.sampleCompletion], workerID: "fast-worker").isEmpty)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 1)
    }

    @Test func sameWorkerReclaimIsFencedByClaim() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        let first = try #require(try q.claim(1, as: "w").first)
        try db.expireLeases()
        _ = try q.rescueExpiredLeases(RescueParams(limit: 10, maxLeaseExpiries: 10))
        let second = try #require(try q.claim(1, as: "w").first)
        #expect(first.attempt == second.attempt)
        #expect(try q.complete([first.sampleCompletion], workerID: "w").isEmpty)
        #expect(try q.complete([second.sampleCompletion], workerID: "w") == [id])
    }

    @Test func aJobThatKeepsLosingItsWorkersEndsDead() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        try db.connect().execute("UPDATE newsdesk.jobs SET max_attempts = 3 WHERE id = \(id)")
        var states: [JobState] = []
        for _ in 0..<3 {
            _ = try #require(try q.claim(1, as: "w").first)
            try db.expireLeases()
            states += try q.rescueExpiredLeases(RescueParams(limit: 10, maxLeaseExpiries: 3)).values
        }
        #expect(states == [.queued, .queued, .dead])
        let error = try db.scalar("SELECT last_error FROM newsdesk.jobs WHERE id = \(id)") ?? ""
        #expect(error.contains("expired (3 of 3"), "\(error)")
    }

    /// Found by scripts/chaos: an innocent job held by workers killed from outside more often
    /// than its max_attempts went dead. Expiries have their own, larger bound.
    @Test func losingMoreWorkersThanMaxAttemptsIsNotDeath() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        try db.connect().execute("UPDATE newsdesk.jobs SET max_attempts = 2 WHERE id = \(id)")
        for _ in 0..<4 {
            _ = try #require(try q.claim(1, as: "killed").first)
            try db.expireLeases()
            #expect(try q.rescueExpiredLeases(RescueParams(limit: 10, maxLeaseExpiries: 10)) == [id: .queued])
        }
        let job = try #require(try q.claim(1, as: "w").first)
        #expect(job.attempt == 1)
        #expect(try q.complete([job.sampleCompletion], workerID: "w") == [id])
    }

    @Test func aDoneJobRequeuedByHandIsProcessedAgainAndItsRowReplaced() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        let other = try q.enqueueText("y")
        let first = try #require(try q.claim(1, as: "w").first)
        #expect(try q.complete([first.sampleCompletion], workerID: "w") == [id])
        // What an operator does by hand to re-process a page.
        try db.connect().execute("UPDATE newsdesk.jobs SET state = 'queued' WHERE id = \(id)")
        let again = try q.claim(2, as: "w")
        #expect(Set(again.map(\.id)) == [id, other])
        let newer = Completion(jobID: id, claim: again.first { $0.id == id }!.claim,
                               resultJSON: #"{"schema_version":2,"title":"T2"}"#, row: ArticleRow(title: "T2", schemaVersion: 2))
        let stored = try q.complete([newer] + again.filter { $0.id == other }.map(\.sampleCompletion), workerID: "w")
        #expect(stored == [id, other])
        #expect(try db.scalar("SELECT title FROM newsdesk.articles WHERE job_id = \(id)") == "T2")
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles WHERE job_id = \(id)") == 1)
        #expect(try db.scalar("SELECT result->>'title' FROM newsdesk.article_history WHERE job_id = \(id)") == "T")
    }

    @Test func batchCompletesManyAtOnce() throws {
        let q = try db.queue()
        for i in 0..<50 { try q.enqueueText("job \(i)") }
        let jobs = try q.claim(50, as: "w")
        let accepted = try q.complete(jobs.map(\.sampleCompletion), workerID: "w")
        #expect(accepted.count == 50)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 50)
    }
}
