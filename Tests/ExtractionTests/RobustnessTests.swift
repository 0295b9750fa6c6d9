import Foundation
import Testing
import TestSupport
@testable import Extraction

/// Seeded random and hostile inputs through the whole extractor: every input must come back
/// as an article or an `ExtractionError`, quickly. A crash here is a daemon outage.
@Suite struct RobustnessTests {
    /// Fixed by default so failures reproduce; scripts/fuzz/html_soak.sh varies them.
    static let seed = UInt64(ProcessInfo.processInfo.environment["ROBUSTNESS_SEED"] ?? "") ?? 20_240_305
    static let scale = Int(ProcessInfo.processInfo.environment["ROBUSTNESS_SCALE"] ?? "") ?? 1

    static let sample = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A story | Site</title>
        <meta property="og:title" content="A story"><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"A story","datePublished":"2024-03-05","author":{"name":"Jane Doe"}}
        </script></head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
        <article><h1>A story</h1><p class="byline">By Jane Doe</p><time datetime="2024-03-05">March 5, 2024</time>
        <p>The council met on Tuesday to discuss the budget, which has been delayed twice this year.</p>
        <p>Members said the delay was caused by a dispute over road repairs and school funding.</p>
        <ul><li>First point of the plan</li><li>Second point of the plan</li></ul>
        <blockquote>We will get this done, said the mayor.</blockquote></article>
        <aside class="related"><a href="/x">Another story about the council and its budget</a></aside>
        <footer>© Site 2024</footer></body></html>
        """

    static let tags = ["div", "p", "span", "a href=\"/x\"", "table", "tr", "td", "ul", "li", "script", "style",
                       "article", "section", "h1", "h2", "svg", "button", "noscript", "head", "body", "html",
                       "template", "iframe", "select", "option", "br", "img", "time datetime=\"2024-01-01\"",
                       "meta property=\"og:title\" content=\"x\"", "script type=\"application/ld+json\""]

    private func run(_ bytes: [UInt8], format: InputFormat = .html) {
        let page = RawPage(bytes: bytes, format: format, contentType: nil, sourceURL: "https://example.com/2024/03/05/story")
        do {
            let article = try ArticleExtractor().extract(page)
            #expect(article.paragraphs.allSatisfy { !$0.isEmpty })
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test func mutatedPagesNeverCrash() {
        var random = SeededRandom(seed: Self.seed)
        let base = Array(Self.sample.utf8)
        for _ in 0..<300 * Self.scale {
            var bytes = base
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                guard !bytes.isEmpty else { break }
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: Array("<\(Self.tags.randomElement(using: &random)!)>".utf8), at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &random)))
                }
            }
            run(bytes)
            run(bytes, format: .auto)
        }
    }

    @Test func tagSoupNeverCrashes() {
        var random = SeededRandom(seed: Self.seed &+ 1)
        for _ in 0..<200 * Self.scale {
            var html = ""
            for _ in 0..<Int.random(in: 0...400, using: &random) {
                let tag = Self.tags.randomElement(using: &random)!
                switch Int.random(in: 0..<4, using: &random) {
                case 0: html += "<\(tag)>"
                case 1: html += "</\(tag.split(separator: " ")[0])>"
                case 2: html += String(repeating: "word ", count: Int.random(in: 0...30, using: &random))
                default: html += ["&amp;", "&#x0;", "&#xD800;", "<!--", "-->", "<![CDATA[", "{\"@type\":[", "\u{0}", "é"].randomElement(using: &random)!
                }
            }
            run(Array(html.utf8))
        }
    }

    @Test func randomBytesNeverCrash() {
        var random = SeededRandom(seed: Self.seed &+ 2)
        for _ in 0..<200 * Self.scale {
            let count = Int.random(in: 0...4096, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            run(bytes)
            run(bytes, format: .auto)
        }
    }

    @Test func invalidUTF8AndTruncationAreHandled() {
        let base = Array(Self.sample.utf8)
        for cut in stride(from: 0, to: base.count, by: 37) { run(Array(base[..<cut])) }
        run(base + [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC])
        run([0xFF, 0xFE] + base)  // a UTF-16 BOM over UTF-8 bytes
    }

    @Test(.timeLimit(.minutes(1))) func hostileStructuresStayBounded() throws {
        let nestedDivs = "<html><body>" + String(repeating: "<div>", count: 500_000) + "deep text"
        let nestedTables = String(repeating: "<table><tr><td>", count: 50_000) + "cell"
        let noText = "<html><body>" + String(repeating: "<div class=\"x\"><span></span></div>", count: 100_000)
        let manyBlocks = String(repeating: "<p>word</p>", count: 200_000)
        // A declared title of 200,000 characters, and an h1 that is a kicker and that title: the
        // kicker check looks for where the title starts in the h1 (it once simplified every
        // suffix on the way back: quadratic).
        let longTitle = String(repeating: "budget vote delayed again ", count: 8_000)
        let longHeading = "<html><head><meta property=\"og:title\" content=\"\(longTitle)\"></head><body><h1><span>Council</span>"
            + longTitle + "</h1>"
            + String(repeating: "<p>The council met on Tuesday to discuss the budget, which was delayed twice.</p>", count: 20) + "</body></html>"
        // A Chinese paragraph of 100,000 open parentheses and byline labels: a byline is read
        // from a long block's two ends only (every parenthesis once looked for its close).
        let cjkLabels = "<html><body><h1>市政府宣布新建学校</h1><p>" + String(repeating: "（记者文", count: 100_000) + "</p></body></html>"
        // 200,000 HTML5 references to rewrite before parsing, unknown names, and ampersands that open
        // names without an end.
        let references = "<html><body><p>" + String(repeating: "&colon;&LT;&unknown;&", count: 100_000) + "</p></body></html>"
        let openNames = "<html><body><p>" + String(repeating: "&abcdefghijklmnopqrstuvwxyz", count: 100_000) + "</p></body></html>"
        // 100,000 inline graphics never closed, and 100,000 closed only at the end: each graphic
        // is read for its end once (every <svg> once read the rest of the page).
        let openGraphics = "<html><body>" + String(repeating: "<svg><path/>", count: 100_000) + "text"
        let nestedGraphics = "<html><body>" + String(repeating: "<svg><g>", count: 100_000) + String(repeating: "</svg>", count: 100_000) + "<p>text</p>"
        // How long these take is for scripts/bench-sizes to measure; here they must only finish.
        for html in [nestedDivs, nestedTables, noText, manyBlocks, longHeading, cjkLabels, references, openNames, openGraphics, nestedGraphics] {
            run(Array(html.utf8))
        }
    }

    /// Pages with nothing to read fail with a reason instead of ending done with no words.
    @Test func pagesWithoutAnArticleFail() {
        let pages = ["<html><body></body></html>",
                     "<html><head><script>var a = 1;</script><style>p { color: red }</style></head><body><script>go()</script></body></html>",
                     "<html><body>" + String(repeating: "<div>", count: 100_000) + "</body></html>",
                     "<html><body>" + String(repeating: "<p></p>", count: 100_000) + "</body></html>"]
        for html in pages {
            let error = #expect(throws: ExtractionError.self) { try ArticleExtractor().extract(RawPage(text: html, format: .html)) }
            #expect(error?.description.hasPrefix("no article found:") == true)
        }
    }

    /// A payload of whitespace, ASCII's or Unicode's (no-break and ideographic spaces), is empty;
    /// text after a leading no-break space is not.
    @Test func blankPayloadsAreEmpty() throws {
        for blank in ["", " \n\t\r ", "\u{A0}\u{A0}\n", " \u{3000}\u{2028} "] {
            #expect(throws: ExtractionError.empty) { try ArticleExtractor().extract(RawPage(text: blank, format: .text)) }
        }
        let text = "\u{A0}A Headline For The Story\n\n" + (0..<10).map { "Part \($0) goes on. \(paragraph(60))\n\n" }.joined()
        #expect(try ArticleExtractor().extract(RawPage(text: text, format: .text)).paragraphs.count >= 5)
    }

    /// A NUL after the binary sniffer's window reaches no result: it is removed in decoding.
    @Test func lateNULBytesAreRemoved() throws {
        let dump = "A Headline For The Story\n\n" + (0..<40).map { "Part \($0) goes on. \(paragraph(60))\n\n" }.joined()
        var bytes = Array(dump.utf8)
        bytes.insert(0, at: 9000)
        bytes.append(0)
        let article = try ArticleExtractor().extract(RawPage(bytes: bytes, format: .text))
        #expect(!article.body.unicodeScalars.contains("\u{0}"))
        #expect(article.paragraphs.count >= 30)
        let early = [UInt8]("Title\n".utf8) + [0] + bytes
        #expect(throws: ExtractionError.self) { try ArticleExtractor().extract(RawPage(bytes: early, format: .text)) }
    }

    @Test func oversizedInputIsRefusedBeforeParsing() {
        let extractor = ArticleExtractor(limits: .init(maxBytes: 1000))
        #expect(throws: ExtractionError.tooLarge(bytes: 2000, limit: 1000)) {
            try extractor.extract(RawPage(bytes: [UInt8](repeating: 0x61, count: 2000)))
        }
    }
}
