/// Where a page says its charset: a BOM, the declared content type, an XML declaration or a
/// `<meta charset>` / `http-equiv` tag in the first few kilobytes (as browsers prescan).
enum CharsetSniffer {
    enum BOM { case utf8, utf16LE, utf16BE }

    static func bom(_ bytes: [UInt8]) -> (BOM, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// The `charset=` parameter of a content type such as "text/html; charset=windows-1251".
    static func charset(inContentType contentType: String?) -> String? {
        guard let contentType else { return nil }
        return value(after: "charset=", in: Array(contentType.lowercased().utf8))
    }

    /// Every `<meta charset="...">`, `<meta http-equiv content="...; charset=...">` and
    /// `<?xml encoding="..."?>` label in the first 32 KB, in order. More than one is common:
    /// archived pages carry the archive's UTF-8 toolbar before the page's own declaration.
    static func declaredInDocument(_ bytes: [UInt8]) -> [String] {
        let head = bytes.prefix(32_768).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var labels: [String] = []
        for label in values(after: "charset=", in: head) + values(after: "encoding=", in: head) where !labels.contains(label) {
            labels.append(label)
        }
        return labels
    }

    /// The first `charset=` value of a content type.
    private static func value(after key: String, in bytes: [UInt8]) -> String? {
        values(after: key, in: bytes).first
    }

    private static func values(after key: String, in bytes: [UInt8]) -> [String] {
        let needle = Array(key.utf8)
        var found: [String] = []
        guard bytes.count > needle.count else { return found }
        var i = 0
        while i + needle.count <= bytes.count, found.count < 8 {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) {
                var j = i + needle.count
                while j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") || bytes[j] == 0x20 { j += 1 }
                var label: [UInt8] = []
                while j < bytes.count, label.count < 40, isLabelByte(bytes[j]) { label.append(bytes[j]); j += 1 }
                if !label.isEmpty { found.append(String(decoding: label, as: UTF8.self)) }
            }
            i += 1
        }
        return found
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }
}
