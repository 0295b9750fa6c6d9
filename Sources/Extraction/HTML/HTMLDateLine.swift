import HTMLParser
import TextCore

/// The date a page shows beside its headline or byline ("Updated on July 9, 2025"): short
/// blocks from just before the h1 to a little after the body starts. `DateParser` reads the
/// line, and its label on the date tells an update from publication, so callers can keep
/// the two apart.
enum HTMLDateLine {
    struct Found {
        var date: String
        var isUpdate: Bool
    }

    /// Looks around the first h1, then around the start of the article container (pages often
    /// have a stray h1 in the header).
    static func find(_ outline: PageOutline, headline: Int?, container: Int) -> Found? {
        let blocks = outline.parsed.blocks
        let firstInContainer = blocks.indices.first { outline.contains(container, Int(blocks[$0].node)) }
        for anchor in [headline, firstInContainer].compactMap({ $0 }) {
            if let found = find(outline, around: anchor) { return found }
        }
        return nil
    }

    private static func find(_ outline: PageOutline, around anchor: Int) -> Found? {
        let blocks = outline.parsed.blocks
        let t = outline.tunables
        let start = max(0, anchor - t.dateLineBlocksBefore)
        let end = min(blocks.count, anchor + t.dateLineBlocksAfter)
        for i in start..<end where outline.features[i].words <= t.dateLineMaxWords && !outline.features[i].isLinkList {
            guard let mention = DateParser.scan(blocks[i].text).mentions.first(where: { $0.day?.isWebEra == true }),
                  let day = mention.day else { continue }
            return Found(date: day.iso, isUpdate: mention.label == .updated)
        }
        return nil
    }
}
