import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

/// The real `newsdesk run` binary, signalled from outside as systemd or an OOM kill would.
@Suite(.enabled(if: TestDatabase.isAvailable && FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path),
                "needs DATABASE_URL and a built newsdesk binary (scripts/test)"))
struct WorkerProcessTests {
    /// Enough articles that a signal lands while the worker is busy (its first completion
    /// comes after its processing children have started, a few at most before the signal).
    static let jobs = 150
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    func startWorker(_ extra: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = TestPaths.newsdeskBinary
        process.arguments = ["run", "--database-url", db.url, "--concurrency", "2", "--log-level", "error"] + extra
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func enqueueSeeds(_ n: Int) throws {
        try db.connect().execute(Query(sql: "INSERT INTO newsdesk.jobs (raw) SELECT $1 || g FROM generate_series(1, $2::int) g",
                                       binds: [.text(sampleText), .text(String(n))]))
    }

    @Test func refusesToRunOnAnUnmigratedSchema() throws {
        let bare = try TestDatabase(migrated: false)
        let process = Process()
        process.executableURL = TestPaths.newsdeskBinary
        process.arguments = ["run", "--database-url", bare.url]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(message.contains("newsdesk migrate"), "\(message)")
    }

    @Test func sigtermDrainsAndExitsZero() throws {
        try enqueueSeeds(Self.jobs)
        let worker = try startWorker(["--shutdown-grace", "10"])
        #expect(eventually { (try? db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'done'")) ?? 0 > 0 })
        kill(worker.processIdentifier, SIGTERM)
        #expect(eventually(timeout: .seconds(20)) { !worker.isRunning })
        #expect(worker.terminationReason == .exit)
        #expect(worker.terminationStatus == 0)
        // Nothing left mid-flight; whatever was not finished is queued with its attempt given back.
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'running'") == 0)
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'queued' AND attempts <> 0") == 0)
        #expect(try db.resultMismatches() == 0)
    }

    @Test func killMinusNineLosesNothingAndDuplicatesNothing() throws {
        try enqueueSeeds(Self.jobs)
        let victim = try startWorker(["--lease", "1"])
        #expect(eventually { (try? db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'done'")) ?? 0 > 0 })
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'done'") < Self.jobs, "the crash must hit mid-queue")
        // At the moment of the crash: every job is done with one row, or will be claimable.
        #expect(try db.resultMismatches() == 0)
        let survivor = try startWorker(["--lease", "1"])
        defer { survivor.terminate(); survivor.waitUntilExit() }
        // A liveness bound, not a speed check: debug builds on two loaded cores are slow.
        #expect(eventually(timeout: .seconds(300)) { (try? db.drained()) == true })
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == Self.jobs)
        #expect(try db.resultMismatches() == 0)
    }
}
