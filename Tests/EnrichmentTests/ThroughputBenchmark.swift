import Foundation
import Testing
@testable import Enrichment

/// Throughput of NER alone and of the whole enrichment, in documents per CPU second. Runs only when
/// ENRICHMENT_BENCH_DIR names a folder of .txt bodies (scripts/eval-enrichment sets it, on a release
/// build); prints one line per figure for the script to read.
struct ThroughputBenchmark {
    static let folder = ProcessInfo.processInfo.environment["ENRICHMENT_BENCH_DIR"]
    static let repeats = 5

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    @Test(.enabled(if: folder != nil))
    func documentsPerCPUSecond() throws {
        let folder = try #require(Self.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let bodies = try names.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        try #require(!bodies.isEmpty)
        // Shared data loads once, before timing.
        _ = Enricher().enrich(.init(title: nil, body: bodies[0], paragraphs: [], publishedAt: nil))

        var mentions = 0
        var start = Self.cpuSeconds()
        for _ in 0..<Self.repeats {
            for body in bodies {
                let doc = Document(body)
                mentions += CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc).count
            }
        }
        let ner = Double(bodies.count * Self.repeats) / (Self.cpuSeconds() - start)

        start = Self.cpuSeconds()
        for _ in 0..<Self.repeats {
            for body in bodies { _ = Enricher().enrich(.init(title: nil, body: body, paragraphs: [], publishedAt: nil)) }
        }
        let all = Double(bodies.count * Self.repeats) / (Self.cpuSeconds() - start)
        print("BENCH ner_docs_per_cpu_second=\(Int(ner)) enrich_docs_per_cpu_second=\(Int(all)) entities=\(mentions)")
        #expect(mentions > 0)
    }
}

/// Enrichment alone on bodies of growing size, in CPU seconds, to show it is linear in the body (the
/// daemon caps bodies at 1 MiB before enrichment, so this calls the Enricher directly). Runs only when
/// ENRICHMENT_SIZES_DIR names a folder of body-*.txt files (scripts/bench-sizes writes them and runs
/// this on a release build); prints one line per file for the script to read.
struct EnrichmentSizeBenchmark {
    static let folder = ProcessInfo.processInfo.environment["ENRICHMENT_SIZES_DIR"]

    @Test(.enabled(if: folder != nil))
    func cpuSecondsPerBody() throws {
        let folder = try #require(Self.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("body-") && $0.hasSuffix(".txt") }.sorted()
        try #require(!names.isEmpty)
        _ = Enricher().enrich(.init(title: nil, body: "Shared data loads once, before timing.", paragraphs: [], publishedAt: nil))
        for name in names {
            let body = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let paragraphs = body.components(separatedBy: "\n\n")
            let start = ThroughputBenchmark.cpuSeconds()
            let result = Enricher().enrich(.init(title: nil, body: body, paragraphs: paragraphs, publishedAt: "2025-07-01"))
            let seconds = ThroughputBenchmark.cpuSeconds() - start
            print("BENCH body=\(name) bytes=\(body.utf8.count) enrich_cpu_seconds=\(String(format: "%.3f", seconds)) entities=\(result.entities.count)")
            #expect(!result.entities.isEmpty)
        }
    }
}
