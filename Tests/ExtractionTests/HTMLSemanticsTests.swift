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
}
