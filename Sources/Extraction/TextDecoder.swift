#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextCore

/// Bytes -> String. Order of evidence, as browsers do it: a byte-order mark, then valid UTF-8
/// (legacy text is practically never valid UTF-8, while pages declaring Latin-1 often are
/// UTF-8), then the declared content type, then the page's own `<meta charset>` labels, then
/// nearly-valid UTF-8, then byte statistics. Binary payloads are refused before decoding.
///
/// NUL: a NUL byte in the first 8 KB marks the payload as binary (refused); a NUL character
/// anywhere else in the decoded text is removed, since JSON text stored as PostgreSQL's jsonb
/// cannot hold U+0000 and no page means anything by it.
enum TextDecoder {
    static func decode(_ bytes: [UInt8], contentType: String?) throws(ExtractionError) -> String {
        let text = try decodeKeepingNUL(bytes, contentType: contentType)
        // Every encoding read here writes U+0000 with at least one zero byte.
        guard bytes.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: 0, in: $0) }) != nil else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.lazy.filter { $0 != "\u{0}" }))
    }

    private static func decodeKeepingNUL(_ bytes: [UInt8], contentType: String?) throws(ExtractionError) -> String {
        if let (bom, length) = CharsetSniffer.bom(bytes) {
            let body = bytes[length...]
            switch bom {
            case .utf8: return try utf8(body)
            case .utf16LE: return try utf16(body, bigEndian: false)
            case .utf16BE: return try utf16(body, bigEndian: true)
            }
        }
        if let reason = BinarySniffer.reason(bytes) { throw .binary(reason) }
        if let text = validUTF8(bytes[...]) { return text }

        // Declarations in order of authority; the first one the bytes really are in wins.
        let declared = [CharsetSniffer.charset(inContentType: contentType)].compactMap { $0 }
            + CharsetSniffer.declaredInDocument(bytes)
        for label in declared {
            switch CharsetLabel.resolve(label) {
            case .utf8?:
                if let text = try? utf8(bytes[...]) { return text }
            case .utf16LE?:
                if let text = try? utf16(bytes[...], bigEndian: false) { return text }
            case .utf16BE?:
                if let text = try? utf16(bytes[...], bigEndian: true) { return text }
            case let .legacy(name)?:
                if let text = Iconv.decode(bytes[...], from: name) { return text }
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
        if let text = Iconv.decode(bytes[...], from: guessed) { return text }
        throw .undecodable("the payload declares no charset and is neither UTF-8 nor \(guessed)")
    }

    /// UTF-8 with a few broken sequences (a truncated download, one mis-encoded byline) is
    /// still UTF-8; one replacement per 100 bytes is the tolerance.
    private static func utf8(_ bytes: ArraySlice<UInt8>) throws(ExtractionError) -> String {
        if let text = validUTF8(bytes) { return text }
        let text = String(decoding: bytes, as: UTF8.self)
        let replacements = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        guard replacements <= bytes.count / 100 + 1 else {
            throw .undecodable("the payload is not valid UTF-8 (\(replacements) broken sequences)")
        }
        return text
    }

    /// The text when `bytes` are valid UTF-8, else nil. `String(validating:as:)` reads a page
    /// byte by byte through its generic path; decoding from a buffer validates a word at a time,
    /// and a repair (a broken sequence becomes U+FFFD, which the input cannot have held there)
    /// shows as a difference from the input.
    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            var text = String(decoding: buffer, as: UTF8.self)
            let unchanged = text.withUTF8 { decoded in
                decoded.count == buffer.count
                    && (buffer.isEmpty || memcmp(decoded.baseAddress!, buffer.baseAddress!, buffer.count) == 0)
            }
            return unchanged ? text : nil
        }
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
