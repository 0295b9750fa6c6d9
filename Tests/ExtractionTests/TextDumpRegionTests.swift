import Testing
@testable import Extraction

@Suite struct TextDumpRegionTests {
    @Test func skipsNavigationAndStopsAtEndMatter() throws {
        let menu = ["Home", "World", "Business", "Sport", "Culture", "Travel", "Contact"].joined(separator: "\n")
        let lines = classifiedLines("""
            \(menu)
            \(paragraph(40))
            Key points
            \(paragraph(35))
            Comments
            \(paragraph(200, word: "comment"))
            """)
        let region = try #require(MainRegionFinder.find(lines))
        #expect(lines[region].map(\.text).first == Substring(paragraph(40)))
        #expect(lines[region].contains { $0.text == "Key points" })
        #expect(!lines[region].contains { $0.text.hasPrefix("comment") })
    }

    @Test func segmentsBetweenEndMatterHeadings() {
        let lines = classifiedLines("A\nRelated\nB\nC\nComments")
        #expect(BoilerplateCutoff.segments(lines) == [0..<1, 2..<4])
    }

    @Test func leadOpensTheFirstDenseStretch() {
        let lines = classifiedLines("""
            \(paragraph(14))
            by Someone
            March 3, 2025
            Share
            World
            Sport
            \(paragraph(60))
            \(paragraph(60))
            """)
        #expect(LeadFinder.dense(lines, in: 0..<lines.count) == 6)
        #expect(LeadFinder.first(lines, in: 0..<lines.count) == 0)
    }

    @Test func emptyDumpHasNoRegion() {
        #expect(MainRegionFinder.find([]) == nil)
    }
}

@Suite struct TextDumpTailTests {
    @Test func dropsASmallBlockBehindLabels() {
        let lines = classifiedLines("""
            \(paragraph(80))
            \(paragraph(80))
            Our Partners
            Featured Products
            Popular Guides
            \(paragraph(12))
            """)
        #expect(TailTrimmer.trim(0..<lines.count, in: lines) == 0..<2)
    }

    @Test func keepsTextThatPaysForItsGap() {
        let lines = classifiedLines("\(paragraph(80))\nKey Points\n\(paragraph(60))")
        #expect(TailTrimmer.trim(0..<lines.count, in: lines) == 0..<3)
    }
}
