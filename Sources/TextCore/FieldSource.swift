/// Where a metadata field's value came from (`sources` in the result), most reliable first.
public enum FieldSource: String, Sendable, Codable, CaseIterable {
    /// schema.org JSON-LD (`<script type="application/ld+json">`).
    case jsonLD = "json-ld"
    /// `<meta>` tags: OpenGraph, Dublin Core, parse.ly, ...
    case meta
    /// `<link rel=canonical>`.
    case link
    /// `<html lang>`.
    case htmlLang = "html-lang"
    /// schema.org microdata (`itemprop`).
    case microdata
    /// `<time datetime>`.
    case timeElement = "time-element"
    /// A date in the page's URL ("/2025/07/01/").
    case url
    /// A visible byline ("By Jane Doe", an element classed byline/author).
    case byline
    /// A bare name beside the dateline of a text dump.
    case bylineBesideDate = "byline-beside-date"
    /// A labelled byline below the body of a text dump ("Written by ...").
    case bylineBelow = "byline-below"
    /// The date line shown beside the headline.
    case dateline
    /// A "Published ..." line (or, when nothing else dates the page, an "Updated ..." line)
    /// found anywhere in the first lines of a text dump.
    case labelledLine = "labelled-line"
    /// The page's visible headline (`<h1>`, or the headline line of a text dump).
    case heading
    /// The document's `<title>`.
    case documentTitle = "title"
    /// The first line of a text dump (the site's "today" widget).
    case firstLine = "first-line"
    /// A full date written in the HTML page's source (an image path, an attribute, a script),
    /// the last resort when nothing else dates the page.
    case pageSource = "page-source"
}
