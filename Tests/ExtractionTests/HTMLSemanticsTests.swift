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
