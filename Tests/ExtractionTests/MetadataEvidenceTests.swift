import Testing
@testable import Extraction
import TextCore

/// Titles, dates and authors chosen on the page's evidence (issue 8, item 5).
@Suite struct MetadataEvidenceTests {
    static let story = """
        <p>The council met on Tuesday to discuss the budget, which has been delayed twice this year because of disputes.</p>
        <p>Members said the delay was caused by a dispute over road repairs and school funding in the district.</p>
        """

    func extract(_ head: String, _ body: String, url: String? = nil) throws -> Article {
        try ArticleExtractor().extract(RawPage(text: "<html><head>\(head)</head><body>\(body)</body></html>", format: .html, sourceURL: url))
    }

    // Dates

    @Test(arguments: [
        ("<meta name=\"OriginalPublicationDate\" content=\"2020/02/10 12:00:00\"><meta property=\"article:published_time\" content=\"2021-01-01\">", "2020-02-10"),
        ("<meta name=\"rnews:datePublished\" content=\"2019-03-04\">", "2019-03-04"),
        ("<meta name=\"article_date_original\" content=\"2018-05-06\">", "2018-05-06"),
        ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":1577836800}</script>", "2020-01-01"),
        ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"1577836800000\"}</script>", "2020-01-01"),
    ])
    func readsTheOtherDateSources(head: String, iso: String) throws {
        let article = try extract(head, "<article><h1>Budget delayed</h1>\(Self.story)</article>")
        #expect(article.publishedAt?.prefix(10) == Substring(iso))
    }

    @Test func dayMonthOrderComesFromThePageLocale() throws {
        let body = "<article><h1>Budget delayed</h1><p class=\"date\">02/10/2020</p>\(Self.story)</article>"
        #expect(try extract("<meta property=\"og:locale\" content=\"en_GB\">", body).publishedAt == "2020-10-02")
        #expect(try extract("<meta property=\"og:locale\" content=\"en_US\">", body).publishedAt == "2020-02-10")
        #expect(try extract("", body, url: "https://news.example.co.uk/budget").publishedAt == "2020-10-02")
    }

    /// "10/05/2022 05:22 pm" on a page whose own modified time says 2022-05-10.
    @Test func dayMonthOrderComesFromThePagesOtherDates() throws {
        let head = "<meta property=\"article:modified_time\" content=\"2022-05-10T17:22:00\">"
        let body = "<article><h1>Budget delayed</h1><p class=\"date\">10/05/2022 05:22 pm</p>\(Self.story)</article>"
        let article = try extract(head, body)
        #expect(article.publishedAt == "2022-05-10")
        #expect(article.modifiedAt?.hasPrefix("2022-05-10") == true)
    }

    @Test func dateOrderEvidence() {
        #expect(DateOrder.fromDates(["Posted 25/12/2024"]) == .dayFirst)
        #expect(DateOrder.fromDates(["12/25/2024"]) == .monthFirst)
        #expect(DateOrder.fromDates(["01/02/2024"]) == nil)
        #expect(DateOrder.fromLocale("es-ES") == .dayFirst)
        #expect(DateOrder.fromLocale("en") == nil)
        #expect(DateOrder.fromHost("www.example.com") == nil)
        #expect(DateOrder.fromHost("www.lanacion.com.ar") == .dayFirst)
        #expect(DateOrder.fromWrittenDates(["A guide to sake - 3 October 2023", "Tasting notes - 12. Oktober 2023"]) == .dayFirst)
        #expect(DateOrder.fromWrittenDates(["October 3, 2023", "Oct 12 2023 by the editors"]) == .monthFirst)
        // A full date only: "may 3" in prose, a month and a year, a tie say nothing.
        #expect(DateOrder.fromWrittenDates(["you may 3 times a day", "October 2023"]) == nil)
        #expect(DateOrder.fromWrittenDates(["3 October 2023", "October 4, 2023"]) == nil)
        #expect(CalendarDate(unixTimestamp: "1577836800")?.iso == "2020-01-01")
        #expect(CalendarDate(unixTimestamp: "15778368001") == nil)
    }

    /// A page with no locale region and a generic domain writes "03/10/2023" the way it writes
    /// its other dates: "3 October 2023" in its sidebar makes it 3 October.
    @Test func writtenOutDatesGiveTheSlashOrder() throws {
        let sidebar = "<aside><ul><li><a href=\"/b/1\">Sake careers</a> - 3 October 2023</li><li><a href=\"/b/2\">Rosé</a> - 29 September 2023</li></ul></aside>"
        let page = "<html lang=\"en\"><head></head><body><article><h1>How many wine styles are there?</h1><p>03/10/2023</p>\(Self.story)</article>\(sidebar)</body></html>"
        let article = try ArticleExtractor().extract(RawPage(text: page, format: .html, sourceURL: "https://www.example.com/blog/wine-styles"))
        #expect(article.publishedAt == "2023-10-03")
        let american = page.replacingOccurrences(of: "3 October 2023", with: "October 3, 2023")
            .replacingOccurrences(of: "29 September 2023", with: "September 29, 2023")
        #expect(try ArticleExtractor().extract(RawPage(text: american, format: .html, sourceURL: "https://www.example.com/blog/wine-styles")).publishedAt == "2023-03-10")
    }

    /// A date range beside the headline dates what the article reports on, not the article; a
    /// time or a count after a date is no range.
    @Test(arguments: [
        ("<p>14. - 20. Januar 2022</p><p>Anna Muster, 21.01.2022</p>", "2022-01-21"),
        ("<p>Gesperrt vom 24. April bis 2. Oktober 2017</p><p>Anna Muster, 07.09.2017</p>", "2017-09-07"),
        ("<p>Sale results (2020/7/11-12)</p><p>2020/07/13</p>", "2020-07-13"),
        ("<p>20.01.2022 - 10.30 Uhr</p>", "2022-01-20"),
        ("<p>14:30 - 20.01.2022</p>", "2022-01-20"),
        ("<p>12. Januar 2022 - 3 Kommentare</p>", "2022-01-12"),
    ])
    func aDateRangeIsNoDateLine(lines: String, iso: String) throws {
        let article = try extract("", "<article><h1>Wochenbericht Lawinen</h1>\(lines)\(Self.story)</article>")
        #expect(article.publishedAt == iso)
    }

    @Test func aDateOpeningTheFirstParagraphDatesThePage() throws {
        let article = try extract("", "<article><h1>Gedenken</h1><p>27.1.2022 - Bei der Gedenkfeier am Donnerstag sprachen Vertreterinnen der Stadt und des Vereins über die Geschichte.</p>\(Self.story)</article>")
        #expect(article.publishedAt == "2022-01-27")
    }

    /// Templates leave raw line breaks inside JSON-LD strings and stray braces after the object;
    /// the first complete value is still read.
    @Test(arguments: [
        "{\"@type\":\"NewsArticle\",\"headline\":\"Budget\ndelayed\",\"datePublished\":\"2020-10-26T18:10:00+01:00\"}",
        "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-10-26T18:10:00+01:00\",\"publisher\":{\"name\":\"A}\"}}\n}",
    ])
    func sloppyJSONLDIsStillRead(script: String) throws {
        let article = try extract("<script type=\"application/ld+json\">\(script)</script>", "<article><h1>Budget delayed</h1>\(Self.story)</article>")
        #expect(article.publishedAt == "2020-10-26T18:10:00+01:00")
        #expect(StructuredData.parse("{\"a\": [1, 2}") == nil)
    }

    /// JSON-LD wrapped in a CDATA section or an HTML comment is read, and its declared date
    /// wins over the modification shown beside the headline.
    @Test(arguments: [
        "<![CDATA[ {\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10T14:15:42+00:00\"} ]]>",
        "//<![CDATA[\n[{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10T14:15:42+00:00\"}]\n//]]>",
        "<!-- {\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10T14:15:42+00:00\"} -->",
    ])
    func wrappedJSONLDIsRead(script: String) throws {
        let body = "<article><h1>Budget delayed</h1><p class=\"date\">January 7, 2025</p>\(Self.story)</article>"
        let article = try extract("<script type=\"application/ld+json\">\(script)</script>", body)
        #expect(article.publishedAt == "2020-07-10T14:15:42+00:00")
        #expect(article.sources[.publishedAt] == .jsonLD)
        #expect(StructuredData.parse("<![CDATA[ ]]>") == nil)
    }

    /// A UTC instant is the publisher's local day when the page writes that day elsewhere
    /// (URL, a value with a local offset, the shown date) and some UTC offset joins the two.
    @Test func utcInstantIsReadAsTheLocalDayThePageWrites() throws {
        let late = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-09T01:09:55Z\"}</script>"
        let body = "<article><h1>Budget delayed</h1>\(Self.story)</article>"
        let fromURL = try extract(late + "<link rel=\"canonical\" href=\"https://news.example.com/2023/11/08/budget/\">", body)
        #expect(fromURL.publishedAt == "2023-11-08")
        #expect(fromURL.sources[.publishedAt] == .url)
        let fromOffset = try extract(late + "<meta name=\"sailthru.date\" content=\"2023-11-08 20:09:55\">", body)
        #expect(fromOffset.publishedAt == "2023-11-08")
        // The shown date can confirm the instant's day, but not move it: it may be another date.
        let shown = try extract(late, "<article><h1>Budget delayed</h1><p class=\"date\">November 8, 2023</p>\(Self.story)</article>")
        #expect(shown.publishedAt == "2023-11-09T01:09:55Z")
        let confirmed = try extract(late + "<link rel=\"canonical\" href=\"https://news.example.com/2023/11/08/budget/\">",
                                    "<article><h1>Budget delayed</h1><p class=\"date\">November 9, 2023</p>\(Self.story)</article>")
        #expect(confirmed.publishedAt == "2023-11-09T01:09:55Z")
        // Nothing else dates the page: the instant stays as it is.
        #expect(try extract(late, body).publishedAt == "2023-11-09T01:09:55Z")
        // 14:00 UTC is 8 November nowhere: the URL's other day is not this instant.
        let afternoon = "<meta property=\"article:published_time\" content=\"2023-11-09T14:00:00+00:00\">"
        #expect(try extract(afternoon + "<link rel=\"canonical\" href=\"https://news.example.com/2023/11/08/budget/\">", body)
            .publishedAt == "2023-11-09T14:00:00+00:00")
        // An instant with a local offset is already the local day.
        let local = "<meta property=\"article:published_time\" content=\"2023-11-09T01:09:55+01:00\">"
        #expect(try extract(local + "<link rel=\"canonical\" href=\"https://news.example.com/2023/11/08/budget/\">", body)
            .publishedAt == "2023-11-09T01:09:55+01:00")
    }

    /// Dublin Core's page `date` is often the day the page was generated: the date shown beside
    /// the headline overrules it, but not a declared publication date.
    @Test func shownDateOverrulesAGenericPageDate() throws {
        let body = "<article><h1>Neue Präsidentin gewählt</h1><p>Erschienen am: 13.10.2021</p>\(Self.story)</article>"
        let generic = try extract("<meta name=\"date\" content=\"2021-10-15\">", body)
        #expect(generic.publishedAt == "2021-10-13")
        #expect(generic.sources[.publishedAt] == .dateline)
        let declared = try extract("<meta property=\"article:published_time\" content=\"2021-10-15\">", body)
        #expect(declared.publishedAt == "2021-10-15")
        // A page-wide first <time> (a sidebar's) is no better than a page date.
        let sidebar = "<aside><time datetime=\"2009-04-11\">11. April 2009</time></aside>"
        #expect(try extract("", body + sidebar).publishedAt == "2021-10-13")
    }

    /// A `<time class="published">` may be a sidebar's: the URL's own date comes first.
    @Test func urlDateComesBeforeAPublicationTimeElement() throws {
        let sidebar = "<aside><ul><li><time class=\"published updated\" datetime=\"2009-04-11 18:06:36\">11. April 2009</time></li></ul></aside>"
        let page = "<article><h1>Alte Geräte entlöten</h1>\(Self.story)</article>" + sidebar
        let article = try extract("<link rel=\"canonical\" href=\"https://www.example.de/2019/10/22/entloeten/\">", page)
        #expect(article.publishedAt == "2019-10-22")
        #expect(article.sources[.publishedAt] == .url)
        #expect(try extract("", page).publishedAt == "2009-04-11T18:06:36")
    }

    /// A page that shows readers only its last change, unlabelled beside the headline, is dated
    /// by what it shows when it writes the declared publication day nowhere; the declared
    /// modification stays as it is.
    @Test func shownModificationDatesAPageThatHidesItsPublication() throws {
        let head = "<meta property=\"article:published_time\" content=\"2021-11-29T14:13:37+01:00\"><meta property=\"article:modified_time\" content=\"2022-01-12T14:27:30+01:00\">"
        let shown = try extract(head, "<article><h1>Fühlen Fische Schmerzen?</h1><p>Anna Muster 12.01.2022</p>\(Self.story)</article>")
        #expect(shown.publishedAt == "2022-01-12")
        #expect(shown.sources[.publishedAt] == .dateline)
        #expect(shown.modifiedAt == "2022-01-12T14:27:30+01:00")
    }

    /// The declared publication stays when the page keeps the two dates apart itself: it also
    /// writes the publication day, it labels the shown date an update or the publication, the
    /// "modification" comes before the publication, or the publication is the URL's day.
    @Test(arguments: [
        // The first publication is written further down.
        ("<p>Anna Muster 12.01.2022</p>", "<p>Erstmals erschienen am 29.11.2021</p>", "2021-11-29T14:13:37+01:00",
         "2022-01-12T14:27:30+01:00", nil as String?, "2021-11-29T14:13:37+01:00"),
        // Labelled an update: the page says what it is.
        ("<p>Aktualisiert: 12.01.2022</p>", "", "2021-11-29T14:13:37+01:00", "2022-01-12T14:27:30+01:00", nil, "2021-11-29T14:13:37+01:00"),
        // Labelled the publication: a disagreement of clocks, not a re-dated page.
        ("<p>Veröffentlicht: 12.01.2022</p>", "", "2021-11-29T14:13:37+01:00", "2022-01-12T14:27:30+01:00", nil, "2021-11-29T14:13:37+01:00"),
        // A modification before the publication is a broken record.
        ("<p>Anna Muster 20.11.2021</p>", "", "2021-11-29T14:13:37+01:00", "2021-11-20T09:00:00+01:00", nil, "2021-11-29T14:13:37+01:00"),
        // The URL's day is written once and never re-dated.
        ("<p>Anna Muster 12.01.2022</p>", "", "", "2022-01-12T14:27:30+01:00", "https://www.example.de/2021/11/29/fische/", "2021-11-29"),
    ])
    func declaredPublicationStaysWhenThePageKeepsTheDatesApart(line: String, tail: String, published: String, modified: String,
                                                              url: String?, expected: String) throws {
        var head = "<meta property=\"article:modified_time\" content=\"\(modified)\">"
        if !published.isEmpty { head += "<meta property=\"article:published_time\" content=\"\(published)\">" }
        let article = try extract(head, "<article><h1>Fühlen Fische Schmerzen?</h1>\(line)\(Self.story)\(tail)</article>", url: url)
        #expect(article.publishedAt == expected)
        #expect(article.modifiedAt == modified)
    }

    /// A date line whose places or author are links is still a date line; a teaser list's linked
    /// dates are not (the page-source scan may still read one as its last resort).
    @Test func dateInALinkListCountsWhenItIsNotLinked() throws {
        let line = "<div><span>07.11.2023</span> <a href=\"/c/ormalingen\">Ormalingen</a>, <a href=\"/c/baselbiet\">Baselbiet</a></div>"
        #expect(try extract("", "<div><h1>Gute Löhne alleine reichen nicht</h1>\(line)\(Self.story)</div>").publishedAt == "2023-11-07")
        let teaser = "<div><a href=\"/a/1\">10.11.2021</a></div><div><a href=\"/a/1\">Geflüchtete in Belarus</a></div>"
        #expect(try extract("", "<div><h1>Gute Löhne alleine reichen nicht</h1>\(Self.story)\(teaser)</div>").sources[.publishedAt] != .dateline)
    }

    /// A post's footer sentence with the label after the date dates an otherwise undated page;
    /// a participle far from the date, or an adjective in prose, is no label, and a page its
    /// metadata dates keeps that date.
    @Test func footerSentenceWithTheLabelAfterTheDate() throws {
        let footer = "<p class=\"postmetadata\">Dieser Eintrag wurde am Montag, 7. Juni 2010 um 21:40 Uhr gepostet und unter Allgemein abgelegt.</p>"
        let post = "<div><h1>Ein Abend im Stadtpark</h1>\(Self.story)\(footer)</div>"
        let article = try extract("", post)
        #expect(article.publishedAt == "2010-06-07")
        #expect(article.sources[.publishedAt] == .dateline)
        #expect(try extract("<meta property=\"article:published_time\" content=\"2010-06-08T10:00:00+02:00\">", post).publishedAt?.hasPrefix("2010-06-08") == true)
        let prose = "<p>Die am 7. Juni 2010 veröffentlichte Studie der Stadtverwaltung hat viel Aufsehen erregt und wurde gestern zum zweiten Mal veröffentlicht.</p>"
        #expect(try extract("", "<div><h1>Ein Abend im Stadtpark</h1>\(Self.story)\(prose)</div>").sources[.publishedAt] != .dateline)
    }

    /// "31.10.23" beside a headline is a date; two-digit years are read nowhere else.
    @Test func twoDigitYearBesideTheHeadline() throws {
        let article = try extract("", "<article><h1>Grab-Bote fliegt nach Singapur</h1><p>Von: Björn Jahner | 31.10.23</p>\(Self.story)</article>")
        #expect(article.publishedAt == "2023-10-31")
        #expect(MetaDate.normalise("31.10.23") == nil)
    }

    // Authors

    @Test(arguments: ["Donnerstag", "Von", "By", "Par", "Mai 2021", "Published"])
    func nonNamesAreNoAuthors(author: String) throws {
        let article = try extract("<meta name=\"author\" content=\"\(author)\">", "<article><h1>Budget delayed</h1>\(Self.story)</article>")
        #expect(article.authors.isEmpty, "\(article.authors)")
    }

    @Test(arguments: [("Von Anna Müller", "Anna Müller"), ("Por Ana García", "Ana García"), ("Par Jean Dupont", "Jean Dupont"),
                      ("Di Mario Rossi", "Mario Rossi"), ("Door Jan de Vries", "Jan de Vries")])
    func bylineParticlesAreDropped(byline: String, name: String) throws {
        let article = try extract("", "<article><h1>Budget delayed</h1><p class=\"byline\">\(byline)</p>\(Self.story)</article>")
        #expect(article.authors == [name])
    }

    /// The site's own name is the author only when no person is named anywhere on the page.
    @Test func siteNameGivesWayToAPerson() throws {
        let head = "<meta property=\"og:site_name\" content=\"The Gazette\"><meta name=\"author\" content=\"The Gazette\">"
        #expect(try extract(head, "<article><h1>Budget delayed</h1><p class=\"byline\">By Anna Müller</p>\(Self.story)</article>").authors == ["Anna Müller"])
        #expect(try extract(head, "<article><h1>Budget delayed</h1>\(Self.story)</article>").authors == ["The Gazette"])
    }

    @Test func dumpBylineStopsAtTheWeekday() {
        #expect(BylineNames.parse("Anna Müller Donnerstag, 5. Mai 2022") == ["Anna Müller"])
        #expect(BylineNames.parse("Von") == nil)
    }

    // Titles

    @Test func logoHeadingIsNoTitle() {
        let title = TitleSelection.select(ogTitle: nil, headline: nil, h1: "L-Mag",
                                          documentTitle: "Holocaust-Gedenktag: Lesbische Erinnerungskultur", siteName: nil)
        #expect(title?.title == "Holocaust-Gedenktag: Lesbische Erinnerungskultur")
        let brand = TitleSelection.select(ogTitle: "Budget delayed again", headline: nil, h1: "WordPress.com",
                                          documentTitle: "Budget delayed again | WordPress.com", siteName: "WordPress.com")
        #expect(brand?.title == "Budget delayed again")
    }

    /// An h1 linking to the site's home page is the logo, even when its name is too long to be
    /// cut from `<title>` as a site segment: it names the site, and the rest of the title is the
    /// headline. An h1 linking to the post itself is the headline.
    @Test func headingLinkingHomeIsTheSitesName() throws {
        let head = "<title>Planting Garlic in Autumn | Notes From a Small Garden</title>"
        for href in ["/", "https://notes.example.org/", "index.html", "/web/2013/http://notes.example.org/"] {
            let page = "<header><h1><a href=\"\(href)\">Notes From a Small Garden</a></h1></header><article>\(Self.story)</article>"
            #expect(try extract(head, page).title == "Planting Garlic in Autumn")
        }
        let around = "<header><a href=\"/\"><h1>Notes From a Small Garden</h1></a></header><article>\(Self.story)</article>"
        #expect(try extract(head, around).title == "Planting Garlic in Autumn")
        let permalink = "<article><h1><a href=\"/2024/10/planting-garlic/\">Planting Garlic in Autumn</a></h1>\(Self.story)</article>"
        #expect(try extract("<title>Planting Garlic in Autumn | Garden</title>", permalink).title == "Planting Garlic in Autumn")
    }

    @Test(arguments: [("/", true), ("", false), ("./", true), ("https://example.org", true), ("//example.org/", true),
                      ("/index.php", true), ("/blog/", false), ("/2024/10/post/", false), ("?p=12", false), ("#top", false),
                      ("post.html", false), ("mailto:jane@example.org", false)])
    func linksHome(href: String, home: Bool) {
        #expect(URLHost.isHome(href) == home)
    }

    @Test func kickerIsDroppedWhenADeclaredTitleIsTheRest() {
        let title = TitleSelection.select(ogTitle: "Bohren, bis es heiß wird", headline: nil, h1: "Klimaschutz: Bohren, bis es heiß wird",
                                          documentTitle: nil, siteName: nil)
        #expect(title?.title == "Bohren, bis es heiß wird")
        #expect(title?.source == .heading)
    }

    @Test func truncatedOGTitleGivesWayToTheWholeTitle() {
        let title = TitleSelection.select(ogTitle: "Mayor says", headline: nil, h1: nil,
                                          documentTitle: "Mayor says \"no more delays\" on the budget | The Gazette", siteName: "The Gazette")
        #expect(title?.title == "Mayor says \"no more delays\" on the budget")
    }

    // The wrong block

    @Test func addressFooterIsNeverTheArticle() throws {
        let footer = "<div class=\"row\"><span>©</span><span> Schaub Medien AG | Hauptstrasse 31-33 | Postfach | 4450 Sissach | Telefon 061 976 10 10 | Fax 061 976 10 13. Öffnungszeiten: 08.00 - 12.00 Uhr, alle Rechte vorbehalten.</span></div>"
        let article = try? extract("", "<div><h1>Gute Löhne</h1><p>Kurz.</p></div>\(footer)")
        #expect(article.map { !$0.body.contains("Hauptstrasse") } ?? true)
    }
}

/// The last resort for a publication day: full dates in the page source (issue 8, "no date
/// found" class), only when nothing else dates the page.
@Suite struct PageSourceDateTests {
    func extract(_ head: String, _ body: String, reference: String? = "2024-06-01") throws -> Article {
        try ArticleExtractor().extract(RawPage(bytes: Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8),
                                               format: .html, referenceDate: reference))
    }

    static let article = "<article><h1>Budget delayed</h1>\(MetadataEvidenceTests.story)</article>"

    @Test func findsTheDayInImagePathsAndAttributes() throws {
        let body = """
            <div class="hero" data-ts="x"><img src="/uploads/2021/03/04/council.jpg"></div>\(Self.article)
            <!-- cached 2021-03-04 --><aside><a href="/2020/12/01/older-story/">Older</a></aside>
            <img src="/uploads/2021/03/04/chart.png">
            """
        let result = try extract("", body)
        #expect(result.publishedAt == "2021-03-04")
        #expect(result.sources[.publishedAt] == .pageSource)
    }

    @Test func ignoresModificationsVersionsFutureAndAncientDays() throws {
        let body = """
            <script>var page = {"dateModified":"2022-02-02"};</script>
            <link rel="stylesheet" href="/style.css?ver=2023-01-05">\(Self.article)
            <img src="/img/2031/01/01/future.jpg"><span data-x="1990-05-05"></span>
            """
        #expect(try extract("", body).publishedAt == nil)
    }

    /// Slugs, file names and namespaces that start with a date are no dates; neither are
    /// citations' access dates or events' start days.
    @Test func ignoresSlugsFileNamesAndCitations() throws {
        let body = """
            <a href="/2020/04/26-killed-in-storm/">Teaser</a><img src="/up/Image-2020-04-06-at-6.jpg">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>\(Self.article)
            <!-- [Retrieved 2019-05-19] --><script>{"startDate":"2020-06-30T22:00:00Z"}</script>
            """
        #expect(try extract("", body).publishedAt == nil)
    }

    /// A post linking other blogs' posts carries their days in its source; its own site's
    /// image paths date it.
    @Test func ignoresOtherSitesLinks() throws {
        let head = "<link rel=\"canonical\" href=\"https://blog.example.org/?p=959\">"
        let body = """
            <a href="http://other.example.net/2009/02/08/weekly/">A</a><a href="https://third.example.com/2009/02/08/x/">B</a>
            \(Self.article)<img src="https://cdn.example.org/files/2009/02/01/me.jpg">
            """
        #expect(try extract(head, body).publishedAt == "2009-02-01")
        #expect(try extract("", body).publishedAt == "2009-02-08")
    }

    @Test func neverOverrulesAnotherSource() throws {
        let head = "<meta property=\"article:published_time\" content=\"2019-07-08\">"
        let body = "<img src=\"/uploads/2021/03/04/a.jpg\"><img src=\"/uploads/2021/03/04/b.jpg\">\(Self.article)"
        let result = try extract(head, body)
        #expect(result.publishedAt == "2019-07-08")
        #expect(result.sources[.publishedAt] == .meta)
    }

    @Test func notAfterTheDeclaredModification() throws {
        let head = "<meta property=\"article:modified_time\" content=\"2021-03-01\">"
        let body = "<img src=\"/uploads/2021/03/04/a.jpg\"><img src=\"/uploads/2021/02/20/b.jpg\">\(Self.article)"
        #expect(try extract(head, body).publishedAt == "2021-02-20")
    }

    /// Dotted dates put the day first: "10.11.2021" in an attribute or a search link is
    /// 10 November. Version numbers and longer dotted runs are no dates.
    @Test func readsDottedDayFirstDates() throws {
        let body = """
            <div class="teaser" data-date="10.11.2021"></div>\(Self.article)
            <a href="/suche?from=10.11.2021&amp;to=10.11.2021">Heute</a><a href="/2021/11/02/older">Older</a>
            """
        let result = try extract("", body)
        #expect(result.publishedAt == "2021-11-10")
        #expect(result.sources[.publishedAt] == .pageSource)
        let versions = "<script src=\"/lib-v1.10.2013.js\"></script><span data-v=\"4.12.2019.3\"></span><i data-d=\"31.02.2020\"></i>\(Self.article)"
        #expect(try extract("", versions).publishedAt == nil)
    }

    @Test func theDayWrittenMostOftenWins() throws {
        let body = """
            <img src="/a/2021/03/04/1.jpg"><img src="/a/2021/03/04/2.jpg">\(Self.article)
            <a href="/2022/01/09/teaser">Teaser</a>
            """
        #expect(try extract("", body).publishedAt == "2021-03-04")
    }
}
