import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct FailureTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    @Test func badInputFailsAtOnceWithItsReason() throws {
        let q = try db.queue()
        let id = try q.enqueueText("")
        let job = try #require(try q.claim(1, as: "w").first)
        let states = try q.fail([Failure(jobID: id, claim: job.claim, reason: "empty input", retryable: false)], workerID: "w")
        #expect(states == [id: .failed])
        #expect(try db.scalar("SELECT last_error FROM newsdesk.jobs WHERE id = \(id)") == "empty input")
        #expect(try db.scalar("SELECT finished_at IS NOT NULL FROM newsdesk.jobs WHERE id = \(id)") == "t")
    }

    @Test func transientFailureRetriesWithBackoffThenDies() throws {
        let q = try db.queue()
        try db.connect().execute("INSERT INTO newsdesk.jobs (raw, max_attempts) VALUES ('flaky', 2)")
        var job = try #require(try q.claim(1, as: "w").first)
        #expect(try q.fail([Failure(jobID: job.id, claim: job.claim, reason: "connection reset", retryable: true)], workerID: "w") == [job.id: .queued])
        // Backoff: not claimable at once.
        #expect(try q.claim(1, as: "w").isEmpty)
        #expect(try db.scalar("SELECT run_at > now() FROM newsdesk.jobs WHERE id = \(job.id)") == "t")
        try db.connect().execute("UPDATE newsdesk.jobs SET run_at = now()")
        job = try #require(try q.claim(1, as: "w").first)
        #expect(job.attempt == 2)
        #expect(try q.fail([Failure(jobID: job.id, claim: job.claim, reason: "connection reset", retryable: true)], workerID: "w") == [job.id: .dead])
    }

    @Test func retryDelayGrowsExponentiallyWithJitter() throws {
        let c = try db.connect()
        let row = try c.execute("""
            SELECT extract(epoch FROM newsdesk.retry_delay(1)) AS d1, extract(epoch FROM newsdesk.retry_delay(5)) AS d5,
                   extract(epoch FROM newsdesk.retry_delay(40)) AS d40
            """).rows[0]
        let d1 = try #require(row.double("d1")), d5 = try #require(row.double("d5")), d40 = try #require(row.double("d40"))
        #expect((0.75...1.25).contains(d1))
        #expect((12...20).contains(d5))
        #expect(d40 <= 3600 * 1.25)
    }

    @Test func rescueKillsJobsOutOfLeaseExpiries() throws {
        let q = try db.queue()
        try db.connect().execute("INSERT INTO newsdesk.jobs (raw, max_attempts) VALUES ('crashes the worker', 5)")
        let job = try #require(try q.claim(1, as: "doomed").first)
        try db.expireLeases()
        #expect(try q.rescueExpiredLeases(RescueParams(limit: 10, maxLeaseExpiries: 1)) == [job.id: .dead])
        let error = try #require(try db.scalar("SELECT last_error FROM newsdesk.jobs WHERE id = \(job.id)"))
        #expect(error.contains("doomed") && error.contains("expired"))
    }

    @Test func liveLeasesAreNotRescued() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        _ = try q.claim(1, as: "w", lease: .seconds(60))
        #expect(try q.rescueExpiredLeases(RescueParams(limit: 10, maxLeaseExpiries: 10)).isEmpty)
        #expect(try q.heartbeat(HeartbeatParams(jobIDs: [id], workerID: "w", lease: .seconds(60))) == [id])
        #expect(try q.heartbeat(HeartbeatParams(jobIDs: [id], workerID: "intruder", lease: .seconds(60))).isEmpty)
    }

    @Test func handBackReturnsTheAttempt() throws {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        _ = try q.claim(1, as: "w")
        #expect(try q.handBack([id], workerID: "w") == 1)
        #expect(try db.state(of: id) == "queued")
        #expect(try db.scalar("SELECT attempts FROM newsdesk.jobs WHERE id = \(id)") == "0")
    }
}
