import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct ClaimTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    @Test func claimsInPriorityOrderAndCountsTheAttempt() throws {
        let q = try db.queue()
        let low = try q.enqueueText("low")
        let high = try q.enqueueText("high", priority: 5)
        let jobs = try q.claim(10, as: "w1")
        #expect(jobs.map(\.id) == [high, low])
        #expect(jobs.allSatisfy { $0.attempt == 1 })
        #expect(try q.claim(10, as: "w2").isEmpty)
        #expect(try db.scalar("SELECT lease_owner FROM newsdesk.jobs WHERE id = \(low)") == "w1")
    }

    @Test func futureJobsWait() throws {
        try db.connect().execute("INSERT INTO newsdesk.jobs (raw, run_at) VALUES ('later', now() + interval '1 hour')")
        #expect(try db.queue().claim(10, as: "w").isEmpty)
    }

    @Test func twoWorkersNeverShareAJob() throws {
        try db.connect().execute("INSERT INTO newsdesk.jobs (raw) SELECT 'job ' || g FROM generate_series(1, 600) g")
        let url = db.url
        let claimed = Mutexed<[String: [Int64]]>([:])
        let finished = Mutexed(0)
        for worker in ["a", "b", "c"] {
            Thread {
                defer { finished.mutate { $0 += 1 } }
                guard let q = try? JobQueue(connection: Connection(url)) else { return }
                while let jobs = try? q.claim(7, as: worker), !jobs.isEmpty {
                    claimed.mutate { $0[worker, default: []] += jobs.map(\.id) }
                }
            }.start()
        }
        #expect(eventually { finished.value == 3 })
        let all = claimed.value.values.flatMap { $0 }
        #expect(all.count == 600)
        #expect(Set(all).count == 600)
        #expect(claimed.value.count >= 2, "the claimers should have interleaved")
    }

    @Test func oversizedPayloadIsNotDownloaded() throws {
        let q = try db.queue()
        try q.enqueueText(String(repeating: "x", count: 5000))
        let job = try q.claim(1, as: "w", maxBytes: 1000).first
        guard case let .tooLarge(bytes) = job?.payload else { Issue.record("expected tooLarge"); return }
        #expect(bytes == 5000)
    }
}
