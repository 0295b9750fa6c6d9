/// The one set of phrase lists for page furniture of news and blog sites, gathered from the
/// usual CMS templates: text dumps classify lines with them, the HTML pipeline drops interface
/// labels and ends bodies with them, enrichment flags furniture left in a body. Matched against
/// a `phraseKey` (lower-cased, outer punctuation dropped) or lower-cased UTF-8 bytes.
public enum BoilerplatePhrases {
    /// Headings that open the end matter: nothing after them is the article.
    public static let endMatterHeadings: Set<String> = [
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
        "most read", "other articles", "more proof points", "sign up for", "subscribe to", "tagged", "tagged with",
        // German
        "mehr zum thema", "mehr zu diesem thema", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
        "das könnte sie interessieren", "das könnte dich interessieren", "lesen sie mehr", "auch interessant",
        "ebenfalls interessant", "weitere artikel", "weitere beiträge", "weitere nachrichten", "weitere news", "ähnliche artikel", "ähnliche beiträge", "ähnliche nachrichten", "ähnliche themen",
        "verwandte artikel", "verwandte themen", "passend zum thema", "zum weiterlesen", "weiterführende links",
        "meistgelesen", "meist gelesen", "meistgelesene artikel", "neueste artikel", "neueste beiträge", "letzte artikel",
        "letzte beiträge", "aktuelle beiträge", "top themen", "empfehlungen der redaktion", "schlagworte", "schlagwörter",
        "kategorien", "kommentare", "kommentar schreiben", "kommentar verfassen", "diskutieren sie mit",
        "diesen artikel teilen", "artikel teilen", "jetzt teilen", "beitrag teilen", "über den autor", "über die autorin",
        "zur autorin", "zum autor", "quellen", "autoren", "aktuelle news", "weitere informationen",
        // French
        "sur le même sujet", "dans la même rubrique", "articles similaires", "articles liés", "articles connexes", "articles les plus lus", "les plus lus",
        "les plus populaires", "derniers articles", "nos derniers articles", "vous aimerez aussi", "vous aimerez également",
        "vous pourriez aussi aimer", "pour aller plus loin", "commentaires", "laisser un commentaire",
        "partager cet article", "mots-clés", "mots clés", "à propos de l'auteur", "à propos de l’auteur",
        // Spanish, Portuguese, Italian
        "noticias relacionadas", "artículos relacionados", "te puede interesar", "también te puede interesar",
        "te recomendamos", "lo más leído", "más leídas", "lo más visto", "más noticias", "contexto de la noticia",
        "comentarios", "deja un comentario", "etiquetas", "sobre el autor",
        "notícias relacionadas", "mais lidas", "comentários", "deixe um comentário",
        "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare", "i più letti",
        "più letti", "commenti", "lascia un commento",
        // Dutch, Polish
        "gerelateerde artikelen", "meer nieuws", "meest gelezen", "reacties", "deel dit artikel",
        "czytaj więcej", "podobne artykuły", "najczęściej czytane", "komentarze", "polecamy",
        // Chinese (simplified, traditional), Japanese, Korean. "责任编辑" (the editor in charge)
        // closes a Chinese news article: "（责任编辑：王某）".
        "相关新闻", "相关阅读", "相关文章", "相关推荐", "延伸阅读", "推荐阅读", "热门推荐", "热点推荐", "热门文章",
        "猜你喜欢", "网友评论", "发表评论", "最新评论", "评论", "留言", "留言列表", "责任编辑",
        "相關新聞", "相關閱讀", "相關文章", "延伸閱讀", "推薦閱讀", "熱門文章", "網友評論", "發表評論", "評論",
        "責任編輯", "関連記事", "関連ニュース", "関連リンク", "おすすめ記事", "人気記事", "あわせて読みたい",
        "コメント", "관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "댓글",
    ]

    /// "36 comments", "1 comment", "12 responses".
    static let countSuffixes = [" comments", " comment", " responses"].map { Array($0.utf8) }

    /// Multi-word end-matter headings that may run on into a name or a site ("About the author Jane Doe").
    static let endMatterOpenings = BytePhrases(endMatterHeadings.filter { $0.contains(" ") }.map { $0 + " " })
    static let endMatterRunOns = BytePhrases(endMatterHeadings.map { $0 + " " })

    /// An end-matter heading: "Related", "Related: ...", "Tags: a, b", "About the author Jane
    /// Doe", "36 Comments". `key` is a short line's `phraseKey`. Multi-word headings may run on
    /// into a name or a site; one-word headings ("Popular", "Related") run on only when
    /// `allowingRunOn` (the caller knows the article is mostly behind it: "Popular culture" is
    /// also a section heading inside an article).
    public static func isEndMatterHeading(_ key: String, words: Int, allowingRunOn: Bool = false) -> Bool {
        if endMatterHeadings.contains(key) { return true }
        if let colon = key.utf8.firstIndex(of: UInt8(ascii: ":")), endMatterHeadings.contains(String(key[..<colon])) { return true }
        // The full-width colon of Chinese and Japanese ("责任编辑：王某").
        if let colon = key.unicodeScalars.firstIndex(of: "\u{FF1A}"), endMatterHeadings.contains(String(key.unicodeScalars[..<colon])) {
            return true
        }
        if words <= 3, key.withUTF8Bytes({ bytes in countSuffixes.contains { ByteSearch.hasSuffix(bytes, $0) } }) { return true }
        return (allowingRunOn ? endMatterRunOns : endMatterOpenings).anyPrefix(of: Array(key.utf8))
    }

    /// "Related: Why markets fell", "See also: ...": a link to another page set inside the
    /// article; dropped, but the article goes on after it.
    public static func isInlineLink(_ key: String) -> Bool {
        // By bytes: a Character search walks grapheme breaks, and every line of a dump is asked.
        guard let colon = key.utf8.firstIndex(of: UInt8(ascii: ":")), key.utf8.index(after: colon) < key.endIndex else { return false }
        return inlineLinkLabels.contains(String(key[..<colon]))
    }

    /// Labels of links to other pages placed inside an article ("Related: ...").
    public static let inlineLinkLabels: Set<String> = [
        "related", "see also", "related reading", "related content", "read more", "recommended reading",
        "related article", "related articles", "related post", "related story", "read also", "also read",
        "more", "recommended", "read next",
        // German, French, Spanish, Portuguese, Italian, Dutch, Polish
        "lesen sie auch", "lies auch", "auch interessant", "mehr zum thema", "à lire aussi", "a lire aussi", "lire aussi",
        "voir aussi", "lee también", "lea también", "ver también", "leia também", "veja também", "leggi anche",
        "lees ook", "zobacz także", "zobacz też", "czytaj także", "czytaj też",
    ]

    /// Interface labels: single lines or blocks that are furniture wherever they stand.
    public static let interfaceLabels: Set<String> = [
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
        "more", "share this", "share this article", "related", "related articles", "related posts", "comments",
        "you may also like", "recommended",
        // Feedback and share prompts under an article ("Was this article helpful?")
        "was this article helpful", "was this helpful", "did you find this article helpful", "like it? share it",
        "war der artikel nützlich", "war der artikel hilfreich", "war dieser artikel hilfreich",
        "möchten sie den artikel teilen", "artikel gefallen? vergiss nicht zu teilen",
        "cet article vous a-t-il été utile", "cet article vous a été utile", "te ha resultado útil este artículo",
        // German, French, Spanish, Portuguese, Italian, Dutch, Polish
        "teilen", "drucken", "anzeige", "werbung", "weiterlesen", "mehr lesen", "zurück", "nach oben", "merken",
        "artikel merken", "kommentieren", "schließen", "suche", "anmelden", "abonnieren", "jetzt teilen", "artikel teilen",
        "partager", "imprimer", "publicité", "lire la suite", "fermer", "rechercher", "s'abonner", "compartir", "imprimir",
        "publicidad", "leer más", "cerrar", "buscar", "compartilhar", "compartilhe", "publicidade", "leia mais",
        "condividi", "stampa", "pubblicità", "leggi di più", "chiudi", "cerca", "delen", "afdrukken", "advertentie",
        "lees meer", "udostępnij", "drukuj", "reklama", "czytaj więcej", "zamknij", "lesen sie auch", "lies auch",
        "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "lee también", "lea también", "leia também",
        "veja também", "leggi anche", "lees ook", "zobacz także", "zobacz też", "czytaj także", "czytaj też",
    ]

    /// Words that betray a furniture sentence when the line starts with them or contains them.
    public static let furnitureOpenings = BytePhrases(["we use cookies", "this website uses cookies", "this site uses cookies",
                                    "by continuing to use", "copyright ©", "©", "all rights reserved",
                                    "sign up for", "subscribe to", "follow us on", "click here to",
                                    "click to share", "share on ", "credit:", "photo:", "image:", "photo credit",
                                    "image credit", "courtesy of", "source:", "check price", "buy on", "shop on",
                                    "see the rating", "view on", "sign in to", "log in to", "advertisement",
                                    "reading time", "written by", "updated on", "published on", "read full article",
                                    "learn more about", "read the full", "testing conducted by",
                                    "share on", "click here", "getty images", "follow us", "a post shared by",
                                    // German, French, Spanish, Portuguese, Italian, Dutch, Polish, Finnish
                                    "foto:", "fotos:", "foto ©", "bild:", "bildquelle", "quelle:", "titelbild:",
                                    "wir verwenden cookies", "diese website verwendet cookies", "alle rechte vorbehalten",
                                    "folgen sie uns", "photo :", "crédit photo", "crédits photo", "nous utilisons des cookies",
                                    "tous droits réservés", "suivez-nous", "imagen:", "fotografía:", "utilizamos cookies",
                                    "todos los derechos reservados", "síguenos", "utilizziamo i cookie",
                                    "tutti i diritti riservati", "seguici", "fot.", "zdjęcie:", "kuva:",
                                    // Feedback and share prompts that run on into a vote count
                                    // ("War der Artikel nützlich? (95 Stimmen ...)"), and the
                                    // post-meta line under a blog post ("Veröffentlicht unter Allgemein | ...")
                                    "was this article helpful", "war der artikel nützlich", "war der artikel hilfreich",
                                    "war dieser artikel hilfreich", "artikel gefallen?", "like it? share it",
                                    "this entry was posted", "der beitrag wurde am", "veröffentlicht unter"])

    /// Phrases that make a line furniture wherever they stand in it.
    /// Calls to action: a short line that asks the reader to sign up, subscribe or get in touch
    /// is the site talking, not the article.
    public static let callsToAction = BytePhrases(["sign up", "subscribe", "newsletter", "free trial", "book a demo", "request a demo",
                                "get a demo", "contact us", "get in touch", "get started", "download now",
                                "request a quote", "get a quote", "your inbox", "email address"])

    public static let furnitureInside = BytePhrases(["earn a commission", "earn a small commission", "affiliate link",
                                  "all rights reserved", "(opens in new window)", "photo by ", "| photo",
                                  "image via ", "getty images", "shutterstock", "min read", "minute read",
                                  "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
                                  "tutti i diritti riservati", "istock", "fotolia", "thinkstock", "lesezeit",
                                  "min de lecture", "minutos de lectura",
                                  // Photo credits closing a caption ("Der Hafen. Foto: dpa", "(Foto: ...)")
                                  " foto: ", "(foto: ", " fotos: ", " bild: ", " photo: ", "(photo: ", " imagen: ",
                                  " kuva: ", " quelle: ", "(quelle: ",
                                  // Donation appeals closing an article ("We rely on your support ...")
                                  "support our journalism", "support independent journalism", "we rely on your support",
                                  "donate now", "unterstützen sie unsere arbeit", "unterstützen sie diese form",
                                  "jetzt spenden", "je fais un don", "soutenez notre journalisme", "soutenez-nous",
                                  "zeigen sie ihre wertschätzung",
                                  // Newsletter boxes ("Die wichtigsten News direkt in dein Postfach!") and
                                  // paywall prompts ("Pour lire la suite, abonnez-vous")
                                  "in dein postfach", "in ihr postfach", "pour lire la suite", "réservé aux abonnés",
                                  // The same notices in the other languages enrichment reads (rights reserved,
                                  // affiliate links), the disclaimer that a post is the author's view alone, a
                                  // licence or citation line under the article, an embed's consent notice
                                  "wszelkie prawa zastrzeżone", "alle rechten voorbehouden", "todos os direitos reservados",
                                  "affiliate-link", "eine provision erhält", "provision vom händler",
                                  "meinung des autors wieder", "n'engagent que leur", "n’engagent que leur",
                                  "do not necessarily reflect", "are not necessarily those of",
                                  "suggested citation", "zitiervorschlag", "unter der lizenz cc",
                                  "wir respektieren deine privatsphäre", "wir respektieren ihre privatsphäre",
                                  // The comment form's login prompt ("You must be logged in to post a
                                  // comment", "Sie müssen sich einloggen, um ... zu können") and its rules
                                  "must be logged in to post", "must be logged in to comment", "müssen sich einloggen", "müssen angemeldet sein",
                                  "vous devez être connecté", "unsere netiquette",
                                  // Chinese, Japanese and Korean footers: rights reserved, no (commercial)
                                  // reprinting, and the ICP licence and public-security filing numbers every
                                  // site in China shows, with the news and audiovisual service licences a news
                                  // site must add ("互联网新闻信息服务许可证32120170004").
                                  "版权所有", "版權所有", "禁止转载", "禁止商业转载", "不得转载", "转载请注明", "icp备", "icp证", "icp證",
                                  "公网安备", "公網安備", "新闻信息服务许可证", "视听节目许可证",
                                  "無断転載", "無断複製", "무단전재", "무단 전재", "저작권자"])

    /// Consent banners and privacy notices: "cookie" with any of `consentWords`, or a stock phrase.
    public static let cookie = BytePhrases(["cookie"])
    public static let consentWords = BytePhrases(["consent", "browser", "website", "partners", "privacy", "personal data",
                                           "tracking", "preferences"])
    public static let privacyNotices = BytePhrases(["technical storage or access", "we and our partners",
                                             "store and/or access information", "we process your personal"])

    /// Notices about the reader's browser ("You are using Internet Explorer 11, which is no
    /// longer supported ...", "Please enable JavaScript"): the site talking, wherever they stand.
    /// Phrases an article about browsers would not use in its own sentences.
    public static let browserNotices = BytePhrases(["you are using an outdated browser", "your browser is out of date",
                                            "your browser is not supported", "your browser does not support javascript",
                                            "you are using internet explorer", "using internet explorer 11 or older",
                                            "please upgrade your browser", "please update your browser",
                                            "please enable javascript", "javascript is disabled in your browser",
                                            "bitte aktivieren sie javascript", "ihr browser wird nicht mehr unterstützt",
                                            "veuillez activer javascript", "activa javascript", "habilite o javascript"])

    /// A furniture sentence: consent banners, privacy and browser notices (up to
    /// `noticeMaxWords`), furniture openings and stock phrases (up to `stockPhraseMaxWords`),
    /// calls to action (up to `callToActionMaxWords`, unless `callsToAction` is false: in HTML,
    /// where a paragraph is a paragraph, an article's "subscribers" and "newsletter" are the
    /// article's). Phrases are looked for in the first `phraseWindow` characters.
    public static func isFurnitureSentence<S: StringProtocol>(_ text: S, words: Int, callsToAction: Bool = true) -> Bool {
        words <= noticeMaxWords && isFurnitureSentence(ByteSearch.lowercasedPrefix(text, scalars: phraseWindow),
                                                       words: words, callsToAction: callsToAction)
    }

    /// The same, for a line already lowered with `ByteSearch.lowercasedPrefix` (or, where the
    /// caller has it, ASCII-lowered).
    public static func isFurnitureSentence(_ lowered: [UInt8], words: Int, callsToAction withCallsToAction: Bool = true) -> Bool {
        guard words <= noticeMaxWords else { return false }
        if privacyNotices.anyInside(lowered) || browserNotices.anyInside(lowered)
            || (cookie.anyInside(lowered) && consentWords.anyInside(lowered)) {
            return true
        }
        guard words <= stockPhraseMaxWords else { return false }
        return furnitureOpenings.anyPrefix(of: lowered) || furnitureInside.anyInside(lowered) || endsWithPhotoCredit(lowered)
            || (withCallsToAction && words <= callToActionMaxWords && callsToAction.anyInside(lowered))
    }

    /// Unicode scalars of a line the furniture phrases are looked for in: notices state themselves early.
    public static let phraseWindow = 400
    /// Consent, privacy and browser notices run long; a longer text is an article about them.
    public static let noticeMaxWords = 80
    /// A stock phrase ("All rights reserved", "Foto: dpa") in a longer text is quoted, not furniture.
    public static let stockPhraseMaxWords = 40
    /// A call to action ("Sign up for our newsletter") is a line, not a paragraph.
    public static let callToActionMaxWords = 30

    /// Words a photo credit after the copyright sign may have: a photographer and an agency
    /// ("© AFP / Marco Bertorello", "© Sergey Nivens – stock.adobe.com", "© Presse- und
    /// Informationsamt der Bundesregierung | Jesco Denzel").
    public static let photoCreditMaxWords = 8

    /// A caption that closes with its photo credit: "Der Hafen am Abend. © Jane Doe / dpa", "Stau
    /// © aremac / Clipdealer", the same statement as " Foto: dpa" (`furnitureInside`) spelt with
    /// the sign. The sign must be followed by a name, not a year: "Linux usability. © 2002, 2003
    /// Jamie Zawinski" is a copyright line an article may end with (at a line's start the sign
    /// is furniture anyway, `furnitureOpenings`), and by at most `photoCreditMaxWords` words to the
    /// end: "... a manifesto™© we just think it's pretty cool to share ..." is a sentence.
    public static func endsWithPhotoCredit(_ lowered: [UInt8]) -> Bool {
        // "©" is C2 A9 in UTF-8; the last one in the line is the credit's.
        guard let sign = lowered.indices.dropFirst().last(where: { lowered[$0] == 0xA9 && lowered[$0 - 1] == 0xC2 }) else { return false }
        let credit = lowered[(sign + 1)...]
        guard let first = credit.first(where: { $0 != 0x20 }) else { return false }
        // A letter (ASCII or the lead byte of a non-ASCII one), not a digit or punctuation.
        guard first >= 0x61 && first <= 0x7A || first >= 0xC3 else { return false }
        return credit.split(separator: 0x20).count <= photoCreditMaxWords
    }

    /// A short line of page furniture wherever it stands: an interface label, an end-matter
    /// heading or a furniture sentence.
    public static func isFurnitureLine(_ line: String) -> Bool {
        let key = TextMeasures.phraseKey(line)
        let words = TextMeasures.words(in: line)
        return interfaceLabels.contains(key) || isEndMatterHeading(key, words: words) || isInlineLink(key)
            || isFurnitureSentence(line, words: words)
    }
}
