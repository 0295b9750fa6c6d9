@testable import LibPQ
import Queue
import Testing

/// Which errors retry the batch, which blame its data, which stop the worker.
struct StatementFailureTests {
    static func failure(_ state: String?, kind: PostgresError.Kind = .query) -> StatementFailure {
        StatementFailure(PostgresError(kind: kind, sqlState: state, message: "x"))
    }

    @Test func connectionTroubleAndServerBusyAreTransient() {
        for state in ["08006", "08001", "40001", "40P01", "53100", "53200", "53300", "57P01", "57P03", "58030", "25006", "55P03"] {
            #expect(Self.failure(state) == .transient, "\(state)")
        }
        // A broken connection carries no SQLSTATE at all.
        #expect(Self.failure(nil, kind: .connection) == .transient)
    }

    @Test func refusedDataIsTheBatchsFault() {
        // 22P05: a \u0000 in jsonb; 22021: a NUL byte in text; 23505: a duplicate key;
        // 54000: a value over a limit; 57014: a statement timeout.
        for state in ["22P05", "22021", "22007", "23505", "23502", "54000", "57014"] {
            #expect(Self.failure(state) == .rejected, "\(state)")
        }
    }

    @Test func setupProblemsBlameNoJob() {
        // 42P01 undefined table, 42501 permission denied, 42883 undefined function,
        // 28P01 bad password, 3D000 no such database, XX000 internal error.
        for state in ["42P01", "42501", "42883", "28P01", "28000", "3D000", "XX000", "0A000"] {
            #expect(Self.failure(state) == .configuration, "\(state)")
        }
    }

    @Test func aMalformedConnectionStringIsASetupProblem() {
        // It has no server SQLSTATE; left without one it would count as a lost connection, and a
        // worker would reconnect forever instead of exiting 78.
        let error = #expect(throws: PostgresError.self) { try Connection("postgresql://u:pa%zz@127.0.0.1:1/x") }
        #expect(error.map(StatementFailure.init) == .configuration)
    }

    @Test func refusedConnectionsAreReadFromLibpqsText() {
        let bad = PostgresError.refusalState("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"w\"")
        #expect(bad == "28P01")
        #expect(PostgresError.refusalState("FATAL:  role \"nobody\" does not exist") == "28000")
        #expect(PostgresError.refusalState("FATAL:  database \"nowhere\" does not exist") == "3D000")
        #expect(PostgresError.refusalState("FATAL:  the database system is starting up") == "57P03")
        #expect(PostgresError.refusalState("could not connect to server: Connection refused") == nil)
    }
}
