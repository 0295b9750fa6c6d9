import ArgumentParser
import Foundation
import Queue

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show queue depth, throughput and latency.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let status = try database.queue().status()
        if json {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(status), as: UTF8.self))
        } else {
            print(StatusTable.render(status))
        }
    }
}

enum StatusTable {
    static func render(_ s: QueueStatus) -> String {
        func ms(_ v: Double?) -> String { v.map { String(format: "%.1f ms", $0) } ?? "-" }
        let rows: [(String, String)] = [
            ("queued", "\(s.queued)"), ("running", "\(s.running)"), ("done", "\(s.done)"),
            ("failed", "\(s.failed)"), ("dead", "\(s.dead)"), ("cancelled", "\(s.cancelled)"),
            ("oldest queued", s.oldestQueuedSeconds.map { String(format: "%.1f s", $0) } ?? "-"),
            ("done (1 min / 1 h)", "\(s.doneLastMinute) / \(s.doneLastHour)"),
            ("failed (1 min / 1 h)", "\(s.failedLastMinute) / \(s.failedLastHour)"),
            ("processing mean (1 h)", ms(s.meanProcessingMs)),
            ("processing p95 (1 h)", ms(s.p95ProcessingMs)),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
            .joined(separator: "\n")
    }
}
