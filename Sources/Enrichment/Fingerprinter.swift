import CLibCrypto

/// Identity fingerprints of a body: SHA-256 of the normalised text finds exact copies, a 64-bit SimHash of
/// word shingles finds near copies (a few differing bits).
struct Fingerprinter: Sendable {
    /// Words per shingle: long enough to capture order, short enough that a small edit changes few.
    static let shingleSize = 3

    func fingerprints(of doc: Document) -> Enrichment.Fingerprints {
        let words = doc.tokens.filter { $0.kind != .punctuation }.map(\.lower)
        return .init(sha256: sha256Hex(words.joined(separator: " ")), simhash: simhash(words))
    }

    /// Case, punctuation and spacing differences do not make a different article.
    func sha256Hex(_ normalised: String) -> String {
        var bytes = Array(normalised.utf8)
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        _ = bytes.withUnsafeMutableBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        let hex: [Character] = Array("0123456789abcdef")
        return String(digest.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }

    func simhash(_ words: [String]) -> Int64 {
        guard !words.isEmpty else { return 0 }
        var weights = [Int](repeating: 0, count: 64)
        let n = Swift.min(Self.shingleSize, words.count)
        for i in 0...(words.count - n) {
            let h = fnv1a(words[i..<(i + n)])
            for bit in 0..<64 { weights[bit] += (h >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { result |= 1 << UInt64(bit) }
        return Int64(bitPattern: result)
    }

    /// FNV-1a: stable across runs and platforms, unlike `Hasher`.
    private func fnv1a(_ shingle: ArraySlice<String>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (k, word) in shingle.enumerated() {
            if k > 0 { h = (h ^ 0x20) &* 0x100_0000_01b3 }
            for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return h
    }
}
