/// Phrase lists for the page furniture of news and blog sites, matched against a line's
/// `phraseKey` (lower-cased, outer punctuation dropped). Gathered from the usual CMS templates.
enum BoilerplatePhrases {
    /// Headings that open the end matter: nothing after them is the article.
    static let cutoffs: Set<String> = [
        "share post", "share this", "share this post", "share this article", "share this story", "share article",
        "share on", "share via", "related", "related posts", "related articles", "related stories",
        "related content", "related topics", "related news", "related reading", "more like this", "more stories",
        "more from", "more articles", "more news", "you may also like", "you might also like", "you may be interested in",
        "recommended", "recommended for you", "recommended articles", "read next", "up next", "what to read next",
        "popular", "most popular", "popular posts", "popular stories", "trending", "trending now", "latest news",
        "latest posts", "recent posts", "recent articles", "comments", "leave a reply", "leave a comment",
        "post a comment", "add a comment", "join the conversation", "about the author", "about the authors",
        "subscribe to our newsletter", "sign up for our newsletter", "newsletter", "tags", "filed under",
        "categories", "previous article", "next article", "previous post", "next post", "back to blog",
        "article sources", "sources", "references", "see also", "further reading",
        "discussion about this post", "citations", "recommended reading", "the author", "share your story",
        "more to explore", "keep reading", "explore more", "join our newsletter",
        "end of article", "view all comments", "show comments", "no comments", "reader comments",
    ]

    /// Multi-word end-matter headings that may run on into a name or a site ("About the author Jane Doe").
    static let cutoffOpenings = BytePhrases(cutoffs.filter { $0.contains(" ") }.map { $0 + " " })

    /// Labels of links to other pages placed inside an article ("Related: ...").
    static let inlineLinkLabels: Set<String> = [
        "related", "see also", "related reading", "related content", "read more", "recommended reading",
        "related article", "related articles", "related post", "related story", "read also", "also read",
        "more", "recommended", "read next",
    ]

    /// Single lines that are furniture wherever they stand.
    static let furniture: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "skip to content", "skip to main content",
        "skip to navigation", "share", "tweet", "pin", "email", "print", "facebook", "twitter", "linkedin",
        "whatsapp", "reddit", "pinterest", "copy link", "link copied", "read more", "continue reading",
        "click here", "load more", "show more", "see more", "sign in", "log in", "login", "sign up",
        "register", "subscribe", "menu", "search", "close", "home", "follow", "follow us", "like", "comment",
        "reply", "cancel reply", "back to top", "report this article", "listen to this article", "save", "saved",
        "image", "photo", "video", "audio", "top", "back", "next", "previous", "toggle navigation",
        "open menu", "close menu", "accept", "accept all", "reject all", "cookie settings", "manage consent",
        "book now", "buy now", "shop now", "see it", "view deal", "learn more", "more info", "loading",
        "advertising", "previous next", "table of contents", "jump to", "jump to review", "pros", "cons",
        "view this post on instagram", "compare", "price", "map", "get started", "contact us", "listen",
    ]

    /// Words that betray a furniture sentence when the line starts with them or contains them.
    static let furnitureOpenings = BytePhrases(["we use cookies", "this website uses cookies", "this site uses cookies",
                                    "by continuing to use", "copyright ©", "©", "all rights reserved",
                                    "sign up for", "subscribe to", "follow us on", "click here to",
                                    "click to share", "share on ", "credit:", "photo:", "image:", "photo credit",
                                    "image credit", "courtesy of", "source:", "check price", "buy on", "shop on",
                                    "see the rating", "view on", "sign in to", "log in to", "advertisement",
                                    "reading time", "written by", "updated on", "published on", "read full article",
                                    "learn more about", "read the full", "testing conducted by"])

    /// Phrases that make a line furniture wherever they stand in it.
    /// Calls to action: a short line that asks the reader to sign up, subscribe or get in touch
    /// is the site talking, not the article.
    static let callsToAction = BytePhrases(["sign up", "subscribe", "newsletter", "free trial", "book a demo", "request a demo",
                                "get a demo", "contact us", "get in touch", "get started", "download now",
                                "request a quote", "get a quote", "your inbox", "email address"])

    static let furnitureInside = BytePhrases(["earn a commission", "earn a small commission", "affiliate link",
                                  "all rights reserved", "(opens in new window)", "photo by ", "| photo",
                                  "image via ", "getty images", "shutterstock", "min read", "minute read"])

    /// Consent banners and privacy notices: "cookie" with any of `consentWords`, or a stock phrase.
    static let cookie = BytePhrases(["cookie"])
    static let consentWords = BytePhrases(["consent", "browser", "website", "partners", "privacy", "personal data",
                                           "tracking", "preferences"])
    static let privacyNotices = BytePhrases(["technical storage or access", "we and our partners",
                                             "store and/or access information", "we process your personal"])
}
