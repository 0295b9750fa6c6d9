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

    /// A declared title shortened for search engines ("Best …" for "The Best …") is no sign
    /// of a kicker: the dropped start ends in a function word.
    @Test func keepsAHeadingWhoseDeclaredTitleIsShortened() throws {
        let head = "<meta property=\"og:title\" content=\"Budget vote delayed again\">"
        let body = "<article><h1>Why the budget vote delayed again</h1>\(Self.story)</article>"
        #expect(try extract(head, body).title == "Why the budget vote delayed again")
    }

    /// A `<title>` with two site segments loses both.
    @Test func dropsTwoSiteSegmentsFromTheDocumentTitle() {
        #expect(TitleSelection.stripSiteName("Macro photos of insects » example.eu | inside the machine", siteName: nil)
            == "Macro photos of insects")
        #expect(TitleSelection.stripSiteName("Three odd places in Berlin « BLOG OFF!", siteName: nil) == "Three odd places in Berlin")
        #expect(TitleSelection.stripSiteName("Inside the Drug Lab — Backchannel — Medium", siteName: nil) == "Inside the Drug Lab")
    }
}
