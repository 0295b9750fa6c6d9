import LibPQ

/// Applies the numbered migrations in `SQL/migrations` in order, each in its own
/// transaction, and records them in `newsdesk.schema_migrations`. Safe to run from many
/// hosts at once: an advisory lock makes them take turns, and applied versions are skipped.
public struct Migrator {
    /// Arbitrary, fixed key for the advisory lock that serialises concurrent migrators.
    static let lockKey: Int64 = 0x6E_6577_7364_6B
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Applies what is missing and returns the names of the migrations it applied.
    @discardableResult
    public func migrate() throws(PostgresError) -> [String] {
        try connection.transaction { () throws(PostgresError) in
            // IF NOT EXISTS is not safe against a concurrent creator; the lock is.
            try connection.execute("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            try connection.executeScript("""
                CREATE SCHEMA IF NOT EXISTS newsdesk;
                CREATE TABLE IF NOT EXISTS newsdesk.schema_migrations (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                );
                """)
        }
        var applied: [String] = []
        for migration in SQLResource.migrations() {
            let done = try connection.transaction { () throws(PostgresError) -> Bool in
                try connection.execute("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
                let existing = try connection.execute(
                    "SELECT 1 FROM newsdesk.schema_migrations WHERE version = \(migration.version)")
                guard existing.rows.isEmpty else { return false }
                try connection.executeScript(migration.sql)
                try connection.execute(
                    "INSERT INTO newsdesk.schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))")
                return true
            }
            if done { applied.append(migration.name) }
        }
        return applied
    }

    /// Migrations this build has that the database has not applied yet: a worker must not
    /// run against an older schema.
    public func pending() throws(PostgresError) -> [String] {
        let exists = try connection.execute("SELECT to_regclass('newsdesk.schema_migrations') IS NOT NULL AS present")
        let applied = exists.rows.first?.bool("present") == true ? Set(try appliedVersions()) : []
        return SQLResource.migrations().filter { !applied.contains($0.version) }.map(\.name)
    }

    /// Versions recorded as applied, in order.
    public func appliedVersions() throws(PostgresError) -> [Int] {
        try connection.execute("SELECT version FROM newsdesk.schema_migrations ORDER BY version")
            .rows.compactMap { $0["version"].flatMap(Int.init) }
    }
}
