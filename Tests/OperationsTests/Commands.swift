import Foundation
import Testing
import TestSupport

/// What a command printed and how it ended.
struct CommandOutput {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs an executable to its end with `arguments`, an environment of PATH plus `environment`
/// (nothing else of the test's, DATABASE_URL included), and `stdin` as its standard input.
/// With a `deadline`, a command still running then gets SIGTERM, so a test of something that
/// must stop by itself fails instead of hanging.
func runCommand(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                stdin: Data = Data(), workingDirectory: URL? = nil, deadline: Duration? = nil) throws -> CommandOutput {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        .merging(environment) { _, given in given }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let deadline {
        let seconds = Double(deadline.components.seconds)
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [process] in
            if process.isRunning { process.terminate() }
        }
    }
    input.fileHandleForWriting.write(stdin)
    try input.fileHandleForWriting.close()
    // Both pipes are drained at once, so neither can fill up and stall the child.
    let stderrData = Mutexed(Data())
    let drained = DispatchSemaphore(value: 0)
    Thread {
        let data = err.fileHandleForReading.readDataToEndOfFile()
        stderrData.mutate { $0 = data }
        drained.signal()
    }.start()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    process.waitUntilExit()
    return CommandOutput(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                         stderr: String(decoding: stderrData.value, as: UTF8.self))
}

/// `newsdesk ARGS...`, the binary scripts/test builds.
func newsdesk(_ arguments: [String], environment: [String: String] = [:], stdin: Data = Data(),
              deadline: Duration? = nil) throws -> CommandOutput {
    try runCommand(TestPaths.newsdeskBinary, arguments, environment: environment, stdin: stdin, deadline: deadline)
}

/// `psql` with stop-on-error, quiet and unaligned: what an operator runs.
func psql(_ url: String, _ arguments: [String]) throws -> CommandOutput {
    try runCommand(URL(fileURLWithPath: "/usr/bin/env"),
                   ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url] + arguments)
}

extension TestDatabase {
    /// This database's URL logged in as `role` instead.
    func url(as role: String, password: String? = nil) -> String {
        var components = URLComponents(string: url)!
        components.user = role
        components.password = password
        return components.string!
    }
}

/// Paths of the shipped files the operations tests exercise.
enum ShippedFiles {
    static let rolesScript = TestPaths.root.appendingPathComponent("deploy/roles.sql").path
    static let samples = TestPaths.root.appendingPathComponent("samples")
    static func sample(_ name: String) -> String { samples.appendingPathComponent(name).path }
    static let changelog = TestPaths.root.appendingPathComponent("CHANGELOG.md")
}

/// Integration suites that drive the built binary against the server scripts/test starts.
let needsDatabaseAndBinary: ConditionTrait = .enabled(
    if: TestDatabase.isAvailable && FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path),
    "needs DATABASE_URL and a built newsdesk binary (scripts/test)")
