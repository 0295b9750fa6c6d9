import Testing
@testable import Enrichment

struct FingerprinterTests {
    let fingerprinter = Fingerprinter()

    @Test func sha256OfKnownInput() {
        #expect(fingerprinter.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func normalisationIgnoresCaseAndSpacing() {
        let a = fingerprinter.fingerprints(of: Document("Hello,  World!\nBye."))
        let b = fingerprinter.fingerprints(of: Document("hello world bye"))
        #expect(a == b)
    }

    @Test func nearCopiesHaveCloseSimHashes() {
        let base = (1...60).map { "word\($0 % 17) token\($0 % 5)" }.joined(separator: " ")
        let a = fingerprinter.fingerprints(of: Document(base)).simhash
        let b = fingerprinter.fingerprints(of: Document(base + " extra")).simhash
        let c = fingerprinter.fingerprints(of: Document("entirely different text about other matters altogether here")).simhash
        #expect((a ^ b).nonzeroBitCount < (a ^ c).nonzeroBitCount)
    }
}
