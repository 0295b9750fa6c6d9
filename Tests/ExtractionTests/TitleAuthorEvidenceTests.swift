import Testing
@testable import Extraction

/// Titles and authors on unseen pages: each test is one class of miss found on the dev sets,
/// on a page written here.
@Suite struct TitleAuthorEvidenceTests {
    static let story = """
        <p>The council met on Tuesday to discuss the budget, which has been delayed twice this year because of disputes.</p>
        <p>Members said the delay was caused by a dispute over road repairs and school funding in the district.</p>
        <p>A final vote is expected next month, once the finance committee has reviewed the revised figures.</p>
        """

    func extract(_ head: String, _ body: String) throws -> Article {
        try ArticleExtractor().extract(RawPage(text: "<html><head>\(head)</head><body>\(body)</body></html>", format: .html, sourceURL: nil))
    }

    // Titles

    /// A kicker in its own element inside the h1 is glued on without a separator; the declared
    /// title is the headline alone.
    @Test func dropsAKickerGluedIntoTheHeading() throws {
        let head = "<meta property=\"og:title\" content=\"Budget vote delayed again\">"
        let body = "<article><h1><span class=\"kicker\">Council</span><span>Budget vote delayed again</span></h1>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Budget vote delayed again")
        let dated = "<article><h1><span>1. Februar 2022</span> Budget vote delayed again</h1>\(Self.story)</article>"
        #expect(try extract(head, dated).title == "Budget vote delayed again")
    }

    /// A kicker in an element of its own, which a declared title separates from the headline
    /// ("Kicker: Headline") and the h1 shows without the separator, is dropped.
    @Test func dropsAKickerTheDeclaredTitleSeparates() throws {
        let head = "<meta property=\"og:title\" content=\"Harbour finances: Budget vote delayed again\">"
        let body = "<article><h1><span class=\"topline\">Harbour finances</span> <span>Budget vote delayed again</span></h1>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Budget vote delayed again")
        let dashed = "<title>Harbour finances - Budget vote delayed again - Harbour Times</title>"
        #expect(try extract(dashed, body).title == "Budget vote delayed again")
        // The h1 shows a separator of its own there: one headline, kept whole.
        let shown = "<article><h1>Harbour finances – Budget vote delayed again</h1>\(Self.story)</article>"
        #expect(try extract(head, shown).title == "Harbour finances – Budget vote delayed again")
    }

    /// A declared title shortened for search engines ("Best …" for "The Best …") is no sign
    /// of a kicker: the dropped start ends in a function word.
    @Test func keepsAHeadingWhoseDeclaredTitleIsShortened() throws {
        let head = "<meta property=\"og:title\" content=\"Budget vote delayed again\">"
        let body = "<article><h1>Why the budget vote delayed again</h1>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Why the budget vote delayed again")
    }

    /// A page with no og:title declares its headline in twitter:title, where `<title>` puts the
    /// site and section first and the h1 shows the site's name.
    @Test func readsTwitterTitleWhenNoOpenGraphTitle() throws {
        let title = "<title>Harbour Office - Press releases 2024 - Ferry timetable changes</title>"
        let body = "<article><h1>Harbour Office of the County</h1>\(Self.story)</article>"
        #expect(try extract(title, body).title != "Ferry timetable changes")
        let twitter = "<meta name=\"twitter:title\" content=\"Ferry timetable changes\">" + title
        #expect(try extract(twitter, body).title == "Ferry timetable changes")
        // og:title, where given, is the declared title.
        let both = "<meta property=\"og:title\" content=\"Ferry timetable changes from May\">" + twitter
        #expect(try extract(both, body).title == "Ferry timetable changes from May")
    }

    /// From the segment naming the site on, a title is the site's, however many taglines follow;
    /// a spaced colon sets off the site's name but nothing else.
    @Test func cutsATitleAtTheSiteName() throws {
        #expect(TitleSelection.stripSiteName("Tide tables explained : Harbour Notes | Notes on the coast | Since 2005 | Volume 6",
                                             siteName: "Harbour Notes") == "Tide tables explained")
        #expect(TitleSelection.stripSiteName("Marées : le guide complet du port", siteName: "Harbour Notes") == "Marées : le guide complet du port")
        // The site's name from a logo h1 that links home.
        let head = "<title>Budget vote delayed again : Harbour Notes</title>"
        let body = "<h1 class=\"logo\"><a href=\"/\">Harbour Notes</a></h1><article>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Budget vote delayed again")
    }

    /// A `<title>` with two site segments loses both.
    @Test func dropsTwoSiteSegmentsFromTheDocumentTitle() {
        #expect(TitleSelection.stripSiteName("Macro photos of insects » example.eu | inside the machine", siteName: nil)
            == "Macro photos of insects")
        #expect(TitleSelection.stripSiteName("Three odd places in Berlin « BLOG OFF!", siteName: nil) == "Three odd places in Berlin")
        #expect(TitleSelection.stripSiteName("Inside the Drug Lab — Backchannel — Medium", siteName: nil) == "Inside the Drug Lab")
    }

    /// A host name is a site segment however short the headline; a bullet separates.
    @Test func dropsHostNamesAndBulletSegments() {
        #expect(TitleSelection.stripSiteName("Tide tables | harbourtimes.example", siteName: nil) == "Tide tables")
        #expect(TitleSelection.stripSiteName("harbourtimes.example » Tide tables", siteName: nil) == "Tide tables")
        #expect(TitleSelection.stripSiteName("A short guide to tide tables • Jane Doe", siteName: nil) == "A short guide to tide tables")
    }

    /// An og:title cut at an unescaped quote gives way to the `<title>` that goes on with the
    /// quote; a `<title>` that goes on with an author or site segment does not.
    @Test func theDocumentTitleCompletesOnlyACutOgTitle() throws {
        let cut = "<meta property=\"og:title\" content=\"Mayor says \"no\" to the ring road\"><title>Mayor says \"no\" to the ring road</title>"
        #expect(try extract(cut, "<article>\(Self.story)</article>").title == "Mayor says \"no\" to the ring road")
        let byAuthor = "<meta property=\"og:site_name\" content=\"Harbour Notes\"><meta property=\"og:title\" content=\"Budget vote delayed again\">"
            + "<title>Budget vote delayed again - by Jane Doe - Harbour Notes</title>"
        #expect(try extract(byAuthor, "<article>\(Self.story)</article>").title == "Budget vote delayed again")
    }

    /// A separator inside quotes or brackets belongs to the headline.
    @Test func keepsSeparatorsInsideQuotes() {
        #expect(TitleSelection.stripSiteName("Record of the week: Harbour Band, ‘Low Tide / High Water’", siteName: nil)
            == "Record of the week: Harbour Band, ‘Low Tide / High Water’")
        #expect(TitleSelection.stripSiteName("Harbour regatta results (heats / final)", siteName: nil) == "Harbour regatta results (heats / final)")
    }

    /// A blog's name in an h1 above the post's own: the h1 that agrees with the declared title
    /// is the headline.
    @Test func readsTheHeadlineAfterALogoHeading() throws {
        let head = "<meta property=\"og:title\" content=\"Budget vote delayed again\"><title>Budget vote delayed again - by Jane Doe - Harbour Notes</title>"
        let body = "<div><h1><a href=\"/\">Harbour Notes Weekly</a></h1></div><article><h1>Budget vote delayed again</h1>\(Self.story)</article>"
        let article = try extract(head, body)
        #expect(article.title == "Budget vote delayed again")
        #expect(article.sources[.title] == .heading)
        // A site name too long to strip from the <title>: the logo agrees with it, but is a link
        // and one of its segments.
        let long = "<title>Budget vote delayed again | Notes from the Harbour of Kiel</title>"
        let logo = "<div><h1><a href=\"/\">Notes from the Harbour of Kiel</a></h1></div><article><h1>Budget vote delayed again</h1>\(Self.story)</article>"
        #expect(try extract(long, logo).title == "Budget vote delayed again")
    }

    /// An h1 that agrees with no declared title is the headline readers see when it reads like
    /// one; a short h1, or one that is a link home, is a logo or a section name.
    @Test func theShownHeadlineWinsOverAnSEOTitle() throws {
        let head = "<meta property=\"og:title\" content=\"Budget vote delayed | Harbour Times\"><title>Budget vote delayed | Harbour Times</title>"
        let shown = "<article><h1>Why the council postponed its spending plan for a third time</h1>\(Self.story)</article>"
        #expect(try extract(head, shown).title == "Why the council postponed its spending plan for a third time")
        let logo = "<header><h1><a href=\"/\">The Harbour Times, news for the whole bay area</a></h1></header><article>\(Self.story)</article>"
        #expect(try extract(head, logo).title == "Budget vote delayed")
        let section = "<article><h1>Council news</h1>\(Self.story)</article>"
        #expect(try extract(head, section).title == "Budget vote delayed")
    }

    /// A blog's name in the h1, the post's title in an h2 and as one segment of `<title>`: that
    /// segment. A section's name in an h2 is shorter than a headline.
    @Test func aTitleSegmentShownInAnH2IsTheTitle() throws {
        let head = "<title>Harbour Notes » Blog Archive » Why the ferry timetable changed</title>"
        let body = "<div><h1><a href=\"/\">Harbour Notes</a></h1></div><article><h2>Why the ferry timetable changed</h2>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Why the ferry timetable changed")
        let section = "<title>Budget vote delayed again | Council news | Harbour Times</title>"
        #expect(try extract(section, "<article><h2>Council news</h2>\(Self.story)</article>").title == "Budget vote delayed again")
    }

    /// An h1 that opens the `<title>`, before site segments too long to strip, is the headline;
    /// a linked one is the site's logo.
    @Test func anH1ThatOpensTheDocumentTitleAgrees() throws {
        let head = "<title>Harbour regatta - Notes from the Harbour of Kiel - Sailing club news and results</title>"
        #expect(try extract(head, "<article><h1>Harbour regatta</h1>\(Self.story)</article>").title == "Harbour regatta")
        let logo = "<div><h1><a href=\"/\">Harbour regatta</a></h1></div><article>\(Self.story)</article>"
        #expect(try extract(head, logo).title != "Harbour regatta")
    }

    /// A short tail after a dash in the h1 that reads as a phrase (it has a function word) is
    /// the headline's own; a label there (a section, a subtitle) is not, nor is the site's name.
    @Test func anH1KeepsAShortTailThatReadsAsAPhrase() throws {
        let head = "<title>Dog chases off burglars – thanks to the neighbours – Harbour Times</title>"
        let body = "<article><h1>Dog chases off burglars – thanks to the neighbours</h1>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Dog chases off burglars – thanks to the neighbours")
        let label = "<article><h1>Dog chases off burglars | Opinion</h1>\(Self.story)</article>"
        #expect(try extract("<title>Dog chases off burglars | Opinion</title>", label).title == "Dog chases off burglars")
        let named = "<meta property=\"og:site_name\" content=\"Paper of the Harbour\">"
        let site = "<article><h1>Dog chases off burglars | Paper of the Harbour</h1>\(Self.story)</article>"
        #expect(try extract(named, site).title == "Dog chases off burglars")
    }

    /// A declared title the page shows whole as an h2 is the headline, its subtitle kept.
    @Test func aDeclaredTitleShownWholeKeepsItsSubtitle() throws {
        let head = "<meta property=\"og:title\" content=\"Growing a lemon tree from seed | A step-by-step guide\">"
        let body = "<article><h2>Growing a lemon tree from seed | A step-by-step guide</h2>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Growing a lemon tree from seed | A step-by-step guide")
        #expect(try extract(head, "<article>\(Self.story)</article>").title == "Growing a lemon tree from seed")
    }

    /// A page whose only text is its headline (a link shared on a forum) keeps it as its body.
    @Test func aHeadlineAloneIsTheBody() throws {
        let headline = "Harbour council delays the budget vote again, citing disputes over road repairs and school funding"
        let article = try extract("<meta property=\"og:title\" content=\"\(headline)\">", "<main><h1>\(headline)</h1></main>")
        #expect(article.title == headline)
        #expect(article.body == headline)
    }

    // Authors

    /// The organisation that publishes the page, named as its author, is the author when no
    /// person is named; a person named anywhere wins.
    @Test func theSiteAsAuthorIsTheLastResort() throws {
        let head = "<meta property=\"og:site_name\" content=\"Acme Tools\"><meta name=\"author\" content=\"Acme Tools\">"
        #expect(try extract(head, "<article><h1>Budget vote delayed again</h1>\(Self.story)</article>").authors == ["Acme Tools"])
        let byline = "<article><h1>Budget vote delayed again</h1><p>By Jane Doe</p>\(Self.story)</article>"
        #expect(try extract(head, byline).authors == ["Jane Doe"])
    }

    /// "By" and the name in elements of their own; a name in an element classed for the author.
    @Test func readsBylinesSplitOverElements() throws {
        let split = "<article><h1>Budget vote delayed again</h1><div class=\"meta\"><div>By</div><div>Jane Doe</div></div>\(Self.story)</article>"
        #expect(try extract("", split).authors == ["Jane Doe"])
        let classed = "<article><h1>Budget vote delayed again</h1><div class=\"text__author\">Jane Doe</div>\(Self.story)</article>"
        #expect(try extract("", classed).authors == ["Jane Doe"])
        let about = "<article><h1>Budget vote delayed again</h1><div class=\"author-box\">About the author</div>\(Self.story)</article>"
        #expect(try extract("", about).authors.isEmpty)
    }

    /// Roles, credits, weekdays and particles run on after the name are cut.
    @Test(arguments: [
        ("Jane Doe ⋅ Review Editor ⋅", ["Jane Doe"]),
        ("Keith Barry Senior Autos Reporter", ["Keith Barry"]),
        ("Jane Doe Former Deputy Tech Editor", ["Jane Doe"]),
        ("Anna Muster Chefredakteurin", ["Anna Muster"]),
        // A day glued to the name by adjacent elements.
        ("Jane Doe22 Dec 2016", ["Jane Doe"]),
        ("Anna Muster3. Februar 2020", ["Anna Muster"]),
        ("Agent007 Smith", ["Agent007 Smith"]),
        ("Text by Jane Doe", ["Jane Doe"]),
        ("View all posts by Jane Doe", ["Jane Doe"]),
        ("Posted on September 21, 2020 by Jane Doe", ["Jane Doe"]),
        ("Jane Doe, DVM. Reviewed by John Roe, DVM", ["Jane Doe, DVM"]),
        ("Moritz Gathmann am Samstag", ["Moritz Gathmann"]),
        ("Jane Doe in Workshop Woodworking", ["Jane Doe"]),
        // A byline that opens with its date names no one.
        ("Dec 17, 2025", []),
        ("Jun 3 2024 · 5 min read", []),
        ("Jane DoeJane Doe is a Senior Manager at Acme, where she has written about budgets and councils since 2015.", []),
    ])
    func cutsWhatRunsOnAfterTheName(raw: String, names: [String]) {
        #expect(AuthorNames.clean([raw], siteName: nil) == names)
    }

    // Text dumps

    /// A table of contents between the byline and the story is a run of headline-like lines
    /// with no blank line between them; the headline stands apart above the byline.
    @Test func dumpHeadlineIsNotATableOfContentsEntry() throws {
        let paragraphs = (1...8).map { "In part \($0) of the review the council looked again at the road repairs and the school funding in the district, officials said." }
        let dump = """
            Home
            News
            Contact

            Council Budget Review Goes Into Its Final Round

            Written by Jane Doe
            Edited by: John Roe

            Table of Contents

            Road Repairs Across The District
            School Funding And The New Buildings
            What The Council Decides Next Month
            Council Budget Decisions In Detail

            \(paragraphs.joined(separator: "\n\n"))
            """
        let article = try ArticleExtractor().extract(RawPage(text: dump, format: .text, sourceURL: nil))
        #expect(article.title == "Council Budget Review Goes Into Its Final Round")
        #expect(article.authors == ["Jane Doe"])
    }

    /// Openings in other languages open a byline in an element near the headline; a word that
    /// only starts like a label does not.
    @Test func bylineOpeningsInOtherLanguages() throws {
        let french = "<article><h1>Budget vote delayed again</h1><p>Par Jean Dupont</p>\(Self.story)</article>"
        #expect(try extract("", french).authors == ["Jean Dupont"])
        #expect(BylineWords.afterOpening("Autor:innen dieser Ausgabe") == nil)
        #expect(BylineWords.afterOpening("Autor: Anna Müller") == "Anna Müller")
    }

    @Test func creditLinesAreRecognised() {
        #expect(BylineWords.isCredit("Edited by: John Roe"))
        #expect(BylineWords.isCredit("Fact checked by Jane Doe"))
        #expect(!BylineWords.isCredit("Written by Jane Doe"))
        #expect(!BylineWords.isCredit("Stand by me"))
    }
}
