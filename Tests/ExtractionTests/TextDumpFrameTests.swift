import Testing
@testable import Extraction
import TextCore

@Suite struct TextDumpFrameTests {
    static let page = """
        Menu
        World
        Markets Rally as Central Bank Holds Rates
        By Jane Doe and John Smith
        Published: March 3, 2025
        Markets rallied strongly on Monday after the central bank held rates steady, with traders \
        betting that the next move will be a cut.
        \(paragraph(60))
        """

    @Test func findsHeadlineBylineAndDateline() {
        let lines = classifiedLines(Self.page)
        let frame = ArticleFrame.locate(lines, region: 5..<lines.count, reference: nil)
        #expect(frame.headline == 2)
        #expect(frame.lead == 5)
        #expect(frame.byline?.authors == ["Jane Doe", "John Smith"])
        #expect(frame.datelines.published?.iso == "2025-03-03")
        #expect(frame.lines == [2, 3, 4])
    }

    @Test(arguments: [
        ("By Jane Doe", ["Jane Doe"]),
        ("Written by: Tom May", ["Tom May"]),
        ("Author: Ana de la Cruz", ["Ana de la Cruz"]),
        ("Jane Doe | Staff writer", ["Jane Doe"]),
        ("By Rebecca Norris Published: Jun 25, 2025", ["Rebecca Norris"]),
        ("By Dylan Bailey, MS, RD", ["Dylan Bailey, MS, RD"]),
        ("By Jane Doe, Senior Reporter", ["Jane Doe"]),
        ("October 11, 2023 by Autumn Huerter", ["Autumn Huerter"]),
        ("by Jason Rostar | SEO | 8 min Read", ["Jason Rostar"]),
        ("Written by: Tom May", ["Tom May"]),
        // An abbreviation's full stop ends no clause.
        ("Jane Doe, Sr. Editor", ["Jane Doe"]),
        ("Jane Doe, U.S. Correspondent", ["Jane Doe"]),
    ])
    func readsBylines(line: String, authors: [String]) {
        #expect(BylineFinder.authors(in: Substring(line)) == authors)
    }

    @Test(arguments: ["By clicking accept you agree", "Staff picks", "by the way",
                      // A role a sentence later, or a sentence before the separator.
                      "Hello, and welcome! I'm the editor and founder of this site.",
                      "Jane Doe, thanks for reading. Our editor picks the best stories.",
                      "Track orders like parts, tools, and staff hours in one place"])
    func ignoresWhatIsNoByline(line: String) {
        #expect(BylineFinder.authors(in: Substring(line)) == nil)
    }

    @Test func bareNameBesideTheDateIsTheAuthor() {
        let lines = classifiedLines("Andrew King\nSeptember 4, 2025\nTop Nutrition Trends for Fall\n\(paragraph(50))")
        let dates = DatelineFinder.find(lines, window: 0..<lines.count, headline: 2, reference: nil)
        let byline = BylineFinder.find(lines, window: 0..<lines.count, dateLines: dates.lines, headline: 2)
        #expect(byline?.authors == ["Andrew King"])
        #expect(byline?.source == .bylineBesideDate)
    }

    @Test func topLineDateIsThePageDateNotThePublicationDate() {
        let lines = classifiedLines("Tuesday, July 1, 2025\nA Headline Here\nDate:\n\(paragraph(50))")
        let dates = DatelineFinder.find(lines, window: 0..<lines.count, headline: 1, reference: nil)
        #expect(dates.pageDate?.iso == "2025-07-01")
        #expect(dates.published == nil)
        #expect(dates.sawEmptyLabel)
    }

    @Test func labelOnItsOwnLineNamesTheNextDate() {
        let lines = classifiedLines("A Headline Here\nLast updated:\nAugust 19, 2025\n\(paragraph(50))")
        let dates = DatelineFinder.find(lines, window: 0..<lines.count, headline: 0, reference: nil)
        #expect(dates.modified?.iso == "2025-08-19")
        #expect(dates.published == nil)
    }
}
