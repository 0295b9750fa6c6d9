import Testing
@testable import Enrichment

struct TupleIDsTests {
    /// Ids are dense, in order of first insertion, and survive the table growing far past its capacity.
    @Test func idsFollowFirstInsertion() {
        var table = TupleIDs(width: 2, capacity: 1)
        for a in Int32(0)..<100 {
            for b in Int32(0)..<30 { #expect(table.insert([a, b]) == (Int(a) * 30 + Int(b), true)) }
        }
        #expect(table.count == 3000)
        #expect(table.insert([42, 7]) == (42 * 30 + 7, false))
        #expect(table.id(of: [7, 42]) == nil)
        #expect(table.id(of: [99, 29]) == 2999)
    }

    /// A shorter key is padded: a one-word phrase is another tuple than any two-word phrase.
    @Test func shortKeysArePadded() {
        var table = TupleIDs(width: 3)
        let words: [Int32] = [5, 6, 7]
        #expect(table.insert(words[0..<1]) == (0, true))
        #expect(table.insert(words[0..<2]) == (1, true))
        #expect(table.insert(words[0..<3]) == (2, true))
        #expect(table.id(of: words[0..<1]) == 0)
        #expect(table.id(of: [5, 6]) == 1)
        #expect(table.id(of: words[1..<3]) == nil)
    }
}
