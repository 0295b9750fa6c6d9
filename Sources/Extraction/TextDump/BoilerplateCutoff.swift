/// End-matter headings ("Share post:", "Related", "Comments", "You may also like") split the
/// dump into segments: the article never runs across one, since what follows such a heading
/// is about other pages or other people.
enum BoilerplateCutoff {
    static func segments(_ lines: DumpLineList) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        for (index, line) in lines.enumerated() where line.kind == .cutoff {
            if index > start { segments.append(start..<index) }
            start = index + 1
        }
        if start < lines.count { segments.append(start..<lines.count) }
        return segments
    }
}
