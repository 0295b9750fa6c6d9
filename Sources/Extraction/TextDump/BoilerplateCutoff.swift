/// Ends the body at the first end-matter heading ("Share post:", "Related", "Comments", ...)
/// that follows some article text: what comes after is about other pages or other people.
enum BoilerplateCutoff {
    static func apply(_ region: Range<Int>, in lines: [DumpLine]) -> Range<Int> {
        var sawProse = false
        for index in region {
            switch lines[index].kind {
            case .prose: sawProse = true
            case .cutoff where sawProse: return region.lowerBound..<index
            default: break
            }
        }
        return region
    }
}
