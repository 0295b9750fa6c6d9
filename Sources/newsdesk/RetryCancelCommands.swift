import ArgumentParser
import Queue

struct JobSelectionOptions: ParsableArguments {
    @Option(help: "Select every job in this state.")
    var state: JobState?

    @Argument(help: "Job ids.")
    var ids: [Int64] = []

    func validate() throws {
        if (state == nil) == ids.isEmpty { throw ValidationError("give job ids or --state, not both") }
        if let bad = ids.first(where: { $0 < 1 }) { throw ValidationError("job ids are positive, not \(bad)") }
    }

    var selection: JobSelection { state.map(JobSelection.state) ?? .ids(ids) }
}

struct RetryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry", abstract: "Requeue failed, dead or cancelled jobs with fresh attempts.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var jobs: JobSelectionOptions

    func run() throws {
        print("requeued \(try database.queue().retry(jobs.selection)) job(s)")
    }
}

struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel queued jobs (running jobs finish normally).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var jobs: JobSelectionOptions

    func run() throws {
        print("cancelled \(try database.queue().cancel(jobs.selection)) job(s)")
    }
}

extension JobState: ExpressibleByArgument {}
