import Foundation
import Logging

/// Log lines on stderr, one line per event whatever the message holds. Under systemd
/// (stderr connected to the journal, `$JOURNAL_STREAM` set) each line starts with its syslog
/// priority in the sd-daemon form `<N>`, so journald files warnings, errors and critical
/// events at their own priority, and the timestamp is left to the journal; elsewhere lines
/// carry an ISO 8601 timestamp and the level name.
public struct LogOutput: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    let label: String
    let journal: Bool

    public static func bootstrap(level: Logger.Level, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let journal = environment["JOURNAL_STREAM"].map { !$0.isEmpty } ?? false
        LoggingSystem.bootstrap { label in LogOutput(logLevel: level, label: label, journal: journal) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let fields = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let text = Self.line(level: event.level, message: "\(event.message)", metadata: fields, journal: journal)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func line(level: Logger.Level, message: String, metadata: Logger.Metadata, journal: Bool,
                     now: Date = Date()) -> String {
        var text = journal ? "<\(priority(level))>" : "\(now.formatted(.iso8601)) \(level) "
        text += oneLine(message)
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            text += " \(key)=\(oneLine("\(value)"))"
        }
        return text
    }

    /// syslog(3) priorities, as journald reads them from `<N>` prefixes.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// Newlines (libpq's multi-line errors, crash reports) would split one event over lines.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " | ")
    }
}
