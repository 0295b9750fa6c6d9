import TextCore

/// Script and style bodies, and the content of inline SVG graphics, dropped before parsing. Half
/// the bytes of a typical page are inline scripts and stylesheets (29% and 23% over 60 WCXB
/// pages), which libxml2 reads character by character into text nodes that nothing here reads:
/// the walk treats both elements as opaque. JSON-LD scripts are kept (the walk reads them).
/// Icons and logos drawn in SVG are another 5%, whose text the walk never reads either
/// (`HTMLTag.isWidget`); a graphic is dropped only when it holds nothing but SVG's own elements.
///
/// The scan follows libxml2 2.9's HTML tokenizer far enough to know where a script or style
/// body starts and ends: comments, declarations and processing instructions are skipped, start
/// tags are read with their attributes (a value is quoted only right after "="; an unquoted one
/// runs to a blank or ">"; "/>" closes an element with no body), and a body runs to the first
/// "</script" or "</style" in any case, as libxml2's recovery mode ends it (unless the body starts
/// with an end tag, which libxml2 reads as one). Where the page is
/// not clearly in one of these states (an unclosed quote or comment, an abruptly closed comment,
/// a stray quote or slash among attributes, a quote in a declaration), the scan stops and the
/// rest of the page is passed on as it is: dropping is an optimisation, and what is kept parses
/// exactly as before.
enum RawTextElision {
    /// The page with its script and style bodies and graphics' content dropped, or nil when it has
    /// none to drop.
    static func elided(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var edits = ByteEdits(utf8)
        var index = 0
        // Where the last graphic that could not be dropped stopped being read; see `svgEnd`.
        var graphicsUnsureUntil = 0
        let count = utf8.count
        scan: while let open = ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: utf8, from: index) {
            index = open + 1
            guard index < count else { break }
            let next = utf8[index]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                guard let end = skipMarkup(utf8, from: index) else { break scan }
                index = end
                continue
            }
            if next == UInt8(ascii: "/") {
                // An end tag runs to ">"; "</" before anything but a name is text.
                guard index + 1 < count, isNameStart(utf8[index + 1]) else { continue }
                guard let close = ByteSearch.firstOffset(of: UInt8(ascii: ">"), in: utf8, from: index) else { break scan }
                index = close + 1
                continue
            }
            guard isNameStart(next) else { continue }  // "<3", "< b": text
            var nameEnd = index
            while nameEnd < count, isNameByte(utf8[nameEnd]) { nameEnd += 1 }
            let name = UnsafeBufferPointer(rebasing: utf8[index..<nameEnd])
            guard let tag = startTagEnd(utf8, from: nameEnd) else { break scan }
            index = tag.end
            guard !tag.selfClosing else { continue }
            if matches(name, svg) {
                // Inline graphics: dropped whole when the scan is sure where they end.
                if index >= graphicsUnsureUntil, let graphicsEnd = svgEnd(in: utf8, from: index, unsureUntil: &graphicsUnsureUntil) {
                    if graphicsEnd > index { edits.replace(index..<graphicsEnd) }
                    index = graphicsEnd
                }
                continue
            }
            guard let element = rawTextElement(name) else { continue }
            // The body runs to the first "</script" (or "</style"), in any case.
            guard let bodyEnd = closingTag(element, in: utf8, from: index) else { break scan }
            // An end tag first in the body is read as one: "<script></div>" closes the <div>.
            if bodyEnd > index, startsEndTag(utf8, at: index) { break scan }
            // A JSON-LD script is kept, and so is one whose attributes hold a character reference
            // (`type="application&#x2F;ld&#x2B;json"`): libxml2 decodes those.
            let attributes = ByteSearch.lowercasedPrefix(UnsafeBufferPointer(rebasing: utf8[nameEnd..<index]), scalars: .max)
            let mayBeJSONLD = attributes.containsBytes(jsonLD) || attributes.contains(UInt8(ascii: "&"))
            if bodyEnd > index, !mayBeJSONLD { edits.replace(index..<bodyEnd) }
            index = bodyEnd
        }
        return edits.result()
    }

    private static let jsonLD = Array("ld+json".utf8)
    private static let rawTextElements = [Array("script".utf8), Array("style".utf8)]

    /// "script" or "style" (in any case), as the closing tag to look for.
    private static func rawTextElement(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        rawTextElements.first { matches(name, $0) }
    }

    private static let svg = Array("svg".utf8)
    /// SVG's own elements, lowercased: what an icon or a logo is drawn with. An element libxml2
    /// knows as HTML (`<a>`, `<div>`, `<style>` ...) could close or open elements around the
    /// graphic, or be text a browser shows, so a graphic holding one is parsed as it is. The
    /// exception is `<title>`: a graphic's title is a tooltip, and browsers never take it for
    /// the page's (the walk did when the page had none in its head).
    private static let graphicsElements: Set<[UInt8]> = Set([
        "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "defs", "use", "symbol",
        "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "filter", "desc", "title",
        "fegaussianblur", "feoffset", "feblend", "fecolormatrix", "feflood", "fecomposite", "femerge", "femergenode",
    ].map { Array($0.utf8) })

    /// Offset of the "</svg" that closes an `<svg>` whose content starts at `start` (nested
    /// graphics counted), or nil when the content holds a start or end tag of anything but
    /// `graphicsElements`, a comment, declaration or processing instruction, a tag the scan
    /// cannot read, or no end. On nil, `unsureUntil` is where
    /// the reading stopped: a graphic starting before it is not read again, or a page of nested
    /// unclosed `<svg>`s would be read once per `<svg>` (quadratic).
    private static func svgEnd(in utf8: UnsafeBufferPointer<UInt8>, from start: Int, unsureUntil: inout Int) -> Int? {
        let count = utf8.count
        var depth = 1
        var index = start
        func unsure() -> Int? {
            unsureUntil = max(unsureUntil, index)
            return nil
        }
        while let open = ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: utf8, from: index) {
            index = open + 1
            guard index < count else { return unsure() }
            let next = utf8[index]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return unsure() }
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? index + 1 : index
            guard nameStart < count, isNameStart(utf8[nameStart]) else { continue }  // text
            var nameEnd = nameStart
            while nameEnd < count, isNameByte(utf8[nameEnd]) { nameEnd += 1 }
            let name = UnsafeBufferPointer(rebasing: utf8[nameStart..<nameEnd])
            // An end tag of anything else may close an element around the graphic.
            guard graphicsElements.contains(ByteSearch.asciiLowercased(name)) else { return unsure() }
            if closing {
                if matches(name, svg) {
                    depth -= 1
                    if depth == 0 { return open }
                }
                // An end tag runs to ">", as in the main scan: `</g x="</svg>">` closes no graphic.
                guard let close = ByteSearch.firstOffset(of: UInt8(ascii: ">"), in: utf8, from: nameEnd) else { return unsure() }
                index = close + 1
                continue
            }
            // Attributes are read as the main scan reads them, so a quoted "<" is no tag.
            guard let tag = startTagEnd(utf8, from: nameEnd) else { return unsure() }
            index = tag.end
            if matches(name, svg), !tag.selfClosing { depth += 1 }
        }
        return unsure()
    }

    private static func startsEndTag(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < utf8.count && utf8[index] == UInt8(ascii: "<") && utf8[index + 1] == UInt8(ascii: "/")
            && isNameStart(utf8[index + 2])
    }

    /// Whether `name` is `lowercased` in any case.
    private static func matches(_ name: UnsafeBufferPointer<UInt8>, _ lowercased: [UInt8]) -> Bool {
        name.count == lowercased.count && zip(lowercased, name).allSatisfy { $0 == $1 | 0x20 }
    }

    /// Offset of the "</name" that ends a body starting at `start`.
    private static func closingTag(_ element: [UInt8], in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let open = ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: utf8, from: index) {
            let nameStart = open + 2
            if nameStart + element.count <= utf8.count, utf8[open + 1] == UInt8(ascii: "/"),
               element.indices.allSatisfy({ utf8[nameStart + $0] | 0x20 == element[$0] }) {
                return open
            }
            index = open + 1
        }
        return nil
    }

    /// After "<!" or "<?": the offset past the comment, declaration or instruction, or nil when
    /// the scan cannot be sure where it ends.
    private static func skipMarkup(_ utf8: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        let count = utf8.count
        if index + 2 < count, utf8[index] == UInt8(ascii: "!"), utf8[index + 1] == UInt8(ascii: "-"), utf8[index + 2] == UInt8(ascii: "-") {
            // "<!-->", "<!--->" and "--!>" close comments in some parsers and not in others.
            let body = index + 3
            guard body < count, utf8[body] != UInt8(ascii: ">"),
                  !(utf8[body] == UInt8(ascii: "-") && body + 1 < count && utf8[body + 1] == UInt8(ascii: ">")),
                  let end = firstOffset(of: commentEnd, in: utf8, from: body) else { return nil }
            if firstOffset(of: abruptCommentEnd, in: UnsafeBufferPointer(rebasing: utf8[..<end]), from: body) != nil { return nil }
            return end + commentEnd.count
        }
        // A declaration or instruction runs to ">"; a quote inside it may hide one.
        guard let close = ByteSearch.firstOffset(of: UInt8(ascii: ">"), in: utf8, from: index) else { return nil }
        if utf8[index..<close].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) { return nil }
        return close + 1
    }

    private static let commentEnd = Array("-->".utf8)
    private static let abruptCommentEnd = Array("--!>".utf8)

    private static func firstOffset(of needle: [UInt8], in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start <= utf8.count else { return nil }
        return needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: UnsafeBufferPointer(rebasing: utf8[start...])) }
            .map { $0 + start }
    }

    /// Reads a start tag's attributes from just after its name; nil when a quote is not closed.
    private static func startTagEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, selfClosing: Bool)? {
        let count = utf8.count
        var index = start
        func skipBlanks() { while index < count, isBlank(utf8[index]) { index += 1 } }
        while true {
            skipBlanks()
            guard index < count else { return nil }
            let byte = utf8[index]
            if byte == UInt8(ascii: ">") { return (index + 1, false) }
            if byte == UInt8(ascii: "/"), index + 1 < count, utf8[index + 1] == UInt8(ascii: ">") { return (index + 2, true) }
            // Anything but an attribute name here (a stray quote or slash) is read differently
            // by different parsers: the scan stops.
            guard isNameStart(byte) else { return nil }
            while index < count, isNameByte(utf8[index]) { index += 1 }
            skipBlanks()
            guard index < count, utf8[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipBlanks()
            guard index < count else { return nil }
            let quote = utf8[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = ByteSearch.firstOffset(of: quote, in: utf8, from: index + 1) else { return nil }
                index = close + 1
            } else {
                while index < count, !isBlank(utf8[index]), utf8[index] != UInt8(ascii: ">") { index += 1 }
            }
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || byte &- 0x30 < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
