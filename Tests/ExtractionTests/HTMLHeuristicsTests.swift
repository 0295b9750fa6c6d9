import HTMLParser
import Testing
@testable import Extraction
import TextCore

@Suite struct HTMLHeuristicsTests {
    private func outline(_ html: String) throws -> PageOutline {
        PageOutline(try #require(HTMLParser.parse(html)))
    }

    @Test func classHints() {
        #expect(ClassHints.verdict(tag: .div, hints: "entry-content") == .positive)
        #expect(ClassHints.verdict(tag: .div, hints: "sidebar-widget") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "ad-slot") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "header-shadow") == .neutral)  // "ad" only as a whole word
        // The footer as Chinese templates name it; "foot" only as a whole word.
        #expect(ClassHints.verdict(tag: .div, hints: "foot") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "main-foot") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "football-report") == .neutral)
        #expect(ClassHints.verdict(tag: .nav, hints: "") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "field--label-hidden") == .neutral)
        #expect(ClassHints.verdict(tag: .div, hints: "print:hidden md:col-span-8") == .neutral)
        #expect(ClassHints.verdict(tag: .div, hints: "comment-body") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "comment-body", commentsAreContent: true) == .positive)
        // An opinion piece and a live ticker's entries are the page's own writing.
        #expect(ClassHints.verdict(tag: .div, hints: "full news subjective commentary article") == .positive)
        #expect(ClassHints.verdict(tag: .div, hints: "live-match-comment slider-ele") == .neutral)
        #expect(ClassHints.verdict(tag: .div, hints: "live-comment-login-form") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "commentaires") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "livefyre-comments") == .negative)
        // A modifier says what an element holds, not what it is: a German news site's article sat in
        // "o-section o-section-intro o-section--has-ads", and the page came out "no article found".
        #expect(ClassHints.verdict(tag: .section, hints: "o-section o-section-intro o-section--has-ads js-section--has-ads") == .neutral)
        #expect(ClassHints.verdict(tag: .div, hints: "has-sidebar") == .neutral)
        #expect(ClassHints.verdict(tag: .div, hints: "no-comments entry-content") == .positive)
        #expect(ClassHints.verdict(tag: .div, hints: "ads-wrapper") == .negative)
        // A test report's sections carry a BEM "--ads" modifier (chip.de): the section with ad slots, not an ad.
        #expect(ClassHints.verdict(tag: .section, hints: "testreport__section testreport__section--ads") == .neutral)
        #expect(ClassHints.verdict(tag: .div, hints: "ad ad--sidebar") == .negative)
        // A paywalled article's visible part sits in a "paywall container" (uebermedien.de: "no article
        // found"); the prompts themselves are caught by their subscribe wording and size.
        #expect(ClassHints.verdict(tag: .div, hints: "entry__content steady-paywall-container") == .positive)
        // WordPress names a post's tags in its classes: the post is no tag cloud.
        #expect(ClassHints.verdict(tag: .div, hints: "post-12 post type-post status-publish hentry tag-sunset category-travel") == .positive)
        #expect(ClassHints.verdict(tag: .div, hints: "post-12 post tag-sunset") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "tag-cloud") == .negative)
        // A post's meta line, a "more from the site" box inside a post, a newsletter box spelt apart.
        #expect(ClassHints.verdict(tag: .div, hints: "postmetadata alt") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "wp-block-mmo-recirculation-box") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "news-letter-section") == .negative)
    }

    /// Class tokens are read as bytes: empty pieces, stray separators and non-ASCII words.
    @Test func classHintsOnOddTokens() {
        #expect(ClassHints.verdict(tag: .div, hints: "  ad-slot  ") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: ": -- __ -") == .neutral)
        #expect(ClassHints.verdict(tag: .div, hints: "lg:sidebar") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "sidebar:") == .negative)  // "sidebar" is the only piece
        #expect(ClassHints.verdict(tag: .div, hints: "box---ads") == .neutral)  // modifier "-ads": ad words only
        #expect(ClassHints.verdict(tag: .div, hints: "navigación menú-principal") == .neutral)  // "nav" is a whole word
        #expect(ClassHints.verdict(tag: .div, hints: "artículo__nav") == .negative)
        #expect(ClassHints.verdict(tag: .div, hints: "段落 article-body") == .positive)
    }

    @Test func wordPressPostWithTagsIsTheArticle() throws {
        // Neither the post nor the sidebar nor the footer holds half the page's prose, so class
        // names decide (see `HTMLTunables.negativeWrapperProseShare`).
        let sidebar = (1...2).map { "<p>Sidebar note \($0): the shop is open on weekdays, and orders ship within two days of payment.</p>" }.joined()
        let html = """
            <body><div id="wrapper"><div class="content"><div class="post-7 post type-post status-publish hentry tag-dusk tag-harbour category-photos">
            <h2>Harbour at dusk</h2><p>The city stands black against the evening sky, and the cranes are still.</p>
            <p>For the camera it was almost too dark, but the picture came out better than I hoped.</p></div></div>
            <div class="widget-area sidebar">\(sidebar)</div>
            <footer><p>Footer note: this blog is written by one person, and the pictures are taken on walks.</p>
            <p>Footer note: the pictures may be shared with a link back to this page and the name of the author.</p></footer></div></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.contains { $0.hasPrefix("The city stands black") }, "\(article.paragraphs)")
        #expect(!article.paragraphs.joined().contains("note"))
    }

    @Test func aReadMoreFoldHoldingMostOfTheStoryIsTheStory() throws {
        // The story's first paragraphs, then a "read-more" fold with the rest: the fold is part of
        // the article, though its class names furniture and the intro comes before it.
        let paragraph = { (n: Int) in "<p>Paragraph \(n): the council met on Tuesday to discuss the budget, which has been delayed twice this year already.</p>" }
        let html = """
            <body><div class="story"><h1>Budget delayed</h1><div class="story-body">\((1...2).map(paragraph).joined())
            <div class="read-more"><a class="read-more-link" href="#">Read more</a>
            <div class="read-more-content">\((3...8).map(paragraph).joined())</div></div></div></div></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.count == 8, "\(article.paragraphs)")
    }

    @Test func aLiveTickersEntriesAreTheArticle() throws {
        // Each minute of the match in its own "comment" block: none of them holds much of the
        // page, but together they are all the page says.
        let minutes = [("90'", "C'est terminé ! Les deux équipes se quittent sur un score nul, après un match très disputé."),
                       ("75'", "Égalisation ! Le défenseur reprend de la tête un corner, et le gardien ne peut rien faire."),
                       ("60'", "But ! L'attaquant part seul au but et trompe le gardien d'une frappe croisée du pied gauche."),
                       ("30'", "Le coup de pied de coin ne donne rien, les défenseurs dégagent le ballon assez loin du but."),
                       ("5'", "Les deux équipes se cherchent en ce début de match, sans prendre beaucoup de risques.")]
        let entries = minutes.map { minute, text in
            "<div class=\"live-match-comment\"><div class=\"live-match-comment-time\">\(minute)</div><div class=\"live-match-comment-body\">\(text)</div></div>"
        }.joined()
        let html = """
            <body><nav><a href=/>Accueil</a> <a href=/foot>Football</a></nav><main><h1>Lorient - Lyon en direct</h1>
            <div class="live-match-comments">\(entries)</div></main>
            <div class="sidebar"><p>Le classement de la semaine, les résultats et le calendrier des prochains matchs à suivre.</p></div></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.contains { $0.hasPrefix("C'est terminé") }, "\(article.paragraphs)")
        #expect(article.paragraphs.contains { $0.hasPrefix("Les deux équipes se cherchent") }, "\(article.paragraphs)")
    }

    @Test func aThreadWhosePostsAreClassedAsCommentsIsReadAsAForum() throws {
        // No URL, no JSON-LD: only the shape says forum. Outside the posts the page has a
        // login prompt; the posts are all it says.
        let posts = ["Hallo, seit dem Update habe ich unterwegs keinen Zugriff mehr auf den App Store, im WLAN geht alles wie gewohnt.",
                     "Schau mal in den Einstellungen nach, ob mobile Daten für den App Store erlaubt sind, das wird beim Update gern zurückgesetzt.",
                     "Danke, das war es tatsächlich! Nach dem Umschalten lädt er die Apps jetzt auch über das Mobilfunknetz herunter.",
                     "Bei mir war es das gleiche Problem, nach dem letzten Update hat es sich dann aber von selbst wieder gegeben."]
        let thread = posts.map { "<div class=\"ForumComment\"><span class=\"ForumCommentName\">nutzer</span><div class=\"ForumCommentText\">\($0)</div></div>" }.joined()
        let html = """
            <body><nav><a href=/>Start</a> <a href=/forum>Forum</a></nav><main><h2>Kein App Store über mobile Daten</h2>
            \(thread)<p>Sie müssen sich anmelden, um an einer Diskussion teilzunehmen.</p></main></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.contains { $0.hasPrefix("Hallo, seit dem Update") }, "\(article.paragraphs)")
        #expect(article.paragraphs.contains { $0.hasPrefix("Danke, das war es") }, "\(article.paragraphs)")
    }

    @Test func aShortPostKeepsItsCommentsOut() throws {
        // A post of a few sentences under a long comment thread is still the article.
        let post = (1...3).map { "<p>Absatz \($0): Der Gemeinderat hat am Dienstag über den Haushalt beraten, der sich in diesem Jahr schon zweimal verzögert hat.</p>" }.joined()
        let comments = (1...8).map { "<li class=\"comment\"><p>Leser \($0): Das ist doch seit Jahren so, und niemand im Rathaus fühlt sich dafür verantwortlich, leider.</p></li>" }.joined()
        let html = """
            <body><article><h1>Haushalt verzögert</h1>\(post)</article><ol class="comment-list">\(comments)</ol></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.count == 3, "\(article.paragraphs)")
        #expect(!article.paragraphs.joined().contains("Leser"))
    }

    @Test func aPageHiddenUntilAScriptRunsIsRead() throws {
        // The whole page under a wrapper a script reveals once it has loaded.
        let html = """
            <head><title>Budget delayed</title></head><body><div style="visibility:hidden;min-height:100vh"><main><h1>Budget delayed</h1>\(Self.councilStory(.english))</main></div></body>
            """
        try expectOnlyTheStory(html, .english)
    }

    @Test func anArticleThatBrokenMarkupNestsInAHiddenMenuIsRead() throws {
        // The submenu's <div> is never closed: a browser closes it at the </li>, libxml2 nests
        // the rest of the page, article included, inside the screen-reader-only submenu.
        let html = """
            <head><title>Budget delayed</title></head><body><header><nav><ul class="menu"><li class="menu-item"><a href="/tickets">Tickets</a>
            <div class="sub-menu visually-hidden-focusable"><ul><li><a href="/tickets/day">Day tickets</a></li></ul>
            </li></ul></nav></header>
            <main><article><h1>Budget delayed</h1>\(Self.councilStory(.english))</article></main>
            <footer><p>Footer note: this site is run by the city's volunteers.</p></footer></body>
            """
        try expectOnlyTheStory(html, .english)
    }

    @Test func readAlsoBoxesAndEarlyEndMatterHeadingsLeaveTheBodyButNotTheArticle() throws {
        let paragraph = { (n: Int) in "<p>Absatz \(n): Der Gemeinderat hat am Dienstag über den Haushalt beraten, der sich in diesem Jahr schon zweimal verzögert hat.</p>" }
        let html = """
            <body><article><h1>Haushalt verzögert</h1>
            <h3>Mehr zum Thema</h3><ul><li><a href=/a>Straßen</a></li><li><a href=/b>Schulen</a></li></ul>
            \(paragraph(1))\(paragraph(2))<h4>Lesen Sie auch</h4><p><a href=/c>Neue Straßen geplant</a></p>
            \(paragraph(3))<h3>Pros</h3>\(paragraph(4))\(paragraph(5))</article></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        let starts: [String] = article.paragraphs.map { String($0.prefix(8)) }
        #expect(starts == ["Absatz 1", "Absatz 2", "Absatz 3", "Pros", "Absatz 4", "Absatz 5"], "\(article.paragraphs)")
    }

    @Test func captionCreditsAndForeignEndMatterLeaveTheBody() throws {
        let story = Self.councilStory(.german)
        let html = """
            <body><article><h1>Haushalt verzögert</h1>
            <figure><img src=a.jpg><figcaption>Das Rathaus am Abend. Foto: Max Mustermann</figcaption></figure>
            \(story)<h2>Mehr zum Thema</h2>
            <div><h3><a href=/a>Neue Straßen für die Stadt</a></h3><p>Die Stadt plant neue Straßen, sagt der Bürgermeister.</p></div>
            <div><h3><a href=/b>Schulen bekommen mehr Geld</a></h3><p>Die Schulen bekommen mehr Geld, sagt die Kämmerin.</p></div>
            </article></body>
            """
        try expectOnlyTheStory(html, .german)
    }

    @Test func captionsClosingWithACopyrightCreditLeaveTheBody() throws {
        // The credit spelt with the sign instead of "Foto:", on a caption that reads as a
        // sentence, on a bare one, and glued to the caption's last word.
        let story = Self.councilStory(.german)
        let html = """
            <body><article><h1>Haushalt verzögert</h1>
            <figure><img src=a.jpg><figcaption>Der Rat hat lange beraten, am Ende ohne Ergebnis. © Max Mustermann / Stadtbild</figcaption></figure>
            <div class="bild">Rathaus © mustermann / Bildagentur</div>
            \(story)
            <figure><img src=b.jpg><figcaption>Die Kämmerin stellt den Entwurf vor, der zweimal verschoben wurde.© Erika Musterfrau</figcaption></figure>
            </article></body>
            """
        try expectOnlyTheStory(html, .german)
    }

    @Test func copyrightLinesWithAYearAndSentencesWithTheSignStay() {
        // A year after the sign is a copyright line, not a photographer; a long run after it is a sentence.
        #expect(!BoilerplatePhrases.endsWithPhotoCredit(Array("why do i bother. © 2002, 2003 jane doe".utf8)))
        #expect(!BoilerplatePhrases.endsWithPhotoCredit(Array("this is no manifesto™© we just think it is pretty cool to share what we learned".utf8)))
        #expect(BoilerplatePhrases.endsWithPhotoCredit(Array("der hafen am abend. © jane doe / dpa".utf8)))
        #expect(!BoilerplatePhrases.endsWithPhotoCredit(Array("der hafen am abend ©".utf8)))
    }

    @Test func disclaimersLicencesAndForeignRightsNoticesLeaveTheBody() throws {
        let story = Self.councilStory(.german)
        let html = """
            <body><article><h1>Haushalt verzögert</h1>
            <p>Für Links auf dieser Seite erhält das Stadtblatt eine Provision vom Händler, etwa für solche mit Stern.</p>
            \(story)
            <p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p>
            <p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.</p>
            <p>Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zum Videodienst her.</p>
            <p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie za zgodą wydawcy.</p>
            </article></body>
            """
        try expectOnlyTheStory(html, .german)
    }

    @Test func feedbackPromptsAndAuthorBoxesLeaveTheBody() throws {
        let story = Self.councilStory(.german)
        let html = """
            <body><article><h1>Haushalt verzögert</h1>
            \(story)<div>War der Artikel nützlich?</div><div>Möchten Sie den Artikel teilen?</div>
            <h4>Autoren: Max Mustermann</h4><p>Max Mustermann schreibt seit vielen Jahren über die Stadt und ihre Finanzen.</p>
            </article></body>
            """
        try expectOnlyTheStory(html, .german)
    }

    @Test func commentFormLoginPromptsLeaveTheBody() throws {
        let story = Self.councilStory(.german)
        let html = """
            <body><article><h1>Haushalt verzögert</h1>
            \(story)<p>Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.</p>
            <p>Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.</p>
            <p>You must be logged in to post a comment.</p></article></body>
            """
        try expectOnlyTheStory(html, .german)
        // A sentence about logging in is not the prompt.
        let account = "<p>To share the keyboard, both devices must be logged in to the same account, and Bluetooth must be on.</p>"
        let page = try ArticleExtractor().extract(RawPage(text: "<body><article><h1>Keyboard sharing</h1>\(account)</article></body>", format: .html))
        #expect(page.paragraphs.count == 1, "\(page.paragraphs)")
    }

    @Test func postMetaLinesAndNewsletterBoxesLeaveTheBody() throws {
        let story = Self.councilStory(.german)
        let html = """
            <body><article><h1>Haushalt verzögert</h1>\(story)
            <p>Die wichtigsten Nachrichten aus der Stadt jeden Morgen direkt in dein Postfach!</p>
            <p>War der Artikel nützlich? (95 Stimmen, Durchschnitt: 4,7 von 5)</p>
            <p>Veröffentlicht unter Allgemein, Stadtrat | 1 Kommentar</p>
            </article></body>
            """
        try expectOnlyTheStory(html, .german)
    }

    @Test func donationAppealsLeaveTheBody() throws {
        let story = Self.councilStory(.english)
        let html = """
            <body><article><h1>Budget delayed</h1>\(story)
            <p>We rely on your support to keep local news free for everyone. Donate today, it only takes a minute.</p>
            </article></body>
            """
        try expectOnlyTheStory(html, .english)
    }

    enum StoryLanguage {
        case german, english
        /// How each of the story's paragraphs opens.
        var opening: String { self == .german ? "Absatz" : "Paragraph" }
    }

    /// Five paragraphs of a council story ("Absatz 1: ...", "Paragraph 1: ..."), the article the
    /// end-matter tests put furniture around.
    static func councilStory(_ language: StoryLanguage) -> String {
        (1...5).map { n in
            switch language {
            case .german: "<p>\(language.opening) \(n): Der Gemeinderat hat am Dienstag über den Haushalt beraten, der sich in diesem Jahr schon zweimal verzögert hat.</p>"
            case .english: "<p>\(language.opening) \(n): The council met on Tuesday to discuss the budget, which has been delayed twice this year.</p>"
            }
        }.joined()
    }

    /// The body of `html` is the story's five paragraphs and nothing else.
    func expectOnlyTheStory(_ html: String, _ language: StoryLanguage) throws {
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.count == 5, "\(article.paragraphs)")
        #expect(article.paragraphs.allSatisfy { $0.hasPrefix(language.opening) })
    }

    @Test func blockFeatures() throws {
        let page = try #require(HTMLParser.parse("<p>The cat sat on the mat, and it was happy.</p><p><a href=/>Home</a> <a href=/n>News</a></p>"))
        let prose = BlockFeatures(page.blocks[0])
        let links = BlockFeatures(page.blocks[1])
        #expect(prose.words == 10 && prose.isProse && !prose.isLinkList)
        #expect(links.isLinkList && !links.isProse)
    }

    static let page = """
        <body><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World news and more</a></li></ul></nav>
        <div class="main"><div class="story"><h1>Budget delayed</h1>
        <p>The council met on Tuesday to discuss the budget, which has been delayed twice this year.</p>
        <div class="share"><a href=/s>Share this</a></div>
        <p>Members said the delay was caused by a dispute over road repairs and school funding.</p>
        <h2>What happens next</h2><p>A new vote is planned for next month, officials said on Wednesday.</p></div>
        <div class="comments"><p>I think the council is doing a terrible job with the money, as usual.</p></div></div>
        <footer><p>Copyright the Site, all rights reserved, and more text here for the footer.</p></footer></body>
        """

    @Test func containerIsTheStoryNotThePage() throws {
        let outline = try outline(Self.page)
        let container = ContainerSelection.select(outline)
        #expect(outline.parsed.nodes[container].hints == "story")
    }

    @Test func bodyKeepsProseAndHeadingsInOrderWithoutBoilerplate() throws {
        let outline = try outline(Self.page)
        let paragraphs = BodySelection.paragraphs(outline, container: ContainerSelection.select(outline), title: "Budget delayed")
        #expect(paragraphs == [
            "The council met on Tuesday to discuss the budget, which has been delayed twice this year.",
            "Members said the delay was caused by a dispute over road repairs and school funding.",
            "What happens next",
            "A new vote is planned for next month, officials said on Wednesday.",
        ])
    }

    @Test func titlePrefersCleanSources() {
        #expect(TitleSelection.select(ogTitle: nil, headline: nil, h1: nil, documentTitle: "Budget delayed | The Site", siteName: "The Site")?.title == "Budget delayed")
        #expect(TitleSelection.select(ogTitle: "Budget delayed - The Site", headline: nil, h1: nil, documentTitle: nil, siteName: "The Site")?.title == "Budget delayed")
        #expect(TitleSelection.select(ogTitle: "The shown headline, SEO version", headline: nil, h1: "Shown headline", documentTitle: "T", siteName: nil)?.source == .heading)
        #expect(TitleSelection.select(ogTitle: "Plumbing services in Leeds", headline: nil, h1: "We are here for you", documentTitle: nil, siteName: nil)?.title == "Plumbing services in Leeds")
        #expect(TitleSelection.select(ogTitle: nil, headline: "Headline", h1: nil, documentTitle: "T", siteName: nil)?.source == .jsonLD)
        #expect(TitleSelection.stripSiteName("Spider-Man - the review of the year", siteName: "Films") == "Spider-Man - the review of the year")
    }

    @Test func metaDates() {
        #expect(MetaDate.normalise("2024-03-05") == "2024-03-05")
        #expect(MetaDate.normalise("2024-03-05T10:20:30+01:00") == "2024-03-05T10:20:30+01:00")
        #expect(MetaDate.normalise("Tue, 05 Mar 2024 10:00:00 GMT") == "2024-03-05")
        #expect(MetaDate.normalise("March 5, 2024") == "2024-03-05")
        #expect(MetaDate.normalise("05.03.2024") == "2024-03-05")
        #expect(MetaDate.normalise("20240305") == "2024-03-05")
        #expect(MetaDate.normalise("2024-02-30") == nil)
        #expect(MetaDate.normalise("yesterday") == nil)
        #expect(MetaDate.normalise("Thu, 09/25/2025 - 11:38") == "2025-09-25")
        #expect(MetaDate.normalise("Tue Jan 28 15:28:56 CET 2020") == "2020-01-28")
        #expect(MetaDate.normalise("1970-01-01T01:00:00+01:00") == nil)
    }

    @Test func structuredDataFindsTheArticleInAGraph() {
        let data = StructuredData(scripts: ["""
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":["NewsArticle"],"headline":"H","datePublished":"2024-01-02T03:04:05Z",
              "author":[{"@type":"Person","name":"A B"},{"name":"C D"}],"publisher":{"name":"Pub"},
              "keywords":"x, y","image":{"url":"https://i/1.jpg"},"articleBody":"Body"}]}
            """, "not json"])
        #expect(data.types == ["website", "newsarticle"])
        #expect(data.headline == "H")
        #expect(data.authors == ["A B", "C D"])
        #expect(data.publisher == "Pub")
        #expect(data.keywords == ["x", "y"])
        #expect(data.image == "https://i/1.jpg")
        #expect(data.articleBody == "Body")
    }

    /// A Brazilian site's articleBody held its HTML escaped twice: the body began
    /// "&lt;p class=&quot;texto&quot;&gt;Em busca de uma solu&amp;ccedil;&amp;atilde;o" and its keyphrases
    /// were "quot", "amp", "p class". Another's held plain HTML ("<p>…<strong>CNTC</strong></p>").
    @Test func articleBodyHoldingMarkupIsReadAsHTML() throws {
        let t = HTMLTunables()
        #expect(StructuredBody.plainText("<p>Primeiro parágrafo com <strong>negrito</strong>.</p><p>Segundo.</p>", t)
                == "Primeiro parágrafo com negrito.\nSegundo.")
        #expect(StructuredBody.plainText("&lt;p class=&quot;texto&quot;&gt;Em busca de uma solu&amp;ccedil;&amp;atilde;o.&lt;/p&gt;", t)
                == "Em busca de uma solução.")
        // Plain text stays as it is, "<" and "&" in prose included.
        let prose = "Profits rose 5% & costs fell; x < 3 held.\nA second line."
        #expect(StructuredBody.plainText(prose, t) == prose)

        let paragraph = "Em busca de uma solu&amp;ccedil;&amp;atilde;o para a crise entre os Poderes, o presidente do Senado se reuniu na tarde de ontem com o presidente do Supremo, num encontro de mais de duas horas."
        let body = Array(repeating: "&lt;p class=&quot;texto&quot;&gt;\(paragraph)&lt;/p&gt;", count: 4).joined()
        let html = """
            <html><head><title>Trégua</title><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Trégua","articleBody":"\(body)"}
            </script></head><body><h1>Trégua</h1><p>Assine já.</p></body></html>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.allSatisfy { $0.hasPrefix("Em busca de uma solução para a crise") })
        #expect(!article.body.contains("&") && !article.body.contains("<"))
    }

    @Test func authorNamesAreCleaned() {
        #expect(AuthorNames.clean(["By Jane Doe | Updated May 5", "jane doe", "https://x/jane"], siteName: nil) == ["Jane Doe"])
        #expect(AuthorNames.clean(["Brian Truitt, USA TODAY"], siteName: "USA TODAY") == ["Brian Truitt"])
        #expect(AuthorNames.clean(["Maria &amp; Katerina"], siteName: nil) == ["Maria & Katerina"])
        #expect(AuthorNames.clean(["Sofia Gonzalez December 2, 2025"], siteName: nil) == ["Sofia Gonzalez"])
        #expect(AuthorNames.clean(["Brian May"], siteName: nil) == ["Brian May"])
    }

    @Test func dateLineAndBylineNearTheHeadline() throws {
        let outline = try outline("<body><h1>Title here</h1><div class='meta'>By Jane Doe</div><span>Updated March 5, 2024</span><p>Body text follows here, with words.</p></body>")
        let h1 = outline.parsed.blocks.indices.first
        let line = try #require(HTMLDateLine.find(outline, headline: h1, container: 0))
        #expect(line.date == "2024-03-05" && line.isUpdate)
        #expect(Byline.find(outline, headline: h1, container: 0) == "By Jane Doe")
    }

    @Test func dateLineTakesItsFirstDateWithThatDatesLabel() throws {
        let outline = try outline("<body><h1>Title here</h1><span>Published on Oct 21, 2025 · Updated on Mar 9, 2026</span><p>Body text follows here, with words.</p></body>")
        let line = try #require(HTMLDateLine.find(outline, headline: 0, container: 0))
        #expect(line.date == "2025-10-21" && !line.isUpdate)
    }

    @Test func relatedTeasersComeFromRelatedBlocks() throws {
        let outline = try outline(Self.page + """
            <div class="related-posts"><a href="/a">Council approves the new school budget plan</a>
            <a href="#top">Back to the top of this page</a><a href="/b">Short</a></div>
            """)
        #expect(RelatedTeasers.collect(outline) == [RelatedTeaser(title: "Council approves the new school budget plan", url: "/a")])
    }

    @Test func pageTypes() {
        #expect(PageTypeClassifier.classify(jsonLDTypes: ["product"], ogType: nil, bodyWords: 500, linkListWords: 0, hasPublishedDate: false) == .product)
        #expect(PageTypeClassifier.classify(jsonLDTypes: ["discussionforumposting"], ogType: "article", bodyWords: 500, linkListWords: 0, hasPublishedDate: true) == .forum)
        #expect(PageTypeClassifier.classify(jsonLDTypes: [], ogType: "article", bodyWords: 50, linkListWords: 0, hasPublishedDate: false) == .article)
        #expect(PageTypeClassifier.classify(jsonLDTypes: [], ogType: nil, bodyWords: 40, linkListWords: 900, hasPublishedDate: false) == .listing)
        #expect(PageTypeClassifier.declared(jsonLDTypes: [], url: "https://community.example.org/t/some-topic/123") == .forum)
        #expect(PageTypeClassifier.declared(jsonLDTypes: [], url: "https://docs.example.com/guide/start") == .documentation)
        #expect(PageTypeClassifier.declared(jsonLDTypes: [], url: "https://news.example.com/2024/05/story") == nil)
    }
}
