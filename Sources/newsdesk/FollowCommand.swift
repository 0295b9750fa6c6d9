import ArgumentParser
import Foundation
import LibPQ
import Queue

struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow", abstract: "Print new articles as JSON Lines, gap-free, resuming after a cursor.",
        discussion: """
            Each line is one article: {"cursor": ..., "job_id": ..., "processed_at": ..., "source_url": ..., \
            "article": {the result}}. Store the cursor of the last line you handled and pass it back with \
            --from (or let --cursor-file do it): the next run starts right after it and misses no article \
            committed meanwhile, however the workers' commits interleave, and repeats none (a reprocessed \
            article comes again as its new version). Waits for new articles on LISTEN newsdesk_articles, a \
            hint only, and reads the feed at least every --poll-interval seconds whatever it hears. Needs \
            the newsdesk_reader (or newsdesk_operator) role.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Start after this cursor (default: the first article, or the cursor file's).", valueName: "cursor"))
    var from: String?

    @Option(help: ArgumentHelp("Read the starting cursor from this file if it exists, and write the last printed one there after each batch.",
                               valueName: "file"))
    var cursorFile: String?

    @Option(help: "Stop after printing this many articles (default: follow until stopped).")
    var limit: Int?

    @Flag(help: "Stop once every article committed so far has been printed, instead of waiting for more.")
    var untilCaughtUp = false

    @Option(help: "Most articles read per statement.")
    var batchSize = 100

    @Option(help: "Longest wait, in seconds, between reads when no notification arrives.")
    var pollInterval: Double = 1

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard pollInterval > 0, pollInterval.isFinite else { throw ValidationError("--poll-interval must be positive") }
        if let from, !Self.isCursor(from) { throw ValidationError("--from: '\(from)' is not a cursor (XID:JOB_ID)") }
    }

    /// Cursors are "XID:JOB_ID", both decimal: checked here so a typo is a usage error, not SQL's.
    static func isCursor(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    func run() throws {
        var cursor = from
        if cursor == nil, let cursorFile, let saved = try? String(contentsOfFile: cursorFile, encoding: .utf8) {
            let trimmed = saved.trimmingCharacters(in: .whitespacesAndNewlines)
            guard Self.isCursor(trimmed) else { throw ValidationError("--cursor-file: '\(trimmed)' is not a cursor") }
            cursor = trimmed
        }
        var printed = 0
        var queue: JobQueue?
        while true {
            do {
                let current: JobQueue
                if let queue { current = queue } else {
                    current = try database.queue()
                    // Subscribed before the first read: a notification for anything committed
                    // after that read is then not lost.
                    try current.listenForArticles()
                    queue = current
                }
                let want = min(batchSize, (limit ?? Int.max) - printed)
                let articles = try current.articlesSince(FeedParams(cursor: cursor, limit: want))
                if !articles.isEmpty {
                    var out = ""
                    for article in articles { out += Self.line(article) + "\n" }
                    FileHandle.standardOutput.write(Data(out.utf8))
                    printed += articles.count
                    cursor = articles.last?.cursor
                    if let cursorFile, let cursor { try Self.save(cursor, to: cursorFile) }
                }
                if let limit, printed >= limit { return }
                if articles.count == want { continue }
                if untilCaughtUp { return }
                try current.waitForArticles(timeout: .seconds(pollInterval))
            } catch let error as PostgresError {
                // A lost connection is retried from the last printed cursor: nothing is skipped.
                guard StatementFailure(error) == .transient else { throw error }
                FileHandle.standardError.write(Data("newsdesk follow: \(error.message); reconnecting\n".utf8))
                queue = nil
                Thread.sleep(forTimeInterval: pollInterval)
            }
        }
    }

    /// One JSON Lines record; the stored result is embedded as it is (it is a JSON object).
    static func line(_ article: FeedArticle) -> String {
        "{\"cursor\":\(quoted(article.cursor)),\"job_id\":\(article.jobID),\"processed_at\":\(quoted(article.processedAt)),"
            + "\"source_url\":\(article.sourceURL.map(quoted) ?? "null"),\"article\":\(article.resultJSON)}"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Written to a temporary file and renamed, so a crash leaves the old cursor or the new one.
    static func save(_ cursor: String, to path: String) throws {
        let temporary = path + ".tmp"
        try Data((cursor + "\n").utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            throw ValidationError("--cursor-file: cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
