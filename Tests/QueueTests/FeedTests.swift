import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

/// The consumer feed against a real server: reading after the last cursor never skips a row
/// that commits later and never repeats one, however writers' transactions interleave.
@Suite(.needsDatabase)
struct FeedTests {
    let db: TestDatabase
    init() throws { db = try TestDatabase() }

    /// `count` jobs claimed by worker "w", ready to be completed from any connection.
    func claimedJobs(_ count: Int) throws -> [ClaimedJob] {
        let q = try db.queue()
        for index in 0..<count { try q.enqueueText("page \(index)") }
        return try q.claim(count, as: "w").sorted { $0.id < $1.id }
    }

    /// A writer: its own connection, so its transaction can stay open while others commit.
    final class Writer {
        let connection: Connection
        let queue: JobQueue
        var open: [Int64] = []
        init(_ db: TestDatabase) throws {
            connection = try db.connect()
            queue = JobQueue(connection: connection)
        }

        func begin(completing jobs: [ClaimedJob]) throws {
            try connection.execute("BEGIN")
            #expect(try queue.complete(jobs.map(\.sampleCompletion), workerID: "w").count == jobs.count)
            open = jobs.map(\.id)
        }

        /// Returns the ids it made visible (none on rollback).
        func end(commit: Bool) throws -> [Int64] {
            try connection.execute(commit ? "COMMIT" : "ROLLBACK")
            defer { open = [] }
            return commit ? open : []
        }
    }

    @Test func aTransactionStillOpenHoldsBackRowsThatCommittedAfterIt() throws {
        let jobs = try claimedJobs(3)
        let (first, second) = (try Writer(db), try Writer(db))
        let reader = try db.queue()
        // The first writer takes its transaction id, then the second writes and commits.
        try first.begin(completing: [jobs[0]])
        try second.begin(completing: [jobs[1]])
        _ = try second.end(commit: true)
        // job 1's row is committed with a larger position than job 0's, which is still to come:
        // a reader going by id or by what it can see would move past job 0 here and never see it.
        #expect(try reader.articlesSince(FeedParams(limit: 10)).isEmpty)
        _ = try first.end(commit: true)
        // Transaction ids are the whole server's: another test's writer still open holds the feed
        // back too, so read until both rows are out. They must come in position order.
        var read: [FeedArticle] = []
        #expect(try eventually {
            read += try reader.articlesSince(FeedParams(cursor: read.last?.cursor, limit: 10))
            return read.count >= 2
        })
        #expect(read.map(\.jobID) == [jobs[0].id, jobs[1].id])

        // Resuming after the last cursor: only what came since, and a reprocessed article once
        // more as its new version.
        let cursor = try #require(read.last?.cursor)
        #expect(try reader.articlesSince(FeedParams(cursor: cursor, limit: 10)).isEmpty)
        #expect(try reader.reprocess(ReprocessParams(ids: [jobs[0].id])).requeued == [jobs[0].id])
        let again = try reader.claim(1, as: "w")
        _ = try reader.complete(again.map(\.sampleCompletion) + [jobs[2].sampleCompletion], workerID: "w")
        var next: [FeedArticle] = []
        #expect(try eventually {
            next += try reader.articlesSince(FeedParams(cursor: next.last?.cursor ?? cursor, limit: 10))
            return next.count >= 2
        })
        #expect(Set(next.map(\.jobID)) == [jobs[0].id, jobs[2].id] && next.count == 2)
        // Cursors only grow.
        #expect(next.allSatisfy { Self.position($0.cursor) > Self.position(cursor) })
    }

    @Test func interleavedWritersNeitherSkipNorRepeatAnyRow() throws {
        // Writers begin, commit and roll back in a random (seeded, so reproducible) order while a
        // reader reads small pages after its last cursor; every committed row must come out
        // exactly once, rolled-back ones never.
        var random = SeededRandom(seed: 0x6665_6564)
        let jobs = try claimedJobs(240)
        var pending = jobs[...]
        let writers = try (0..<5).map { _ in try Writer(db) }
        let reader = try db.queue()
        var committed: [Int64] = []
        var seen: [Int64] = []
        var cursor: String?
        func read() throws {
            let page = try reader.articlesSince(FeedParams(cursor: cursor, limit: 1 + Int(random.next() % 7)))
            seen += page.map(\.jobID)
            cursor = page.last?.cursor ?? cursor
        }
        while !pending.isEmpty || writers.contains(where: { !$0.open.isEmpty }) {
            let writer = writers[Int(random.next() % UInt64(writers.count))]
            if writer.open.isEmpty, !pending.isEmpty {
                let take = min(pending.count, 1 + Int(random.next() % 6))
                try writer.begin(completing: Array(pending.prefix(take)))
                pending = pending.dropFirst(take)
            } else if !writer.open.isEmpty {
                committed += try writer.end(commit: random.next() % 10 != 0)
            }
            if random.next() % 2 == 0 { try read() }
        }
        // Every writer has ended; what is still held back waits only for other tests' transactions.
        _ = try eventually {
            try read()
            return seen.count >= committed.count
        }
        try read()
        #expect(seen.count == Set(seen).count, "a row came twice")
        #expect(Set(seen) == Set(committed), "missing: \(Set(committed).subtracting(seen).sorted())")
        #expect(committed.count > 150)
    }

    @Test func concurrentWorkersNeitherSkipNorRepeatAnyRow() throws {
        // Four threads, each its own connection, complete batches as workers do while a reader
        // follows the feed on another thread.
        let jobs = try claimedJobs(400)
        let batches = stride(from: 0, to: jobs.count, by: 5).map { Array(jobs[$0..<min($0 + 5, jobs.count)]) }
        let url = db.url
        let errors = Mutexed<[String]>([])
        let finished = Mutexed(0)
        for lane in 0..<4 {
            Thread {
                do {
                    let queue = JobQueue(connection: try Connection(url))
                    for batch in batches.enumerated() where batch.offset % 4 == lane {
                        _ = try queue.complete(batch.element.map(\.sampleCompletion), workerID: "w")
                    }
                } catch { errors.mutate { $0.append("\(error)") } }
                finished.mutate { $0 += 1 }
            }.start()
        }
        let reader = try db.queue()
        var seen: [Int64] = []
        var cursor: String?
        let complete = eventually {
            let page = (try? reader.articlesSince(FeedParams(cursor: cursor, limit: 16))) ?? []
            seen += page.map(\.jobID)
            cursor = page.last?.cursor ?? cursor
            return finished.value == 4 && seen.count >= jobs.count
        }
        #expect(complete)
        #expect(errors.value.isEmpty)
        #expect(seen.count == jobs.count)
        #expect(Set(seen) == Set(jobs.map(\.id)))
    }

    @Test func aCursorFromBeyondThisServersHistoryIsRefused() throws {
        // As after a restore from a logical dump, which starts transaction ids afresh: reading on
        // from such a cursor would skip every new row, so the feed says so instead.
        let refused = #expect(throws: PostgresError.self) {
            try db.queue().articlesSince(FeedParams(cursor: "999999999999:1", limit: 1))
        }
        #expect(refused?.sqlState == "22023")
        #expect(try db.queue().articlesSince(FeedParams(cursor: "0:0", limit: 1)).isEmpty)
    }

    @Test func readersMayFollowAndNobodyElse() throws {
        // articles_since is not executable by PUBLIC; deploy/roles.sql grants it to readers.
        let granted = try db.scalar("SELECT has_function_privilege('public', 'newsdesk.articles_since(text, integer)', 'EXECUTE')")
        #expect(granted == "f")
    }

    /// A cursor's (transaction id, job id), for comparing them.
    static func position(_ cursor: String) -> Position {
        let parts = cursor.split(separator: ":").compactMap { UInt64($0) }
        return Position(xid: parts.first ?? 0, job: parts.last ?? 0)
    }

    struct Position: Comparable {
        var xid: UInt64, job: UInt64
        static func < (a: Position, b: Position) -> Bool { (a.xid, a.job) < (b.xid, b.job) }
    }
}
