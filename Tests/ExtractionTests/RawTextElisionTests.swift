@testable import HTMLParser
import TestSupport
import Testing

/// Dropping script and style bodies and inline graphics before parsing must leave everything the walk reads as it
/// was: each page is parsed both ways and the results compared whole.
@Suite struct RawTextElisionTests {
    private func bothWays(_ html: String) -> (elided: String, whole: String, dropped: Bool) {
        var html = html
        return html.withUTF8 { utf8 in
            let elided = HTMLParser.parse(utf8: utf8).map { "\($0)" } ?? "nil"
            let whole = HTMLParser.parseKnownReferences(utf8: utf8, limits: HTMLParser.Limits()).map { "\($0)" } ?? "nil"
            return (elided, whole, RawTextElision.elided(utf8) != nil)
        }
    }

    @Test(arguments: [
        // Bodies dropped: plain, upper case, attributes with ">" in quotes, "</scriptx" ends it as libxml2 does.
        "<html><head><script>var a = '<p>not text</p>';</script><style>p { color: red }</style></head><body><p>Text one.</p></body></html>",
        "<body><SCRIPT type=\"text/javascript\">if (a < b && c > d) {}</SCRIPT><p>After.</p><STYLE media=\"x>y\">.a{}</style><p>End.</p></body>",
        "<body><script data-x='a > b' async>document.write(\"<div>x</div>\")</scriptx><p>Tail.</p></body>",
        // Kept: JSON-LD (also written with character references), self-closing scripts.
        "<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\"}</script></head><body><p>B.</p></body>",
        "<head><script type=\"application&#x2F;ld&#x2B;json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\"}</script></head><body><p>B.</p></body>",
        "<body><script src=a.js/><p>After a self-closed script.</p><script/><p>Again.</p></body>",
        // Markup that hides a "<script": comments, attribute values, declarations, text.
        "<body><!-- <script> --><p>Visible.</p><div title=\"<script>\">In div.</div><p>a <script>x</script> b</p></body>",
        "<!DOCTYPE html><body><?php echo 1; ?><p>1 < 2 and <3</p><script>1</script><p>Two.</p></body>",
        // Where the scan stops and passes the rest on: unclosed comment, stray quote, abrupt comment end.
        "<body><!--> <script>x</script> <p>After.</p></body>",
        "<body><div class=\"a\"\"b\"><script>x</script><p>Para.</p></div></body>",
        "<body><!-- a --!> <script>y</script><p>P.</p> --></body>",
        "<body><script>never closed <p>text</p></body>",
        // An end tag first in a body: libxml2 closes the open element it names, script and all.
        "<body><div>a<script></div>'\"<p>x</p></script><p>After.</p></body>",
        "<body><style>unclosed",
        // Inline graphics dropped: icons in links, nested graphics, stylesheets and titles inside.
        "<body><p>Share <a href=\"x\"><svg viewBox='0 0 1 1'><path d=\"M0 0L1 1\"/><g><circle r=\"1\"></circle></g></svg> on X</a> now.</p></body>",
        "<head><title>Page</title></head><body><div><SVG><svg><rect/></svg><title>Logo</title></Svg><p>After.</p></div></body>",
        "<body><svg width=\"2\" aria-label=\"a </svg> b\"><use href=\"#i\"/></svg><p>After a quoted close.</p></body>",
        // Kept and parsed as they are: a comment, a script, a stylesheet, embedded HTML or a link
        // inside, or no end.
        "<body><svg><!-- </svg> --><path/></svg><p>After.</p></body>",
        "<body><svg><script>if (a < b) {}</script></svg><p>After.</p></body>",
        "<body><p>a<svg><style>.a{fill:red}</style><path/></svg>b</p></body>",
        "<body><svg><foreignObject><div>Shown text.</div></foreignObject></svg><p>After.</p></body>",
        "<body><p><svg><a href=\"/x\"><path/></a></svg> <a href=\"/y\">Y</a></p></body>",
        "<body><svg><path/><p>never closed</p></body>",
    ])
    func parsesAsBefore(html: String) {
        let result = bothWays(html)
        #expect(result.elided == result.whole)
    }

    @Test func bodiesAreDropped() {
        let html = "<body><script>var x = 1;</script><style>.a{}</style><svg class=i><svg><path/></svg></svg><p>Text.</p></body>"
        let dropped = Array(html.utf8).withUnsafeBufferPointer { RawTextElision.elided($0) }
        #expect(dropped.map { String(decoding: $0, as: UTF8.self) } == "<body><script></script><style></style><svg class=i></svg><p>Text.</p></body>")
    }

    /// A browser never takes a graphic's title (a tooltip) for the page's; the walk did, on a
    /// page with no title in its head.
    @Test func graphicTitlesAreNotThePageTitle() {
        let result = bothWays("<body><a href=\"/\"><svg><title>Home</title><path/></svg></a><p>Text.</p></body>")
        #expect(result.whole.contains("title: Optional(\"Home\")"))
        #expect(result.elided.contains("title: nil"))
    }

    /// Pages stitched at random from fragments that put tags, quotes, comments and raw-text
    /// elements in each other's way.
    @Test func generatedPagesParseAsBefore() {
        let fragments = ["<p>", "</p>", "<div class=\"c\">", "</div>", "<script>", "</script>", "<style>", "</style>",
                         "<script type=\"application/ld+json\">", "<!--", "-->", "<a href='x>y'>", "</a>", "\"", "'", "<",
                         ">", "/>", "<br/>", "text ", "1 < 2 ", "<!DOCTYPE html>", "<?x?>", "</SCRIPT>", "<Style media=a>",
                         "{\"@type\":\"NewsArticle\"}", "<img src=x alt=\"<script>\">", "&amp;", "&colon;", "<h1>Title</h1>",
                         "<svg viewBox=\"0 0 2 2\">", "</svg>", "<path d=\"M0 0\"/>", "<g>", "</g>", "<desc>Icon</desc>"]
        var generator = SeededRandom(seed: 7)
        var dropped = 0
        for _ in 0..<600 {
            let count = Int.random(in: 1...40, using: &generator)
            let html = (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined()
            let result = bothWays("<html><body>" + html)
            #expect(result.elided == result.whole, "\(html)")
            if result.dropped { dropped += 1 }
        }
        #expect(dropped > 50)  // the generated pages do exercise the dropping
    }
}
