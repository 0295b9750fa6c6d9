import ArgumentParser

@main
struct Newsdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "Turns raw articles queued in PostgreSQL into structured rows.",
        subcommands: [ProcessCommand.self])
}
