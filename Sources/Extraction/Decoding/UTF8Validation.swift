/// Whether bytes are well-formed UTF-8, as Unicode's table 3-7 defines it (no overlong forms, no
/// surrogates, nothing past U+10FFFF): exactly what `String(validating:as:)` accepts.
///
/// Most pages are valid UTF-8 and mostly ASCII. Knowing that much lets the HTML parser read the
/// payload's own bytes; making a `String` of the page only to check it cost about ten
/// instructions a byte (the standard library validates byte by byte), this reads eight ASCII
/// bytes at a time.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & asciiMask == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The sequence's length and the range its second byte must fall in; later bytes
            // are continuation bytes, 80...BF.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF  // not overlong
            case 0xED: length = 3; second = 0x80...0x9F  // not a surrogate
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; second = 0x90...0xBF  // not overlong
            case 0xF4: length = 4; second = 0x80...0x8F  // not past U+10FFFF
            case 0xF1...0xF3: length = 4
            default: return false
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    private static let asciiMask: UInt64 = 0x8080_8080_8080_8080
}
