import ArgumentParser
import CLibCrypto
import Foundation
import Queue

struct EnqueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue", abstract: "Queue raw articles from files (or - for standard input); prints job ids.",
        discussion: """
            Every file is read and checked first (readable, not empty), then all are queued in one \
            transaction: one bad file queues nothing. Job ids are printed one per line in argument \
            order; with an idempotency key, a file queued before prints the existing job's id.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Source URL of the page (one input only).")
    var url: String?

    @Option(help: "Idempotency key: enqueuing the same key again returns the existing job (one input only).")
    var key: String?

    @Flag(help: "Key each file by its absolute path (path:/...): the same file queued again is not queued twice.")
    var keyFromPath = false

    @Flag(help: "Key each file by its content's SHA-256 (sha256:...): the same bytes are queued once, whatever their name.")
    var keyFromContent = false

    @Option(help: "Content type, e.g. text/html; charset=windows-1251.")
    var contentType: String?

    @Option(help: "Higher runs first (-32768 to 32767).")
    var priority: Int = 0

    @Argument(help: "Files to enqueue; - reads standard input.")
    var files: [String]

    func validate() throws {
        if files.count > 1 && (url != nil || key != nil) {
            throw ValidationError("--url and --key apply to a single input")
        }
        if [key != nil, keyFromPath, keyFromContent].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --key, --key-from-path and --key-from-content")
        }
        if keyFromPath && files.contains("-") {
            throw ValidationError("--key-from-path needs files: standard input has no path")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
        if !(Int(Int16.min)...Int(Int16.max)).contains(priority) {
            throw ValidationError("--priority must be between \(Int16.min) and \(Int16.max)")
        }
        if url?.isEmpty == true || key?.isEmpty == true || contentType?.isEmpty == true {
            throw ValidationError("--url, --key and --content-type must not be empty")
        }
    }

    func run() throws {
        // Standard input cannot be read twice: its bytes are kept from the check to the insert.
        var standardInput: [UInt8]?
        var problems: [String] = []
        var checking = TerminalProgress("checking", total: files.count)
        for (index, file) in files.enumerated() {
            do {
                let bytes = try InputFile.read(file)
                if bytes.isEmpty { problems.append("\(file): empty") }
                if file == "-" { standardInput = bytes }
            } catch {
                problems.append("\(error)")
            }
            checking.update(index + 1)
        }
        checking.finish()
        guard problems.isEmpty else {
            for problem in problems { FileHandle.standardError.write(Data("newsdesk: \(problem)\n".utf8)) }
            FileHandle.standardError.write(Data("newsdesk: nothing was queued\n".utf8))
            throw ExitCode.failure
        }

        // Files are read again inside the transaction rather than all held in memory; one that
        // changed into something unreadable since the check rolls the whole batch back.
        var queueing = TerminalProgress("queueing", total: files.count)
        let ids = try database.queue().enqueue(
            files.lazy.map { file in { () throws -> EnqueueParams in
                try params(for: file, bytes: file == "-" ? standardInput ?? [] : InputFile.read(file))
            } },
            progress: { queueing.update($0) })
        queueing.finish()
        for id in ids { print(id) }
    }

    private func params(for file: String, bytes: [UInt8]) -> EnqueueParams {
        // Valid UTF-8 is stored as text (readable in SQL); anything else untouched as bytes.
        let payload: EnqueueParams.Payload = String(validating: bytes, as: UTF8.self)
            .flatMap { $0.utf8.contains(0) ? nil : EnqueueParams.Payload.text($0) } ?? .bytes(bytes)
        let idempotencyKey: String?
        if keyFromPath {
            idempotencyKey = "path:" + URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
        } else if keyFromContent {
            idempotencyKey = "sha256:" + Self.sha256Hex(bytes)
        } else {
            idempotencyKey = key
        }
        return EnqueueParams(payload: payload, sourceURL: url, idempotencyKey: idempotencyKey,
                             priority: priority, contentType: contentType)
    }

    static func sha256Hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                _ = SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}
