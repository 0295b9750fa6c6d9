import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

/// Retention against a real server: what goes, what stays, in batches that never wait.
@Suite(.needsDatabase)
struct RetentionTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    /// Jobs finished `days` ago in `state`: done ones with an article (and, when reprocessed,
    /// its history), the others failed by a worker. Returns their ids.
    func finishedJobs(_ count: Int, _ state: JobState, daysAgo days: Double) throws -> [Int64] {
        let q = try db.queue()
        let ids = try (0..<count).map { try q.enqueueText("page \($0) \(state) \(days)") }
        if state == .cancelled {
            #expect(try q.cancel(.ids(ids)) == count)
        } else {
            try db.connect().execute("UPDATE newsdesk.jobs SET max_attempts = 1 WHERE id = ANY(\(ids))")
            let jobs = try q.claim(count, as: "w")
            if state == .done {
                _ = try q.complete(jobs.map(\.sampleCompletion), workerID: "w")
            } else {
                // Bad input fails; a crash on the last attempt is dead.
                _ = try q.fail(jobs.map { Failure(jobID: $0.id, claim: $0.claim, reason: "x", retryable: state == .dead) }, workerID: "w")
            }
        }
        #expect(try jobCount("state = '\(state.rawValue)' AND id = ANY(\(literal(ids)))") == count)
        try age(ids, days: days)
        return ids
    }

    func age(_ ids: [Int64], days: Double) throws {
        try db.connect().execute("""
            UPDATE newsdesk.jobs SET finished_at = now() - make_interval(secs => \(days * 86400)) WHERE id = ANY(\(ids))
            """)
    }

    /// An array literal of ids, for conditions written as text.
    func literal(_ ids: [Int64]) -> String { "'{" + ids.map(String.init).joined(separator: ",") + "}'::bigint[]" }

    func jobCount(_ condition: String) throws -> Int {
        try db.count(Query(sql: "SELECT count(*) FROM newsdesk.jobs WHERE " + condition))
    }

    @Test func deletesOldFinishedJobsWithTheirArticlesAndKeepsEverythingElse() throws {
        let oldDone = try finishedJobs(3, .done, daysAgo: 40)
        let recentDone = try finishedJobs(2, .done, daysAgo: 5)
        for state in RetentionPolicy.unsuccessfulStates { _ = try finishedJobs(1, state, daysAgo: 40) }
        let youngFailed = try finishedJobs(1, .failed, daysAgo: 15)
        // One old done job was reprocessed once: its earlier article is in the history.
        try db.connect().execute("""
            INSERT INTO newsdesk.article_history (job_id, processed_at, schema_version, result)
            SELECT job_id, processed_at - interval '1 day', schema_version, result FROM newsdesk.articles WHERE job_id = \(oldDone[0])
            """)
        // Waiting and running jobs are never retention's, however old.
        let q = try db.queue()
        let waiting = try q.enqueueText("waiting")
        let running = try q.enqueueText("running")
        try db.connect().execute("UPDATE newsdesk.jobs SET enqueued_at = now() - interval '400 days' WHERE id IN (\(waiting), \(running))")
        _ = try q.claim(1, as: "w")

        // A kept article linked to a deleted one as its near-duplicate keeps its row, unlinked.
        try db.connect().execute("UPDATE newsdesk.articles SET duplicate_of = \(oldDone[1]) WHERE job_id = \(recentDone[0])")
        let policy = RetentionPolicy(doneAge: .seconds(30 * 86400), failedAge: .seconds(20 * 86400))
        #expect(try q.retentionDue(policy) == RetentionDue(doneJobs: 3, unsuccessfulJobs: 3))
        let (counts, finished) = try q.applyRetention(policy, batchSize: 100)
        #expect(finished)
        #expect(counts == RetentionCounts(doneDeleted: 3, unsuccessfulDeleted: 3))

        let remaining = try db.connect().execute("SELECT id FROM newsdesk.jobs ORDER BY id").rows.compactMap { $0["id"].flatMap(Int64.init) }
        #expect(remaining == (recentDone + youngFailed + [waiting, running]).sorted())
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 2)
        #expect(try db.count("SELECT count(*) FROM newsdesk.article_history") == 0)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles WHERE duplicate_of IS NOT NULL") == 0)
        #expect(try q.retentionDue(policy) == RetentionDue(doneJobs: 0, unsuccessfulJobs: 0))
    }

    @Test func dropsThePayloadsOfOldDoneJobsOnlyAndReprocessSkipsThem() throws {
        let old = try finishedJobs(2, .done, daysAgo: 10)
        let recent = try finishedJobs(1, .done, daysAgo: 1)
        let failed = try finishedJobs(1, .failed, daysAgo: 10)
        let q = try db.queue()
        let policy = RetentionPolicy(payloadAge: .seconds(7 * 86400))
        let due = try q.retentionDue(policy)
        #expect(due.payloads == 2)
        #expect(due.payloadBytes == Int64(old.count * "page 0 done 10.0".utf8.count))
        #expect(try q.applyRetention(policy, batchSize: 100).counts == RetentionCounts(payloadsDropped: 2))

        #expect(try jobCount("raw IS NULL AND raw_bytes IS NULL AND payload_pruned_at IS NOT NULL") == 2)
        #expect(try jobCount("payload_pruned_at IS NOT NULL AND id = ANY(\(literal(old)))") == 2)
        // Failed jobs keep their page for a retry; the done jobs keep their articles.
        #expect(try jobCount("raw IS NOT NULL") == 2)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 3)

        let outcome = try q.reprocess(ReprocessParams(states: [.done]))
        #expect(outcome.requeued == recent)
        #expect(outcome.payloadPruned == old)
        #expect(try q.retry(.ids(failed)) == 1)
        // Not even by hand: a job with no payload cannot be queued again.
        let refused = #expect(throws: PostgresError.self) {
            try db.connect().execute("UPDATE newsdesk.jobs SET state = 'queued' WHERE id = \(old[0])")
        }
        #expect(refused?.sqlState == "23514")
        #expect(try q.applyRetention(policy, batchSize: 100).counts.isEmpty)
    }

    @Test func aTurnStopsAfterItsBatchesAndTheNextGoesOn() throws {
        _ = try finishedJobs(5, .done, daysAgo: 3)
        let q = try db.queue()
        let policy = RetentionPolicy(doneAge: .seconds(86400))
        let first = try q.applyRetention(policy, batchSize: 2, maxBatches: 2)
        #expect(first.counts.doneDeleted == 4 && !first.finished)
        let second = try q.applyRetention(policy, batchSize: 2, maxBatches: 2)
        #expect(second.counts.doneDeleted == 1 && second.finished)
        #expect(try jobCount("true") == 0)
    }

    @Test func rowsSomeoneHoldsAreSkippedNeverWaitedFor() throws {
        let ids = try finishedJobs(3, .done, daysAgo: 3)
        // An operator's transaction holds one job (reprocess locks what it selects).
        let holder = try db.connect()
        try holder.execute("BEGIN")
        try holder.execute("SELECT id FROM newsdesk.jobs WHERE id = \(ids[1]) FOR UPDATE")
        // Were the cleaner to wait for the lock, its statement would fail here instead of hanging.
        let cleaner = JobQueue(connection: try Connection(db.url + "?options=-c%20lock_timeout%3D5000"))
        let policy = RetentionPolicy(payloadAge: .seconds(86400), doneAge: .seconds(2 * 86400))
        #expect(try cleaner.applyRetention(policy, batchSize: 100).counts == RetentionCounts(doneDeleted: 2))
        try holder.execute("ROLLBACK")
        #expect(try cleaner.applyRetention(policy, batchSize: 100).counts == RetentionCounts(doneDeleted: 1))
    }

    @Test func deletionsMayNotReachIntoTheDuplicateWindow() {
        let week = Duration.seconds(7 * 86400)
        #expect(RetentionPolicy(payloadAge: .seconds(3600)).conflict(withDuplicateWindow: week) == nil)
        #expect(RetentionPolicy(doneAge: week, failedAge: week * 2).conflict(withDuplicateWindow: week) == nil)
        #expect(RetentionPolicy(doneAge: .seconds(86400)).conflict(withDuplicateWindow: week)?.hasPrefix("done jobs would be deleted after 1 days") == true)
        #expect(RetentionPolicy(failedAge: .seconds(43200)).conflict(withDuplicateWindow: week)?.contains("0.5 days") == true)
    }
}
