/// A UTF-8 byte buffer that collapses runs of whitespace (including no-break spaces) into one
/// space and drops leading whitespace, so block text needs no second cleaning pass.
struct CollapsedText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

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

    /// Links are separate words even when the markup glues them ("Home<a>News</a>").
    mutating func breakWordIfNeeded() { if !bytes.isEmpty { pendingSpace = true } }

    /// The text so far, with trailing whitespace dropped; the buffer is emptied.
    mutating func take() -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return text
    }
}
