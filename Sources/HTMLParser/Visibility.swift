import CLibXML2
import TextCore

/// What a browser would not show is not text. Read from an element's own attributes in one pass
/// over them (this runs for every element):
/// - inline styles that hide: `display:none`, `visibility:hidden`, and the off-screen patterns
///   of screen-reader-only text and tracking fallbacks (`left:-9999px`, `top:-999em`,
///   `text-indent:-9999px`, `clip:rect(0 0 0 0)`, `clip:rect(1px ...)`);
/// - `aria-hidden="true"` (decoration, duplicated labels);
/// - the `hidden` attribute, except on React's streaming placeholders (`<div hidden id="S:0">`),
///   where the server parks the real article for a script to move into place;
/// - the screen-reader-only classes of the common CSS frameworks.
enum Visibility {
    static func isHidden(_ node: NodePointer) -> Bool {
        var hiddenAttribute = false
        var streamingPlaceholder = false
        var attr = node.pointee.properties
        while let a = attr {
            defer { attr = a.pointee.next }
            guard let name = a.pointee.name else { continue }
            switch name[0] | 0x20 {
            case UInt8(ascii: "s") where nameIs(name, "style"):
                if hidesByStyle(a.value) { return true }
            case UInt8(ascii: "a") where nameIs(name, "aria-hidden"):
                if a.value.lowercased() == "true" { return true }
            case UInt8(ascii: "h") where nameIs(name, "hidden"):
                hiddenAttribute = true
            case UInt8(ascii: "i") where nameIs(name, "id"):
                streamingPlaceholder = a.value.hasPrefix("S:")
            case UInt8(ascii: "c") where nameIs(name, "class"):
                if a.value.withUTF8Bytes({ screenReaderOnly.anyInside($0) }) { return true }
            default:
                continue
            }
        }
        return hiddenAttribute && !streamingPlaceholder
    }

    /// Classes that hide text from sighted readers in Bootstrap, WordPress, Drupal and others.
    private static let screenReaderOnly = BytePhrases(["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                                                       "screen-reader-only", "element-invisible"])

    /// Off-screen offsets of at least this many digits (100 px or em) mean "not on the page";
    /// small negative offsets are layout nudges.
    private static let offscreenDigits = 3

    static func hidesByStyle(_ style: String) -> Bool {
        // Lower-cased, spaces dropped, compared as bytes.
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 && byte != 0x09 && byte != 0x0A { compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        if compact.containsBytes(displayNone) || compact.containsBytes(visibilityHidden)
            || compact.containsBytes(clipZero) || compact.containsBytes(clipOnePixel) {
            return true
        }
        return offsets.contains { offset in negativeOffset(after: offset, in: compact) }
    }

    private static let displayNone = Array("display:none".utf8), visibilityHidden = Array("visibility:hidden".utf8)
    private static let clipZero = Array("clip:rect(0".utf8), clipOnePixel = Array("clip:rect(1px".utf8)
    private static let offsets = ["left:-", "top:-", "text-indent:-"].map { Array($0.utf8) }

    /// `property:-NNN` with at least `offscreenDigits` digits, at a declaration start.
    private static func negativeOffset(after property: [UInt8], in style: [UInt8]) -> Bool {
        var start = 0
        while start + property.count <= style.count {
            let atDeclaration = start == 0 || style[start - 1] == UInt8(ascii: ";") || style[start - 1] == UInt8(ascii: "{")
            if atDeclaration, style[start..<(start + property.count)].elementsEqual(property) {
                var digits = 0
                var i = start + property.count
                while i < style.count, style[i] >= 0x30, style[i] <= 0x39 { digits += 1; i += 1 }
                if digits >= offscreenDigits { return true }
            }
            start += 1
        }
        return false
    }

    private static func nameIs(_ name: UnsafePointer<UInt8>, _ expected: StaticString) -> Bool {
        let count = expected.utf8CodeUnitCount
        let bytes = expected.utf8Start
        for i in 0..<count where name[i] | 0x20 != bytes[i] | 0x20 || name[i] == 0 { return false }
        return name[count] == 0
    }
}
