import HTMLParser
import Testing

@Suite struct HTMLParserTests {
    private func parse(_ html: String) throws -> ParsedHTML {
        try #require(HTMLParser.parse(html))
    }

    @Test func blocksFollowBlockElementsAndCollapseWhitespace() throws {
        let page = try parse("<body><div>Intro  text<p>First\n  para&nbsp;graph</p>tail</div></body>")
        #expect(page.blocks.map(\.text) == ["Intro text", "First para\u{A0}graph".replacingNBSP(), "tail"])
        let p = page.nodes[Int(page.blocks[1].node)]
        #expect(p.tag == .p)
        #expect(page.nodes[Int(p.parent)].tag == .div)
    }

    /// HTML5's named references are text as a browser shows it; libxml2 2.9 knows only HTML 4's.
    @Test func html5NamedReferencesAreDecoded() throws {
        let page = try parse("""
            <head><title>Q&amp;A&colon; the &lbrack;draft&rbrack; plan</title>
            <meta name="description" content="Costs &percnt; and &check;"></head>
            <body><p>Wait&mldr; it&apos;s &LT;b&GT; &amp;colon; &unknownname; AT&T; a=1&b=2</p></body>
            """)
        #expect(page.title == "Q&A: the [draft] plan")
        #expect(page.metas.first?.content == "Costs % and ✓")
        // A reference escaped once more ("&amp;colon;") stays literal, as in a browser, and so do
        // unknown names and bare ampersands.
        #expect(page.blocks.map(\.text) == ["Wait… it's <b> &colon; &unknownname; AT&T; a=1&b=2"])
    }

    @Test func linkTextIsCounted() throws {
        let page = try parse("<p>Read <a href='/a'>this story</a> now</p>")
        #expect(page.blocks[0].text == "Read this story now")
        #expect(page.blocks[0].linkBytes == Int32("this story".utf8.count))
        #expect(page.anchors.first?.href == "/a")
        #expect(page.anchors.first?.text == "this story")
    }

    @Test func scriptsStylesAndWidgetTextAreSkipped() throws {
        let page = try parse("<body><script>var x = 1</script><style>p{}</style><button>Menu</button><p>Kept</p></body>")
        #expect(page.blocks.map(\.text) == ["Kept"])
    }

    @Test func blockElementsInsideWidgetsKeepTheirText() throws {
        // An unclosed <div> inside a <button>: libxml2 nests the rest of the page in the button.
        let page = try parse("<body><button><div>x</button><p>The article text</p></body>")
        #expect(page.blocks.map(\.text).contains("The article text"))
    }

    @Test func metadataIsCollectedInTheSamePass() throws {
        let page = try parse("""
            <html lang="de"><head><title>T | S</title><meta property="og:title" content="T">
            <meta name="author" content="A"><link rel="canonical" href="https://x/y">
            <script type="application/ld+json">{"@type":"Article"}</script></head>
            <body><time datetime="2024-01-02" class="published">2. Januar</time>
            <span itemprop="author">Jane</span></body></html>
            """)
        #expect(page.title == "T | S")
        #expect(page.language == "de")
        #expect(page.metas.map(\.key) == ["og:title", "author"])
        #expect(page.links.first?.href == "https://x/y")
        #expect(page.jsonLD == ["{\"@type\":\"Article\"}"])
        #expect(page.times.first?.dateTime == "2024-01-02")
        #expect(page.itemProps.first?.value == "Jane")
    }

    /// The abbr design pattern: a date's value in `title`, the reader's "9:05 PM" as text. Only
    /// date properties read `title` (an author's title attribute is a tooltip).
    @Test func dateItemPropReadsAnAbbrTitle() throws {
        let page = try parse("""
            <p><abbr class="published" itemprop="datePublished" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>
            <span itemprop="author" title="Profil">Ada Schmid</span></p>
            """)
        #expect(page.itemProps.map(\.value) == ["2011-03-30T21:05:00-07:00", "Ada Schmid"])
    }

    @Test func inlineDisplayNoneIsSkipped() throws {
        let page = try parse("<div style='display: none'>hidden</div><p>shown</p>")
        #expect(page.blocks.map(\.text) == ["shown"])
        let everything = try #require(HTMLParser.parse("<div style='display: none'>hidden</div><p class=sr-only>label</p><p>shown</p>", showingHidden: true))
        #expect(everything.blocks.map(\.text) == ["hidden", "label", "shown"])
    }

    @Test func limitsCutTheWalkAndSaySo() throws {
        let html = String(repeating: "<p>x</p>", count: 100)
        let page = try #require(HTMLParser.parse(html, limits: .init(maxDepth: 256, maxNodes: 1000, maxBlocks: 10)))
        #expect(page.blocks.count == 10)
        #expect(page.truncated)
    }
}

private extension String {
    func replacingNBSP() -> String { String(map { $0 == "\u{A0}" ? " " : $0 }) }
}
