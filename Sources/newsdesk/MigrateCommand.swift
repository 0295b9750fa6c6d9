import ArgumentParser
import Queue

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or update the newsdesk schema (idempotent).")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let applied = try Migrator(connection: database.connect()).migrate()
        print(applied.isEmpty ? "schema up to date" : "applied: \(applied.joined(separator: ", "))")
    }
}
