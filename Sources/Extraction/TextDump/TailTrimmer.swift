/// Trims the end of the main region. The maximum-sum run keeps any block of text that pays
/// for the labels in front of it; at the end of an article such blocks are mostly promos,
/// sign-up boxes and bios, so a trailing block must pay for its gap several times over.
enum TailTrimmer {
    static let trailingBlockFactor = 2.0

    static func trim(_ region: Range<Int>, in lines: [DumpLine]) -> Range<Int> {
        var end = region.upperBound
        while end > region.lowerBound {
            // The last block: positive lines back to the nearest costing line.
            var blockStart = end
            var blockScore = 0.0
            while blockStart > region.lowerBound, MainRegionFinder.score(lines[blockStart - 1]) > 0 {
                blockStart -= 1
                blockScore += MainRegionFinder.score(lines[blockStart])
            }
            // The gap before it: costing lines back to the previous block.
            var gapStart = blockStart
            var gapCost = 0.0
            while gapStart > region.lowerBound, MainRegionFinder.score(lines[gapStart - 1]) <= 0 {
                gapStart -= 1
                gapCost -= MainRegionFinder.score(lines[gapStart])
            }
            guard gapStart > region.lowerBound, gapCost > 0, blockScore < trailingBlockFactor * gapCost else { break }
            end = gapStart
        }
        return region.lowerBound..<end
    }
}
