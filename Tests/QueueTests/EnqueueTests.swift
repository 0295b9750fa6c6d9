import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct EnqueueTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    @Test func sqlFunctionAndBareInsertBothQueue() throws {
        let c = try db.connect()
        let id = try c.execute("SELECT newsdesk.enqueue(raw => 'hello', source_url => 'https://example.com/a') AS id").rows[0]["id"]
        #expect(id != nil)
        try c.execute("INSERT INTO newsdesk.jobs (raw, source_url) VALUES ('bare', 'https://example.com/b')")
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'queued'") == 2)
        #expect(try db.scalar("SELECT source_url FROM newsdesk.jobs WHERE id = \(Int64(id!)!)") == "https://example.com/a")
    }

    @Test func idempotencyKeyReturnsTheExistingJob() throws {
        let q = try db.queue()
        let a = try q.enqueueText("one", key: "k-1")
        let b = try q.enqueueText("one again", key: "k-1")
        let c = try q.enqueueText("other", key: "k-2")
        #expect(a == b)
        #expect(a != c)
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs") == 2)
    }

    @Test func payloadMustBeTextOrBytes() throws {
        let error = #expect(throws: PostgresError.self) {
            try db.connect().execute("INSERT INTO newsdesk.jobs (source_url) VALUES ('x')")
        }
        #expect(error?.sqlState == "23514")
        let bytes: [UInt8] = [0xC8, 0xE7, 0xE2, 0xE5]  // windows-1251 text
        let id = try db.queue().enqueue(EnqueueParams(payload: .bytes(bytes), contentType: "text/plain; charset=windows-1251"))
        let job = try db.queue().claim(1, as: "w").first
        #expect(job?.id == id)
        if case let .bytes(got) = job?.payload { #expect(got == bytes) } else { Issue.record("expected bytes") }
    }

    @Test func insertsWakeListeners() throws {
        let listener = try db.connect()
        try listener.listen("newsdesk_jobs")
        try db.connect().execute("INSERT INTO newsdesk.jobs (raw) SELECT 'bulk ' || g FROM generate_series(1, 50) g")
        let got = try listener.waitForNotifications(timeout: .seconds(5))
        // Fifty rows in one transaction: one wake-up, not fifty.
        #expect(got.count == 1)
        #expect(got.first?.channel == "newsdesk_jobs")
    }
}
