/// Trims the end of the main region. The maximum-sum run keeps any block of text that pays
/// for the labels in front of it; at the end of an article such blocks are mostly promos,
/// sign-up boxes and bios, so a trailing block must pay for its gap several times over.
enum TailTrimmer {
    static func trim(_ region: Range<Int>, in lines: DumpLineList, _ t: DumpTunables = DumpTunables()) -> Range<Int> {
        var end = region.upperBound
        while end > region.lowerBound {
            // The last block: positive lines back to the nearest costing line.
            var blockStart = end
            var blockScore = 0.0
            while blockStart > region.lowerBound, lines[blockStart - 1].score > 0 {
                blockStart -= 1
                blockScore += lines[blockStart].score
            }
            // The gap before it: costing lines back to the previous block.
            var gapStart = blockStart
            var gapCost = 0.0
            while gapStart > region.lowerBound, lines[gapStart - 1].score <= 0 {
                gapStart -= 1
                gapCost -= lines[gapStart].score
            }
            guard gapStart > region.lowerBound, gapCost > 0, blockScore < t.trailingBlockFactor * gapCost else { break }
            end = gapStart
        }
        return region.lowerBound..<end
    }
}
