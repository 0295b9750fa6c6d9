import Foundation

/// Every threshold of the HTML pipeline, named and documented in one place. Defaults were
/// chosen with `scripts/eval-extraction` across all dev sets (leave-one-set-out), never on one;
/// the evaluation sweeps them with `newsdesk process --tune html.NAME=VALUE`.
public struct HTMLTunables: Sendable, Equatable, Codable {
    // Blocks (`BlockFeatures`)
    /// A block with a larger share of its bytes inside links is not prose.
    public var proseMaxLinkDensity = 0.35
    /// A block of this many words is prose if it has punctuation or enough function words.
    public var proseWords = 12
    /// Share of function words that makes a long block prose without punctuation.
    public var proseStopWordRatio = 0.2
    /// A block of this many words is prose with punctuation and this share of function words.
    public var shortProseWords = 6
    public var shortProseStopWordRatio = 0.15
    /// Blocks with more of their bytes inside links are link lists (menus, tag clouds, teasers).
    public var linkListDensity = 0.5
    /// A run of this many Chinese, Japanese, Thai, ... characters is a clause: it counts as
    /// punctuation in the prose test (Thai separates sentences by spaces alone).
    public var spacelessClauseCharacters = 12

    // Container (`ContainerSelection`, `PageOutline`)
    /// Weight of one boilerplate or link-list word against one prose word.
    public var boilerplatePenalty = 0.5
    /// Weight of one teaser or label word when a listing page is read again for its teasers.
    public var teaserWeight = 1.0
    /// A link list this short costs in the container score; longer ones are teaser grids.
    public var penalisedLinkListWords = 5
    /// A negatively classed wrapper holding this share of the page's prose is not boilerplate
    /// (a whole-page `<form>`, an article parsed into the header's `<nav>` by broken markup);
    /// on WCXB 0.35–0.65 score alike.
    public var negativeWrapperProseShare = 0.5
    /// ... unless it names a section beside the article (comments, sidebar, related) and more
    /// than this share of the page's prose comes before it: then it follows the article rather
    /// than wrapping it (a comment list longer than the blog post above it).
    public var negativeWrapperLeadingProseShare = 0.25

    // Body (`BodySelection`, `BodyCleanup`, `ListingFallback`, `StructuredBody`)
    /// Non-prose blocks need this many words to stay (list items and cells need none).
    public var minimumBlockWords = 3
    /// A page read for its teasers still has its edges trimmed with this many prose paragraphs.
    public var articleProseBlocks = 3
    /// A block that is not prose with a credit or stock phrase inside ("... Foto: dpa", "5 min
    /// read") is a caption or byline up to this many words; longer, it is read as text. 20, 40
    /// and 80 score alike on every set (within 0.0001); leave-one-set-out chose 20 everywhere.
    public var captionMaxWords = 20
    /// Link lists shorter than this are dropped from the body.
    public var droppedLinkListWords = 4
    /// Share of the body's words that must come before an end-matter heading for it to end the body.
    public var minimumShareBeforeTail = 0.6
    /// End-matter headings are at most this many words.
    public var tailMarkerMaxWords = 8
    /// A block before the article's first paragraph that gives a date ("15. Mai 2019, 05:28 Uhr",
    /// "Aktualisiert: 11.04.2020", "2022-02-13 07:00:00 来源：央广网") is the article's date line,
    /// not its text, up to this many words; longer, it is a sentence that mentions a date.
    public var leadingDateLineMaxWords = 8
    /// A teaser grid after the article (`BodySelection.teaserGridStart`): the sentence under
    /// each headline link is at most this many words...
    public var teaserSummaryMaxWords = 30
    /// ...and the grid has at least this many headline links.
    public var teaserGridMinimumLinks = 3
    /// ...and the article above it has at least this many paragraphs longer than a summary.
    public var teaserGridArticleParagraphs = 3
    /// A body shorter than this may be a listing: the container is chosen again counting teasers.
    /// On WCXB 80, 150 and 300 lift listings from 0.50 to 0.57–0.60 and leave articles unchanged.
    public var listingFallbackWords = 300
    /// ...unless the teasers stand beside a short article that starts within this many block
    /// elements after its headline (`HTMLArticleExtractor.teasersStandBesideArticle`): a
    /// press release of 26 words under its h1, with the site's news list in the sidebar. Further
    /// away, a heading and a short text are a listing's intro (a course catalogue's title, a
    /// shop's opening hours) and the grid is still read. Sweep on trafilatura-eval and WCXB:
    /// 8, 32 and 64 gain on both, unbounded costs WCXB listings.
    public var listingHeadlineMaxNodes = 32
    /// A body still shorter than this after the listing reading, on a page not declared a forum,
    /// may be a thread whose posts are classed as comments (a forum without a URL or JSON-LD to
    /// say so): the page is read again with comments as content. 25, 50 and 100 score alike
    /// on every set...
    public var threadFallbackWords = 50
    /// ...and that reading wins when it holds this many times the words of the first.
    public var threadFallbackGain = 4.0
    /// A body still shorter than this may be hidden from the first reading: a page that hides
    /// itself until a script runs, or one that broken markup nests inside a hidden menu. The
    /// page is read again with hidden elements shown. 25, 50 and 100 score alike on every set...
    public var hiddenFallbackWords = 50
    /// ...and that reading wins when it holds this many times the words.
    public var hiddenFallbackGain = 4.0
    /// JSON-LD articleBody replaces the extracted body when it has this many words...
    public var structuredBodyMinimumWords = 80
    /// ...and the extracted body has less than this share of them.
    public var structuredBodyReplaceShare = 0.5
    /// An articleBody holding HTML is parsed at most this many times (sites escape it twice).
    public var structuredBodyMarkupLevels = 3

    // Metadata (`HTMLDateLine`, `Byline`, `TitleSelection`, `RelatedTeasers`)
    /// Blocks before the headline searched for a date line or byline.
    public var dateLineBlocksBefore = 6
    public var bylineBlocksBefore = 8
    /// Blocks after the headline searched for a date line or byline.
    public var dateLineBlocksAfter = 40
    /// A date line whose date is a link (blogs link it to the post) counts only this many blocks
    /// below the headline; further away linked dates are other articles' teasers.
    public var linkedDateLineBlocksAfter = 2
    /// A post's footer sentence dates it with the label after the date ("... wurde am 19. Mai
    /// 2010 um 23:03 Uhr gepostet und unter ... abgelegt"): the date must end at most this many
    /// characters before the label (" um 23:03 Uhr ", a weekday's time), and is looked for in
    /// this many characters before it (a long written date with its weekday).
    public var trailingLabelGapCharacters = 24
    public var trailingLabelWindowCharacters = 64
    /// Date lines and bylines are short blocks.
    public var dateLineMaxWords = 16
    /// Short blocks read for unambiguous slashed dates that show the page's day/month order.
    public var dateOrderBlocks = 200
    /// In a longer block only a date within its first characters counts ("27.1.2022 - Bei der ...").
    public var leadingDateCharacters = 24
    public var bylineMaxWords = 12
    /// An author name (from metadata or a byline, once labels, dates and roles are cut) is at
    /// most this many characters; longer, it is a bio or a sentence.
    public var authorMaxCharacters = 80
    /// A lead before "by" in a byline ("Text by", "View all posts by", a date: "8. Januar 2020 ·
    /// by", "Posted on September 21, 2020 by") is at most this many words; the name follows "by".
    /// trafilatura-eval author 0.626 / 0.628 / 0.632 at 1 / 3 / 5, every other set equal.
    public var authorLeadMaxWords = 5
    /// A Chinese, Japanese or Korean personal name in a byline is 2 to this many characters
    /// (two- to four-character Chinese names; longer, it is a phrase or an outlet).
    public var cjkNameMaxCharacters = 4
    /// A user handle after an explicit author label ("作者：放飞&心情") is at most this long.
    public var cjkHandleMaxCharacters = 20
    /// A Chinese, Japanese or Korean byline line is at most this many characters; a longer
    /// block is prose ("…向记者证实…") and is read only for a byline in parentheses.
    public var cjkBylineMaxCharacters = 40
    /// Older Chinese templates put the meta line ("时间：… 作者：王某") in a table of its own,
    /// well before the story's container: blocks before the headline read for a Chinese,
    /// Japanese or Korean byline.
    public var cjkBylineBlocksBefore = 30
    /// Chinese stories sign off at their end ("（记者 王某）"): the container's last blocks read
    /// for a byline when none is near the headline.
    public var cjkBylineEndBlocks = 30
    /// The page-source scan (`PageSourceDate`, the last resort when nothing else dates the page)
    /// takes no day before this year (older full dates in markup are library and licence dates).
    public var pageSourceDateEarliestYear = 1995
    /// ...and a day only when the page writes it at least this often.
    public var pageSourceDateMinOccurrences = 1
    /// Bytes before a date read for a word that makes it a modification or an asset version
    /// ("dateModified", "?ver=").
    public var pageSourceDateContextBytes = 24
    /// A date in an absolute URL to another site ("://" this many bytes before it at most) is
    /// another page's date.
    public var pageSourceDateURLBytes = 160
    /// At most this many h1s are read for the headline: a logo, a section name or a blog's name
    /// in an h1 often comes before the headline's h1 (Substack, WordPress themes).
    public var titleHeadings = 4
    /// An h1 agrees with a declared title when this share of its words occur in it...
    public var titleAgreement = 0.5
    /// ...and this share of the declared title's words occur in the h1 (a logo or section name
    /// inside a long title is no agreement).
    public var titleReverseAgreement = 0.3
    /// An h1 that agrees with no declared title is still the headline with this many words (and
    /// not a link, nor a segment of the declared titles): og:title and `<title>` are then an SEO
    /// variant of it. Shorter, it is a logo, a blog's name or a section.
    public var shownHeadlineWords = 6
    /// A trailing title segment this short after a pipe-like separator is a site name...
    public var siteSuffixMaxWords = 4
    /// ...when the rest has at least this many words.
    public var titleMinimumWords = 3
    /// At most this many site-name segments are dropped from a title ("Headline » Blog |
    /// Tagline" has two).
    public var siteSegmentsMax = 2
    public var maxRelatedTeasers = 20
    /// Teaser links have titles of at least this many words.
    public var teaserTitleWords = 4

    // Page type (`PageTypeClassifier`)
    /// A body this short with `listingLinkRatio` times more link-list words is a listing.
    public var listingMaxBodyWords = 120
    public var listingLinkRatio = 3.0
    /// Bodies this long are articles when dated, or when this much longer when not.
    public var datedArticleWords = 150
    public var articleWords = 250

    public init() {}
}

/// Every threshold of the text-dump pipeline, named and documented in one place (see
/// `HTMLTunables`); swept with `newsdesk process --tune dump.NAME=VALUE`.
public struct DumpTunables: Sendable, Equatable, Codable {
    // Lines (`LineClassifier`, `MainRegionFinder`)
    /// Lines of this many words read as paragraphs; shorter ones are headings, captions, menus.
    public var proseWords = 12
    /// End-matter headings are at most this many words.
    public var cutoffMaxWords = 8
    /// Score of a paragraph that does not end like a sentence, per word.
    public var unfinishedProseWeight = 0.7
    /// Cost of a furniture line and of an end-matter heading in the main-region search.
    public var boilerplateCost = 5.0
    public var cutoffCost = 15.0
    /// The article comes before its comments and teasers: the first segment whose best run
    /// reaches this share of the page's best run wins.
    public var firstSegmentShare = 0.3
    /// A trailing block of text must score this many times its gap to stay in the region.
    public var trailingBlockFactor = 2.0

    // Frame (`LeadFinder`, `HeadlineFinder`, `DatelineFinder`, `BylineFinder`)
    /// Lines read ahead of a lead candidate, and the score they must reach together.
    public var leadWindow = 6
    public var denseLeadScore = 80.0
    /// How far above the main region the headline may sit (kicker, breadcrumbs, share bar).
    public var headlineLookBack = 25
    /// Lines below a headline candidate read for its word overlap...
    public var headlineLookAhead = 10
    /// ...and for the text under it. A headline's byline, date, share bar or table of contents
    /// often stand between it and the story, where a standfirst or a section heading sits right
    /// above the text: read over 10 lines, the text under the headline was often not reached.
    /// On WCXB-dev text articles 16 / 20 / 25 / 30 instead of 10 lift titles 0.709 -> 0.726 /
    /// 0.729 / 0.728 / 0.733 (both halves; 20: 19 won, 3 lost); 40 drops back to 0.726.
    public var headlineDensityLookAhead = 20
    /// At most this many lines above the dense lead are read for the headline.
    public var headlineMaxSpan = 60
    /// A headline candidate must score above this.
    public var headlineMinimumScore = 1.5
    /// A headline candidate has this many words at least and `headlineMaxWords` at most. On
    /// WCXB-dev text articles 2 instead of 3 wins 13 titles and loses 15 (menu entries), 0.709 -> 0.702.
    public var headlineMinWords = 3
    public var headlineMaxWords = 30
    /// A headline line's tail after a pipe-like separator this short is a label, section or site
    /// name, dropped from the title ("… — Strength Training", "… – Artlyst") when the rest keeps
    /// `headlineMinWords` (as `HTMLTunables.siteSuffixMaxWords` for HTML titles)...
    public var headlineLabelMaxWords = 4
    /// At most this many label segments are dropped from a headline line ("Headline | Section |
    /// Site" has two).
    public var headlineLabelSegmentsMax = 2
    /// Of several headline-like lines the first is the page's own (later ones head sections):
    /// a candidate earns this per line it stands above the dense lead.
    public var headlineEarlierBonus = 0.05
    /// Breadcrumbs and sticky headers repeat the headline: a repeated candidate earns this.
    public var headlineRepeatBonus = 1.0
    /// A headline opens the story: each paragraph (a sentence of this many words or more) above a
    /// candidate costs it `headlineParagraphPenalty`.
    public var headlineParagraphWords = 25
    public var headlineParagraphPenalty = 1.5
    /// A candidate in a block of at least `headlineListLines` candidates (a table of contents, a
    /// menu: no blank line between the entries) costs `headlineListPenalty`.
    public var headlineListLines = 3
    public var headlineListPenalty = 2.0
    /// A headline is set apart in the layout, a blank line above and below it, where menu
    /// entries, bylines, kickers and credits run on in a block: such a candidate earns this,
    /// on pages with article text and before the story's first paragraph (below it, set-apart
    /// lines are section headings). On WCXB-dev text articles the right title is set apart on
    /// 621 of the 707 pages where it is a line of the dump; 1 / 1.5 / 2 / 3 lift titles 0.642
    /// -> 0.694 / 0.700 / 0.705 / 0.706 (even and odd ids both gain), bodies and snippets unchanged.
    public var headlineAloneBonus = 2.0
    /// A candidate inside the dense lead (at or below its first line) costs this.
    public var headlineInLeadPenalty = 1.0
    /// A byline or dateline within this many lines below a candidate earns it `headlineFrameBonus`.
    public var headlineFrameReach = 6
    public var headlineFrameBonus = 1.5
    /// Weight of the share of the candidate's words that the prose below repeats.
    public var headlineOverlapWeight = 2.5
    /// The text score below a candidate earns one point per `headlineDensityPerPoint`, up to
    /// `headlineDensityCap` of score.
    public var headlineDensityCap = 200.0
    public var headlineDensityPerPoint = 100.0
    /// Date lines hold a few words besides the date at most ("Published on ... at 10:30 AM").
    public var maxDatelineWords = 14
    /// Short lines with a digit read for the dump's day/month order (`DatelineFinder.grammar`).
    public var dateOrderLines = 200
    /// Date lines and bylines are looked for from this many lines above the headline to this
    /// many below the lead (kicker and date above the headline, byline and date under it).
    public var datelineLinesAbove = 6
    public var datelineLinesBelowLead = 4
    /// When nothing there dates the page, date lines are looked for again this far out
    /// (dumps put a share bar, an image credit, a reading time or the standfirst between the
    /// headline and its date; sidebars repeat the headline above it). On WCXB-dev text
    /// (articles, 659 dated) 20 above and 8 below find 21 more right dates, 40 and 20 find 29
    /// (both halves gain), 60–100 and 20 one or two more; no page dated right before is
    /// dated wrong by any of them.
    public var datelineFallbackLinesAbove = 40
    public var datelineFallbackLinesBelowLead = 20
    /// A bare date on the first line is the site's "today" widget, unless the headline is at
    /// most this many lines below it and nothing else dates the page: then it is the article's
    /// date line above its headline. 0 keeps it a page date always.
    public var firstLineDateHeadlineReach = 1
    /// Bylines are short lines.
    public var maxBylineWords = 16
    /// Chinese, Japanese and Korean bylines (`HTMLTunables.cjkNameMaxCharacters` and the two after it).
    public var cjkNameMaxCharacters = 4
    public var cjkHandleMaxCharacters = 20
    public var cjkBylineMaxCharacters = 40

    // Page type (`PageTypeGuess`)
    /// An article has at least this many words of prose in two or more paragraphs.
    public var minimumArticleWords = 120

    public init() {}
}

/// The tunables of both pipelines, set by name for evaluation sweeps.
public struct ExtractionTunables: Sendable, Equatable, Codable {
    public var html = HTMLTunables()
    public var dump = DumpTunables()

    public init() {}

    public struct UnknownTunable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Applies "html.NAME=VALUE" or "dump.NAME=VALUE" (names as in the source, e.g.
    /// "html.boilerplatePenalty=0.6"); integer tunables take whole numbers.
    public mutating func set(_ assignment: String) throws(UnknownTunable) {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { String($0.trimmingWhitespace()) }
        let path = parts.first?.split(separator: ".").map(String.init) ?? []
        guard parts.count == 2, path.count == 2, let value = Double(parts[1]) else {
            throw UnknownTunable(description: "expected html.NAME=VALUE or dump.NAME=VALUE, got \"\(assignment)\"")
        }
        // Through the Codable form: the property names are the tunables' names, with no table to keep.
        let current = Mirror(reflecting: path[0] == "html" ? html as Any : dump as Any).children.first { $0.label == path[1] }?.value
        guard let current, let data = try? JSONEncoder().encode(self),
              var all = (try? JSONSerialization.jsonObject(with: data)) as? [String: [String: Any]],
              var group = all[path[0]], group[path[1]] != nil else {
            throw UnknownTunable(description: "no tunable \(parts[0]); known: \(Self.names.joined(separator: ", "))")
        }
        let isInteger = current is Int
        // Counts and lengths: a negative or astronomically large one is a typo, and would trap
        // where it sizes a range.
        guard !isInteger || value == value.rounded() && (0...1_000_000).contains(value) else {
            throw UnknownTunable(description: "\(parts[0]) takes a whole number from 0 to 1000000")
        }
        group[path[1]] = isInteger ? Int(value) as Any : value as Any
        all[path[0]] = group
        guard let updated = try? JSONSerialization.data(withJSONObject: all),
              let decoded = try? JSONDecoder().decode(Self.self, from: updated) else {
            throw UnknownTunable(description: "\(parts[0]) cannot take \(parts[1])")
        }
        self = decoded
    }

    /// "html.NAME" and "dump.NAME" for every tunable.
    public static var names: [String] {
        let tunables = ExtractionTunables()
        return Mirror(reflecting: tunables.html).children.compactMap { $0.label.map { "html." + $0 } }
            + Mirror(reflecting: tunables.dump).children.compactMap { $0.label.map { "dump." + $0 } }
    }
}
