import Testing
@testable import Extraction

/// Classified lines of a dump, as every stage receives them.
func classifiedLines(_ text: String) -> DumpLineList {
    var lines = DumpLines.split(text)
    LineClassifier.classify(&lines)
    return lines
}

/// A paragraph of `words` words ending in a full stop.
func paragraph(_ words: Int, word: String = "text") -> String {
    Array(repeating: word, count: max(1, words)).joined(separator: " ") + "."
}

@Suite struct TextDumpLinesTests {
    @Test func splitsOnAnyNewlineAndSkipsBlankLines() {
        let lines = DumpLines.split("One\r\n\r\n  Two words  \n\nThree is here\n")
        #expect(lines.map(\.text) == ["One", "Two words", "Three is here"])
        #expect(lines.map(\.startsBlock) == [true, true, true])
        #expect(lines.map(\.words) == [1, 2, 3])
    }

    /// Lines are cut and trimmed by bytes; no-break and ideographic spaces at the edges are
    /// trimmed too, and a line of only such spaces is blank. Old Mac "\r" line ends split.
    @Test func trimsUnicodeSpacesAndSplitsOldMacLineEnds() {
        let lines = DumpLines.split("\u{00A0}Héllo wörld\u{3000}\n\u{00A0}\u{3000}\nNext line")
        #expect(lines.map(\.text) == ["Héllo wörld", "Next line"])
        #expect(lines.map(\.startsBlock) == [true, true])
        #expect(DumpLines.split("a\rb c\r").map(\.text) == ["a", "b c"])
        #expect(lines.map(\.capitalisedWords) == [1, 1])
    }

    @Test func measuresEndings() {
        let lines = DumpLines.split("He said “yes.”\nRead more...\nA heading")
        #expect(lines.map(\.endsSentence) == [true, false, false])
        #expect(lines.map(\.endsElided) == [false, true, false])
    }

    @Test func classifiesLines() {
        let lines = classifiedLines("""
            Skip to content
            Share post:
            Home
            \(paragraph(20))
            Our team
            We use cookies to improve your experience on this site.
            """)
        #expect(lines.map(\.kind) == [.boilerplate, .cutoff, .boilerplate, .prose, .short, .boilerplate])
    }

    @Test func longEndMatterSentencesAreNotHeadings() {
        let lines = classifiedLines("Related: why the markets fell on Monday and what it means for savers")
        #expect(lines.first?.kind != .cutoff)
    }
}
