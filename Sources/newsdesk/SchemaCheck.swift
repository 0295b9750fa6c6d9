import ArgumentParser
import LibPQ
import Queue

enum SchemaCheck {
    /// Refuses to start a worker against a schema that lacks this build's migrations. An
    /// unreachable database is not an error here: the worker waits for it.
    static func requireCurrent(databaseURL: String) throws {
        guard let connection = try? Connection(databaseURL) else { return }
        let pending = try Migrator(connection: connection).pending()
        guard pending.isEmpty else {
            throw ValidationError("the database lacks migrations \(pending.joined(separator: ", ")): run `newsdesk migrate` first")
        }
    }
}
