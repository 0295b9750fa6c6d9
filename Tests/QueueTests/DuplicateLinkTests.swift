import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct DuplicateLinkTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    /// Completes one job whose result carries the given fingerprints; returns its id.
    func complete(simhash: Int64, sha: String, policy: DuplicatePolicy = DuplicatePolicy()) throws -> Int64 {
        let q = try db.queue()
        let id = try q.enqueueText("x")
        let job = try #require(try q.claim(1, as: "w").first)
        let result = #"{"schema_version":1,"word_count":1,"fingerprints":{"sha256":"\#(sha)","simhash":\#(simhash)}}"#
        let row = ArticleRow(sha256: sha, simhash: simhash)
        #expect(try q.complete([Completion(jobID: id, claim: job.claim, resultJSON: result, row: row)], workerID: "w", duplicates: policy) == [id])
        return id
    }

    func duplicateOf(_ id: Int64) throws -> String? {
        try db.scalar("SELECT duplicate_of FROM newsdesk.articles WHERE job_id = \(id)")
    }

    @Test func nearDuplicatesLinkToTheEarliestArticle() throws {
        let base: Int64 = 0x1234_5678_9ABC_DEF0
        let first = try complete(simhash: base, sha: "a")
        let near = try complete(simhash: base ^ 0b101 ^ (1 << 40), sha: "b")        // 3 bits away
        let far = try complete(simhash: base ^ Int64(bitPattern: 0xF0F0_0000_0000_000F), sha: "c")  // 12 bits away
        let exact = try complete(simhash: ~base, sha: "a")                          // same body, other hash
        #expect(try duplicateOf(first) == nil)
        #expect(try duplicateOf(near) == "\(first)")
        #expect(try duplicateOf(far) == nil)
        #expect(try duplicateOf(exact) == "\(first)")
        // The link is in the result object too.
        #expect(try db.scalar("SELECT result->>'duplicate_of' FROM newsdesk.articles WHERE job_id = \(near)") == "\(first)")
    }

    @Test func distanceLimitAndWindowApply() throws {
        let base: Int64 = 0x0FED_CBA9_8765_4321
        _ = try complete(simhash: base, sha: "a")
        let strict = try complete(simhash: base ^ 0b11, sha: "b", policy: DuplicatePolicy(maxDistance: 1))
        #expect(try duplicateOf(strict) == nil)
        try db.connect().execute("UPDATE newsdesk.articles SET processed_at = now() - interval '2 days'")
        let late = try complete(simhash: base ^ 1, sha: "c", policy: DuplicatePolicy(window: .seconds(86_400)))
        #expect(try duplicateOf(late) == nil)
    }

    @Test func lookupUsesTheIndexesEvenWithoutStatistics() throws {
        let c = try db.connect()
        try c.execute("INSERT INTO newsdesk.jobs (raw, state) SELECT 'x', 'done' FROM generate_series(1, 5000)")
        try c.execute("""
            INSERT INTO newsdesk.articles (job_id, word_count, schema_version, result, sha256, simhash)
            SELECT id, 1, 1, '{}', md5(id::text), (random() * 9.2e18)::bigint FROM newsdesk.jobs
            """)
        // No ANALYZE: a fresh table is exactly when a worker starts completing jobs.
        for stats in [false, true] {
            if stats { try c.execute("ANALYZE newsdesk.articles") }
            let plan = try c.execute("""
                EXPLAIN SELECT job_id FROM newsdesk.articles
                WHERE simhash_band1 = 7 AND processed_at >= now() - interval '1 day'
                  AND newsdesk.hamming_distance(simhash, 5) <= 3
                """).rows.compactMap { $0.values.first ?? nil }.joined(separator: "\n")
            #expect(plan.contains("articles_simhash_band1"), "\(plan)")
        }
        // And the function answers on that table: a planted near-duplicate is found.
        let planted = try #require(try db.scalar("SELECT job_id FROM newsdesk.articles ORDER BY job_id DESC LIMIT 1"))
        let found = try db.scalar("""
            SELECT newsdesk.find_near_duplicate(simhash # 6, 'none', now() - interval '1 hour', 3, 0)
            FROM newsdesk.articles WHERE job_id = \(Int(planted)!)
            """)
        #expect(found == planted)
    }

    /// One hot body (a wire story reposted thousands of times) costs a lookup what one copy
    /// does: each probe reads its index from the window's start and stops at the first match.
    /// Counted in index tuples read inside one transaction, not in time.
    @Test func aBodySeenThousandsOfTimesIsLookedUpInAFewIndexReads() throws {
        let c = try db.connect()
        try c.execute("INSERT INTO newsdesk.jobs (raw, state) SELECT 'x', 'done' FROM generate_series(1, 20000)")
        try c.execute("""
            INSERT INTO newsdesk.articles (job_id, word_count, schema_version, result, sha256, simhash, processed_at)
            SELECT id, 1, 1, '{}', 'same-body', 1234567, now() - interval '1 hour' + id * interval '1 ms' FROM newsdesk.jobs
            """)
        try c.execute("ANALYZE newsdesk.articles")
        let earliest = try #require(try db.scalar("SELECT min(job_id) FROM newsdesk.articles"))
        try c.execute("BEGIN")
        let found = try c.execute("SELECT newsdesk.find_near_duplicate(1234567, 'same-body', now() - interval '1 day', 3, 0) AS id").rows[0]["id"]
        let reads = try c.execute("""
            SELECT sum(pg_stat_get_xact_tuples_returned(indexrelid))::int AS n FROM pg_index
            WHERE indrelid = 'newsdesk.articles'::regclass
            """).rows[0]["n"]
        try c.execute("COMMIT")
        #expect(found == earliest)
        #expect((Int(reads ?? "") ?? .max) <= 10, "index tuples read: \(reads ?? "?")")
    }
}
