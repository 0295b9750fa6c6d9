import LibPQ
import Queue
import Testing
import TestSupport

/// newsdesk.enqueue() takes plain integers (migration 0021), and batches go in all or nothing.
@Suite(.needsDatabase)
struct EnqueueArgumentsTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    func job(_ id: String?) throws -> QueryResult.Row? {
        try db.connect().execute("SELECT priority, max_attempts, run_at <= now() AS due FROM newsdesk.jobs WHERE id = \(Int64(id ?? "") ?? 0)").rows.first
    }

    @Test func integerAndSmallintArgumentsBothWork() throws {
        let c = try db.connect()
        let plain = try c.execute("SELECT newsdesk.enqueue(raw => 'x', priority => 5, max_attempts => 3) AS id").rows[0]["id"]
        #expect(try job(plain)?["priority"] == "5")
        #expect(try job(plain)?["max_attempts"] == "3")
        let typed = try c.execute("SELECT newsdesk.enqueue(raw => 'y', priority => 2::smallint, max_attempts => 4::smallint) AS id").rows[0]["id"]
        #expect(try job(typed)?["max_attempts"] == "4")
        let positional = try c.execute("SELECT newsdesk.enqueue('z', NULL, NULL, 7) AS id").rows[0]["id"]
        #expect(try job(positional)?["priority"] == "7")
        // A NULL run_at means now, not a failed insert.
        let unscheduled = try c.execute("SELECT newsdesk.enqueue(raw => 'w', run_at => NULL) AS id").rows[0]["id"]
        #expect(try job(unscheduled)?.bool("due") == true)
        // The queue's own statement passes its priority as smallint.
        let id = try db.queue().enqueue(EnqueueParams(payload: .text("q"), priority: -3))
        #expect(try job(String(id))?["priority"] == "-3")
    }

    @Test(arguments: ["priority => 32768", "priority => -32769", "max_attempts => 0", "max_attempts => 101", "max_attempts => NULL"])
    func outOfRangeArgumentsAreRefused(argument: String) throws {
        let error = #expect(throws: PostgresError.self) {
            try db.connect().execute(Query(sql: "SELECT newsdesk.enqueue(raw => 'x', \(argument))"))
        }
        #expect(error?.sqlState == "22003", "\(error?.description ?? "")")
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs") == 0)
    }

    @Test func aBatchIsAllOrNothing() throws {
        struct Unreadable: Error {}
        let q = try db.queue()
        let failing: [() throws -> EnqueueParams] = [
            { EnqueueParams(payload: .text("one")) },
            { EnqueueParams(payload: .text("two")) },
            { throw Unreadable() },
        ]
        #expect(throws: Unreadable.self) { try q.enqueue(failing) }
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs") == 0)

        var reported: [Int] = []
        let ids = try q.enqueue(Array(failing.prefix(2)) + [{ EnqueueParams(payload: .text("one again"), idempotencyKey: "k") },
                                                            { EnqueueParams(payload: .text("dup"), idempotencyKey: "k") }],
                                progress: { reported.append($0) })
        #expect(ids.count == 4)
        #expect(ids[2] == ids[3])
        #expect(reported == [1, 2, 3, 4])
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs") == 3)
        // The connection is out of the transaction again.
        #expect(try db.queue().enqueue(EnqueueParams(payload: .text("after"))) > ids[3])
    }
}
