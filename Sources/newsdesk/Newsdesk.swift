import ArgumentParser
import BuildInfo

@main
struct Newsdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "Turns raw articles queued in PostgreSQL into structured rows.",
        version: NewsdeskVersion.current,
        subcommands: [MigrateCommand.self, RunCommand.self, EnqueueCommand.self, StatusCommand.self,
                      RetryCommand.self, CancelCommand.self, ReprocessCommand.self, PruneCommand.self, FollowCommand.self, ProcessCommand.self,
                      ProcessWorkerCommand.self])
}
