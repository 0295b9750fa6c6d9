import Daemon
import Foundation
import Queue
import Testing
import TestSupport

/// Hangs, crashes and memory blow-ups in processing stay with their job: the processor
/// (a child process) is stopped or replaced, the job fails with a reason, every other job
/// completes. Faults are asked for by the page (`FaultInjectingProcessor`).
@Suite(.needsDatabase, .enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path), "needs a built newsdesk binary"))
struct ProcessingFaultTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    func enqueueSeeds(_ n: Int) throws -> [Int64] {
        let q = try db.queue()
        return try (0..<n).map { i in try q.enqueue(EnqueueParams(payload: .text(sampleText + "\n\(i)"))) }
    }

    func lastError(_ id: Int64) throws -> String { try db.scalar("SELECT last_error FROM newsdesk.jobs WHERE id = \(id)") ?? "" }

    @Test func aHungJobIsStoppedAtItsTimeoutEveryAttemptAndEndsDead() throws {
        let q = try db.queue()
        let hung = try q.enqueue(EnqueueParams(payload: .text("newsdesk-fault:hang"), priority: 1))
        try db.connect().execute("UPDATE newsdesk.jobs SET max_attempts = 2 WHERE id = \(hung)")
        let good = try enqueueSeeds(6)
        let daemon = RunningDaemon(db, processing: RunningDaemon.childProcesses(faultInjection: true), lease: .seconds(30),
                                   concurrency: 1, jobTimeout: .seconds(2))
        defer { daemon.stop() }
        // One processing slot: the hang must be stopped for anything else to run.
        #expect(eventually(timeout: .seconds(120)) { good.allSatisfy { (try? db.state(of: $0)) == "done" } })
        // Retries come after a backoff; each attempt is stopped at the timeout, then it is dead.
        #expect(eventually(timeout: .seconds(120)) { (try? db.state(of: hung)) == "dead" })
        let hungError = try lastError(hung)
        #expect(hungError.contains("job timeout"), "\(hungError)")
        #expect(try db.scalar("SELECT attempts FROM newsdesk.jobs WHERE id = \(hung)") == "2")
        #expect(daemon.outcome.value == nil, "the worker keeps running")
    }

    @Test func aCrashingJobDiesAloneAndItsNeighboursComplete() throws {
        let q = try db.queue()
        let crasher = try q.enqueue(EnqueueParams(payload: .text("newsdesk-fault:crash"), priority: 1))
        try db.connect().execute("UPDATE newsdesk.jobs SET max_attempts = 3 WHERE id = \(crasher)")
        let good = try enqueueSeeds(40)
        let daemon = RunningDaemon(db, processing: RunningDaemon.childProcesses(faultInjection: true), concurrency: 2)
        defer { daemon.stop() }
        #expect(eventually(timeout: .seconds(120)) { (try? db.state(of: crasher)) == "dead" })
        #expect(eventually(timeout: .seconds(120)) { good.allSatisfy { (try? db.state(of: $0)) == "done" } })
        let crash = try lastError(crasher)
        #expect(crash.contains("crashed") && crash.contains("SIGSEGV"), "\(crash)")
        // Innocent jobs used one attempt each: none was charged for the crash.
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE id <> \(crasher) AND attempts <> 1") == 0)
        #expect(try db.resultMismatches() == 0)
    }

    @Test func aPageThatExhaustsMemoryFailsWithTheRuntimesReason() throws {
        let q = try db.queue()
        let hog = try q.enqueue(EnqueueParams(payload: .text("newsdesk-fault:oom")))
        try db.connect().execute("UPDATE newsdesk.jobs SET max_attempts = 1 WHERE id = \(hog)")
        let good = try enqueueSeeds(3)
        let daemon = RunningDaemon(db, processing: RunningDaemon.childProcesses(faultInjection: true, memoryLimitMB: 512),
                                   concurrency: 1, jobTimeout: .seconds(120))
        defer { daemon.stop() }
        #expect(eventually(timeout: .seconds(120)) { (try? db.state(of: hog)) == "dead" })
        let hogError = try lastError(hog)
        #expect(hogError.contains("allocate"), "\(hogError)")
        #expect(eventually(timeout: .seconds(60)) { good.allSatisfy { (try? db.state(of: $0)) == "done" } })
    }

    @Test func aResultTheDatabaseRefusesFailsThatJobOnlyAndNothingStalls() throws {
        let q = try db.queue()
        let before = try enqueueSeeds(10)
        let poison = try q.enqueue(EnqueueParams(payload: .text("newsdesk-fault:poison\n\n" + sampleText)))
        let after = try enqueueSeeds(10)
        let daemon = RunningDaemon(db, processing: RunningDaemon.childProcesses(faultInjection: true))
        defer { daemon.stop() }
        #expect(eventually(timeout: .seconds(120)) { (try? db.drained()) == true })
        #expect(try db.state(of: poison) == "failed")
        let refusal = try lastError(poison)
        #expect(refusal.hasPrefix("the database refused the result:") && refusal.contains("22P05"), "\(refusal)")
        for id in before + after { #expect(try db.state(of: id) == "done") }
        #expect(try db.resultMismatches() == 0)
    }
}
