import Testing
@testable import Enrichment
import TextCore

struct QualityFlaggerTests {
    func kinds(_ body: String) -> [Flag.Kind] {
        let paragraphs = body.components(separatedBy: "\n")
        return QualityFlagger().flags(doc: Document(body), paragraphs: paragraphs, repetition: nil).map(\.kind)
    }

    @Test func shortTruncatedBody() {
        let k = kinds("The mayor announced on Tuesday that the new bridge over the river would")
        #expect(k.contains(.shortBody))
        #expect(k.contains(.truncated))
    }

    @Test func shortClosingLineIsNoTruncation() {
        #expect(!kinds("The bridge opened on time and under budget.\nContact us").contains(.truncated))
    }

    @Test func ellipsisIsTruncated() {
        #expect(kinds("Prime Minister Zandanshatar Gombojav addressed diplomats, investors, and international...").contains(.truncated))
    }

    @Test func boilerplateLine() {
        #expect(kinds("The match ended in a draw.\nSubscribe to our newsletter").contains(.boilerplateLeft))
    }

    /// A line of up to `boilerplateMaxWords` space-separated words can be furniture, a longer one is prose
    /// (words counted as `split(separator: " ")` does: runs of spaces are one gap).
    @Test func boilerplateLinesAreShort() {
        let twelve = "Subscribe  to our newsletter for the latest news and offers every week"
        #expect(twelve.split(separator: " ").count == QualityFlagger.boilerplateMaxWords)
        #expect(kinds("The match ended in a draw.\n\(twelve) ").contains(.boilerplateLeft))
        #expect(!kinds("The match ended in a draw.\n\(twelve) today").contains(.boilerplateLeft))
    }

    @Test func cleanBodyHasNoFlagsButLength() {
        #expect(kinds("The match ended in a draw.") == [.shortBody])
    }
}
