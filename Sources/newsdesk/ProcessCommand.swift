import ArgumentParser
import Daemon
import Extraction
import Foundation

/// Offline parsing, no database: one JSON object per input on stdout (JSON Lines).
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Parse and enrich files offline and print one JSON object per input (JSON Lines).",
        discussion: "Output lines come in argument order, whatever order the files finish in.")

    @Option(name: .customLong("as"), help: "Input format: auto, text, html or body (already-clean body text).")
    var format: InputFormat = .auto

    @Option(help: "Source URL to attach (used for metadata such as dates in the URL).")
    var url: String?

    @ArgumentParser.Flag(help: "Extract only: skip enrichment (language, entities, ...).")
    var extractOnly = false

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Files processed at once (default: number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("tune"), help: ArgumentHelp(
        "Override one extraction tunable (repeatable), e.g. html.boilerplatePenalty=0.6 or dump.proseWords=10; for evaluation sweeps.",
        valueName: "NAME=VALUE"))
    var tunings: [String] = []

    @Argument(help: "Files to process; - reads standard input.")
    var files: [String]

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        var tunables = ExtractionTunables()
        for tuning in tunings {
            do { try tunables.set(tuning) } catch { throw ValidationError(error.description) }
        }
        let extractor = ArticleExtractor(tunables: tunables)
        let processor = extractOnly ? ArticleProcessor(extractor: extractor, enricher: nil) : ArticleProcessor(extractor: extractor)
        let (files, format, url) = (files, format, url)
        var failures = 0
        var progress = TerminalProgress("processed", total: files.count)
        OrderedParallel.map(count: files.count, width: jobs) { index -> (line: String, failed: Bool) in
            let file = files[index]
            do {
                let bytes = try InputFile.read(file)
                let result = try processor.process(RawPage(bytes: bytes, format: format, sourceURL: url))
                // The object's closing brace gives way to the input's name (removeLast: dropLast on a
                // String walks the whole result by characters).
                var line = result.json()
                line.removeLast()
                return (line + ",\"input\":\(InputFile.jsonString(file))}", false)
            } catch {
                return ("{\"input\":\(InputFile.jsonString(file)),\"error\":\(InputFile.jsonString(String(describing: error)))}", true)
            }
        } emit: { index, output in
            if output.failed { failures += 1 }
            // Written at once, unbuffered, so a terminal shows the line above the redrawn progress.
            progress.finish()
            FileHandle.standardOutput.write(Data((output.line + "\n").utf8))
            progress.update(index + 1)
        }
        progress.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension InputFormat: ExpressibleByArgument {}
