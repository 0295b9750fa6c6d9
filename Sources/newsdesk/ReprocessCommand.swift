import ArgumentParser
import Queue

struct ReprocessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess", abstract: "Put finished jobs back in the queue to be processed again.",
        discussion: """
            Selects done jobs (or those in --state) by id, by when they finished, or by the result \
            schema their article was written with; filters combine. When a job completes again, its \
            new result replaces its article row and the old row is kept in newsdesk.article_history. \
            Jobs whose payload was pruned cannot be reprocessed.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Job ids.")
    var ids: [Int64] = []

    @Option(help: "Select jobs in this terminal state (repeatable; default: done).")
    var state: [JobState] = []

    @Option(help: "Only jobs that finished at or after this time (any timestamp PostgreSQL reads).")
    var finishedAfter: String?

    @Option(help: "Only jobs that finished before this time.")
    var finishedBefore: String?

    @Option(help: "Only jobs whose article was written by a result schema older than this version.")
    var schemaVersionBelow: Int?

    @Option(help: "Priority for the re-queued jobs (default: keep theirs).")
    var priority: Int?

    @Flag(help: "Select every job in the chosen states (needed when no other filter is given).")
    var all = false

    func validate() throws {
        if ids.isEmpty && finishedAfter == nil && finishedBefore == nil && schemaVersionBelow == nil && !all {
            throw ValidationError("give job ids, a filter (--finished-after, --finished-before, --schema-version-below) or --all")
        }
        if let bad = state.first(where: { $0 == .queued || $0 == .running }) {
            throw ValidationError("only finished jobs can be reprocessed, not \(bad.rawValue) ones")
        }
        if let priority, !(-32768...32767).contains(priority) { throw ValidationError("--priority must fit a smallint") }
    }

    func run() throws {
        let outcome = try database.queue().reprocess(ReprocessParams(
            ids: ids.isEmpty ? nil : ids, states: state.isEmpty ? nil : state, finishedAfter: finishedAfter,
            finishedBefore: finishedBefore, schemaVersionBelow: schemaVersionBelow, priority: priority))
        print("requeued \(outcome.requeued.count) job(s)")
        if !outcome.payloadPruned.isEmpty {
            let listed = outcome.payloadPruned.prefix(10).map(String.init).joined(separator: ", ")
            print("skipped \(outcome.payloadPruned.count) job(s) whose payload retention dropped (nothing to process again): "
                  + listed + (outcome.payloadPruned.count > 10 ? ", ..." : ""))
        }
    }
}
