/// Teasers of other articles: a short title line followed by a snippet cut off with "...".
enum TeaserCollector {
    struct Teaser {
        var titleLine: Int
        var snippetLine: Int
        var teaser: RelatedTeaser
    }

    static func collect(_ lines: DumpLineList, from start: Int) -> [Teaser] {
        var teasers: [Teaser] = []
        var index = max(0, start)
        while index + 1 < lines.count {
            let title = lines[index], snippet = lines[index + 1]
            if isTitle(title) && snippet.endsElided && snippet.words >= 4 {
                teasers.append(Teaser(titleLine: index, snippetLine: index + 1,
                                      teaser: RelatedTeaser(title: String(title.text), snippet: String(snippet.text))))
                index += 2
            } else {
                index += 1
            }
        }
        return teasers
    }

    private static func isTitle(_ line: DumpLine) -> Bool {
        (2...20).contains(line.words) && !line.endsElided && !line.endsSentence && line.kind == .short
    }
}
