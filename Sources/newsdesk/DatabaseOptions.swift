import ArgumentParser
import Foundation
import LibPQ
import Queue

struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"),
            help: "libpq connection string or URI. Default: $DATABASE_URL, else libpq's own defaults (PG* variables, service file, .pgpass).")
    var databaseURL: String?

    var resolved: String {
        databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
    }

    func connect() throws -> Connection {
        try Connection(resolved)
    }

    func queue() throws -> JobQueue {
        JobQueue(connection: try connect())
    }
}
