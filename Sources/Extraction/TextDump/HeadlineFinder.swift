import TextCore

/// The headline: the best-scoring short line above the article's first dense stretch of text.
/// Headlines are short, often title-cased and unpunctuated, sit right above the byline or
/// dateline, share words with the text below them and are followed by a lot of text; menu
/// items, section labels and teaser titles fail most of these. A headline also stands apart in
/// the layout, while a table of contents or a menu is a run of headline-like lines with no blank
/// line between them, whose entries the text below repeats.
enum HeadlineFinder {
    /// Where the headline (and the frame lines around it) may be: from a little above the region
    /// to just under the dense lead, bounded so the search stays linear in the dump.
    static func searchRange(region: Range<Int>, denseLead: Int, lineCount: Int, _ t: DumpTunables = DumpTunables()) -> Range<Int> {
        let lower = max(0, region.lowerBound - t.headlineLookBack, denseLead - t.headlineMaxSpan)
        return lower..<max(lower, min(lineCount, denseLead + 2))
    }

    /// `isArticle`: the region holds article text. Only then does standing apart in the layout
    /// speak for a line: on a listing or a product page every teaser title, product name and
    /// section heading stands apart too.
    static func find(_ lines: DumpLineList, region: Range<Int>, denseLead: Int, frameLines: Set<Int>, isArticle: Bool = true, _ t: DumpTunables = DumpTunables()) -> Int? {
        let range = searchRange(region: region, denseLead: denseLead, lineCount: lines.count, t)
        let (lower, upper) = (range.lowerBound, range.upperBound)
        guard lower < upper else { return nil }
        let repeated = repeatedTexts(lines[lower..<upper])
        let listed = listedLines(lines, in: range, frameLines: frameLines, t)
        var best: (score: Double, index: Int)?
        var paragraphsAbove = 0
        for index in lower..<upper {
            // A headline opens the story: every full paragraph above a candidate speaks against it
            // (a browser or cookie notice is furniture, no paragraph).
            defer {
                let line = lines[index]
                if line.kind == .prose && line.endsSentence && line.words >= t.headlineParagraphWords { paragraphsAbove += 1 }
            }
            guard isCandidate(lines[index], t) && !frameLines.contains(index) else { continue }
            let below = (index + 1)..<min(lines.count, index + 1 + t.headlineLookAhead)
            let text = (index + 1)..<min(lines.count, index + 1 + t.headlineDensityLookAhead)
            var score = shapeScore(lines[index]) - t.headlineParagraphPenalty * Double(paragraphsAbove)
            // Of several headline-like lines, the first is the page's own; later ones head sections.
            score += t.headlineEarlierBonus * Double(denseLead - index)
            // Breadcrumbs and sticky headers repeat the headline; menus repeat too, but fail the rest.
            if repeated.contains(lines[index].text) { score += t.headlineRepeatBonus }
            if listed.contains(index) { score -= t.headlineListPenalty }
            if isArticle && paragraphsAbove == 0 && standsAlone(lines, index) { score += t.headlineAloneBonus }
            if index >= denseLead { score -= t.headlineInLeadPenalty }
            if below.prefix(t.headlineFrameReach).contains(where: frameLines.contains) { score += t.headlineFrameBonus }
            score += t.headlineOverlapWeight * overlap(lines[index], with: below.map { lines[$0] })
            let density = text.reduce(0.0) { $0 + lines[$1].score }
            score += min(max(density, 0), t.headlineDensityCap) / t.headlineDensityPerPoint
            if score > (best?.score ?? t.headlineMinimumScore) { best = (score, index) }
        }
        return best?.index
    }

    /// The headline line as a title: a short tail after a separator is a site, section or
    /// label segment ("Gym Workouts for Beginners — Strength Training", "… – Artlyst"), dropped
    /// as from an HTML h1 whose site name the page does not declare (`TitleSelection`); a tail
    /// with a function word reads as part of the headline and stays.
    static func title(_ line: DumpLine, _ t: DumpTunables) -> String {
        var segments = HTMLTunables()
        segments.siteSuffixMaxWords = t.headlineLabelMaxWords
        segments.titleMinimumWords = t.headlineMinWords
        segments.siteSegmentsMax = t.headlineLabelSegmentsMax
        return TitleSelection.stripSiteName(String(line.text), siteName: nil, keepingPhrases: true, tunables: segments)
    }

    /// Candidates in a block (lines with no blank line between them) that holds at least
    /// `headlineListLines` candidates besides frame lines: a table of contents, a menu, a list.
    private static func listedLines(_ lines: DumpLineList, in range: Range<Int>, frameLines: Set<Int>, _ t: DumpTunables) -> Set<Int> {
        var listed: Set<Int> = []
        var block: [Int] = []
        func close() {
            if block.count >= t.headlineListLines { listed.formUnion(block) }
            block.removeAll(keepingCapacity: true)
        }
        for index in range {
            if lines[index].startsBlock { close() }
            if isCandidate(lines[index], t) && !frameLines.contains(index) { block.append(index) }
        }
        close()
        return listed
    }

    /// A headline is set apart from what surrounds it: a blank line above and below it.
    private static func standsAlone(_ lines: DumpLineList, _ index: Int) -> Bool {
        lines[index].startsBlock && (index + 1 == lines.count || lines[index + 1].startsBlock)
    }

    private static func repeatedTexts(_ window: Slice<DumpLineList>) -> Set<Substring> {
        var seen: Set<Substring> = [], repeated: Set<Substring> = []
        for line in window where line.words >= 2 {
            if !seen.insert(line.text).inserted { repeated.insert(line.text) }
        }
        return repeated
    }

    /// A byline ("By Jane Doe", "Edited by: Jane Doe") is no headline even when it is not read
    /// as the page's byline.
    private static func isCandidate(_ line: DumpLine, _ t: DumpTunables) -> Bool {
        (t.headlineMinWords...max(t.headlineMinWords, t.headlineMaxWords)).contains(line.words)
            && (line.kind == .short || line.kind == .prose) && !line.endsElided
            && !(line.endsSentence && line.text.unicodeScalars.last.map(TextMeasures.fullStops.contains) == true)
            && !isNumberedHeading(line) && !isBreadcrumb(line, t)
            && BylineWords.afterOpening(line.text) == nil && !BylineWords.isCredit(line.text)
    }

    /// "Blog / Topics / Marketing", "Home › News": a path, not a title. A path's first step is a
    /// label; a headline before the one separator ("Best Movers in Boston 2025 | Top 19
    /// Companies", "Cameras Under $2500 | The Best Mirrorless Cameras") is a title, its label
    /// tail dropped by `title(_:)`. A line of label segments ("Posted by Jane Roe | Apr 21, 2017
    /// | Products") has more separators.
    private static func isBreadcrumb(_ line: DumpLine, _ t: DumpTunables) -> Bool {
        guard pathSeparators.contains(where: { line.text.contains($0) }) else { return false }
        let text = String(line.text)
        let pieces = pathSeparators.map { text.components(separatedByBytes: $0) }
        // Only a separator `title(_:)` drops a tail after ("|", "»", "/"; not "›" or ">").
        guard pieces.reduce(0, { $0 + $1.count - 1 }) == 1, let one = pieces.firstIndex(where: { $0.count == 2 }),
              TitleSelection.separators.contains(pathSeparators[one]) else { return true }
        return pieces[one][0].split(separator: " ").count < t.headlineMinWords
    }

    private static let pathSeparators = [" / ", " › ", " > ", " » ", " | "]

    /// "1. First tip", "3) Prioritize SEO": a list heading inside the article.
    private static func isNumberedHeading(_ line: DumpLine) -> Bool {
        let prefix = line.text.prefix(4)
        guard let first = prefix.first, first.isNumber else { return false }
        return prefix.dropFirst().drop(while: \.isNumber).first.map { $0 == "." || $0 == ")" } ?? false
    }

    /// Title case and a headline's length.
    private static func shapeScore(_ line: DumpLine) -> Double {
        let titleCase = Double(line.capitalisedWords) / Double(max(1, line.words))
        let length: Double = (4...18).contains(line.words) ? 1 : line.words < 4 ? 0 : -0.5
        return titleCase + length
    }

    /// Share of the line's longer words (and character bigrams of spaceless scripts) that the
    /// prose below it repeats.
    private static func overlap(_ line: DumpLine, with below: [DumpLine]) -> Double {
        let words = wordsOf(line).filter { $0.count > 3 || $0.unicodeScalars.first.map { TextMeasures.spacelessClass($0.value) != 0 } == true }
        guard !words.isEmpty else { return 0 }
        var text: Set<String> = []
        for other in below where other.kind == .prose { text.formUnion(wordsOf(other)) }
        return Double(words.filter(text.contains).count) / Double(words.count)
    }

    private static func wordsOf(_ line: DumpLine) -> [String] {
        TextMeasures.comparisonUnits(line.text)
    }
}
