import LibPQ

/// What a failed queue statement means for the worker, decided from its SQLSTATE. The
/// dispatcher acts on the class, never on the raw error:
/// - `transient`: the database or the connection is having trouble; keep the batch, reconnect
///   if needed, back off and send it again.
/// - `rejected`: the server refused the data in the statement (an invalid value, a violated
///   constraint, a value over a limit, a statement timeout). Something in this batch is at
///   fault, so the batch is split until the job whose outcome is refused is found.
/// - `configuration`: the schema, the role or the server setup is wrong (an undefined table,
///   permission denied, bad password). No job is to blame and retrying will not help.
public enum StatementFailure: Sendable, Equatable {
    case transient
    case rejected
    case configuration

    public init(_ error: PostgresError) {
        guard let state = error.sqlState, state.utf8.count == 5 else {
            // A broken connection, or a protocol surprise with no SQLSTATE: reconnect and retry.
            self = .transient
            return
        }
        switch state {
        case "25006",  // read-only transaction: a failover is in progress
             "55P03":  // lock not available
            self = .transient
            return
        case "57014":  // query canceled: a statement timeout, which a huge batch can cause
            self = .rejected
            return
        default:
            break
        }
        switch state.prefix(2) {
        case "08",  // connection exception
             "40",  // transaction rollback: serialization failure, deadlock
             "53",  // insufficient resources: disk full, out of memory, too many connections
             "57",  // operator intervention: admin shutdown, crash shutdown, cannot connect now
             "58":  // system error: I/O error
            self = .transient
        case "22",  // data exception: bad encoding, value out of range, invalid JSON
             "23",  // integrity constraint violation
             "54":  // program limit exceeded: a value or row too large
            self = .rejected
        default:    // 28 auth, 3D no database, 42 undefined object, no privilege or a malformed
                    // connection string (ConnectionString.malformedState), 0A, XX, ...
            self = .configuration
        }
    }
}
