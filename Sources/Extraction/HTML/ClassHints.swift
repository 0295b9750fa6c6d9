import HTMLParser
import TextCore

/// What class, id, role and itemprop values say about an element: sites name their article
/// containers and their boilerplate with remarkably stable words.
enum ClassHints {
    enum Verdict { case positive, negative, neutral }

    /// On forum pages the "comments" are the content.
    static func verdict(tag: HTMLTag, hints: String, commentsAreContent: Bool = false) -> Verdict {
        var cache = TokenCache()
        return verdict(tag: tag, hints: hints, commentsAreContent: commentsAreContent, tokenCache: &cache)
    }

    /// Verdicts of single class tokens, remembered across a page's elements: templates repeat the
    /// same few tokens in many combinations.
    typealias TokenCache = [Substring: Verdict]

    /// The verdict the tag alone gives, whatever the element's classes say.
    static func tagVerdict(_ tag: HTMLTag) -> Verdict? {
        switch tag {
        case .nav, .aside, .footer, .header, .form: return .negative
        case .article, .main: return .positive
        default: return nil
        }
    }

    static func verdict(tag: HTMLTag, hints: String, commentsAreContent: Bool, tokenCache: inout TokenCache) -> Verdict {
        if let verdict = tagVerdict(tag) { return verdict }
        return hintsVerdict(hints, commentsAreContent: commentsAreContent, tokenCache: &tokenCache)
    }

    /// What the class, id, role and itemprop tokens say (any negative token wins over positive
    /// ones). Tokens are read as UTF-8 bytes: the hints are lower-cased by the parser and the
    /// word lists are ASCII.
    static func hintsVerdict(_ hints: String, commentsAreContent: Bool, tokenCache: inout TokenCache) -> Verdict {
        var positive = false
        let tokens = hints.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
        // WordPress marks a post with its taxonomy ("hentry status-publish tag-sunset
        // category-travel"): "tag-sunset" names the post's tag, not a tag cloud.
        let isPostEntry = tokens.contains { token in token.withUTF8Bytes { postEntryMarkers.contains(exactly: $0) } }
        for token in tokens {
            let verdict: Verdict
            if let known = tokenCache[token] {
                verdict = known
            } else {
                verdict = token.withUTF8Bytes { tokenVerdict($0, commentsAreContent: commentsAreContent) }
                tokenCache[token] = verdict
            }
            if verdict == .neutral { continue }
            if isPostEntry, token.withUTF8Bytes({ taxonomyPrefixes.anyPrefix(of: $0) }) { continue }
            if verdict == .negative { return .negative }
            positive = true
        }
        return positive ? .positive : .neutral
    }

    private static func tokenVerdict(_ fullToken: UnsafeBufferPointer<UInt8>, commentsAreContent: Bool) -> Verdict {
        // Utility-class variants ("print:hidden", "md:col-span-8") say nothing about content.
        let token = Pieces(fullToken, separator: colon).last ?? fullToken
        let wordBreak: (UInt8) -> Bool = { $0 == hyphen || $0 == underscore }
        // "o-section--has-ads", "has-sidebar", "no-comments": a modifier saying what an element holds
        // or lacks, not what it is (a news site's section "has ads" and holds the article).
        let modifier = Pieces(token, separator: doubleHyphen).last ?? token  // BEM: "block--modifier"
        var modifierParts = Pieces(modifier, isSeparator: wordBreak)
        if let first = modifierParts.next(), modifierWords.contains(exactly: first) { return .neutral }
        // "TestReport__Section--Ads": a BEM modifier naming only ads is the same statement (the
        // block's variant with ad slots in it); an ad itself is "ad-slot", "ads-wrapper".
        if modifier.count < token.count, !Pieces(modifier, isSeparator: wordBreak).isEmpty,
           Pieces(modifier, isSeparator: wordBreak).allSatisfy({ adModifierWords.contains(exactly: $0) }) { return .neutral }
        let parts = Pieces(token, isSeparator: wordBreak)
        let commentIsContent = commentsAreContent || parts.contains { editorialCommentWords.contains(exactly: $0) }
        if parts.contains(where: { negativeWords.contains(exactly: $0) })
            || (commentIsContent ? negativeFragmentsBesideComments : negativeFragments).anyInside(token) {
            return .negative
        }
        return positiveFragments.anyInside(token) ? .positive : .neutral
    }

    private static let colon: [UInt8] = [UInt8(ascii: ":")]
    private static let doubleHyphen: [UInt8] = Array("--".utf8)
    private static let hyphen = UInt8(ascii: "-")
    private static let underscore = UInt8(ascii: "_")

    /// The non-empty pieces of a token between separators (as `split` gives them), as byte
    /// ranges of the token: a class token is read without copying it.
    private struct Pieces: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        /// A separator of several bytes, matched left to right without overlap ("--").
        let separator: [UInt8]
        let isSeparator: ((UInt8) -> Bool)?
        var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>, separator: [UInt8]) {
            self.bytes = bytes
            self.separator = separator
            isSeparator = nil
        }

        init(_ bytes: UnsafeBufferPointer<UInt8>, isSeparator: @escaping (UInt8) -> Bool) {
            self.bytes = bytes
            separator = []
            self.isSeparator = isSeparator
        }

        /// Length of the separator at `offset`, or 0.
        private func separatorLength(at offset: Int) -> Int {
            if let isSeparator { return isSeparator(bytes[offset]) ? 1 : 0 }
            let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
            return separator.count <= rest.count && separator.withUnsafeBufferPointer({ ByteSearch.hasPrefix(rest, $0) })
                ? separator.count : 0
        }

        mutating func next() -> UnsafeBufferPointer<UInt8>? {
            while position < bytes.count {
                let start = position
                while position < bytes.count, separatorLength(at: position) == 0 { position += 1 }
                let end = position
                position += position < bytes.count ? separatorLength(at: position) : 0
                if end > start { return UnsafeBufferPointer(rebasing: bytes[start..<end]) }
            }
            return nil
        }

        var isEmpty: Bool {
            var pieces = self
            return pieces.next() == nil
        }

        var last: UnsafeBufferPointer<UInt8>? {
            var pieces = self
            var last: UnsafeBufferPointer<UInt8>?
            while let piece = pieces.next() { last = piece }
            return last
        }
    }

    /// Words beside which "comment" is the page's own writing, not its readers': "commentary"
    /// names an opinion piece ("news subjective commentary") or a match report, and a live
    /// ticker calls its entries comments ("live-match-comment", "live-comment"). French
    /// "commentaire" and German "Kommentar" are readers' comments and stay negative.
    private static let editorialCommentWords = BytePhrases(["commentary", "commentaries", "live"])

    /// Whether a boilerplate element names a section that stands beside or after the article
    /// (comments, a sidebar, related stories, the footer) rather than furniture that may wrap
    /// part of it (a "read-more" fold, a share bar). Such a section is never the article's
    /// wrapper once the article's text has come before it (`PageOutline.isNegative`). `hints`
    /// are lower-cased, as the parser gives them.
    /// A layout wrapper named after what it sits beside ("c-fixed-sidebar-layout", "cb-post-wrap
    /// cb-sidebar-right") is a wrapper.
    static func namesSectionBesideArticle(tag: HTMLTag, hints: String) -> Bool {
        if tag == .aside || tag == .footer { return true }
        return hints.withUTF8Bytes { besideArticleFragments.anyInside($0) && !wrapperFragments.anyInside($0) }
    }

    private static let besideArticleFragments = BytePhrases([
        "comment", "sidebar", "complementary", "related", "recommend", "trending", "popular", "footer",
        "outbrain", "taboola", "disqus", "more-stories",
    ])
    private static let wrapperFragments = BytePhrases(["wrap", "layout", "container"])

    /// First words of modifier classes ("has-ads", "with-sidebar", "no-paywall").
    private static let modifierWords = BytePhrases(["has", "with", "without", "no"])
    /// Words of a BEM modifier ("--ads") that say the block holds ads.
    private static let adModifierWords = BytePhrases(["ad", "ads"])
    /// Classes a CMS gives the element of a post itself (WordPress's `post_class`, the hAtom microformat).
    private static let postEntryMarkers = BytePhrases(["hentry", "status-publish", "type-post"])
    /// Taxonomy classes on such an element: "tag-<slug>", "category-<slug>".
    private static let taxonomyPrefixes = BytePhrases(["tag-", "category-", "tags-"])

    /// Whole words (between - and _) that mark boilerplate; too short to match as fragments.
    /// "foot" is the footer as Chinese templates name it (`<div class="foot">`, "main-foot"),
    /// never a fragment: "football".
    private static let negativeWords = BytePhrases([
        "ad", "ads", "nav", "menu", "tags", "tag", "meta", "share", "social", "byline", "author", "foot",
        "navigation", "complementary", "contentinfo", "banner", "search", "login", "modal", "popup",
        "toolbar", "sr", "breadcrumbs", "breadcrumb", "pagination", "pager",
        "caption", "credit", "credits", "dateline", "date", "time", "timestamp", "subscribe", "signup",
    ])

    private static let negativeFragmentList = [
        "comment", "sidebar", "footer", "related", "promo", "cookie", "newsletter", "advert", "sponsor",
        "recommend", "trending", "popular", "outbrain", "taboola", "disqus", "masthead",
        "consent", "gdpr", "read-more", "readmore", "more-stories", "share", "social",
        "subscription", "author-bio", "authorbio", "byline", "breadcrumb", "navbar", "topbar",
        // A post's meta line under it (WordPress "postmetadata", "entry-utility"), "more from the
        // site" boxes inside a post ("recirculation"), newsletter boxes spelt apart, author boxes.
        "postmetadata", "entry-utility", "recirculation", "news-letter", "mini-bio", "author-box", "authorbox",
        // Social-media embeds: their no-script fallback ("View this post on Instagram ... A post
        // shared by") is not the article's text.
        "instagram-media", "twitter-tweet", "tiktok-embed", "fb-post", "bluesky-embed", "reddit-embed",
    ]
    private static let negativeFragments = BytePhrases(negativeFragmentList)
    /// On forum pages, where the comments are the content, and beside `editorialCommentWords`.
    private static let negativeFragmentsBesideComments = BytePhrases(negativeFragmentList.filter { $0 != "comment" })

    private static let positiveFragments = BytePhrases([
        "article", "content", "story", "post-body", "postbody", "entry", "main", "text", "blog",
        "articlebody", "body",
    ])
}
