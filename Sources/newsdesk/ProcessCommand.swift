import ArgumentParser
import Daemon
import Extraction
import Foundation

/// Offline parsing, no database: one JSON object per input on stdout (JSON Lines).
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Parse and enrich files offline and print one JSON object per input (JSON Lines).")

    @Option(name: .customLong("as"), help: "Input format: auto, text, html or body (already-clean body text).")
    var format: InputFormat = .auto

    @Option(help: "Source URL to attach (used for metadata such as dates in the URL).")
    var url: String?

    @ArgumentParser.Flag(help: "Extract only: skip enrichment (language, entities, ...).")
    var extractOnly = false

    @Option(name: .customLong("tune"), help: ArgumentHelp(
        "Override one extraction tunable (repeatable), e.g. html.boilerplatePenalty=0.6 or dump.proseWords=10; for evaluation sweeps.",
        valueName: "NAME=VALUE"))
    var tunings: [String] = []

    @Argument(help: "Files to process; - reads standard input.")
    var files: [String]

    func run() throws {
        var tunables = ExtractionTunables()
        for tuning in tunings {
            do { try tunables.set(tuning) } catch { throw ValidationError(error.description) }
        }
        let extractor = ArticleExtractor(tunables: tunables)
        let processor = extractOnly ? ArticleProcessor(extractor: extractor, enricher: nil) : ArticleProcessor(extractor: extractor)
        var failures = 0
        for file in files {
            let line: String
            do {
                let bytes = try InputFile.read(file)
                let result = try processor.process(RawPage(bytes: bytes, format: format, sourceURL: url))
                line = result.json().dropLast() + ",\"input\":\(InputFile.jsonString(file))}"
            } catch {
                failures += 1
                line = "{\"input\":\(InputFile.jsonString(file)),\"error\":\(InputFile.jsonString(String(describing: error)))}"
            }
            print(line)
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

extension InputFormat: ExpressibleByArgument {}
