import Foundation
import Testing
@testable import Extraction
import TextCore

@Suite struct TextDumpExtractorTests {
    /// The product issue's example page, in the shared folder beside the package root
    /// (three levels above this file).
    static let seedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/seed/article.txt").standardized.path

    @Test func seedArticle() throws {
        let text = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let article = try TextDumpExtractor.extract(text)
        #expect(article.title == "North Korean Security Delegation Heads to Moscow")
        #expect(article.paragraphs.count == 5)
        #expect(article.paragraphs.first?.hasPrefix("North Korean security delegation heads to Moscow this week") == true)
        #expect(article.paragraphs.last?.hasSuffix("increasingly isolated regimes.") == true)
        for furniture in ["Date:", "Share post:", "Popular", "More like this", "Related"] {
            #expect(!article.paragraphs.contains(furniture))
        }
        #expect(article.related.count == 4)
        #expect(article.related.first == RelatedTeaser(
            title: "Mongolia Investor-Friendly Commitment Drives Reform",
            snippet: "Prime Minister Zandanshatar Gombojav addressed diplomats, investors, and international..."))
        #expect(article.pageDate == "2025-07-01")
        #expect(article.sources[.pageDate] != nil)
        #expect(article.publishedAt == nil)
        let flag = try #require(article.flags.first { $0.kind == .missingPublicationDate })
        #expect(flag.detail?.contains("only a page date") == true)
        #expect(article.pageType == .article)
    }

    @Test func urlDateIsTheLastResort() throws {
        let text = "A Headline Here\n\(paragraph(60))\n\(paragraph(60))"
        let article = try TextDumpExtractor.extract(text, sourceURL: "https://example.com/2024/02/21/story")
        #expect(article.publishedAt == "2024-02-21")
        #expect(article.sources[.publishedAt] == .url)
    }

    /// A date line further from the headline (under the standfirst and a share bar) dates the
    /// page when nothing near the headline does; a date near the headline still wins.
    @Test func aDateLineFurtherOutDatesThePageWhenNoneIsNear() throws {
        let shareBar = ["Share on Facebook", "Share on X", "Email this story", "Print", "Listen to this article",
                        "Save for later"].joined(separator: "\n")
        let headline = "Harbour Ferry Returns After Two Years"
        let far = try TextDumpExtractor.extract("\(headline)\n\(paragraph(60))\n\(shareBar)\nMarch 4, 2025\n\(paragraph(60))\n\(paragraph(60))")
        #expect(far.publishedAt == "2025-03-04")
        #expect(far.sources[.publishedAt] == .dateline)
        let near = try TextDumpExtractor.extract("\(headline)\nFebruary 2, 2025\n\(paragraph(60))\n\(shareBar)\nMarch 4, 2025\n\(paragraph(60))\n\(paragraph(60))")
        #expect(near.publishedAt == "2025-02-02")
    }

    /// A dump writes "03/10/2023" the way it writes its other dates: with "3 October 2023" in
    /// its list of recent posts it is 3 October, with "October 3, 2023" 10 March; an unambiguous
    /// "25/09/2023" decides before either, and with no evidence the order stays US.
    @Test func theDumpsOwnDatesGiveTheSlashOrder() throws {
        let headline = "How Many Wine Styles Are There?"
        func dated(_ recent: String) throws -> String? {
            try TextDumpExtractor.extract("\(headline)\n03/10/2023\n\(paragraph(60))\n\(paragraph(60))\nRecent posts\n\(recent)").publishedAt
        }
        #expect(try dated("A guide to sake - 3 October 2023") == "2023-10-03")
        #expect(try dated("A guide to sake - October 3, 2023") == "2023-03-10")
        #expect(try dated("A guide to sake - 25/09/2023\nRosé - October 3, 2023") == "2023-10-03")
        #expect(try dated("A guide to sake") == "2023-03-10")
    }

    /// A bare date on the first line right above the headline is the article's date line;
    /// further up, or with an empty date slot on the page, it stays the page's "today" date.
    @Test func aFirstLineDateRightAboveTheHeadlineDatesTheArticle() throws {
        let dated = try TextDumpExtractor.extract("December 13, 2025\nA Headline Here\n\(paragraph(60))\n\(paragraph(60))")
        #expect(dated.publishedAt == "2025-12-13")
        let slot = try TextDumpExtractor.extract("December 13, 2025\nA Headline Here\nDate:\n\(paragraph(60))\n\(paragraph(60))")
        #expect(slot.publishedAt == nil)
        #expect(slot.pageDate == "2025-12-13")
    }

    /// A page that shows only "Updated ..." is dated by it, as HTML pages are (`DatePolicy`):
    /// the update stands in for publication when nothing else dates the page, and stays the
    /// modification date. A URL date, or a published line, still wins.
    @Test func anUpdateDateStandsInWhenNothingElseDatesThePage() throws {
        let text = "A Headline Here\nUpdated August 14, 2025\n\(paragraph(60))\n\(paragraph(60))"
        let article = try TextDumpExtractor.extract(text)
        #expect(article.publishedAt == "2025-08-14")
        #expect(article.modifiedAt == "2025-08-14")
        #expect(article.sources[.publishedAt] == .dateline)
        #expect(!article.flags.contains { $0.kind == .missingPublicationDate })
        let withURL = try TextDumpExtractor.extract(text, sourceURL: "https://example.com/2024/02/21/story")
        #expect(withURL.publishedAt == "2024-02-21")
        let published = try TextDumpExtractor.extract("A Headline Here\nPublished March 2, 2025\nUpdated August 14, 2025\n\(paragraph(60))\n\(paragraph(60))")
        #expect(published.publishedAt == "2025-03-02")
        let emptySlot = try TextDumpExtractor.extract("A Headline Here\nDate:\nBy Jane Doe\nUpdated August 14, 2025\n\(paragraph(60))\n\(paragraph(60))")
        #expect(emptySlot.publishedAt == nil)
    }

    /// An "Updated ..." line far from the headline (under a long intro, in a side box) dates
    /// the page when nothing else does, like a "Published ..." line there.
    @Test func aDistantUpdateLineDatesAnUndatedPage() throws {
        // Beyond the reach of the date-line search (`DumpTunables.datelineFallbackLinesBelowLead`).
        let text = "A Headline Here\n" + Array(repeating: paragraph(60), count: 24).joined(separator: "\n") + "\nShort note here\n"
            + "Last updated: Dec 4, 2025\n\(paragraph(60))"
        let article = try TextDumpExtractor.extract(text)
        #expect(article.publishedAt == "2025-12-04")
        #expect(article.modifiedAt == "2025-12-04")
        #expect(article.sources[.publishedAt] == .labelledLine)
        let published = try TextDumpExtractor.extract(text + "\nPublished March 2, 2025")
        #expect(published.publishedAt == "2025-03-02")
        #expect(published.modifiedAt == "2025-12-04")
    }

    @Test func pagesWithoutProseAreNoArticles() throws {
        let menu = (1...40).map { "Section \($0)" }.joined(separator: "\n")
        #expect(try TextDumpExtractor.extract(menu).pageType != .article)
        #expect(throws: ExtractionError.self) { try TextDumpExtractor.extract("Home\n\nMenu") }
    }

    @Test func neverTrapsOnOddInput() throws {
        for text in ["...", "\n\n\n", "a\r\rb\r", String(repeating: "Word ", count: 5000), "Related\nComments\nShare",
                     "1.\n2)\n–\n…\n|||||", "By\nBy\nDate:\nUpdated:"] {
            _ = try? TextDumpExtractor.extract(text)
        }
    }

    /// A 2 MB article between a menu and a footer is read whole: every paragraph is kept and no
    /// menu line leaks in. How long it takes is measured by `scripts/bench-sizes`, never asserted
    /// here (tests share the machine with each other and with other work).
    @Test func largeDumpsAreReadWhole() throws {
        let menu = (0..<8).map { "Menu item \($0)" }.joined(separator: "\n")
        let count = 2_000_000 / 520
        let story = (0..<count).map { "Part \($0) of the story goes on. \(paragraph(80))" }.joined(separator: "\n\n")
        let article = try TextDumpExtractor.extract("\(menu)\nA Very Long Story Indeed\n\n\(story)\n\nContact us\nPrivacy")
        #expect(article.paragraphs.count == count)
        #expect(!article.paragraphs.contains { $0.hasPrefix("Menu item") })
    }
}
