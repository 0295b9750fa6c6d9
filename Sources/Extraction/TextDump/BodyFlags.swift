import TextCore

/// Quality observations about the extracted body.
enum BodyFlags {
    static func flags(body: [DumpLine], reachesEnd: Bool) -> [Flag] {
        var flags: [Flag] = []
        let words = body.reduce(0) { $0 + $1.words }
        if body.isEmpty {
            flags.append(Flag(.noBody, "no paragraph of running text was found"))
        } else if words < FlagThresholds.shortBodyWords {
            flags.append(Flag(.shortBody, "the body has only \(words) words"))
        }
        if let last = body.last, last.endsElided || (reachesEnd && last.kind == .prose && !last.endsSentence) {
            flags.append(Flag(.truncated, "the body stops mid-text: the dump looks cut off"))
        }
        return flags
    }
}
