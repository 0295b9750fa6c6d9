import Foundation

/// What a page's JSON-LD says about its main entity. Pages often carry several objects
/// (WebSite, BreadcrumbList, Organization, the article, all in a @graph); the article-like one
/// wins, and every @type seen is kept for page-type detection.
struct StructuredData {
    var types: [String] = []
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var keywords: [String] = []
    var image: String?
    var description: String?
    var articleBody: String?
    var url: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
        "techarticle", "liveblogposting", "socialmediaposting", "report", "posting", "review",
    ]

    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let json = Self.parse(script) else { continue }
            Self.flatten(json, into: &objects, depth: 0)
        }
        for object in objects { types += Self.strings(object["@type"]).map { $0.lowercased() } }
        let main = objects.first { Self.strings($0["@type"]).contains { Self.articleTypes.contains($0.lowercased()) } }
            ?? objects.first { $0["headline"] != nil || $0["datePublished"] != nil }
        guard let main else { return }
        headline = Self.strings(main["headline"]).first ?? Self.strings(main["name"]).first
        datePublished = Self.strings(main["datePublished"]).first ?? Self.strings(main["dateCreated"]).first
        dateModified = Self.strings(main["dateModified"]).first
        authors = Self.names(main["author"]) + Self.names(main["creator"]).filter { _ in main["author"] == nil }
        publisher = Self.names(main["publisher"]).first
        keywords = Self.strings(main["keywords"]).flatMap { $0.split(separator: ",").map { String($0.trimmingWhitespace()) } }
            .filter { !$0.isEmpty }
        image = Self.urls(main["image"]).first ?? Self.urls(main["thumbnailUrl"]).first
        description = Self.strings(main["description"]).first
        articleBody = Self.strings(main["articleBody"]).first ?? Self.strings(main["text"]).first
        url = Self.strings(main["url"]).first ?? Self.strings(main["mainEntityOfPage"]).first
    }

    /// The script's JSON, read leniently as browsers' consumers (search engines) do: templates
    /// leave raw line breaks and tabs inside strings, and a stray closing brace or a second
    /// object after the first value; XHTML-minded ones wrap the script in a CDATA section or an
    /// HTML comment ("<![CDATA[ {...} ]]>", "//<!-- ... //-->"), which hid the whole article
    /// object, its publication date included. The first complete value after such a wrapper
    /// is read, control characters read as spaces. Linear in the script.
    static func parse(_ script: String) -> Any? {
        let bytes = Array(script.utf8)
        if let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) { return json }
        var cleaned = bytes.map { $0 < 0x20 ? UInt8(ascii: " ") : $0 }
        if let start = valueStart(cleaned) { cleaned.removeSubrange(..<start) }
        if let end = firstValueEnd(cleaned) { cleaned.removeSubrange(end...) }
        return try? JSONSerialization.jsonObject(with: Data(cleaned), options: [.fragmentsAllowed])
    }

    /// Wrappers a script may open with before its value: a CDATA section or an HTML comment,
    /// alone or behind a JavaScript comment ("//<![CDATA[", "/*<![CDATA[*/").
    private static let wrapperOpenings = ["<![CDATA[", "<!--"].map { Array($0.utf8) }
    /// How far into the script a wrapper is looked for: whitespace and a "//" or "/*" before it.
    private static let wrapperSearchBytes = 64

    /// Where the value starts when the script opens with a wrapper: the first brace or bracket
    /// after it. nil when there is no wrapper (the value is read from the start as before).
    private static func valueStart(_ bytes: [UInt8]) -> Int? {
        let head = bytes.prefix(wrapperSearchBytes)
        for opening in wrapperOpenings {
            guard let at = head.indices.first(where: { head[$0...].starts(with: opening) }) else { continue }
            let after = at + opening.count
            return bytes[after...].firstIndex { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }
        }
        return nil
    }

    /// The index just after the first complete object or array, strings and escapes respected.
    private static func firstValueEnd(_ bytes: [UInt8]) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for (index, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
                if depth < 0 { return nil }
            default: break
            }
        }
        return nil
    }

    /// Objects from top-level arrays, @graph lists and mainEntity, depth-capped against hostile nesting.
    private static func flatten(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8, objects.count < 200 else { return }
        if let array = json as? [Any] {
            for item in array { flatten(item, into: &objects, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects, depth: depth + 1) }
            if let entity = object["mainEntity"] { flatten(entity, into: &objects, depth: depth + 1) }
        }
    }

    /// String values of a property that may be a string, a number or a list of them.
    private static func strings(_ value: Any?) -> [String] {
        switch value {
        case let s as String:
            let trimmed = String(s.trimmingWhitespace())
            return trimmed.isEmpty ? [] : [trimmed]
        case let array as [Any]:
            return array.flatMap { strings($0) }
        case let number as NSNumber:
            return [number.stringValue]
        default:
            return []
        }
    }

    /// Names of persons or organisations: plain strings or objects with "name".
    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let s as String:
            return strings(s).filter { !$0.hasPrefix("http") }
        case let object as [String: Any]:
            return strings(object["name"])
        case let array as [Any]:
            return array.flatMap { names($0) }
        default:
            return []
        }
    }

    private static func urls(_ value: Any?) -> [String] {
        switch value {
        case let s as String:
            return strings(s)
        case let object as [String: Any]:
            return strings(object["url"]) + strings(object["contentUrl"])
        case let array as [Any]:
            return array.flatMap { urls($0) }
        default:
            return []
        }
    }
}
