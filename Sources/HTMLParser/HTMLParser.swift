import CLibXML2

/// Parses HTML with libxml2 and walks its tree once, in place, into a `ParsedHTML`. The walk is
/// iterative (no recursion, whatever the nesting) and bounded by `Limits`.
public enum HTMLParser {
    public struct Limits: Sendable {
        /// Elements nested deeper than this are not entered.
        public var maxDepth: Int
        public var maxNodes: Int
        public var maxBlocks: Int
        /// A `<noscript>` with less text than this is a fallback notice, not the page (see `TreeWalker`).
        public var noscriptPageBytes: Int
        public init(maxDepth: Int = 256, maxNodes: Int = 100_000, maxBlocks: Int = 50_000, noscriptPageBytes: Int = 500) {
            self.maxDepth = maxDepth
            self.maxNodes = maxNodes
            self.maxBlocks = maxBlocks
            self.noscriptPageBytes = noscriptPageBytes
        }
    }

    /// nil when libxml2 produces no document at all (it recovers from almost anything).
    /// `showingHidden` reads what a browser would not show too (`Visibility`): for pages that
    /// hide themselves until a script runs, or that broken markup nests inside a hidden menu.
    public static func parse(_ html: String, limits: Limits = Limits(), showingHidden: Bool = false) -> ParsedHTML? {
        var html = html
        return html.withUTF8 { parse(utf8: $0, limits: limits, showingHidden: showingHidden) }
    }

    public static func parse(utf8: UnsafeBufferPointer<UInt8>, limits: Limits = Limits(), showingHidden: Bool = false) -> ParsedHTML? {
        // Script and style bodies and graphics' content, which nothing reads, are dropped before
        // libxml2 reads them (`RawTextElision`).
        if let elided = RawTextElision.elided(utf8) {
            return elided.withUnsafeBufferPointer { parseKnownReferences(utf8: $0, limits: limits, showingHidden: showingHidden) }
        }
        return parseKnownReferences(utf8: utf8, limits: limits, showingHidden: showingHidden)
    }

    /// `parse` without dropping script and style bodies and graphics first: what `RawTextElision`
    /// is tested against.
    static func parseKnownReferences(utf8: UnsafeBufferPointer<UInt8>, limits: Limits, showingHidden: Bool = false) -> ParsedHTML? {
        // HTML5's named references that libxml2 does not know become numeric ones first.
        if let rewritten = HTML5References.rewritten(utf8) {
            return rewritten.withUnsafeBufferPointer { parseDocument(utf8: $0, limits: limits, showingHidden: showingHidden) }
        }
        return parseDocument(utf8: utf8, limits: limits, showingHidden: showingHidden)
    }

    private static func parseDocument(utf8: UnsafeBufferPointer<UInt8>, limits: Limits, showingHidden: Bool) -> ParsedHTML? {
        guard let base = utf8.baseAddress, utf8.count > 0, utf8.count < Int(Int32.max) else { return nil }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        let document = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
            htmlReadMemory($0, Int32(utf8.count), nil, "UTF-8", Int32(bitPattern: options))
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard xmlDocGetRootElement(document) != nil else { return nil }
        var walker = TreeWalker(limits: limits, showingHidden: showingHidden)
        // Not just the root element: on some broken pages libxml2 starts a second <html>
        // after the first one closes, and the article is in that one.
        var top = document.pointee.children
        while let node = top {
            if node.isElement { walker.walk(from: node) }
            top = node.pointee.next
        }
        return walker.result
    }
}
