/// Article or not, from how much running text the body holds. A dump cannot say much more:
/// a page of teasers or short lines is called a listing, anything else without prose "other".
enum PageTypeGuess {
    static func hasArticleText(_ lines: some Sequence<DumpLine>, _ t: DumpTunables = DumpTunables()) -> Bool {
        let prose = lines.filter { $0.kind == .prose }
        return prose.reduce(0) { $0 + $1.words } >= t.minimumArticleWords && prose.count >= 2
    }

    static func guess(body: [DumpLine], teasers: Int, _ t: DumpTunables = DumpTunables()) -> PageType {
        if hasArticleText(body, t) { return .article }
        let prose = body.filter { $0.kind == .prose }
        let shortLines = body.count - prose.count
        return teasers >= 3 || shortLines >= 10 ? .listing : .other
    }
}
