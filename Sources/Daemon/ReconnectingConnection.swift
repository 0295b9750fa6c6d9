import LibPQ
import Logging

/// Opens a connection, retrying with backoff until it succeeds or `shouldStop` says so: the
/// daemon never exits because PostgreSQL restarted or the network blinked.
struct ReconnectingConnection {
    var databaseURL: String
    var logger: Logger
    var wake: WakeSignal
    var shouldStop: @Sendable () -> Bool

    func open(role: String, setUp: (Connection) throws(PostgresError) -> Void = { _ throws(PostgresError) in }) -> Connection? {
        var backoff = Backoff()
        while !shouldStop() {
            do {
                let connection = try Connection(databaseURL)
                try setUp(connection)
                logger.info("connected", metadata: ["role": "\(role)", "database": "\(connection.safeDescription)"])
                return connection
            } catch {
                let delay = backoff.next()
                logger.warning("database unavailable, retrying",
                               metadata: ["role": "\(role)", "error": "\(error)", "retry_in": "\(delay)"])
                wake.wait(timeout: delay)
            }
        }
        return nil
    }
}
