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
