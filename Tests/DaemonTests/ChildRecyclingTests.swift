@testable import Daemon
import Foundation
import Queue
import Testing
import TestSupport

/// A processing child that grew past its resident limit is replaced before the next job; one
/// within it serves every job.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path), "needs a built newsdesk binary"))
struct ChildRecyclingTests {
    func runJobs(recycleAbove limit: Int) throws -> (started: Int, completed: Int) {
        var settings = ChildProcessExecutor.Settings(command: [TestPaths.newsdeskBinary.path, "process-worker"], maxPayloadBytes: 1 << 20)
        settings.recycleAboveResidentBytes = limit
        let executor = ChildProcessExecutor(settings: settings)
        defer { executor.shutdown() }
        var completed = 0
        for id in 1...3 {
            let job = ClaimedJob(id: Int64(id), claim: 1, attempt: 1, payload: .text(sampleText))
            if case .completed = executor.run(job, timeout: .seconds(60)) { completed += 1 }
        }
        return (executor.childrenStarted.load(ordering: .relaxed), completed)
    }

    @Test func aChildOverItsLimitIsReplacedAfterItsJob() throws {
        let run = try runJobs(recycleAbove: 1)
        #expect(run.completed == 3)
        #expect(run.started == 3)
    }

    @Test func aChildWithinItsLimitServesEveryJob() throws {
        let run = try runJobs(recycleAbove: 1 << 40)
        #expect(run.completed == 3)
        #expect(run.started == 1)
    }
}
