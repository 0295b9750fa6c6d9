import CLibCrypto

/// Identity fingerprints of a body: SHA-256 of the normalised text finds exact copies, a 64-bit SimHash of
/// word shingles finds near copies (a few differing bits).
struct Fingerprinter: Sendable {
    /// Words per shingle: long enough to capture order, short enough that a small edit changes few.
    static let shingleSize = 3

    func fingerprints(of doc: Document) -> Enrichment.Fingerprints {
        let words = doc.tokens.filter { $0.kind != .punctuation }.map(\.lower)
        // The words joined by single spaces, as UTF-8 bytes straight away (no joined String in between).
        var normalised: [UInt8] = []
        normalised.reserveCapacity(words.reduce(words.count) { $0 + $1.utf8.count })
        for (k, word) in words.enumerated() {
            if k > 0 { normalised.append(0x20) }
            normalised.append(contentsOf: word.utf8)
        }
        return .init(sha256: sha256Hex(normalised), simhash: simhash(words))
    }

    /// Case, punctuation and spacing differences do not make a different article.
    func sha256Hex(_ normalised: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        _ = normalised.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        let hex: [Character] = Array("0123456789abcdef")
        return String(digest.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }

    func simhash(_ words: [String]) -> Int64 {
        guard !words.isEmpty else { return 0 }
        // Per bit, how many shingle hashes set it; a bit of the result is set when most shingles set it
        // (counting ones in a fixed-size loop the compiler unrolls, rather than a ±1 weight per bit).
        var ones = [Int](repeating: 0, count: 64)
        let n = Swift.min(Self.shingleSize, words.count)
        let shingles = words.count - n + 1
        ones.withUnsafeMutableBufferPointer { ones in
            for i in 0..<shingles {
                let h = fnv1a(words[i..<(i + n)])
                for bit in 0..<64 { ones[bit] &+= Int(truncatingIfNeeded: (h >> UInt64(bit)) & 1) }
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where 2 * ones[bit] > shingles { result |= 1 << UInt64(bit) }
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
