@testable import Extraction
import TestSupport
import Testing

/// `UTF8Validation` must accept exactly what the standard library accepts.
@Suite struct UTF8ValidationTests {
    private func agrees(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == (String(validating: bytes, as: UTF8.self) != nil)
    }

    @Test func everySequenceOfOneAndTwoBytes() {
        var disagreements = 0
        for first in 0...255 {
            if !agrees([UInt8(first)]) { disagreements += 1 }
            for second in 0...255 where !agrees([UInt8(first), UInt8(second)]) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    /// Every boundary lead byte with every second and third byte, then a fourth in each range.
    @Test(arguments: [0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5] as [UInt8])
    func threeAndFourByteSequences(lead: UInt8) {
        var disagreements: [[UInt8]] = []
        for second in 0...255 {
            for third in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] as [UInt8] {
                for tail in [[], [0x80], [0xBF], [0xC0], [0x41]] as [[UInt8]] {
                    let bytes = [lead, UInt8(second), third] + tail
                    if !agrees(bytes) { disagreements.append(bytes) }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Mixed text with bytes changed, dropped or cut at random, at every offset from the
    /// eight-byte ASCII steps.
    @Test func mutatedText() {
        let text = Array("Plain ASCII text, then Grüße, 中文, 😀 and more ASCII to cross eight-byte words.".utf8)
        var generator = SeededRandom(seed: 11)
        var invalid = 0
        for _ in 0..<5000 {
            var bytes = Array(text.dropFirst(Int.random(in: 0..<8, using: &generator)))
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let index = Int.random(in: bytes.indices, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: index)
                default: bytes = Array(bytes[..<index])
                }
                if bytes.isEmpty { break }
            }
            #expect(agrees(bytes), "\(bytes)")
            if String(validating: bytes, as: UTF8.self) == nil { invalid += 1 }
        }
        #expect(invalid > 500)  // the mutations do break sequences
    }
}
