import Foundation
import Testing
@testable import Extraction

/// A regression guard on real pages: the first WCXB-dev article pages, scored with the body
/// shingle F1 the data README defines. The full evaluation is scripts/eval-extraction;
/// this only catches a heuristic change that breaks many pages at once.
@Suite struct HTMLCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let wcxb = root.appendingPathComponent("../shared/data/extraction/wcxb-dev")

    struct Page {
        var html: [UInt8]
        var truth: String
        var url: String?
    }

    /// Article pages in id order (gunzip through the system tool: Foundation has no zlib API).
    static func articlePages(limit: Int) throws -> [Page] {
        let truthDir = wcxb.appendingPathComponent("ground-truth")
        let ids = try FileManager.default.contentsOfDirectory(atPath: truthDir.path).filter { $0.hasSuffix(".json") }.sorted()
        var pages: [Page] = []
        for id in ids where pages.count < limit {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: truthDir.appendingPathComponent(id))) as? [String: Any]
            let kind = ((json?["_internal"] as? [String: Any])?["page_type"] as? [String: Any])?["primary"] as? String
            guard kind == "article", let truth = (json?["ground_truth"] as? [String: Any])?["main_content"] as? String else { continue }
            let gz = wcxb.appendingPathComponent("html/\(id.dropLast(5)).html.gz")
            pages.append(Page(html: try gunzip(gz), truth: truth, url: json?["url"] as? String))
        }
        return pages
    }

    static func gunzip(_ file: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    /// Token 4-gram multisets; precision and recall per page (README: "Body, shingle F1").
    static func shingleScores(_ predicted: String, _ truth: String) -> (precision: Double, recall: Double) {
        func shingles(_ text: String) -> [String: Int] {
            let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
            var counts: [String: Int] = [:]
            if tokens.count < 4 {
                if !tokens.isEmpty { counts[tokens.joined(separator: " ")] = 1 }
                return counts
            }
            for i in 0...(tokens.count - 4) { counts[tokens[i..<(i + 4)].joined(separator: " "), default: 0] += 1 }
            return counts
        }
        let p = shingles(predicted), t = shingles(truth)
        let tp = p.reduce(0) { $0 + min($1.value, t[$1.key] ?? 0) }
        let predictedCount = p.values.reduce(0, +), truthCount = t.values.reduce(0, +)
        return (predictedCount == 0 ? 0 : Double(tp) / Double(predictedCount),
                truthCount == 0 ? 0 : Double(tp) / Double(truthCount))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: wcxb.path)))
    func firstArticlePagesScoreAboveTheFloor() throws {
        let pages = try Self.articlePages(limit: 60)
        #expect(pages.count == 60)
        var precision = 0.0, recall = 0.0
        for page in pages {
            let article = try? ArticleExtractor().extract(RawPage(bytes: page.html, format: .html, sourceURL: page.url))
            let scores = Self.shingleScores(article?.body ?? "", page.truth)
            precision += scores.precision
            recall += scores.recall
        }
        precision /= Double(pages.count)
        recall /= Double(pages.count)
        let f1 = 2 * precision * recall / (precision + recall)
        // Measured 0.93+ on all 793 articles (release build); the floor leaves room for noise.
        #expect(f1 > 0.85, "shingle F1 \(f1) (P \(precision), R \(recall))")
    }

    /// Extraction speed (decode, parse, heuristics; no I/O): HTML_BENCH=1, best in a release
    /// build: swift test -c release -Xswiftc -enable-testing --filter HTMLCorpusTests
    @Test(.enabled(if: ProcessInfo.processInfo.environment["HTML_BENCH"] != nil))
    func extractionSpeed() throws {
        let pages = try Self.articlePages(limit: 300)
        let extractor = ArticleExtractor()
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        for _ in 0..<3 {
            let elapsed = clock.measure {
                for page in pages { _ = try? extractor.extract(RawPage(bytes: page.html, format: .html, sourceURL: page.url)) }
            }
            best = min(best, elapsed)
        }
        let perPage = best / pages.count
        print("HTML extraction: \(perPage) per page over \(pages.count) pages (\(pages.reduce(0) { $0 + $1.html.count } / pages.count) bytes avg)")
    }
}
