import ArgumentParser
import Foundation
import Queue

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show queue depth, throughput, latency and the workers holding jobs.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    struct Report: Encodable {
        var queue: QueueStatus
        var workers: [WorkerStatus]
    }

    func run() throws {
        let queue = try database.queue()
        let report = Report(queue: try queue.status(), workers: try queue.workers())
        if json {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(StatusTable.render(report.queue))
            if !report.workers.isEmpty { print("\n" + StatusTable.render(report.workers)) }
        }
    }
}

enum StatusTable {
    static func render(_ s: QueueStatus) -> String {
        func ms(_ v: Double?) -> String { v.map { String(format: "%.1f ms", $0) } ?? "-" }
        return columns([
            ("queued", "\(s.queued)"), ("running", "\(s.running)"), ("done", "\(s.done)"),
            ("failed", "\(s.failed)"), ("dead", "\(s.dead)"), ("cancelled", "\(s.cancelled)"),
            ("oldest queued", s.oldestQueuedSeconds.map { String(format: "%.1f s", $0) } ?? "-"),
            ("done (1 min / 1 h)", "\(s.doneLastMinute) / \(s.doneLastHour)"),
            ("failed (1 min / 1 h)", "\(s.failedLastMinute) / \(s.failedLastHour)"),
            ("queue wait mean / p95 (1 h)", "\(ms(s.meanWaitMs)) / \(ms(s.p95WaitMs))"),
            ("processing mean / p95 (1 h)", "\(ms(s.meanProcessingMs)) / \(ms(s.p95ProcessingMs))"),
            ("prefetch wait + commit mean (1 h)", ms(s.meanPrefetchAndCommitMs)),
        ])
    }

    static func render(_ workers: [WorkerStatus]) -> String {
        columns([("worker", "running  oldest claim  lease expires in  expired")] + workers.map { w in
            (w.worker, String(format: "%7d  %10.1f s  %14.1f s  %7d", w.running, w.oldestClaimSeconds, w.nextExpirySeconds, w.expiredLeases))
        })
    }

    private static func columns(_ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n")
    }
}
