/// Quality observations about the extracted body.
enum BodyFlags {
    static let shortBodyWords = 100

    static func flags(body: [DumpLine], reachesEnd: Bool) -> [Flag] {
        var flags: [Flag] = []
        let words = body.reduce(0) { $0 + $1.words }
        if body.isEmpty {
            flags.append(Flag("no_body", "no paragraph of running text was found"))
        } else if words < shortBodyWords {
            flags.append(Flag("short_body", "the body has only \(words) words"))
        }
        if let last = body.last, last.endsElided || (reachesEnd && last.kind == .prose && !last.endsSentence) {
            flags.append(Flag("truncated_text", "the body stops mid-text: the dump looks cut off"))
        }
        return flags
    }
}
