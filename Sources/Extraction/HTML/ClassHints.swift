import HTMLParser
import TextCore

/// What class, id, role and itemprop values say about an element: sites name their article
/// containers and their boilerplate with remarkably stable words.
enum ClassHints {
    enum Verdict { case positive, negative, neutral }

    /// On forum pages the "comments" are the content.
    static func verdict(tag: HTMLTag, hints: String, commentsAreContent: Bool = false) -> Verdict {
        var cache: [Substring: Verdict] = [:]
        return verdict(tag: tag, hints: hints, commentsAreContent: commentsAreContent, tokenCache: &cache)
    }

    /// `tokenCache` remembers verdicts of single class tokens across a page's elements:
    /// templates repeat the same few tokens in many combinations.
    static func verdict(tag: HTMLTag, hints: String, commentsAreContent: Bool,
                        tokenCache: inout [Substring: Verdict]) -> Verdict {
        switch tag {
        case .nav, .aside, .footer, .header, .form: return .negative
        case .article, .main: return .positive
        default: break
        }
        var positive = false
        let tokens = hints.split(whereSeparator: { $0 == " " })
        // WordPress marks a post with its taxonomy ("hentry status-publish tag-sunset
        // category-travel"): "tag-sunset" names the post's tag, not a tag cloud.
        let isPostEntry = tokens.contains { postEntryMarkers.contains($0) }
        for fullToken in tokens {
            if isPostEntry, taxonomyPrefixes.contains(where: { fullToken.hasPrefix($0) }) { continue }
            let verdict: Verdict
            if let known = tokenCache[fullToken] {
                verdict = known
            } else {
                verdict = tokenVerdict(fullToken, commentsAreContent: commentsAreContent)
                tokenCache[fullToken] = verdict
            }
            if verdict == .negative { return .negative }
            if verdict == .positive { positive = true }
        }
        return positive ? .positive : .neutral
    }

    private static func tokenVerdict(_ fullToken: Substring, commentsAreContent: Bool) -> Verdict {
        // Utility-class variants ("print:hidden", "md:col-span-8") say nothing about content.
        let token = fullToken.split(separator: ":").last ?? fullToken
        let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
        // "o-section--has-ads", "has-sidebar", "no-comments": a modifier saying what an element holds
        // or lacks, not what it is (a news site's section "has ads" and holds the article).
        let modifier = token.split(separator: "--").last ?? token  // BEM: "block--modifier"
        let modifierParts = modifier.split(whereSeparator: { $0 == "-" || $0 == "_" })
        if let first = modifierParts.first, modifierWords.contains(String(first)) { return .neutral }
        // "TestReport__Section--Ads": a BEM modifier naming only ads is the same statement (the
        // block's variant with ad slots in it); an ad itself is "ad-slot", "ads-wrapper".
        if modifier.count < token.count, !modifierParts.isEmpty,
           modifierParts.allSatisfy({ adModifierWords.contains(String($0)) }) { return .neutral }
        if parts.contains(where: { negativeWords.contains(String($0)) })
            || negativeFragments.contains(where: {
                token.containsBytes($0) && !($0 == "comment" && (commentsAreContent || namesEditorialComment(parts)))
            }) {
            return .negative
        }
        return positiveFragments.contains(where: { token.containsBytes($0) }) ? .positive : .neutral
    }

    /// "commentary" names an opinion piece ("news subjective commentary") or a match report, and
    /// a live ticker calls its entries comments ("live-match-comment", "live-comment"): the
    /// page's own writing, not its readers'. French "commentaire" and German "Kommentar" are
    /// readers' comments and stay negative.
    private static func namesEditorialComment(_ parts: [Substring]) -> Bool {
        parts.contains { editorialCommentWords.contains(String($0)) }
    }

    private static let editorialCommentWords: Set<String> = ["commentary", "commentaries", "live"]

    /// Whether a boilerplate element names a section that stands beside or after the article
    /// (comments, a sidebar, related stories, the footer) rather than furniture that may wrap
    /// part of it (a "read-more" fold, a share bar). Such a section is never the article's
    /// wrapper once the article's text has come before it (`PageOutline.isNegative`). `hints`
    /// are lower-cased, as the parser gives them.
    /// A layout wrapper named after what it sits beside ("c-fixed-sidebar-layout", "cb-post-wrap
    /// cb-sidebar-right") is a wrapper.
    static func namesSectionBesideArticle(tag: HTMLTag, hints: String) -> Bool {
        if tag == .aside || tag == .footer { return true }
        return besideArticleFragments.contains { hints.containsBytes($0) } && !wrapperFragments.contains { hints.containsBytes($0) }
    }

    private static let besideArticleFragments = [
        "comment", "sidebar", "complementary", "related", "recommend", "trending", "popular", "footer",
        "outbrain", "taboola", "disqus", "more-stories",
    ]
    private static let wrapperFragments = ["wrap", "layout", "container"]

    /// First words of modifier classes ("has-ads", "with-sidebar", "no-paywall").
    private static let modifierWords: Set<String> = ["has", "with", "without", "no"]
    /// Words of a BEM modifier ("--ads") that say the block holds ads.
    private static let adModifierWords: Set<String> = ["ad", "ads"]
    /// Classes a CMS gives the element of a post itself (WordPress's `post_class`, the hAtom microformat).
    private static let postEntryMarkers: Set<Substring> = ["hentry", "status-publish", "type-post"]
    /// Taxonomy classes on such an element: "tag-<slug>", "category-<slug>".
    private static let taxonomyPrefixes = ["tag-", "category-", "tags-"]

    /// Whole words (between - and _) that mark boilerplate; too short to match as fragments.
    private static let negativeWords: Set<String> = [
        "ad", "ads", "nav", "menu", "tags", "tag", "meta", "share", "social", "byline", "author",
        "navigation", "complementary", "contentinfo", "banner", "search", "login", "modal", "popup",
        "toolbar", "sr", "breadcrumbs", "breadcrumb", "pagination", "pager",
        "caption", "credit", "credits", "dateline", "date", "time", "timestamp", "subscribe", "signup",
    ]

    private static let negativeFragments = [
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

    private static let positiveFragments = [
        "article", "content", "story", "post-body", "postbody", "entry", "main", "text", "blog",
        "articlebody", "body",
    ]
}
