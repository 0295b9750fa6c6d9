import Foundation
import Testing
import HTMLParser
@testable import Extraction

/// What a browser does not show is not text: the walk over libxml2's tree drops it.
@Suite struct HTMLSemanticsTests {
    static let story = """
        <p>The council met on Tuesday to discuss the budget, which has been delayed twice this year because of disputes.</p>
        <p>Members said the delay was caused by a dispute over road repairs and school funding in the district.</p>
        """

    func blocks(_ html: String) throws -> [String] {
        try #require(HTMLParser.parse(html)).blocks.map(\.text)
    }

    @Test func hiddenMarkupIsNoText() throws {
        let html = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "xhtml11.dtd" [
            <!ENTITY nbsp "&#160;">
            <!ENTITY copy "&#169;">
            ]>
            <html><head><title>T</title>
            <noscript><link href="/style.css" rel="stylesheet"><p style="position: absolute; top: -999em">Tracking text</p></noscript>
            </head><body>
            <noscript><p>Please enable JavaScript to view the comments.</p></noscript>
            <div aria-hidden="true">Decorative text</div>
            <div hidden>Hidden attribute text</div>
            <div style="DISPLAY: none">Display none text</div>
            <div style="visibility:hidden">Invisible text</div>
            <span style="position:absolute;left:-10000px">Off-screen text</span>
            <span style="clip: rect(0 0 0 0); position: absolute">Clipped text</span>
            <span class="screen-reader-text">Screen reader text</span>
            <template><p>Template text</p></template>
            <article>\(Self.story)<p style="margin-top:-10px">Nudged but visible.</p></article></body></html>
            """
        let texts = try blocks(html)
        #expect(texts.count == 3, "\(texts)")
        #expect(texts.last == "Nudged but visible.")
        #expect(!texts.joined().contains("ENTITY"))
    }

    /// Forums (Discourse) serve their whole crawler view inside <noscript>; that is the page.
    /// Ruby readings sit above the characters they gloss (Japanese for learners, NHK's easy
    /// news): a browser does not put them in the line, and the text does not have them.
    @Test func rubyReadingsAreNotInTheText() throws {
        let html = "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する。</p>"
        #expect(try blocks(html) == ["子どもへの体罰を禁止する。"])
    }

    /// Links are words of their own in "Home<a>News</a>", but not in scripts written without
    /// spaces: a Japanese dictionary link inside a sentence adds no space to it.
    @Test func linkEdgesAddNoSpaceBetweenCharactersWrittenWithoutOne() throws {
        #expect(try blocks("<p>子どもへの<a href=/d1>虐待</a>をなくすため、<a href=/d2>親</a>が</p>") == ["子どもへの虐待をなくすため、親が"])
        #expect(try blocks("<p>Home<a href=/n>News</a> <a href=/s>Sport</a>の<a href=/w>天気</a></p>") == ["Home News Sportの天気"])
    }

    /// Text leaves in NFC whatever form the page wrote it in: a Bengali "য়" written as the one
    /// precomposed code point (a composition exclusion, so its NFC is two) and a French "é"
    /// written as "e" and a combining accent.
    @Test func textLeavesInNormalizationFormC() throws {
        let bengali = "আজ শনিবার কুষ্টি\u{09DF}া জেলার দৌলতপুর উপজেলার একটি গ্রামে একজন নিহত হয়েছেন বলে পুলিশ জানিয়েছে।"
        let french = "Le conseil municipal s'est re\u{0301}uni mardi pour discuter du budget, qui a e\u{0301}te\u{0301} retarde\u{0301} deux fois."
        for paragraph in [bengali, french] {
            let html = "<html><head><title>T</title></head><body><article><h1>Titre</h1><p>\(paragraph)</p><p>\(paragraph)</p></article></body></html>"
            let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
            let expected = paragraph.precomposedStringWithCanonicalMapping
            #expect(article.paragraphs.last.map { Array($0.unicodeScalars) } == Array(expected.unicodeScalars))
            #expect(Array(expected.unicodeScalars) != Array(paragraph.unicodeScalars))  // the page did write another form
        }
    }

    /// The ranges text is taken as NFC in without asking Foundation: no scalar there changes
    /// under NFC or carries a combining class, and strings drawn from them are NFC whole, beside
    /// the marks and jamo that are left out (which take the slow path).
    @Test func stableRangesAreNormalizationFormC() {
        var stable: [Unicode.Scalar] = []
        for value in UInt32(0x80)...0xFFEF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let utf8 = Array(String(scalar).utf8)
            guard utf8.withUnsafeBufferPointer({ UnicodeNormalization.isStable($0) }) else { continue }
            stable.append(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            #expect(Array(String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "U+\(String(value, radix: 16))")
        }
        #expect(stable.count > 25_000)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<40 { text.append(stable.randomElement(using: &generator)!) }
            if Bool.random(using: &generator) { text.append("e") }
            let string = String(text)
            #expect(UnicodeNormalization.nfc(string) == string)
            #expect(Array(string.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(string.unicodeScalars))
        }
        for unstable in ["e\u{301}", "\u{1100}\u{1161}", "か\u{3099}", "\u{2000}", "Ω\u{2126}", "\u{3000}\u{302A}"] {
            #expect(!Array(unstable.utf8).withUnsafeBufferPointer { UnicodeNormalization.isStable($0) })
        }
    }

    @Test func noscriptHoldingThePageIsRead() throws {
        let posts = (1...8).map { "<p>Reply \($0): the council budget vote was delayed again, and members argued about road repairs.</p>" }.joined()
        let texts = try blocks("<html><body><noscript data-path=\"/t/budget\">\(posts)</noscript></body></html>")
        #expect(texts.count == 8)
    }

    /// React streams the real article into `<div hidden id="S:0">` for a script to move into place.
    @Test func streamingPlaceholderIsRead() throws {
        let texts = try blocks("<html><body><div hidden id=\"S:0\">\(Self.story)</div></body></html>")
        #expect(texts.count == 2)
    }

    @Test func socialEmbedFallbackIsNoBody() throws {
        let embed = """
            <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">
            <a href="https://www.instagram.com/p/x/">View this post on Instagram</a>
            <p><a href="https://www.instagram.com/p/x/">A post shared by Jane Doe (@janedoe)</a></p></blockquote>
            """
        let html = "<html><body><article><h1>Budget</h1>\(Self.story)\(embed)<p>A new vote is planned for next month, officials said on Wednesday.</p></article></body></html>"
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(!article.body.contains("Instagram"))
        #expect(!article.body.contains("post shared"))
        #expect(article.paragraphs.count == 3)
    }

    @Test func relatedHeadlinesAfterTheArticleAreCut() throws {
        let related = (1...6).map { "<p><a href=\"/story-\($0)\">Another council story number \($0) about budgets and votes</a></p>" }.joined()
        let html = """
            <html><body><div class="main"><h1>Budget delayed</h1>\(Self.story)
            <h3>More from the Gazette</h3>\(related)</div></body></html>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.count == 2, "\(article.paragraphs)")
    }

    @Test func listingKeepsItsTeasers() throws {
        let cards = (1...12).map { "<div class=\"card\"><h2><a href=\"/story-\($0)\">Council story number \($0) about budgets and road repairs</a></h2></div>" }.joined()
        let article = try? ArticleExtractor().extract(RawPage(text: "<html><body><main>\(cards)</main></body></html>", format: .html))
        #expect((article?.paragraphs.count ?? 0) >= 12)
    }
}
