/// Bytes -> String. UTF-8 first (with or without BOM); anything else is refused until
/// legacy-charset decoding lands.
enum TextDecoder {
    static func decode(_ bytes: [UInt8], contentType: String?) throws(ExtractionError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.prefix(8192).contains(0) {
            throw .binary("the payload contains NUL bytes")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .undecodable("the payload is not valid UTF-8 and declares no charset")
        }
        return text
    }
}
