import ArgumentParser
import Foundation
import Queue

struct EnqueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue", abstract: "Queue raw articles from files (or - for standard input); prints job ids.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Source URL of the page (one input only).")
    var url: String?

    @Option(help: "Idempotency key: enqueuing the same key again returns the existing job (one input only).")
    var key: String?

    @Option(help: "Content type, e.g. text/html; charset=windows-1251.")
    var contentType: String?

    @Option(help: "Higher runs first.")
    var priority: Int = 0

    @Argument(help: "Files to enqueue; - reads standard input.")
    var files: [String]

    func validate() throws {
        if files.count > 1 && (url != nil || key != nil) {
            throw ValidationError("--url and --key apply to a single input")
        }
    }

    func run() throws {
        let queue = try database.queue()
        for file in files {
            let bytes = try InputFile.read(file)
            // Valid UTF-8 is stored as text (readable in SQL); anything else untouched as bytes.
            let payload: EnqueueParams.Payload = String(validating: bytes, as: UTF8.self)
                .flatMap { $0.utf8.contains(0) ? nil : EnqueueParams.Payload.text($0) } ?? .bytes(bytes)
            let id = try queue.enqueue(EnqueueParams(payload: payload, sourceURL: url, idempotencyKey: key,
                                                     priority: priority, contentType: contentType))
            print(id)
        }
    }
}
