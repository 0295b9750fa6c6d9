import ArgumentParser
import Foundation
import Queue

struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune", abstract: "Remove old finished jobs and payloads once, as a worker's cleaner would.",
        discussion: """
            Deletes done jobs (with their articles and article history) and failed, dead or cancelled \
            jobs older than the given ages, and drops the payloads of older done jobs, in batches of \
            short transactions that never wait for a row a worker holds. Workers do the same \
            continuously when started with the same options (`newsdesk run --retain-...`); this is for \
            a one-off clean-up, or a cron job instead. Needs the newsdesk_operator role.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var retention: RetentionOptions

    @Option(help: "The workers' duplicate window in hours (newsdesk run --duplicate-window-hours): deletions must not reach into it.")
    var duplicateWindowHours: Double = DuplicatePolicy.defaultWindowHours

    @Flag(help: "Only count what would be removed.")
    var dryRun = false

    func validate() throws {
        guard retention.policy.isEnabled else {
            throw ValidationError("give at least one of --retain-payload-days, --retain-done-days, --retain-failed-days")
        }
        guard duplicateWindowHours >= 0, duplicateWindowHours.isFinite else {
            throw ValidationError("--duplicate-window-hours must not be negative")
        }
        try retention.check(duplicateWindowHours: duplicateWindowHours)
    }

    func run() throws {
        let queue = try database.queue()
        let policy = retention.policy
        if dryRun {
            let due = try queue.retentionDue(policy)
            if let payloads = due.payloads {
                let megabytes = Double(due.payloadBytes ?? 0) / 1_000_000
                print("would drop the payloads of \(payloads) done job(s) (\(String(format: "%.1f", megabytes)) MB as enqueued)")
            }
            if let done = due.doneJobs { print("would delete \(done) done job(s) with their articles") }
            if let failed = due.unsuccessfulJobs { print("would delete \(failed) failed, dead or cancelled job(s)") }
            return
        }
        let counts = try queue.applyRetention(policy, batchSize: 1000).counts
        if policy.doneAge != nil { print("deleted \(counts.doneDeleted) done job(s) with their articles") }
        if policy.failedAge != nil { print("deleted \(counts.unsuccessfulDeleted) failed, dead or cancelled job(s)") }
        if policy.payloadAge != nil { print("dropped the payloads of \(counts.payloadsDropped) done job(s)") }
    }
}
