import ArgumentParser
import Foundation
import LibPQ
import Queue

struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"),
            help: "libpq connection string or URI. Default: $DATABASE_URL, else libpq's own defaults (PG* variables, service file, .pgpass).")
    var databaseURL: String?

    /// The systemd credential (`LoadCredential=database-password:FILE`) whose contents are the
    /// database password.
    static let passwordCredential = "database-password"

    func validate() throws {
        guard let databaseURL else { return }
        let parsed: ConnectionString
        do {
            parsed = try ConnectionString(databaseURL)
        } catch {
            throw ValidationError("--database-url: \(error.message)")
        }
        if parsed.password != nil {
            FileHandle.standardError.write(Data("""
                newsdesk: warning: --database-url carries a password, which every user of this host can read in \
                the process list; use DATABASE_URL, a .pgpass file or the systemd credential \
                \(Self.passwordCredential) instead\n
                """.utf8))
        }
    }

    /// The connection string every command connects with: --database-url, else $DATABASE_URL,
    /// else libpq's defaults; with the password from the systemd credential when there is one.
    var resolved: String {
        let environment = ProcessInfo.processInfo.environment
        return Self.addingCredentialPassword(to: databaseURL ?? environment["DATABASE_URL"] ?? "", environment: environment)
    }

    /// Under systemd, `LoadCredential=` puts the password in a file only this service can read
    /// ($CREDENTIALS_DIRECTORY), so it appears in no environment, command line or unit file. A
    /// password written in the connection string itself wins; an empty credential is none.
    static func addingCredentialPassword(to conninfo: String, environment: [String: String]) -> String {
        guard let directory = environment["CREDENTIALS_DIRECTORY"],
              let contents = FileManager.default.contents(atPath: directory + "/" + passwordCredential)
        else { return conninfo }
        var password = String(decoding: contents, as: UTF8.self)
        while password.last?.isNewline == true { password.removeLast() }
        guard !password.isEmpty, let parsed = try? ConnectionString(conninfo), parsed.password == nil else { return conninfo }
        return parsed.settingPassword(password)
    }

    func connect() throws -> Connection {
        try Connection(resolved)
    }

    func queue() throws -> JobQueue {
        JobQueue(connection: try connect())
    }
}
