import Foundation
import TextCore

/// The headline: the page's h1 when it agrees with a declared title, then og:title and JSON-LD
/// headline, before `<title>`, which usually carries the site name (" | Site", " - Site").
/// The h1 leads because og:title is often an SEO variant of the shown headline (WCXB
/// articles: 0.86 exact this way, 0.76 with og:title first). The sources must agree: an h1
/// that is the site's logo or name ("L-Mag", "WordPress.com") or a slogan shares few words
/// with the declared titles, a kicker glued to the headline ("Klimaschutz: Bohren, bis es heiß
/// wird") is dropped when a declared title is the rest, and an og:title cut short (at an
/// unescaped quote) gives way to the `<title>` that holds the whole headline. The h1s are read
/// in page order, as a logo h1 often comes first; an h1 that agrees with nothing still wins when
/// it reads like a headline (long, not a link, not a segment of the declared titles): readers
/// see it, and the declared titles are then written for search engines.
enum TitleSelection {
    /// An `<h1>` as the title reads it: its text, its words and the share of its bytes in links.
    struct Heading: Equatable {
        var text: String
        var words: Int
        var linkDensity = 0.0
        /// It holds a link to the site's home page (`URLHost.isHome`).
        var linksHome = false
    }

    static func select(ogTitle: String?, headline: String?, h1: String?, documentTitle: String?,
                       siteName: String?, tunables t: HTMLTunables = HTMLTunables()) -> (title: String, source: FieldSource)? {
        select(ogTitle: ogTitle, headline: headline, headings: h1.map { [Heading(text: $0, words: TextMeasures.words(in: $0))] } ?? [],
               documentTitle: documentTitle, siteName: siteName, tunables: t)
    }

    /// `headings`: the page's candidate h1s in page order (a logo or section h1 often comes
    /// before the headline's); `subheadings`: its first h2s.
    static func select(ogTitle: String?, headline: String?, headings allHeadings: [Heading], subheadings: [String] = [], documentTitle: String?,
                       siteName declaredSiteName: String?, tunables t: HTMLTunables = HTMLTunables()) -> (title: String, source: FieldSource)? {
        // An h1 that is a link home is the site's logo: no headline, and the site's name when
        // the page declares none ("Post | Blog Name" under an h1 "Blog Name" linking to "/").
        let isLogo = { (heading: Heading) in heading.linksHome && heading.linkDensity >= t.linkListDensity }
        let headings = allHeadings.filter { !isLogo($0) }
        let siteName = declaredSiteName ?? allHeadings.first(where: isLogo)?.text
        let clean = { (value: String?) in value.map { stripSiteName($0, siteName: siteName, tunables: t) }.flatMap { $0.isEmpty ? nil : $0 } }
        let declared = [clean(ogTitle), clean(headline), clean(documentTitle)].compactMap { $0 }
        let raw = [ogTitle, documentTitle]
        // An h1 keeps a short tail that reads as a phrase, with a function word ("iMac 5K
        // Lightroom Performance gelöst – Danke an die Community"): a site, section or subtitle
        // label has none ("| Opinion", "- Personally Tested"). In <title> such a tail is more
        // often the site's ("| Ausflugtipps Niederrhein und Ruhrgebiet").
        let shownClean = { (value: String) in Optional(stripSiteName(value, siteName: siteName, keepingPhrases: true, tunables: t)).flatMap { $0.isEmpty ? nil : $0 } }
        // Each h1 cleaned, with whether it is a segment of a declared title ("Blog Name" in
        // "Post | Blog Name"), as a blog's name or a logo is.
        let h1s = headings.compactMap { heading in
            shownClean(heading.text).flatMap { text in
                isSiteName(text, siteName: siteName) ? nil
                    : (heading: Heading(text: text, words: heading.words, linkDensity: heading.linkDensity),
                       segment: isSegment(heading.text, of: raw) || isSegment(text, of: raw),
                       leads: isSegment(heading.text, of: raw, leading: true))
            }
        }
        // The first h1 that agrees with a declared title; a logo or a section name in an h1
        // above the headline's ("Marcus on AI", "The Blog") does not. A logo that names the
        // site agrees with a `<title>` that ends in the site's name ("Post | Blog Name"): one
        // that is a link (home) and such a segment gives way to a later h1 that agrees.
        // An h1 that is not a link and opens a declared title ("Faire Lieferketten - Evangelisches
        // Jugendwerk in Württemberg (ejw) - EJW") agrees however long the site segments after it.
        let agrees = { (h1: (heading: Heading, segment: Bool, leads: Bool)) in
            declared.isEmpty || h1.leads && h1.heading.linkDensity < t.linkListDensity
                || declared.contains { overlap(h1.heading.text, $0) >= t.titleAgreement && overlap($0, h1.heading.text) >= t.titleReverseAgreement }
        }
        let agreeing = h1s.first { agrees($0) && !($0.heading.linkDensity >= t.linkListDensity && $0.segment) }
            ?? h1s.first(where: agrees)
        if let agreeing { return (droppingKicker(agreeing.heading.text, declared: declared, tunables: t), .heading) }
        // No h1 agrees: the first is still the headline readers see when it reads like one, and
        // the declared titles are written for search engines (og:title "Top 11 SEO Strategies
        // for 2025", h1 "11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead"). A logo,
        // a blog's name or a slogan is short, a link home, or a segment of the declared titles.
        if let (first, segment, _) = h1s.first, first.words >= t.shownHeadlineWords, first.linkDensity < t.linkListDensity, !segment {
            return (first.text, .heading)
        }
        // A declared title in segments, one of them an h2 of the page: the post's title under a
        // blog's name in the h1 ("Four Years Remaining » Blog Archive » Interning of Small
        // Integers in Python"). A section name is shorter than a headline.
        let shown = Set(subheadings.map(simplify).filter { !$0.isEmpty })
        let confirmed = { (raw: String?) -> String? in
            guard let raw, !shown.isEmpty else { return nil }
            // The whole declared title shown as an h2 is the headline as readers see it, its
            // subtitle kept ("How to Grow a Lemon Tree from Seed | Step-by-Step Guide").
            let whole = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if shown.contains(simplify(whole)), whole.split(separator: " ").count >= t.titleMinimumWords { return whole }
            for separator in separators {
                let parts = raw.components(separatedByBytes: separator)
                guard parts.count > 1 else { continue }
                if let part = parts.first(where: { shown.contains(simplify($0)) && $0.split(separator: " ").count >= t.titleMinimumWords }) {
                    return String(part.trimmingWhitespace())
                }
            }
            return nil
        }
        if let og = clean(ogTitle) {
            // og:title cut at an unescaped inner quote (`content="He said "no" today"`): the
            // <title> has the whole headline, and goes on with that quote. A <title> that goes on
            // with anything else holds the og:title and a site or author segment ("Headline -
            // by Jane Doe") that stripping left.
            if let whole = clean(documentTitle), whole.count > og.count, whole.hasPrefix(og),
               let next = whole.dropFirst(og.count).first(where: { !$0.isWhitespace }), next == "\"" || next == "'" {
                return (whole, .documentTitle)
            }
            return (confirmed(ogTitle) ?? og, .meta)
        }
        // An h1 that disagrees with the page's own <title> is a logo or a slogan.
        let rest: [(String?, FieldSource)] = [(clean(headline), .jsonLD), (confirmed(documentTitle) ?? clean(documentTitle), .documentTitle),
                                              (h1s.first?.heading.text, .heading)]
        return rest.first { $0.0 != nil }.map { ($0.0!, $0.1) }
    }

    /// "Kicker: Headline" when a declared title is "Headline"; also a kicker, date or section in
    /// an element of its own inside the h1, which the block text glues on without a separator
    /// ("KlimaschutzBohren, bis es heiß wird", "1. Februar 2022 Headline"): the h1 then ends
    /// with a whole declared title, compared on letters and digits only.
    private static func droppingKicker(_ h1: String, declared: [String], tunables t: HTMLTunables) -> String {
        for separator in kickerSeparators {
            guard let range = h1.range(ofBytes: separator) else { continue }
            let rest = String(h1[range.upperBound...])
            if declared.contains(where: { simplify($0) == simplify(rest) }) { return rest }
        }
        let whole = simplify(h1)
        // Also what follows the kicker in a declared title that names it with a separator the h1
        // does not show ("Interne Unterlagen im Netz: Daten von Rheinmetall gehackt" declared,
        // "Interne Unterlagen im Netz Daten von Rheinmetall gehackt" shown): the kicker is an
        // element of its own, set apart by its style.
        var titles = declared
        for title in declared {
            for separator in kickerSeparators where !h1.containsBytes(separator) {
                if let range = title.range(ofBytes: separator) { titles.append(String(title[range.upperBound...])) }
            }
        }
        for (index, title) in titles.enumerated() where title.split(separator: " ").count >= t.titleMinimumWords {
            let tail = simplify(title)
            guard !tail.isEmpty, tail.count < whole.count, whole.hasSuffix(tail) else { continue }
            // The shortest suffix of the h1 that still holds the title's letters: it starts at
            // the title's first letter. Found by counting letters back from the end, one pass
            // (an h1 can be as long as a page).
            let letters = tail.unicodeScalars.count
            var counted = 0
            var start = h1.endIndex
            while start > h1.startIndex, counted < letters {
                start = h1.index(before: start)
                counted += simplify(String(h1[start])).unicodeScalars.count
            }
            // A kicker ends in a word of its own; "The" or "Eignet sich eine" before a
            // declared "Best …" or "Wärmepumpe …" is the headline's own start, shortened for SEO.
            let lastDropped = h1[..<start].split(whereSeparator: \.isWhitespace).last.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
            // After a kicker found in a declared title only, the h1 shows no separator of its own
            // ("Japan- A First Time Visitor's Guide" is one headline).
            let shownSeparator = index >= declared.count && h1[..<start].trimmingWhitespace().last.map { last in
                kickerSeparators.contains { $0.trimmingWhitespace().first == last }
            } == true
            if counted == letters, !StopWords.all.contains(lastDropped ?? ""), !shownSeparator {
                return String(h1[start...].trimmingWhitespace())
            }
        }
        return h1
    }

    /// Between a kicker and the headline ("Klimaschutz: Bohren, bis es heiß wird").
    private static let kickerSeparators = [": ", " | ", " – ", " — ", " - "]

    private static func isSiteName(_ text: String, siteName: String?) -> Bool {
        guard let siteName, !siteName.isEmpty else { return false }
        let site = simplify(siteName)
        return !site.isEmpty && simplify(text) == site
    }

    static let separators = [" | ", " - ", " – ", " — ", " · ", " • ", " :: ", " » ", " « ", " / "]

    /// Drops trailing (or leading) site-name segments: ones that name the site, or a short tail
    /// after a pipe-like separator. Titles often carry two ("Headline » Blog | Tagline",
    /// "Headline — Publication — Medium"), so up to `siteSegmentsMax` are dropped. `keepingPhrases`:
    /// a short tail with a function word is kept unless it names the site or a host.
    static func stripSiteName(_ raw: String, siteName: String?, keepingPhrases: Bool = false, tunables t: HTMLTunables = HTMLTunables()) -> String {
        var title = String(raw.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        if let siteName { title = cutAtSiteName(title, site: simplify(siteName)) }
        for _ in 0..<t.siteSegmentsMax {
            let stripped = stripOneSegment(title, siteName: siteName, keepingPhrases: keepingPhrases, tunables: t)
            if stripped == title { break }
            title = stripped
        }
        return title
    }

    /// Everything from a segment that names the site on is the site's: its taglines and
    /// sections ("Post : Blog Name | Notes on a genre | Since 2005 | Volume 6"), however many. A
    /// spaced colon separates such a segment too ("Basic muffins : Muffin Recipes"), though
    /// nothing else: French sets it inside headlines ("Covid-19 et infox : le parcours").
    private static func cutAtSiteName(_ title: String, site: String) -> String {
        guard !site.isEmpty else { return title }
        var marks: [Range<String.Index>] = []
        for separator in separators + [" : "] {
            var from = title.startIndex
            while let found = title.range(ofBytes: separator, from: from) {
                marks.append(found)
                from = found.upperBound
            }
        }
        marks.sort { $0.lowerBound < $1.lowerBound }
        for (index, mark) in marks.enumerated() where mark.lowerBound > title.startIndex {
            let end = index + 1 < marks.count ? max(mark.upperBound, marks[index + 1].lowerBound) : title.endIndex
            if simplify(title[mark.upperBound..<end]) == site { return String(title[..<mark.lowerBound]) }
        }
        return title
    }

    private static func stripOneSegment(_ title: String, siteName: String?, keepingPhrases: Bool, tunables t: HTMLTunables) -> String {
        let site = siteName.map(simplify)
        for separator in separators {
            guard let range = title.range(ofBytes: separator, backwards: true) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            // A separator inside quotes or brackets is the headline's own ("Luboku, ‘Pale Blue
            // Dot / Lift Off’", "Results (Round 1 / Final)").
            if closesAnOpening(tail, openedIn: head) { continue }
            if let site, !site.isEmpty, simplify(tail) == site || simplify(tail).containsBytes(site) || site.containsBytes(simplify(tail)) {
                return head
            }
            if let site, !site.isEmpty, let first = title.range(ofBytes: separator), simplify(String(title[..<first.lowerBound])) == site {
                return String(title[first.upperBound...])
            }
            // A host name names the site, however short the rest ("GAME CHANGER | Newegg.com").
            if isHostName(tail), !head.isEmpty { return head }
            if let first = title.range(ofBytes: separator), isHostName(String(title[..<first.lowerBound])) {
                return String(title[first.upperBound...])
            }
            if keepingPhrases, tail.split(whereSeparator: \.isWhitespace).contains(where: { StopWords.all.contains($0.lowercased()) }) { continue }
            let tailWords = tail.split(separator: " ").count
            let headWords = head.split(separator: " ").count
            if separator != " - " && separator != " – " || siteName == nil, tailWords <= t.siteSuffixMaxWords, headWords >= t.titleMinimumWords {
                return head
            }
        }
        return title
    }

    /// "example.com", "Newegg.com": one word, a dot, and letters after the last dot.
    private static func isHostName(_ text: String) -> Bool {
        guard !text.contains(" "), let dot = text.lastIndex(of: "."), dot > text.startIndex else { return false }
        let topLevel = text[text.index(after: dot)...]
        return topLevel.count >= 2 && topLevel.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Whether `text` is one of the parts a separator splits a title into.
    private static func isSegment(_ text: String, of titles: [String?], leading: Bool = false) -> Bool {
        let wanted = simplify(text)
        return titles.contains { title in
            guard let title else { return false }
            return (separators + [": "]).contains { separator in
                let parts = title.components(separatedByBytes: separator)
                return parts.count > 1 && (leading ? simplify(parts[0]) == wanted : parts.contains { simplify($0) == wanted })
            }
        }
    }

    private static let pairs: [(open: Character, close: Character)] = [("‘", "’"), ("“", "”"), ("„", "“"), ("«", "»"), ("‹", "›"), ("(", ")"), ("[", "]")]

    /// Whether `tail` ends with a closing quote or bracket whose opening is in `head`.
    private static func closesAnOpening(_ tail: String, openedIn head: String) -> Bool {
        guard let last = tail.last else { return false }
        return pairs.contains { $0.close == last && !tail.contains($0.open) && head.contains($0.open) }
    }

    /// Share of `a`'s words (character bigrams in spaceless scripts) that also occur in `b`,
    /// case-insensitively.
    static func overlap(_ a: String, _ b: String) -> Double {
        let words = TextMeasures.comparisonUnits(a)
        guard !words.isEmpty else { return 0 }
        let other = Set(TextMeasures.comparisonUnits(b))
        return Double(words.filter(other.contains).count) / Double(words.count)
    }

    private static func simplify<S: StringProtocol>(_ text: S) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
