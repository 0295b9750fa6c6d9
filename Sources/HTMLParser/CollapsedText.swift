import TextCore

/// A UTF-8 byte buffer that collapses runs of whitespace (including no-break spaces) into one
/// space and drops leading whitespace, so block text needs no second cleaning pass.
struct CollapsedText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    /// A link's edge with no whitespace at it: a space, unless the text on both sides is written
    /// without spaces (Chinese, Japanese, Thai: "への<a>虐待</a>" reads "への虐待").
    private var pendingLinkEdge = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends a NUL-terminated UTF-8 run; returns how many bytes of it were added (a space
    /// inserted before it to separate it from earlier text is not counted).
    @discardableResult
    mutating func append(_ content: UnsafePointer<UInt8>) -> Int {
        var before = bytes.count
        var p = content
        while p.pointee != 0 {
            let b = p.pointee
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
            } else if b == 0xC2 && p[1] == 0xA0 {
                pendingSpace = true
                p += 1
            } else {
                if pendingLinkEdge {
                    pendingLinkEdge = false
                    if !pendingSpace, !(Self.isWrittenWithoutSpaces(lastScalar()) && Self.isWrittenWithoutSpaces(Self.scalar(at: p))) {
                        pendingSpace = true
                    }
                }
                if pendingSpace && !bytes.isEmpty {
                    bytes.append(0x20)
                    if bytes.count == before + 1 { before += 1 }
                }
                pendingSpace = false
                bytes.append(b)
            }
            p += 1
        }
        return bytes.count - before
    }

    /// Marks a word boundary (a `<br>`, an inline element edge that separates words).
    mutating func breakWord() { pendingSpace = true }

    /// Links are separate words even when the markup glues them ("Home<a>News</a>"), except
    /// in scripts written without spaces.
    mutating func breakWordIfNeeded() { if !bytes.isEmpty { pendingLinkEdge = true } }

    /// The text so far, with trailing whitespace dropped; the buffer is emptied.
    mutating func take() -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingLinkEdge = false
        return text
    }

    /// Han, kana, Thai and their kin, CJK punctuation and full-width forms.
    private static func isWrittenWithoutSpaces(_ value: UInt32) -> Bool {
        TextMeasures.spacelessClass(value) != 0 || (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
    }

    /// The last scalar written (0 when none).
    private func lastScalar() -> UInt32 {
        var start = bytes.count - 1
        while start > 0, start > bytes.count - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return 0 }
        var value = UInt32(bytes[start])
        let length = bytes.count - start
        guard length > 1 else { return value }
        value &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
        for byte in bytes[(start + 1)...] { value = value << 6 | UInt32(byte & 0x3F) }
        return value
    }

    /// The scalar whose UTF-8 starts at `p` (NUL-terminated, as libxml2 gives text).
    private static func scalar(at p: UnsafePointer<UInt8>) -> UInt32 {
        let lead = UInt32(p[0])
        switch lead {
        case 0xE0..<0xF0 where p[1] != 0 && p[2] != 0:
            return (lead & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F)
        case 0xF0..<0xF8 where p[1] != 0 && p[2] != 0 && p[3] != 0:
            return (lead & 0x07) << 18 | UInt32(p[1] & 0x3F) << 12 | UInt32(p[2] & 0x3F) << 6 | UInt32(p[3] & 0x3F)
        case 0xC0..<0xE0 where p[1] != 0:
            return (lead & 0x1F) << 6 | UInt32(p[1] & 0x3F)
        default:
            return lead
        }
    }
}
