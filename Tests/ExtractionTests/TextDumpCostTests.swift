import Testing
@testable import Extraction
import TextCore

/// Cost linear in the dump, checked without a clock: `LineReadCounter` counts every time a
/// stage reads a line, so a stage that rescans the dump per line (or widens a window with the
/// dump's size) makes the count grow faster than the dump. Work inside one line (bounded by the
/// line's length) is not counted; the lines here are short.
@Suite struct TextDumpCostTests {
    /// One block of a page: menu, headline, dateline, byline, paragraphs, teasers, end matter.
    static let block = """
        Home
        News | Sport | Weather
        Ferry Timetable Changes Across the Harbour
        Published 3 March 2024
        By Jane Doe
        \(paragraph(40))
        \(paragraph(35)).
        Share
        Related
        Other Story Title Here
        The ferry council said on Monday that its new timetable would...
        Comments
        12 comments
        Menu
        """

    /// A dump of nothing but short lines (the shape that used to take seconds at 8 MB).
    static let shortLines = ["Home", "Read more", "By Jane Doe", "Updated: 10/05/2022 05:22 pm", "© 2024 Example",
                             "Tags: ferry, harbour", "Next »", "Von Max Müller", "東京 ニュース", "1"].joined(separator: "\n")

    static func reads(_ text: String) -> Int {
        let counter = LineReadCounter()
        _ = try? TextDumpExtractor.extract(text, lineReads: counter)
        return counter.count
    }

    @Test(arguments: [block, shortLines])
    func doublingTheDumpDoublesTheLineReads(_ unit: String) {
        let lines = DumpLines.split(unit).count
        let single = Self.reads(Array(repeating: unit, count: 400).joined(separator: "\n\n"))
        let double = Self.reads(Array(repeating: unit, count: 800).joined(separator: "\n\n"))
        // Linear: twice the lines, at most a little over twice the reads (fixed windows such as
        // the headline search add a constant).
        #expect(double <= 2 * single + 2_000, "reads \(single) for 400 blocks, \(double) for 800")
        // And a small number of reads per line, whatever the stages.
        #expect(double <= 40 * 800 * lines, "reads \(double) for \(800 * lines) lines")
    }

    /// A quadratic stage is caught: the counter sees every read, slices and iteration included.
    @Test func theCounterSeesEveryRead() {
        let counter = LineReadCounter()
        let lines = DumpLines.split("a\nb\nc\nd", reads: counter)
        _ = lines[1]
        _ = lines[1..<3].map(\.words)
        for _ in lines {}
        #expect(counter.count == 1 + 2 + 4)
    }
}
