#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Legacy-charset bytes to UTF-8 through the C library's iconv (glibc ships every charset
/// news sites still use). A few invalid sequences become U+FFFD; more than `maxErrorRate` of
/// the input means the bytes are not in this charset at all.
enum Iconv {
    static let maxErrorRate = 0.01

    static func decode(_ bytes: ArraySlice<UInt8>, from charset: String) -> String? {
        guard !bytes.isEmpty else { return "" }
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: max(64, input.count * 4))
        var written = 0
        var errors = 0
        let maxErrors = Int(Double(input.count) * maxErrorRate) + 1
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - written
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    written = outBuffer.count - outLeft
                    if result != -1 { break }
                    // EILSEQ or EINVAL (truncated tail): skip one byte, mark it, go on.
                    guard errno == EILSEQ || errno == EINVAL, errors < maxErrors, outLeft >= 3 else { return false }
                    errors += 1
                    for byte in replacement { outBuffer[written] = byte; written += 1 }
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
                return true
            }
        }
        guard ok else { return nil }
        return String(decoding: output[..<written], as: UTF8.self)
    }
}
