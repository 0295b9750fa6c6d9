import Daemon
import Extraction
import Foundation
import Queue
import Testing
import TestSupport

/// Parses everything instantly, except pages saying "HANG", which block until released: a
/// stand-in for a parser that never returns on some input.
struct HangingProcessor: PageProcessor {
    let release = DispatchSemaphore(value: 0)

    func resultJSON(for page: RawPage) throws(ExtractionError) -> String {
        if String(decoding: page.bytes, as: UTF8.self).contains("HANG") { release.wait() }
        return try NoOpProcessor().resultJSON(for: page)
    }
}

@Suite(.needsDatabase)
struct JobTimeoutTests {
    @Test func aHungJobIsGivenUpOnAndAStuckWorkerExitsWithAnError() throws {
        let db = try TestDatabase()
        let processor = HangingProcessor()
        defer { processor.release.signal() }
        let q = try db.queue()
        let hung = try q.enqueue(EnqueueParams(payload: .text("HANG here"), priority: 1))
        let daemon = RunningDaemon(db, lease: .seconds(30), concurrency: 1, jobTimeout: .seconds(1), processor: processor)
        // The one processing thread is stuck: the worker gives up on the job and then stops.
        #expect(eventually { daemon.clean.value != nil })
        #expect(daemon.clean.value == false)
        let error = try db.scalar("SELECT last_error FROM newsdesk.jobs WHERE id = \(hung)") ?? ""
        #expect(error.contains("longer than"), "\(error)")
        // Retryable: back in the queue after a backoff, attempt counted, nothing left running.
        #expect(try db.state(of: hung) == "queued")
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'running'") == 0)
    }

    @Test func aSlowJobWithThreadsToSpareDoesNotStopTheWorker() throws {
        let db = try TestDatabase()
        let processor = HangingProcessor()
        defer { processor.release.signal() }
        let q = try db.queue()
        let hung = try q.enqueue(EnqueueParams(payload: .text("HANG here"), priority: 1))
        let daemon = RunningDaemon(db, concurrency: 2, jobTimeout: .seconds(1), processor: processor)
        defer { daemon.stop() }
        #expect(eventually { (try? db.scalar("SELECT last_error FROM newsdesk.jobs WHERE id = \(hung)")) != nil })
        // The other thread keeps working.
        let next = try q.enqueue(EnqueueParams(payload: .text("an ordinary page")))
        #expect(eventually { (try? db.state(of: next)) == "done" })
        #expect(daemon.clean.value == nil)
    }
}
