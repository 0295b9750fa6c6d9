import HTMLParser
import TextCore

/// Metadata from JSON-LD, meta tags, microdata, <time> elements and the URL, each field with
/// the source it came from. Precedence follows reliability: publishers fill JSON-LD and
/// OpenGraph for search engines and link previews, and templates fill them from the CMS record.
struct PageMetadata {
    var fields = Article(format: .html)
    /// How far `fields.publishedAt` can be trusted, and the local days that can correct it.
    var dateEvidence = DateEvidence()

    /// Reads dates with the page's day/month order (`grammar`).
    let grammar: DateGrammar
    let tunables: HTMLTunables

    init(_ parsed: ParsedHTML, structured: StructuredData, sourceURL: String?, grammar: DateGrammar = .datelines,
         tunables: HTMLTunables = HTMLTunables()) {
        self.grammar = grammar
        self.tunables = tunables
        let meta = MetaTags(parsed.metas)
        let itemProps = Dictionary(parsed.itemProps.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })

        if let site = meta.first(["og:site_name", "application-name", "twitter:site"]), !site.value.hasPrefix("@") {
            set(\.siteName, site.value, .meta)
        } else if let publisher = structured.publisher {
            set(\.siteName, publisher, .jsonLD)
        }

        if let link = parsed.links.first(where: { $0.rel.split(separator: " ").contains("canonical") }), !link.href.isEmpty {
            set(\.canonicalURL, link.href, .link)
        } else if let url = meta["og:url"] {
            set(\.canonicalURL, url, .meta)
        }

        if let description = meta.first(["description", "og:description", "twitter:description"]) {
            set(\.description, description.value, .meta)
        } else if let description = structured.description {
            set(\.description, description, .jsonLD)
        }

        if let language = parsed.language {
            set(\.languageHint, language, .htmlLang)
        } else if let language = meta.first(["content-language", "og:locale", "language", "dc.language"]) {
            set(\.languageHint, language.value, .meta)
        }

        if let image = meta.first(["og:image", "og:image:url", "twitter:image", "twitter:image:src"]) {
            set(\.imageURL, image.value, .meta)
        } else if let image = structured.image {
            set(\.imageURL, image, .jsonLD)
        }

        let metaTags = meta.allValues("article:tag")
        if !structured.keywords.isEmpty {
            fields.tags = structured.keywords
            fields.sources[.tags] = .jsonLD
        } else if !metaTags.isEmpty {
            fields.tags = metaTags
            fields.sources[.tags] = .meta
        } else if let keywords = meta.first(["news_keywords", "keywords"]) {
            fields.tags = keywords.value.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
            fields.sources[.tags] = .meta
        }

        collectAuthors(parsed, structured: structured, meta: meta, itemProps: itemProps)
        collectDates(parsed, structured: structured, meta: meta, itemProps: itemProps, sourceURL: sourceURL)
    }

    private mutating func set(_ field: WritableKeyPath<Article, String?>, _ value: String, _ source: FieldSource) {
        let trimmed = String(value.trimmingWhitespace())
        guard !trimmed.isEmpty else { return }
        fields[keyPath: field] = trimmed
        fields.sources[Self.sourceKey(field)] = source
    }

    private static func sourceKey(_ field: WritableKeyPath<Article, String?>) -> ArticleField {
        switch field {
        case \Article.siteName: .siteName
        case \Article.canonicalURL: .canonicalURL
        case \Article.languageHint: .language
        case \Article.imageURL: .imageURL
        case \Article.publishedAt: .publishedAt
        case \Article.modifiedAt: .modifiedAt
        default: .description
        }
    }

    /// The site's own name given as the author (JSON-LD, meta tags, microdata): the author only
    /// when no person is named anywhere, the byline included (`addByline`).
    private var siteAuthor: ([String], FieldSource)?

    /// Fills authors from the visible byline when no metadata names them, else from the site's
    /// own name when the metadata or the byline gives only that.
    mutating func addByline(_ byline: String?) {
        guard fields.authors.isEmpty else { return }
        if let byline {
            let names = AuthorNames.clean([byline], siteName: fields.siteName, tunables: tunables)
            if !names.isEmpty {
                fields.authors = names
                fields.sources[.authors] = .byline
                return
            }
            let site = AuthorNames.clean([byline], siteName: fields.siteName, keepSiteName: true, tunables: tunables)
            if siteAuthor == nil, !site.isEmpty { siteAuthor = (site, .byline) }
        }
        if let (names, source) = siteAuthor {
            fields.authors = names
            fields.sources[.authors] = source
        }
    }

    /// A labelled Chinese, Japanese or Korean byline ("记者 王某", "作者：王某") names the
    /// writer as the newsroom signs them. These sites' metadata author is often the CMS
    /// account or the site ("L_104485", "某某网,某某集团"), so the byline wins over metadata
    /// that names no one shaped like a person; a metadata name that is one stays.
    mutating func addSignedByline(_ names: [String]) {
        let limits = tunables.cjkBylineLimits
        guard !names.isEmpty, !fields.authors.contains(where: { BylineWords.isPersonName($0, limits) }) else { return }
        fields.authors = names
        fields.sources[.authors] = .byline
    }

    private mutating func collectAuthors(_ parsed: ParsedHTML, structured: StructuredData, meta: MetaTags,
                                         itemProps: [String: String]) {
        let candidates: [([String], FieldSource)] = [
            (structured.authors, .jsonLD),
            (meta.first(["author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                         "twitter:creator"]).map { [$0.value] } ?? [], .meta),
            (itemProps["author"].map { [$0] } ?? [], .microdata),
        ]
        for (raw, source) in candidates {
            let names = AuthorNames.clean(raw, siteName: fields.siteName, tunables: tunables)
            guard names.isEmpty else {
                fields.authors = names
                fields.sources[.authors] = source
                return
            }
            let site = AuthorNames.clean(raw, siteName: fields.siteName, keepSiteName: true, tunables: tunables)
            if siteAuthor == nil, !site.isEmpty { siteAuthor = (site, source) }
        }
    }

    /// Publication dates by what names them. A declared one (JSON-LD `datePublished`,
    /// `article:published_time`, microdata, a `<time>` marked as the publication) names this
    /// article's publication; a generic one (Dublin Core's page `date`, the first `<time>` of the
    /// page) is often the day the page was generated or last changed, so the date the page shows
    /// beside its headline overrules it (`DatePolicy`).
    private static let declaredPublishedKeys = [
        // The original publication day first: syndicated and re-published pages keep it apart.
        "originalpublicationdate", "article_date_original", "original-publish-date",
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "rnews:datepublished", "publish-date", "pubdate", "publishdate", "sailthru.date",
        "parsely-pub-date", "article.published", "published_time", "published", "publish_date",
        "publication_date", "publication-date", "date_published", "article:published",
        "cxenseparse:recs:publishtime", "citation_publication_date",
    ]
    private static let genericPublishedKeys = [
        "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "dc.date.created", "dcterms.date",
    ]

    private mutating func collectDates(_ parsed: ParsedHTML, structured: StructuredData, meta: MetaTags,
                                       itemProps: [String: String], sourceURL: String?) {
        let publicationTime = parsed.times.first { $0.hints.containsBytes("pub") }
        let urlDate = (fields.canonicalURL.flatMap { URLDate.find(in: $0) }, sourceURL.flatMap { URLDate.find(in: $0) })
        let published: [(String?, FieldSource, DateEvidence.Strength)] = [
            (structured.datePublished, .jsonLD, .declared),
            (meta.first(Self.declaredPublishedKeys)?.value, .meta, .declared),
            (itemProps["datepublished"], .microdata, .declared),
            // A <time> marked as a publication may be a sidebar's (the same markup lists other
            // posts): the URL's own date comes first.
            (urlDate.0?.iso, .url, .url),
            (urlDate.1?.iso, .url, .url),
            (publicationTime?.dateTime, .timeElement, .declared),
            (meta.first(Self.genericPublishedKeys)?.value, .meta, .generic),
            (parsed.times.first?.dateTime, .timeElement, .generic),
        ]
        for (raw, source, strength) in published {
            guard let raw, let date = MetaDate.normalise(raw, grammar: grammar) else { continue }
            fields.publishedAt = date
            fields.sources[.publishedAt] = source
            dateEvidence.strength = strength
            break
        }
        // The publisher's local day of publication, wherever the page writes it in local time:
        // the URL, and publication values with a local offset or none.
        for day in [urlDate.0, urlDate.1].compactMap({ $0 }) { dateEvidence.localDays.append((day, .url)) }
        let localValues: [(String?, FieldSource)] = Self.declaredPublishedKeys.flatMap { meta.allValues($0) }.map { ($0, .meta) }
            + Self.genericPublishedKeys.flatMap { meta.allValues($0) }.map { ($0, .meta) }
            + [(itemProps["datepublished"], .microdata)]
            + [(publicationTime?.dateTime, .timeElement)]
        for (raw, source) in localValues {
            guard let raw, let date = MetaDate.normalise(raw, grammar: grammar), !LocalDay.isUTCInstant(date, raw: raw),
                  let day = CalendarDate(iso: date) else { continue }
            dateEvidence.localDays.append((day, source))
        }
        let modified: [(String?, FieldSource)] = [
            (structured.dateModified, .jsonLD),
            (meta.first(["article:modified_time", "og:updated_time", "datemodified", "rnews:datemodified",
                         "last-modified", "dcterms.modified", "article.updated", "lastmod"])?.value, .meta),
            (itemProps["datemodified"], .microdata),
        ]
        if let (date, source) = firstDate(modified) {
            fields.modifiedAt = date
            fields.sources[.modifiedAt] = source
        }
    }

    private func firstDate(_ candidates: [(String?, FieldSource)]) -> (String, FieldSource)? {
        for (raw, source) in candidates {
            if let raw, let date = MetaDate.normalise(raw, grammar: grammar) { return (date, source) }
        }
        return nil
    }
}
