import BuildInfo
import Foundation
import LibPQ
import Testing
import TestSupport

/// The command line an operator meets: version, usage errors, connection strings and secrets.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path), "needs a built newsdesk binary"))
struct CommandLineTests {
    @Test func versionIsTheOneInBuildInfoAndTheChangelog() throws {
        let run = try newsdesk(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == NewsdeskVersion.current + "\n")
        let changelog = try String(contentsOf: ShippedFiles.changelog, encoding: .utf8)
        let newest = changelog.split(separator: "\n").first { $0.hasPrefix("## ") }
        #expect(newest?.hasPrefix("## \(NewsdeskVersion.current) ") == true, "newest CHANGELOG heading: \(newest ?? "none")")
    }

    @Test(arguments: [
        ["enqueue", "--priority", "40000", "x"],
        ["enqueue", "--key", "k", "--key-from-content", "x"],
        ["enqueue", "--key-from-path", "-"],
        ["enqueue", "-", "-"],
        ["enqueue", "--url", "https://example.com/a", "x", "y"],
        ["retry", "-5"],
        ["cancel", "0"],
        ["retry"],
        ["process", "-j", "0", "x"],
        ["process", "--jobs", "-2", "x"],
        ["status", "--database-url", "postgresql://u:pa%zzword@127.0.0.1:1/x"],
        ["prune"],
        ["prune", "--retain-done-days", "1"],
        ["prune", "--retain-payload-days", "-3"],
        ["run", "--retain-failed-days", "2", "--duplicate-window-hours", "72"],
        ["follow", "--from", "12"],
        ["follow", "--from", "x:1"],
        ["follow", "--limit", "0"],
    ])
    func badOptionsAreUsageErrors(arguments: [String]) throws {
        let run = try newsdesk(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("Usage:"))
        #expect(!run.stderr.contains("pa%zzword"))
    }

    @Test func connectionErrorsNeverShowThePassword() throws {
        // A stray % (libpq quotes the bad token), an unencoded @ or / (libpq reads a piece of
        // the password as the host or port and quotes that), in the environment as in options.
        for url in ["postgresql://u:s3cret%zz@127.0.0.1:1/x", "postgresql://u:s3c@ret@127.0.0.1:1/x",
                    "postgresql://u:s3c/ret@127.0.0.1:1/x", "host=127.0.0.1 port=1 user=u password='s3cret"] {
            let run = try newsdesk(["status"], environment: ["DATABASE_URL": url])
            #expect(run.status != 0)
            #expect(!run.stderr.isEmpty)
            for piece in ["s3cret", "s3c", "ret@"] {
                #expect(!run.stderr.contains(piece), "\(url): \(run.stderr)")
            }
        }
    }

    @Test func aWorkerGivenAMalformedConnectionStringExitsWithAConfigurationError() throws {
        // Through the environment, which option validation never sees: the worker must stop with
        // EX_CONFIG and one line, not retry a string no retry can fix.
        let run = try newsdesk(["run"], environment: ["DATABASE_URL": "postgresql://u:s3cret%zz@127.0.0.1:1/x"],
                               deadline: .seconds(60))
        #expect(run.status == 78, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("newsdesk: configuration error: invalid connection string"), "\(run.stderr)")
        #expect(!run.stderr.contains("s3cret"))
    }

    @Test func aPasswordOnTheCommandLineIsWarnedAbout() throws {
        let run = try newsdesk(["status", "--database-url", "postgresql://u:s3cret@127.0.0.1:1/x?connect_timeout=2"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("warning: --database-url carries a password"), "\(run.stderr)")
        #expect(!run.stderr.contains("s3cret"))
        let quiet = try newsdesk(["status", "--database-url", "postgresql://u@127.0.0.1:1/x?connect_timeout=2"])
        #expect(!quiet.stderr.contains("warning"))
    }
}

/// The password a systemd credential carries reaches PostgreSQL: scripts/test's server asks
/// this one role for its password (scram-sha-256) and trusts every other.
@Suite(needsDatabaseAndBinary, .serialized)
final class CredentialTests {
    static let role = "newsdesk_password_check"
    static let password = "correct horse 'battery' staple"
    let db: TestDatabase
    let credentials: URL

    init() throws {
        db = try TestDatabase()
        try db.connect().execute(Query(sql: """
            DO $$ BEGIN
                CREATE ROLE \(Self.role) LOGIN;
            EXCEPTION WHEN duplicate_object THEN NULL;
            END $$
            """))
        try db.connect().execute(Query(sql: "ALTER ROLE \(Self.role) PASSWORD '\(Self.password.replacing("'", with: "''"))'"))
        try db.connect().execute(Query(sql: "GRANT USAGE ON SCHEMA newsdesk TO \(Self.role)"))
        try db.connect().execute(Query(sql: "GRANT SELECT ON newsdesk.queue_status, newsdesk.workers TO \(Self.role)"))
        credentials = FileManager.default.temporaryDirectory.appendingPathComponent("credentials-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: credentials, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: credentials) }

    func status(credential: String?, url: String? = nil) throws -> CommandOutput {
        if let credential {
            try Data(credential.utf8).write(to: credentials.appendingPathComponent("database-password"))
        }
        return try newsdesk(["status"], environment: ["DATABASE_URL": url ?? db.url(as: Self.role),
                                                      "CREDENTIALS_DIRECTORY": credentials.path])
    }

    @Test func theCredentialIsThePassword() throws {
        let without = try status(credential: nil)
        #expect(without.status != 0)
        #expect(without.stderr.contains("password"), "\(without.stderr)")
        let wrong = try status(credential: "wrong\n")
        #expect(wrong.stderr.contains("password authentication failed"), "\(wrong.stderr)")
        // A trailing newline, as an editor leaves it, is not part of the password.
        let right = try status(credential: Self.password + "\n")
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.stdout.contains("queued"))
        #expect(!right.stderr.contains(Self.password))
    }

    @Test func aPasswordInTheConnectionStringWins() throws {
        let run = try status(credential: Self.password, url: db.url(as: Self.role, password: "wrong"))
        #expect(run.stderr.contains("password authentication failed"), "\(run.stderr)")
    }
}
