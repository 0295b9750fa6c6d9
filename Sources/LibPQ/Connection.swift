import CLibPQ

#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection. Every call blocks the calling thread, so a connection belongs to
/// one thread for its whole life: it is deliberately not `Sendable`.
public final class Connection {
    private let handle: OpaquePointer
    /// Names of the statements prepared on this connection.
    private var prepared: Set<String> = []
    /// A statement sent with `send` whose result has not been collected yet.
    private var sent: (result: QueryResult?, error: PostgresError?)?

    /// Connects with a libpq connection string or URI. An empty string uses libpq's own
    /// defaults: the PG* environment variables, service files and ~/.pgpass.
    public init(_ conninfo: String = "") throws(PostgresError) {
        // libpq would quote a malformed string's bad token, the password included, in its error.
        _ = try ConnectionString(conninfo)
        guard let handle = PQconnectdb(conninfo) else {
            throw PostgresError(kind: .connection, message: "libpq could not allocate a connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = PostgresError.clean(PQerrorMessage(handle))
            PQfinish(handle)
            throw PostgresError(kind: .connection, sqlState: PostgresError.refusalState(message),
                                message: "could not connect: \(message)")
        }
        self.handle = handle
        // Notices ("relation already exists, skipping") would go to stderr unasked.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    public var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK }

    /// "user@host:port/database": safe to log, it never includes the password.
    public var safeDescription: String {
        func text(_ p: UnsafeMutablePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "?" }
        return "\(text(PQuser(handle)))@\(text(PQhost(handle))):\(text(PQport(handle)))/\(text(PQdb(handle)))"
    }

    /// Runs one statement with its parameters bound (`$1`, `$2`, ...).
    @discardableResult
    public func execute(_ query: Query) throws(PostgresError) -> QueryResult {
        try execute(query, preparedAs: nil)
    }

    /// Runs one statement, prepared once per connection under `name` (nil: not prepared), so
    /// a statement a worker runs thousands of times is parsed and planned once. The same name
    /// must always carry the same SQL.
    @discardableResult
    public func execute(_ query: Query, preparedAs name: String?) throws(PostgresError) -> QueryResult {
        try prepare(query, as: name)
        let result = withBinds(query.binds) { count, values, lengths, formats in
            if let name {
                PQexecPrepared(handle, name, count, values, lengths, formats, 0)
            } else {
                PQexecParams(handle, query.sql, count, nil, values, lengths, formats, 0)
            }
        }
        return try consume(result)
    }

    /// Sends one statement without waiting for its result; `collect` reads it once the
    /// socket (`socketDescriptor`) is readable. One statement at a time per connection.
    public func send(_ query: Query, preparedAs name: String?) throws(PostgresError) {
        guard sent == nil else { throw PostgresError(kind: .protocolViolation, message: "a statement is already in flight") }
        try prepare(query, as: name)
        let ok = withBinds(query.binds) { count, values, lengths, formats in
            if let name {
                PQsendQueryPrepared(handle, name, count, values, lengths, formats, 0)
            } else {
                PQsendQueryParams(handle, query.sql, count, nil, values, lengths, formats, 0)
            }
        }
        guard ok == 1 else { throw PostgresError(kind: .connection, message: PostgresError.clean(PQerrorMessage(handle))) }
        sent = (nil, nil)
    }

    /// Whether a statement sent with `send` is still waiting to be collected.
    public var isAwaitingResult: Bool { sent != nil }

    /// Reads whatever has arrived without blocking. Returns the sent statement's result once
    /// it is complete (throwing if the server refused it), nil while it is still running or
    /// when nothing was sent. Notifications that arrive are kept for `takeNotifications`.
    public func collect() throws(PostgresError) -> QueryResult? {
        guard PQconsumeInput(handle) == 1 else {
            sent = nil
            throw PostgresError(kind: .connection, message: PostgresError.clean(PQerrorMessage(handle)))
        }
        guard var pending = sent else { return nil }
        while PQisBusy(handle) == 0 {
            guard let result = PQgetResult(handle) else {
                sent = nil
                if let error = pending.error { throw error }
                return pending.result ?? QueryResult(columns: [], rows: [])
            }
            do { pending.result = try consume(result) } catch { pending.error = error }
        }
        sent = pending
        return nil
    }

    /// The connection's socket, to poll(2) for readability.
    public var socketDescriptor: Int32 { PQsocket(handle) }

    /// Notifications `collect` has read so far. Reads nothing from the socket itself: input
    /// read here could complete a sent statement's result without anyone collecting it, and
    /// the socket would not wake a poll for it again.
    public func takeNotifications() -> [Notification] {
        drainNotifications()
    }

    private func prepare(_ query: Query, as name: String?) throws(PostgresError) {
        guard let name, !prepared.contains(name) else { return }
        _ = try consume(PQprepare(handle, name, query.sql, Int32(query.binds.count), nil))
        prepared.insert(name)
    }

    /// Calls `body` with the parameters as libpq wants them, valid for the call only.
    private func withBinds<T>(_ binds: [Bind], _ body: (Int32, [UnsafePointer<CChar>?], [Int32], [Int32]) -> T) -> T {
        var lengths = [Int32](repeating: 0, count: binds.count)
        var formats = [Int32](repeating: 0, count: binds.count)
        let values: [UnsafeMutablePointer<CChar>?] = binds.enumerated().map { index, bind in
            switch bind {
            case .null: return nil
            case let .text(text): return strdup(text)
            case let .bytes(bytes):
                lengths[index] = Int32(clamping: bytes.count)
                formats[index] = 1
                let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
                bytes.withUnsafeBufferPointer { source in
                    source.withMemoryRebound(to: CChar.self) { if let base = $0.baseAddress { buffer.initialize(from: base, count: bytes.count) } }
                }
                return buffer
            }
        }
        defer { for value in values { free(value) } }
        return body(Int32(binds.count), values.map { UnsafePointer($0) }, lengths, formats)
    }

    /// Runs a script of several statements with no parameters (migrations).
    public func executeScript(_ sql: String) throws(PostgresError) {
        _ = try consume(PQexec(handle, sql))
    }

    /// Runs `body` in a transaction: commits if it returns, rolls back if it throws.
    public func transaction<T>(_ body: () throws(PostgresError) -> T) throws(PostgresError) -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            if isHealthy { _ = try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Subscribes this connection to a NOTIFY channel.
    public func listen(_ channel: String) throws(PostgresError) {
        let quoted = PQescapeIdentifier(handle, channel, channel.utf8.count)
        defer { PQfreemem(quoted) }
        guard let quoted else { throw PostgresError(kind: .query, message: "cannot quote channel name") }
        try execute(Query(sql: "LISTEN " + String(cString: quoted)))
    }

    /// Waits until a notification arrives, `wake` is signalled or `timeout` passes, then
    /// returns the notifications received so far (possibly none). Never busy-waits: it
    /// sleeps in poll(2) on the connection's socket.
    public func waitForNotifications(timeout: Duration, wake: WakeSignal? = nil) throws(PostgresError) -> [Notification] {
        var pending = drainNotifications()
        guard pending.isEmpty else { return pending }
        let socket = PQsocket(handle)
        guard socket >= 0 else { throw PostgresError(kind: .connection, message: "connection has no socket") }
        var fds = [pollfd(fd: socket, events: Int16(POLLIN), revents: 0)]
        if let wake { fds.append(pollfd(fd: wake.fileDescriptor, events: Int16(POLLIN), revents: 0)) }
        let ready = poll(&fds, nfds_t(fds.count), timeout.milliseconds)
        if ready < 0 && errno != EINTR {
            throw PostgresError(kind: .connection, message: "poll failed: errno \(errno)")
        }
        if fds.count > 1, fds[1].revents != 0 { wake?.clear() }
        if fds[0].revents != 0 {
            guard PQconsumeInput(handle) == 1 else {
                throw PostgresError(kind: .connection, message: PostgresError.clean(PQerrorMessage(handle)))
            }
            pending = drainNotifications()
        }
        return pending
    }

    private func drainNotifications() -> [Notification] {
        var out: [Notification] = []
        while let raw = PQnotifies(handle) {
            let n = raw.pointee
            out.append(Notification(channel: String(cString: n.relname),
                                    payload: String(cString: n.extra),
                                    processID: n.be_pid))
            PQfreemem(raw)
        }
        return out
    }

    private func consume(_ result: OpaquePointer?) throws(PostgresError) -> QueryResult {
        guard let result else {
            throw PostgresError(kind: .connection, message: PostgresError.clean(PQerrorMessage(handle)))
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return Self.copy(result)
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let message = PostgresError.clean(PQresultErrorMessage(result))
            let kind: PostgresError.Kind = (isHealthy && state.map { !$0.hasPrefix("08") } ?? true) ? .query : .connection
            throw PostgresError(kind: isHealthy ? kind : .connection, sqlState: state, message: message)
        }
    }

    private static func copy(_ result: OpaquePointer) -> QueryResult {
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        let columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        let index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [QueryResult.Row] = []
        rows.reserveCapacity(rowCount)
        for r in 0..<Int32(rowCount) {
            let values: [String?] = (0..<Int32(columnCount)).map { c in
                PQgetisnull(result, r, c) == 1 ? nil : String(cString: PQgetvalue(result, r, c))
            }
            rows.append(QueryResult.Row(columnIndex: index, values: values))
        }
        return QueryResult(columns: columns, rows: rows)
    }
}

public struct Notification: Sendable, Equatable {
    public var channel: String
    public var payload: String
    public var processID: Int32
}
