import Daemon
import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct DaemonEndToEndTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    @Test func badInputFailsWithAReasonAndTheNextJobStillRuns() throws {
        let q = try db.queue()
        let sample = try q.enqueue(EnqueueParams(payload: .text(sampleText), sourceURL: "https://example.com/sample"))
        let empty = try q.enqueue(EnqueueParams(payload: .text("  \n\n ")))
        let binary = try q.enqueue(EnqueueParams(payload: .bytes([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3])))
        // Declared UTF-8, but riddled with broken sequences: no charset can be trusted.
        let invalid = try q.enqueue(EnqueueParams(payload: .bytes(Array(repeating: [0x66, 0xC3, 0x28, 0xA0, 0xA1], count: 50).flatMap { $0 }),
                                                  contentType: "text/plain; charset=utf-8"))
        let huge = try q.enqueue(EnqueueParams(payload: .text(String(repeating: "word ", count: 300_000))))
        let after = try q.enqueue(EnqueueParams(payload: .text(sampleText)))

        let daemon = RunningDaemon(db, maxPayloadBytes: 1 << 20)
        #expect(eventually { (try? db.drained()) == true })
        #expect(daemon.stop())

        #expect(try db.state(of: sample) == "done")
        #expect(try db.state(of: after) == "done")
        for (id, reason) in [(empty, "empty"), (binary, "not text"), (invalid, "undecodable"), (huge, "too large")] {
            #expect(try db.state(of: id) == "failed")
            let error = try db.scalar("SELECT last_error FROM newsdesk.jobs WHERE id = \(id)") ?? ""
            #expect(error.contains(reason), "job \(id): \(error)")
            // Bad input is not retried: one attempt only.
            #expect(try db.scalar("SELECT attempts FROM newsdesk.jobs WHERE id = \(id)") == "1")
        }
        let row = try db.connect().execute("""
            SELECT source_url, word_count, jsonb_array_length(result->'paragraphs') AS paragraphs
            FROM newsdesk.articles WHERE job_id = \(sample)
            """).rows[0]
        #expect(row["source_url"] == "https://example.com/sample")
        #expect((Int(row["word_count"] ?? "") ?? 0) > 300)
        #expect((Int(row["paragraphs"] ?? "") ?? 0) >= 5)
        #expect(try db.resultMismatches() == 0)
    }

    @Test func aDumpBecomesOneTypedRowAndARepostLinksToIt() throws {
        let daemon = RunningDaemon(db)
        defer { daemon.stop() }
        let q = try db.queue()
        let original = try q.enqueue(EnqueueParams(payload: .text(sampleText), sourceURL: "https://example.com/a"))
        #expect(eventually { (try? db.state(of: original)) == "done" })
        // The same story reposted elsewhere with one word changed.
        let repost = try q.enqueue(EnqueueParams(payload: .text(sampleText.replacingOccurrences(of: "Commuters", with: "Passengers")),
                                                 sourceURL: "https://example.org/b"))
        #expect(eventually { (try? db.state(of: repost)) == "done" })

        let row = try db.connect().execute("""
            SELECT title, page_date::text AS page_date, published_at, language,
                   result->'flags' @> '[{"kind": "missing_publication_date"}]' AS flagged,
                   jsonb_array_length(result->'related') AS related
            FROM newsdesk.articles WHERE job_id = \(original)
            """).rows[0]
        #expect(row["title"] == "Harbour Ferry Service Returns to Port Ellery After Two-Year Pause")
        #expect(row["page_date"] == "2025-03-12")
        #expect(row["published_at"] == nil)
        #expect(row["language"] == "en")
        #expect(row["flagged"] == "t")
        #expect(row["related"] == "4")
        #expect(try db.scalar("SELECT duplicate_of FROM newsdesk.articles WHERE job_id = \(repost)") == "\(original)")
        #expect(try db.scalar("SELECT duplicate_of FROM newsdesk.articles WHERE job_id = \(original)") == nil)
    }

    @Test func notifyWakesAnIdleWorkerLongBeforeThePoll() throws {
        // The poll fallback is an hour away, so only the notification can wake it in time.
        let daemon = RunningDaemon(db, poll: .seconds(3600))
        defer { daemon.stop() }
        Thread.sleep(forTimeInterval: 0.5)  // let it connect, LISTEN and go idle
        let id = try db.queue().enqueue(EnqueueParams(payload: .text(sampleText)))
        #expect(eventually(timeout: .seconds(60)) { (try? db.state(of: id)) == "done" })
    }

    @Test func jobsOfAVanishedWorkerComeBackWithinALease() throws {
        let q = try db.queue()
        for _ in 0..<20 { try q.enqueue(EnqueueParams(payload: .text(sampleText))) }
        // A worker claims them with a 1 s lease and dies: no heartbeat, no completion.
        let ghost = try q.claim(ClaimParams(limit: 20, workerID: "ghost", lease: .seconds(1), maxPayloadBytes: 1 << 20))
        #expect(ghost.count == 20)
        let daemon = RunningDaemon(db)
        defer { daemon.stop() }
        #expect(eventually { (try? db.drained()) == true })
        // The vanished worker's claim cost them nothing: one attempt each, one expiry recorded.
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'done' AND attempts = 1 AND lease_expiries = 1") == 20)
        #expect(try db.resultMismatches() == 0)
    }

    @Test func twoWorkersShareOneQueueWithExactlyOneResultEach() throws {
        try db.connect().execute(Query(sql: "INSERT INTO newsdesk.jobs (raw) SELECT $1 || g FROM generate_series(1, 150) g",
                                       binds: [.text(sampleText)]))
        let a = RunningDaemon(db, workerID: "worker-a", concurrency: 1)
        let b = RunningDaemon(db, workerID: "worker-b", concurrency: 1)
        #expect(eventually(timeout: .seconds(300)) { (try? db.drained()) == true })
        #expect(a.stop() && b.stop())
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 150)
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE attempts <> 1") == 0)
        #expect(try db.resultMismatches() == 0)
    }

    @Test func survivesItsConnectionsBeingKilled() throws {
        let daemon = RunningDaemon(db)
        defer { daemon.stop() }
        let q = try db.queue()
        let first = try q.enqueue(EnqueueParams(payload: .text(sampleText)))
        #expect(eventually { (try? db.state(of: first)) == "done" })
        // Cut every connection the worker has, as a database restart would.
        try db.connect().execute("""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = \(db.name) AND pid <> pg_backend_pid()
            """)
        let second = try db.queue().enqueue(EnqueueParams(payload: .text(sampleText)))
        #expect(eventually { (try? db.state(of: second)) == "done" })
        #expect(try db.resultMismatches() == 0)
    }
}
