/// A page as the extraction heuristics see it: a compact outline of block-level elements, the
/// text blocks in document order, and the metadata found on the way. Nothing here points into
/// libxml2's tree, which is freed before `HTMLParser.parse` returns.
public struct ParsedHTML: Sendable {
    /// Block-level elements; index 0 is the root. Parents always precede their children.
    public var nodes: [OutlineNode] = []
    /// Runs of text between block boundaries, in document order.
    public var blocks: [TextBlock] = []
    /// Text of the first `<title>`.
    public var title: String?
    /// `<html lang>`.
    public var language: String?
    /// `<meta>` tags with a name, property or itemprop, in document order.
    public var metas: [MetaTag] = []
    /// `<link rel=... href=...>` tags.
    public var links: [LinkTag] = []
    /// Raw contents of `<script type="application/ld+json">`.
    public var jsonLD: [String] = []
    /// `<time>` elements.
    public var times: [TimeElement] = []
    /// Links with visible text, for bylines and teaser lists.
    public var anchors: [Anchor] = []
    /// Elements carrying microdata `itemprop` (author, datePublished, headline ...).
    public var itemProps: [ItemProp] = []
    /// True when a limit (depth, node or block count) cut the walk short.
    public var truncated = false

    public init() {}
}

public struct OutlineNode: Sendable {
    public var parent: Int32
    public var tag: HTMLTag
    public var depth: UInt16
    /// Lower-cased `class`, `id`, `role` and `itemprop` values, space separated.
    public var hints: String
}

public struct TextBlock: Sendable {
    /// Whitespace-collapsed text.
    public var text: String
    /// The innermost block-level element holding this text.
    public var node: Int32
    /// UTF-8 bytes of `text` that sit inside links.
    public var linkBytes: Int32
}

public struct MetaTag: Sendable {
    /// Lower-cased `name`, `property` or `itemprop`.
    public var key: String
    public var content: String
}

public struct LinkTag: Sendable {
    /// Lower-cased `rel`.
    public var rel: String
    public var href: String
}

public struct TimeElement: Sendable {
    public var dateTime: String?
    public var text: String
    /// Lower-cased `class`, `itemprop` and `pubdate` markers of the element itself.
    public var hints: String
    public var node: Int32
}

public struct Anchor: Sendable {
    public var text: String
    public var href: String
    /// Lower-cased `rel`, `class` and `itemprop` of the link.
    public var hints: String
    public var block: Int32
}

public struct ItemProp: Sendable {
    /// Lower-cased itemprop value.
    public var name: String
    /// `content`, `datetime` or `href` attribute when present, else the element's text.
    public var value: String
}
