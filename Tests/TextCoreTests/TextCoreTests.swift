import Testing
@testable import TextCore

@Suite struct TextCoreTests {
    @Test func byteSearchFindsSubstringsAndPrefixes() {
        #expect("display:none;color:red".containsBytes("none"))
        #expect(!"abc".containsBytes("abcd"))
        #expect("".containsBytes(""))
        #expect(Array("visibility:hidden".utf8).containsBytes(Array("hidden".utf8)))
        let phrases = BytePhrases(["share on", "©"])
        #expect(phrases.anyPrefix(of: Array("share on facebook".utf8)))
        #expect(phrases.anyInside(Array("text © 2025".utf8)))
        #expect(!phrases.anyPrefix(of: Array("we share on".utf8)))
    }

    @Test func furnitureIsOneListForEveryone() {
        #expect(BoilerplatePhrases.isEndMatterHeading("related", words: 1))
        #expect(BoilerplatePhrases.isEndMatterHeading("about the author jane doe", words: 5))
        #expect(!BoilerplatePhrases.isEndMatterHeading("popular culture", words: 2))
        #expect(BoilerplatePhrases.isEndMatterHeading("popular culture", words: 2, allowingRunOn: true))
        #expect(BoilerplatePhrases.isInlineLink("read more: why markets fell"))
        #expect(BoilerplatePhrases.isFurnitureLine("Subscribe to our newsletter"))
        #expect(BoilerplatePhrases.isFurnitureLine("We use cookies to improve your experience."))
        #expect(!BoilerplatePhrases.isFurnitureLine("The council met on Tuesday."))
    }

    @Test func flagsEncodeTheirKindAsText() throws {
        #expect(Flag.Kind.shortBody.rawValue == "short_body")
        #expect(FieldSource.jsonLD.rawValue == "json-ld")
        #expect(Set(Flag.Kind.allCases.map(\.rawValue)).count == Flag.Kind.allCases.count)
    }

    @Test func scriptsThatWriteWithoutSpaces() {
        #expect(Script("中").writesWithoutSpaces)
        #expect(Script("ก").writesWithoutSpaces)
        #expect(Script("က").writesWithoutSpaces)
        #expect(!Script("한").writesWithoutSpaces)
        #expect(!Script("ש").writesWithoutSpaces)
    }

    @Test func phraseKeysDropOuterPunctuation() {
        #expect(TextMeasures.phraseKey("  — Related: ") == "related")
        #expect(TextMeasures.words(in: "It's 3 o'clock") == 5)
    }
}
