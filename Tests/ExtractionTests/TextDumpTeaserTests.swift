import Testing
@testable import Extraction

@Suite struct TextDumpTeaserTests {
    @Test func pairsTitlesWithElidedSnippets() {
        let lines = classifiedLines("""
            Related
            Mongolia Commitment Drives Reform
            Prime Minister addressed diplomats, investors, and international...
            Not a teaser
            Second Story Title
            Taiwan is seeing a sharp rise in whooping cough…
            """)
        let teasers = TeaserCollector.collect(lines, from: 0)
        #expect(teasers.map(\.teaser.title) == ["Mongolia Commitment Drives Reform", "Second Story Title"])
        #expect(teasers.map(\.snippetLine) == [2, 5])
    }

    @Test func sentencesAreNoTeaserTitles() {
        let lines = classifiedLines("This is a sentence.\nAnd this one is cut off in the middle of...")
        #expect(TeaserCollector.collect(lines, from: 0).isEmpty)
    }
}
