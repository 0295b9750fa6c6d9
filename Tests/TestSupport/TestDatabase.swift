import Testing
import Foundation
import LibPQ
import Queue

/// A database of its own for one test, created from $DATABASE_URL's server and dropped when
/// released, so tests run in parallel without seeing each other's jobs.
public final class TestDatabase: Sendable {
    /// Integration tests need the server scripts/test starts; without it they are skipped.
    public static var isAvailable: Bool { ProcessInfo.processInfo.environment["DATABASE_URL"] != nil }

    static var serverURL: String { ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "" }

    public let name: String
    public let url: String

    public init(migrated: Bool = true) throws {
        name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try Connection(Self.serverURL)
        try admin.execute(Query(sql: "CREATE DATABASE \(name)"))
        url = Self.url(Self.serverURL, database: name)
        if migrated { try Migrator(connection: Connection(url)).migrate() }
    }

    deinit {
        if let admin = try? Connection(Self.serverURL) {
            _ = try? admin.execute(Query(sql: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
        }
    }

    public func connect() throws -> Connection { try Connection(url) }
    public func queue() throws -> JobQueue { JobQueue(connection: try connect()) }

    /// The first column of the first row of `sql`, as text.
    public func scalar(_ query: Query) throws -> String? {
        try connect().execute(query).rows.first?.values.first ?? nil
    }

    public func count(_ query: Query) throws -> Int {
        Int(try scalar(query) ?? "0") ?? 0
    }

    static func url(_ server: String, database: String) -> String {
        if var components = URLComponents(string: server), components.scheme?.hasPrefix("postgres") == true {
            components.path = "/" + database
            return components.string ?? server
        }
        // Keyword form: a later dbname overrides an earlier one.
        return server + " dbname=" + database
    }
}

extension TestDatabase {
    public func state(of id: Int64) throws -> String? {
        try scalar("SELECT state::text FROM newsdesk.jobs WHERE id = \(id)")
    }

    /// Makes every running lease look expired, as if its worker vanished long ago.
    public func expireLeases() throws {
        try connect().execute("UPDATE newsdesk.jobs SET lease_expires_at = now() - interval '1 second' WHERE state = 'running'")
    }
}

/// Waits until `condition` holds or `timeout` passes; returns whether it held.
/// The default timeout is long because it is only reached on failure, and tests share two
/// cores with each other (and processing children load their data on start).
public func eventually(timeout: Duration = .seconds(90), _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
}

/// Locations of files the tests read.
public enum TestPaths {
    /// The package root (this file is Tests/TestSupport/TestDatabase.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    public static let seed = root.appendingPathComponent("../shared/seed/article.txt").standardizedFileURL
    /// A text dump we wrote and ship (samples/NOTICE), with the seed's traps: a "today" line,
    /// an empty Date:, a stuffed phrase, a person named Monday, related teasers. Tests that
    /// must run on a fresh clone read this instead of the seed.
    public static let sampleDump = root.appendingPathComponent("samples/harbour-ferry.txt")
    public static var newsdeskBinary: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSDESK_BIN"] { return URL(fileURLWithPath: path) }
        return root.appendingPathComponent(".build/debug/newsdesk")
    }
}

extension Trait where Self == ConditionTrait {
    /// Integration suites run against the PostgreSQL that scripts/test starts, else are skipped.
    public static var needsDatabase: Self {
        .enabled(if: TestDatabase.isAvailable, "needs DATABASE_URL (scripts/test starts a server)")
    }
}
