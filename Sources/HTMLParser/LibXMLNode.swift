import CLibXML2

/// Allocation-free helpers over libxml2 nodes: names and attributes are compared as bytes and
/// only turned into Swift strings when the walker keeps them.
typealias NodePointer = UnsafeMutablePointer<xmlNode>

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    var tag: HTMLTag {
        guard let name = pointee.name else { return .other }
        return HTMLTag.named(String(cString: name))
    }

    /// The value of attribute `name` (ASCII, lower case), concatenating its text children.
    func attribute(_ name: StaticString) -> String? {
        var attr = pointee.properties
        while let a = attr {
            if let attrName = a.pointee.name, bytesEqual(attrName, name) { return a.value }
            attr = a.pointee.next
        }
        return nil
    }

    func hasAttribute(_ name: StaticString) -> Bool {
        var attr = pointee.properties
        while let a = attr {
            if let attrName = a.pointee.name, bytesEqual(attrName, name) { return true }
            attr = a.pointee.next
        }
        return false
    }

    /// Visible text below this node, whitespace collapsed, stopping after `limit` bytes or
    /// `maxNodes` visited nodes so that a huge subtree costs no more than a small one.
    func textContent(limit: Int = 300, maxNodes: Int = 2000) -> String {
        var text = CollapsedText()
        var visited = 0
        var node: NodePointer? = pointee.children
        var depth = 1
        while let n = node, visited < maxNodes, text.bytes.count < limit {
            visited += 1
            if n.isText, let content = n.pointee.content { text.append(content) }
            if n.isElement, !n.tag.isOpaque, !n.tag.isWidget, let child = n.pointee.children {
                node = child
                depth += 1
                continue
            }
            var current: NodePointer? = n
            node = nil
            while let c = current, depth > 0 {
                if let next = c.pointee.next { node = next; break }
                current = c.pointee.parent
                depth -= 1
            }
        }
        return text.take()
    }
}

extension UnsafeMutablePointer where Pointee == xmlAttr {
    /// The attribute's value: its text children concatenated.
    var value: String {
        var value = ""
        var child = pointee.children
        while let c = child {
            if let content = c.pointee.content { value += String(cString: content) }
            child = c.pointee.next
        }
        return value
    }
}

private func bytesEqual(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
    let count = s.utf8CodeUnitCount
    let expected = s.utf8Start
    for i in 0..<count where p[i] != expected[i] { return false }
    return p[count] == 0
}
