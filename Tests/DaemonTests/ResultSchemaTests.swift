import Daemon
import Extraction
import Foundation
import Testing
import TestSupport

/// The result contract: every result the pipeline emits validates against
/// docs/result.schema.json (every key present, explicit nulls, documented enums and bounds),
/// over the shipped samples and pages generated and mutated from them.
struct ResultSchemaTests {
    static let schemaURL = TestPaths.root.appendingPathComponent("docs/result.schema.json")

    static func schema() throws -> JSONSchemaSubset {
        try JSONSchemaSubset(JSONValue.parse(String(contentsOf: schemaURL, encoding: .utf8)))
    }

    /// The pages: the samples as they are, read as every format, then mutated (cut short at
    /// random points, paragraphs dropped, repeated or shuffled, markup stripped) with a seeded
    /// generator so a failure reproduces; plus a few written to reach fields the samples leave
    /// empty (JSON-LD metadata, related teasers with snippets, other scripts and languages,
    /// relative dates with nothing to count from). Only what the repository holds: scripts/test
    /// skips any suite that mentions the shared seed when it is absent.
    static func pages() throws -> [(name: String, page: RawPage)] {
        let folder = TestPaths.root.appendingPathComponent("samples")
        let samples = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
            .map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
        var pages: [(String, RawPage)] = []
        var random = SeededRandom(seed: 0x7363_6865_6D61)
        for (name, text) in samples {
            for format in [InputFormat.auto, .text, .html, .body] {
                pages.append(("\(name) as \(format)", RawPage(text: text, format: format, sourceURL: "https://example.com/\(name)")))
            }
            let lines = text.components(separatedBy: "\n")
            for round in 0..<6 {
                var mutated = lines
                switch round % 3 {
                case 0: mutated = Array(mutated.prefix(1 + Int(random.next() % UInt64(mutated.count))))
                case 1: mutated = mutated.filter { _ in random.next() % 4 != 0 }
                default:
                    if let line = mutated.filter({ $0.count > 60 }).randomElement(using: &random) {
                        mutated.insert(contentsOf: Array(repeating: line, count: 4), at: Int(random.next() % UInt64(mutated.count)))
                    }
                    mutated.shuffle(using: &random)
                }
                pages.append(("\(name) mutation \(round)", RawPage(text: mutated.joined(separator: "\n"))))
            }
            let stripped = text.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
            pages.append(("\(name) stripped", RawPage(text: stripped, format: .text)))
        }
        pages += written.map { ($0.0, RawPage(text: $0.1)) }
        return pages
    }

    static let prose = "The council voted on Tuesday to extend the tram line to the harbour. \"We waited ten years for this,\" said Maria Lopez, who chairs the residents' association. "

    static let written: [(String, String)] = [
        ("json-ld", """
            <html lang="en"><head><title>Tram line extended | City Post</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram Line Extended to the Harbour",
            "datePublished":"2025-03-04T08:00:00Z","dateModified":"2025-03-05","author":{"name":"Ana Silva"},
            "keywords":["transport","harbour"],"publisher":{"name":"City Post"},"image":"https://example.com/t.jpg"}</script>
            <meta property="og:site_name" content="City Post"><meta name="description" content="The tram goes to the sea.">
            </head><body><article><h1>Tram Line Extended to the Harbour</h1>
            <p>\(String(repeating: prose, count: 6))</p><p>\(String(repeating: prose, count: 3))</p></article>
            <aside><h2>Related</h2><ul><li><a href="/a">Buses Rerouted During Works</a><p>Three lines change for a month.</p></li>
            <li><a href="/b">Harbour Market Opens Early</a></li></ul></aside></body></html>
            """),
        ("russian", "Новости города\n\n" + String(repeating: "Городской совет во вторник проголосовал за продление трамвайной линии до гавани. Жители ждали этого десять лет. ", count: 8)),
        ("chinese", "城市新闻\n\n" + String(repeating: "市议会周二投票决定将有轨电车线路延伸至港口。居民们等待了十年。", count: 12)),
        ("relative dates", "Storm closes the coast road\n\n" + String(repeating: "The road closed yesterday and will reopen tomorrow, officials said on Monday. ", count: 10)),
        ("stuffed", "Best deals\n\n" + String(repeating: "buy cheap tram tickets online now today. ", count: 40)),
        ("tiny", "<html><body><p>Short.</p></body></html>"),
        ("german quotes", "Neue Straßenbahn\n\n" + String(repeating: "„Wir haben zehn Jahre gewartet“, sagte Anna Weber am Dienstag in Hamburg. Der Stadtrat stimmte zu. ", count: 8)),
    ]

    @Test func theSchemaUsesOnlyWhatTheValidatorChecks() throws {
        #expect(try Self.schema().unsupportedKeywords().isEmpty)
    }

    @Test func everyResultValidates() throws {
        let schema = try Self.schema()
        let processor = ArticleProcessor()
        var validated = 0
        let pages = try Self.pages()
        for (name, page) in pages {
            // A refused page (empty, no article) has no result: it fails its job with a reason.
            guard let result = try? processor.process(page) else { continue }
            let errors = schema.errors(try JSONValue.parse(result.json()))
            #expect(errors.isEmpty, "\(name): \(errors.prefix(5).joined(separator: "; "))")
            validated += 1
        }
        // Most pages give a result (a cut so short it holds no article is refused).
        #expect(validated * 4 >= pages.count * 3, "\(validated) of \(pages.count) pages gave a result")
    }

    @Test func theValidatorRejectsWhatTheContractForbids() throws {
        let schema = try Self.schema()
        let sample = TestPaths.root.appendingPathComponent("samples/library-reopens.html")
        let result = try ArticleProcessor().process(RawPage(text: try String(contentsOf: sample, encoding: .utf8)))
        guard case var .object(object) = try JSONValue.parse(result.json()) else { Issue.record("not an object"); return }
        #expect(schema.errors(.object(object)).isEmpty)
        // A missing key, an undocumented key, a nested key left out instead of null, a wrong enum.
        var missing = object
        missing["published_at"] = nil
        #expect(schema.errors(.object(missing)).contains { $0.contains("missing key published_at") })
        var extra = object
        extra["surprise"] = .null
        #expect(!schema.errors(.object(extra)).isEmpty)
        if case var .array(related)? = object["related"], case var .object(first)? = related.first {
            first["snippet"] = nil
            related[0] = .object(first)
            object["related"] = .array(related)
            #expect(schema.errors(.object(object)).contains { $0.contains("missing key snippet") })
        } else {
            Issue.record("the sample page has no related teasers")
        }
        var badEnum = try JSONValue.parse(result.json())
        if case var .object(o) = badEnum { o["page_type"] = .string("blog"); badEnum = .object(o) }
        #expect(!schema.errors(badEnum).isEmpty)
    }
}
