import HTMLParser
import Testing
@testable import Extraction
import TextCore

/// Where an HTML body starts and ends: what sits around the article inside its container.
@Suite struct BodyBoundaryTests {
    /// Four long paragraphs (over `HTMLTunables.teaserSummaryMaxWords` each), "Absatz 1: ...".
    static let story = (1...4).map { n in
        "<p>Absatz \(n): Der Gemeinderat hat am Dienstag lange über den Haushalt beraten, der sich in diesem Jahr schon zweimal verzögert hat, weil sich die Fraktionen nicht über die Sanierung der Straßen und die Ausstattung der Schulen einigen konnten.</p>"
    }.joined()

    /// Headline links with one sentence under each, as sites close an article with them.
    static let teasers = [("a", "Neue Straßen für die ganze Stadt", "Die Stadt plant neue Straßen, sagt der Bürgermeister."),
                          ("b", "Schulen bekommen bald mehr Geld", "Die Schulen bekommen mehr Geld, sagt die Kämmerin."),
                          ("c", "Das Freibad öffnet wieder im Mai", "Nach der Sanierung ist das Bad wieder offen, heißt es."),
                          ("d", "Der Marktplatz wird zur Fußgängerzone", "Autos müssen draußen bleiben, beschließt der Rat.")]
        .map { "<div><h3><a href=/\($0.0)>\($0.1)</a></h3><p>\($0.2)</p></div>" }.joined()

    @Test func aTeaserGridAfterTheArticleLeavesTheBody() throws {
        // "Aus der Region" is no end-matter heading the phrase list knows: the grid's shape ends the article.
        let html = "<body><article><h1>Haushalt verzögert</h1>\(Self.story)<h2>Aus der Region</h2>\(Self.teasers)</article></body>"
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.map { String($0.prefix(8)) } == ["Absatz 1", "Absatz 2", "Absatz 3", "Absatz 4"], "\(article.paragraphs)")
    }

    @Test func aListingOfTeasersKeepsItsTeasers() throws {
        // No article above the grid: the teasers are the page.
        let html = "<body><main><h1>Nachrichten aus der Stadt</h1>\(Self.teasers)</main></body>"
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.contains("Die Schulen bekommen mehr Geld, sagt die Kämmerin."), "\(article.paragraphs)")
    }

    @Test func aShortArticleUnderItsHeadlineIsNotTheSidebarsNewsList() throws {
        // Two short paragraphs right under the headline; the site's news list beside them holds
        // more teaser words than the article has. Read as a listing (the menu makes the whole
        // page a poor container), the page would be the list.
        let news = (1...12).map { "<li><a href=/n\($0)>Der Stadtrat berät über die Sanierung der Brücke Nummer \($0)</a></li>" }.joined()
        let menu = (1...30).map { "<li><a href=/m\($0)>Rubrik Nummer \($0)</a></li>" }.joined()
        let html = """
            <body><nav><ul>\(menu)</ul></nav><div class="page"><h1>Brücke wird gesperrt</h1>
            <div class="text"><p>Die alte Brücke am Hafen wird ab Montag für drei Wochen gesperrt, teilte die Stadt mit.</p>
            <p>Fußgänger können die Fähre nehmen, die in dieser Zeit jede halbe Stunde fährt.</p></div></div>
            <div class="column"><h2>Nachrichten</h2><ul>\(news)</ul></div></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs == ["Die alte Brücke am Hafen wird ab Montag für drei Wochen gesperrt, teilte die Stadt mit.",
                                       "Fußgänger können die Fähre nehmen, die in dieser Zeit jede halbe Stunde fährt."], "\(article.paragraphs)")
    }

    @Test func theDateLineAboveTheArticleIsNotItsText() throws {
        // The date line and the update line between headline and text are the article's
        // metadata; the standfirst (no date) stays, and a date inside the text stays.
        let html = """
            <body><article><h1>Haushalt verzögert</h1><div class="dt">Donnerstag, 31. Mai 2012</div>
            <div class="upd">Aktualisiert: 01.06.2012, 10:27</div><div class="lead">Der Rat vertagt sich erneut</div>
            \(Self.story)<p>Die nächste Sitzung ist am 14. Juni 2012.</p></article></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.first == "Der Rat vertagt sich erneut", "\(article.paragraphs)")
        #expect(article.paragraphs.last == "Die nächste Sitzung ist am 14. Juni 2012.", "\(article.paragraphs)")
        #expect(!article.paragraphs.contains { $0.contains("31. Mai 2012") || $0.contains("Aktualisiert") }, "\(article.paragraphs)")
    }

    @Test func aDatedHeadingOrBylineAboveTheArticleStays() throws {
        let html = """
            <body><article><h1>Haushalt verzögert</h1><h2>Wahl am 14. Juni 2012 verschoben</h2>
            <div class="by">Von Anna Muster, 31.05.2012</div>\(Self.story)</article></body>
            """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs.first == "Wahl am 14. Juni 2012 verschoben", "\(article.paragraphs)")
        #expect(article.paragraphs.dropFirst().first == "Von Anna Muster, 31.05.2012", "\(article.paragraphs)")
    }

    @Test func aReferenceListAfterTheArticleStays() throws {
        // Each reference is a list item holding its link, then the rest of the citation (as
        // Wikipedia's read): a link and a sentence, but no teaser grid.
        let references = (1...4).map { n in
            "<li><a href=/r\(n)>Doe, Jane (2013). Der Haushalt der Stadt im Jahr \(n)</a><div>. Stadtblatt, abgerufen am \(n). Mai 2015, mit einem Nachtrag.</div></li>"
        }.joined()
        let html = "<body><article><h1>Haushalt verzögert</h1>\(Self.story)<ol>\(references)</ol></article></body>"
        let outline = PageOutline(try #require(HTMLParser.parse(html)))
        let paragraphs = BodySelection.paragraphs(outline, container: ContainerSelection.select(outline), title: "Haushalt verzögert")
        #expect(paragraphs.count == 12 && paragraphs.last?.hasPrefix(". Stadtblatt, abgerufen am 4.") == true, "\(paragraphs)")
    }
}
