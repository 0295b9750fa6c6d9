import HTMLParser

/// `<meta>` values by lower-cased key, first occurrence wins, empty values skipped.
struct MetaTags {
    private var values: [String: String] = [:]
    private var all: [String: [String]] = [:]

    init(_ metas: [MetaTag]) {
        for meta in metas {
            let content = String(meta.content.trimmingWhitespace())
            guard !content.isEmpty else { continue }
            if values[meta.key] == nil { values[meta.key] = content }
            all[meta.key, default: []].append(content)
        }
    }

    /// The first key in `keys` that the page has.
    func first(_ keys: [String]) -> (key: String, value: String)? {
        for key in keys { if let value = values[key] { return (key, value) } }
        return nil
    }

    subscript(key: String) -> String? { values[key] }

    func allValues(_ key: String) -> [String] { all[key] ?? [] }
}
