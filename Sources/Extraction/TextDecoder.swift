import TextCore

/// Bytes -> valid UTF-8. Order of evidence, as browsers do it: a byte-order mark, then valid
/// UTF-8 (legacy text is practically never valid UTF-8, while pages declaring Latin-1 often are
/// UTF-8), then the declared content type, then the page's own `<meta charset>` labels, then
/// nearly-valid UTF-8, then byte statistics. Binary payloads are refused before decoding.
///
/// A payload that is valid UTF-8 already (most are) comes back as it is, without a copy: the
/// HTML parser reads those bytes, and only the text-dump path makes a `String` of them.
///
/// NUL: a NUL byte in the first 8 KB marks the payload as binary (refused); a NUL character
/// anywhere else in the decoded text is removed, since JSON text stored as PostgreSQL's jsonb
/// cannot hold U+0000 and no page means anything by it.
enum TextDecoder {
    static func decode(_ bytes: [UInt8], contentType: String?) throws(ExtractionError) -> [UInt8] {
        let utf8 = try decodeKeepingNUL(bytes, contentType: contentType)
        // In UTF-8 a zero byte is U+0000 and nothing else.
        guard utf8.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: 0, in: $0) }) != nil else { return utf8 }
        return utf8.filter { $0 != 0 }
    }

    private static func decodeKeepingNUL(_ bytes: [UInt8], contentType: String?) throws(ExtractionError) -> [UInt8] {
        if let (bom, length) = CharsetSniffer.bom(bytes) {
            let body = bytes[length...]
            switch bom {
            case .utf8: return try utf8(body)
            case .utf16LE: return try Array(utf16(body, bigEndian: false).utf8)
            case .utf16BE: return try Array(utf16(body, bigEndian: true).utf8)
            }
        }
        if let reason = BinarySniffer.reason(bytes) { throw .binary(reason) }
        if isValidUTF8(bytes[...]) { return bytes }

        // Declarations in order of authority; the first one the bytes really are in wins.
        let declared = [CharsetSniffer.charset(inContentType: contentType)].compactMap { $0 }
            + CharsetSniffer.declaredInDocument(bytes)
        for label in declared {
            switch CharsetLabel.resolve(label) {
            case .utf8?:
                if let text = try? utf8(bytes[...]) { return text }
            case .utf16LE?:
                if let text = try? utf16(bytes[...], bigEndian: false) { return Array(text.utf8) }
            case .utf16BE?:
                if let text = try? utf16(bytes[...], bigEndian: true) { return Array(text.utf8) }
            case let .legacy(name)?:
                if let text = Iconv.decode(bytes[...], from: name) { return Array(text.utf8) }
            case nil:
                continue
            }
        }
        if let text = try? utf8(bytes[...]) { return text }
        // A page that names its charset and is not in it is broken; guessing would only
        // produce confident garbage. Statistics are for pages that name none.
        if declared.contains(where: { CharsetLabel.resolve($0) != nil }) {
            throw .undecodable("the payload is not in its declared charset (\(declared.joined(separator: ", "))) nor UTF-8")
        }
        let guessed = CharsetGuess.guess(bytes[...])
        if let text = Iconv.decode(bytes[...], from: guessed) { return Array(text.utf8) }
        throw .undecodable("the payload declares no charset and is neither UTF-8 nor \(guessed)")
    }

    /// UTF-8 with a few broken sequences (a truncated download, one mis-encoded byline) is
    /// still UTF-8; one replacement per 100 bytes is the tolerance.
    private static func utf8(_ bytes: ArraySlice<UInt8>) throws(ExtractionError) -> [UInt8] {
        if isValidUTF8(bytes) { return Array(bytes) }
        let text = String(decoding: bytes, as: UTF8.self)
        let replacements = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        guard replacements <= bytes.count / 100 + 1 else {
            throw .undecodable("the payload is not valid UTF-8 (\(replacements) broken sequences)")
        }
        return Array(text.utf8)
    }

    private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(ExtractionError) -> String {
        guard bytes.count % 2 == 0 else { throw .undecodable("UTF-16 payload has an odd number of bytes") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .undecodable("the payload is not valid UTF-16")
        }
        return text
    }
}

/// Payloads that are not text at all: NUL bytes (outside UTF-16, which has a BOM here) or a
/// high share of control characters in the first 8 KB.
enum BinarySniffer {
    static func reason(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(8192)
        if head.contains(0) { return "the payload contains NUL bytes" }
        let controls = head.reduce(0) { $0 + ($1 < 0x20 && $1 != 0x09 && $1 != 0x0A && $1 != 0x0D && $1 != 0x0C ? 1 : 0) }
        if controls * 20 > head.count { return "\(controls) control characters in the first \(head.count) bytes" }
        return nil
    }
}
