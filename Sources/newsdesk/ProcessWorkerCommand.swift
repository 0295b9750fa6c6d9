import ArgumentParser
import Daemon
import Foundation

/// The processing child `newsdesk run` starts for each slot: reads jobs' pages on stdin,
/// writes results on stdout (see `ProcessingChild`). Not for people.
struct ProcessWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process-worker", abstract: "Processing child of `newsdesk run` (internal).", shouldDisplay: false)

    @Option(help: "The worker's pid; this process exits if that process is gone.")
    var parentPid: Int32?

    @Option(help: "Address space cap in MiB.")
    var memoryLimitMb: Int?

    @Flag(help: "Let pages ask for crashes, hangs and other faults (tests only).")
    var faultInjection = false

    func run() throws {
        let processor: any PageProcessor = faultInjection ? FaultInjectingProcessor(wrapping: ArticleProcessor()) : ArticleProcessor()
        let status = ProcessingChild.run(processor: processor, settings: .init(
            memoryLimitBytes: memoryLimitMb.map { $0 << 20 }, parentPID: parentPid))
        if status != 0 { throw ExitCode(status) }
    }
}
