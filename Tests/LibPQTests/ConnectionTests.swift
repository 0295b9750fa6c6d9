import Foundation
import LibPQ
import Testing
import TestSupport

@Suite(.needsDatabase)
struct ConnectionTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase(migrated: false) }

    @Test func interpolatedValuesAreBoundNotSpliced() throws {
        let c = try db.connect()
        let hostile = "'; DROP TABLE x; --"
        let row = try c.execute("SELECT \(hostile)::text AS v, \(42) + 1 AS n, \(Optional<String>.none)::text AS nothing").rows[0]
        #expect(row["v"] == hostile)
        #expect(row["n"] == "43")
        #expect(row["nothing"] == nil)
    }

    @Test func errorsCarrySQLState() throws {
        let c = try db.connect()
        try c.execute("CREATE TABLE t (id int PRIMARY KEY)")
        try c.execute("INSERT INTO t VALUES (1)")
        let error = #expect(throws: PostgresError.self) { try c.execute("INSERT INTO t VALUES (1)") }
        #expect(error?.sqlState == "23505")
        #expect(error?.kind == .query)
        // The connection is still usable after a failed statement.
        #expect(try c.execute("SELECT 1 AS one").rows[0]["one"] == "1")
    }

    @Test func byteaRoundTrips() throws {
        let c = try db.connect()
        let bytes: [UInt8] = [0, 1, 0xFF, 0x5C, 0x27, 0x80]
        let row = try c.execute(Query(sql: "SELECT $1::bytea AS b, octet_length($1::bytea) AS n", binds: [.bytes(bytes)])).rows[0]
        #expect(row.bytes("b") == bytes)
        #expect(row["n"] == "6")
    }

    @Test func integerArraysBind() throws {
        let ids: [Int64] = [3, 1, 2]
        let row = try db.connect().execute("SELECT array_length(\(ids)::bigint[], 1) AS n, (\(ids)::bigint[])[1] AS first").rows[0]
        #expect(row["n"] == "3")
        #expect(row["first"] == "3")
    }

    @Test func transactionRollsBackOnError() throws {
        let c = try db.connect()
        try c.execute("CREATE TABLE r (v int)")
        #expect(throws: PostgresError.self) {
            try c.transaction { () throws(PostgresError) in
                try c.execute("INSERT INTO r VALUES (1)")
                try c.execute("SELECT 1/0")
            }
        }
        #expect(try c.execute("SELECT count(*) AS n FROM r").rows[0]["n"] == "0")
    }

    @Test func notificationsArriveAndWaitsEnd() throws {
        let listener = try db.connect()
        try listener.listen("test_channel")
        // Nothing sent: the wait ends at its timeout with nothing.
        #expect(try listener.waitForNotifications(timeout: .milliseconds(200)).isEmpty)

        try db.connect().execute("SELECT pg_notify('test_channel', 'hello')")
        let got = try listener.waitForNotifications(timeout: .seconds(5))
        #expect(got.map(\.payload) == ["hello"])
        #expect(got.first?.channel == "test_channel")
    }

    @Test(.timeLimit(.minutes(5))) func wakeSignalInterruptsWait() throws {
        let listener = try db.connect()
        try listener.listen("quiet")
        let wake = WakeSignal()
        wake.signal()
        // An hour-long wait that returns at all was ended by the signal (the test's time
        // limit turns a missed wake into a failure rather than a hang).
        #expect(try listener.waitForNotifications(timeout: .seconds(3600), wake: wake).isEmpty)
    }

    @Test func connectionFailureIsTransientAndHidesPassword() throws {
        let error = #expect(throws: PostgresError.self) {
            try Connection("postgresql://someone:s3cretpw@127.0.0.1:1/nowhere?connect_timeout=2")
        }
        #expect(error?.kind == .connection)
        #expect(error?.description.contains("s3cretpw") == false)
        #expect(try db.connect().safeDescription.contains("postgres@"))
    }

    @Test func serverSideDisconnectIsAConnectionError() throws {
        let victim = try db.connect()
        let pid = try victim.execute("SELECT pg_backend_pid() AS pid").rows[0]["pid"]!
        try db.connect().execute("SELECT pg_terminate_backend(\(Int(pid)!))")
        let error = #expect(throws: PostgresError.self) { try victim.execute("SELECT 1") }
        #expect(error?.kind == .connection)
    }
}

@Suite(.needsDatabase)
struct AsynchronousStatementTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase(migrated: false) }

    /// Waits until the connection's socket is readable, for at most `seconds`.
    func readable(_ c: Connection, within seconds: Int32) -> Bool {
        var fd = pollfd(fd: c.socketDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, seconds * 1000) > 0
    }

    @Test func aSentStatementIsCollectedWhenItsSocketWakes() throws {
        let c = try db.connect()
        try c.send("SELECT 7 AS n", preparedAs: nil)
        #expect(c.isAwaitingResult)
        var result: QueryResult?
        while result == nil {
            #expect(readable(c, within: 10))
            result = try c.collect()
        }
        #expect(result?.rows.first?["n"] == "7")
        #expect(!c.isAwaitingResult)
    }

    /// Taking notifications must not read the socket: a result it read would sit in libpq's
    /// buffer with nothing left on the socket to wake the poll that should collect it (a
    /// worker lost batches this way until their leases expired).
    @Test func takingNotificationsLeavesTheResultForThePoll() throws {
        let c = try db.connect()
        try c.listen("chan")
        try c.send("SELECT pg_notify('chan', 'x'), 8 AS n", preparedAs: nil)
        Thread.sleep(forTimeInterval: 0.3)  // the whole reply is in the socket's buffer now
        _ = c.takeNotifications()
        #expect(readable(c, within: 5), "the reply must still wake the poll")
        var result: QueryResult?
        while result == nil { result = try c.collect() }
        #expect(result?.rows.first?["n"] == "8")
        #expect(c.takeNotifications().map(\.payload) == ["x"])
    }

    @Test func aRefusedSentStatementThrowsOnCollect() throws {
        let c = try db.connect()
        try c.send("SELECT 1/0", preparedAs: nil)
        let error = #expect(throws: PostgresError.self) {
            while try c.collect() == nil { _ = readable(c, within: 5) }
        }
        #expect(error?.sqlState == "22012")
        #expect(try c.execute("SELECT 1 AS one").rows[0]["one"] == "1")
    }
}

@Suite(.needsDatabase)
struct ConnectionRefusalTests {
    /// A server that refuses us (no such database) is a setup error with its SQLSTATE, unlike
    /// a server that is not there at all.
    @Test func refusalsCarryTheirSQLState() throws {
        let db = try TestDatabase(migrated: false)
        let missing = db.url.replacingOccurrences(of: db.name, with: db.name + "_missing")
        let error = #expect(throws: PostgresError.self) { try Connection(missing) }
        #expect(error?.kind == .connection)
        #expect(error?.sqlState == "3D000", "\(error?.description ?? "")")
        let down = #expect(throws: PostgresError.self) { try Connection("postgresql://x@127.0.0.1:1/none?connect_timeout=2") }
        #expect(down?.sqlState == nil)
    }
}
