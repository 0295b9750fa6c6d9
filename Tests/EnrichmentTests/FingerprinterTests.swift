import Testing
@testable import Enrichment

struct FingerprinterTests {
    let fingerprinter = Fingerprinter()

    @Test func sha256OfKnownInput() {
        #expect(fingerprinter.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func normalisationIgnoresCaseAndSpacing() {
        let a = fingerprinter.fingerprints(of: Document("Hello,  World!\nBye."))
        let b = fingerprinter.fingerprints(of: Document("hello world bye"))
        #expect(a == b)
    }

    /// Stored fingerprints keep their meaning: the values of a fixed text (SHA-256 of the words joined by
    /// spaces, SimHash of FNV-1a word 3-grams), computed apart from this code.
    @Test func fingerprintsOfAKnownText() {
        let f = fingerprinter.fingerprints(of: Document("The quick brown fox jumps over the lazy dog, again."))
        #expect(f.sha256 == "5e289f4e829ba642bd3e9ded4d23c2cbdac4e96cbaf140ffe8791bbdc9182445")
        #expect(f.simhash == 7_998_711_844_051_866_059)
    }

    @Test func nearCopiesHaveCloseSimHashes() {
        let base = (1...60).map { "word\($0 % 17) token\($0 % 5)" }.joined(separator: " ")
        let a = fingerprinter.fingerprints(of: Document(base)).simhash
        let b = fingerprinter.fingerprints(of: Document(base + " extra")).simhash
        let c = fingerprinter.fingerprints(of: Document("entirely different text about other matters altogether here")).simhash
        #expect((a ^ b).nonzeroBitCount < (a ^ c).nonzeroBitCount)
    }
}
