import CLibXML2
import TextCore

/// One pass over libxml2's tree: block text, the block outline and page metadata together.
struct TreeWalker {
    let limits: HTMLParser.Limits
    /// Whether hidden elements (`Visibility`) are read too.
    let showingHidden: Bool
    private(set) var result = ParsedHTML()

    /// What entering an element changed, undone when leaving it.
    private struct Frame {
        var pushedOwner = false
        var opensLink = false
        var pushedTextState = false
    }

    private var frames: [Frame] = []
    /// Outline indexes of the open block-level elements; the last one owns new text.
    private var owners: [Int32] = [0]
    /// Whether text of the innermost widget-or-block context is prose (see `HTMLTag.isWidget`).
    private var textAllowed: [Bool] = [true]
    private var text = CollapsedText()
    private var linkBytes = 0
    private var linkDepth = 0
    private var anchorText = CollapsedText()
    private var anchorHref: String?
    private var anchorHints = ""

    init(limits: HTMLParser.Limits, showingHidden: Bool = false) {
        self.limits = limits
        self.showingHidden = showingHidden
        result.nodes.append(OutlineNode(parent: -1, tag: .other, depth: 0, hints: ""))
    }

    mutating func walk(from root: NodePointer) {
        var node = root
        var depth = 1
        var descend = enter(node, depth: depth)
        while true {
            if descend, let child = node.pointee.children {
                node = child
                depth += 1
                descend = enter(node, depth: depth)
                continue
            }
            // Leave `node` and its finished ancestors until a next sibling turns up.
            var next: NodePointer?
            while true {
                if node.isElement { leave() }
                if node == root { break }
                if let sibling = node.pointee.next { next = sibling; break }
                guard let parent = node.pointee.parent else { break }
                node = parent
                depth -= 1
            }
            guard let sibling = next else { break }
            node = sibling
            descend = enter(node, depth: depth)
        }
        flushBlock()
    }

    /// Handles a node on the way down; returns whether to walk its children.
    private mutating func enter(_ node: NodePointer, depth: Int) -> Bool {
        if node.isText {
            guard textAllowed[textAllowed.count - 1], let content = node.pointee.content,
                  !Self.isDTDLeftover(content) else { return false }
            let added = text.append(content)
            if linkDepth > 0 {
                linkBytes += added
                anchorText.append(content)
            }
            return false
        }
        guard node.isElement else { return false }
        var frame = Frame()
        defer { frames.append(frame) }
        let tag = node.tag
        switch tag {
        case .head:
            // Not skipped: libxml2 2.9 knows no HTML5 elements and leaves a <section> met in
            // <head> (and the whole page after it) inside <head>.
            return true
        case .title:
            if result.title == nil { result.title = node.textContent(limit: 1000) }
            return false
        case .meta:
            collectMeta(node)
            return false
        case .link:
            if let rel = node.attribute("rel"), let href = node.attribute("href") {
                result.links.append(LinkTag(rel: rel.lowercased(), href: href))
            }
            return false
        case .script:
            if let type = node.attribute("type"), type.lowercased().contains("ld+json") {
                result.jsonLD.append(node.textContent(limit: 1 << 20, maxNodes: 100))
            }
            return false
        case .html:
            if let lang = node.attribute("lang"), !lang.isEmpty { result.language = lang }
        case .br, .img:
            text.breakWord()
            return false
        default:
            break
        }
        if tag.isOpaque || !showingHidden && Visibility.isHidden(node) { return false }
        if tag == .noscript, !isPageRendering(node) { return false }
        if depth > limits.maxDepth {
            result.truncated = true
            return false
        }
        if let itemprop = node.attribute("itemprop") { collectItemProp(node, name: itemprop) }
        if tag == .time { collectTime(node) }
        if tag.isWidget || tag.isBlock {
            textAllowed.append(tag.isBlock)
            frame.pushedTextState = true
        }
        if tag.isBlock {
            flushBlock()
            if result.nodes.count < limits.maxNodes {
                let hints = hintString(node)
                result.nodes.append(OutlineNode(parent: owners[owners.count - 1], tag: tag,
                                                depth: UInt16(min(depth, Int(UInt16.max))), hints: hints))
                owners.append(Int32(result.nodes.count - 1))
                frame.pushedOwner = true
            } else {
                result.truncated = true
            }
        } else if tag == .a {
            text.breakWordIfNeeded()
            if linkDepth == 0, let href = node.attribute("href") {
                anchorHref = href
                anchorHints = [node.attribute("rel"), node.attribute("class"), node.attribute("itemprop")]
                    .compactMap { $0?.lowercased() }.joined(separator: " ")
            }
            linkDepth += 1
            frame.opensLink = true
        }
        return true
    }

    /// Undoes what `enter` did for the element being left.
    private mutating func leave() {
        guard let frame = frames.popLast() else { return }
        if frame.opensLink {
            linkDepth -= 1
            if linkDepth == 0 { finishAnchor() }
        }
        if frame.pushedOwner {
            flushBlock()
            owners.removeLast()
        }
        if frame.pushedTextState { textAllowed.removeLast() }
    }

    private mutating func flushBlock() {
        guard !text.isEmpty else { return }
        let bytes = linkBytes
        linkBytes = 0
        let blockText = text.take()
        guard result.blocks.count < limits.maxBlocks else {
            result.truncated = true
            return
        }
        result.blocks.append(TextBlock(text: blockText, node: owners[owners.count - 1],
                                       linkBytes: Int32(min(bytes, blockText.utf8.count))))
    }

    private mutating func finishAnchor() {
        let anchor = anchorText.take()
        if let href = anchorHref, !anchor.isEmpty, result.anchors.count < limits.maxBlocks {
            result.anchors.append(Anchor(text: anchor, href: href, hints: anchorHints,
                                         block: Int32(result.blocks.count)))
        }
        anchorHref = nil
    }

    private mutating func collectMeta(_ node: NodePointer) {
        guard let content = node.attribute("content") else { return }
        for attribute in [node.attribute("name"), node.attribute("property"), node.attribute("itemprop")] {
            if let key = attribute, !key.isEmpty {
                result.metas.append(MetaTag(key: key.lowercased(), content: content))
            }
        }
    }

    private mutating func collectItemProp(_ node: NodePointer, name: String) {
        // Blogger and microformats templates put a date's machine value in an `<abbr title>`
        // and show readers "9:05 PM" (the abbr design pattern): the title is the value.
        let machine = node.attribute("content") ?? node.attribute("datetime")
            ?? (name.lowercased().hasPrefix("date") ? node.attribute("title") : nil)
        let value = machine ?? node.textContent()
        result.itemProps.append(ItemProp(name: name.lowercased(), value: value))
    }

    private mutating func collectTime(_ node: NodePointer) {
        var hints = [node.attribute("class"), node.attribute("itemprop")].compactMap { $0?.lowercased() }
        if node.hasAttribute("pubdate") { hints.append("pubdate") }
        result.times.append(TimeElement(dateTime: node.attribute("datetime"), text: node.textContent(limit: 200),
                                        hints: hints.joined(separator: " "), node: owners[owners.count - 1]))
    }

    private func hintString(_ node: NodePointer) -> String {
        var hints = ""
        for value in [node.attribute("class"), node.attribute("id"), node.attribute("role"), node.attribute("itemprop")] {
            guard let value, !value.isEmpty else { continue }
            if !hints.isEmpty { hints += " " }
            hints += value.lowercased()
        }
        return hints
    }

    /// A `<noscript>` is read only when it holds a page's whole script-free rendering (forums
    /// such as Discourse serve their crawler view there); the usual fallback notices ("Please
    /// enable JavaScript"), tracking pixels and stylesheet links are what a browser, running
    /// scripts, never shows.
    private func isPageRendering(_ node: NodePointer) -> Bool {
        node.textContent(limit: limits.noscriptPageBytes, maxNodes: 4000).utf8.count >= limits.noscriptPageBytes
    }

    /// libxml2 2.9's HTML parser does not know a DOCTYPE's internal subset
    /// (`<!DOCTYPE html [ <!ENTITY ...> ]>`) and hands its declarations on as text.
    static func isDTDLeftover(_ content: UnsafePointer<UInt8>) -> Bool {
        var p = content
        while p.pointee == 0x20 || p.pointee == 0x0A || p.pointee == 0x0D || p.pointee == 0x09 { p += 1 }
        if p.pointee == UInt8(ascii: "<") { p += 1 }
        if p[0] == UInt8(ascii: "]") && p[1] == UInt8(ascii: ">") { return true }
        guard p.pointee == UInt8(ascii: "!") else { return false }
        for keyword in ["ENTITY", "ELEMENT", "ATTLIST", "NOTATION"] {
            if keyword.utf8.enumerated().allSatisfy({ p[1 + $0.offset] == $0.element }) { return true }
        }
        return false
    }
}
