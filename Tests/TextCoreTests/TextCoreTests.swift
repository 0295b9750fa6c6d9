import Foundation
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
        #expect(BoilerplatePhrases.isFurnitureLine("We noticed that you are using Internet Explorer 11 or older that is no longer supported. Please consider using an alternative browser such as Chrome, Firefox or Edge for the best experience."))
        #expect(BoilerplatePhrases.isFurnitureLine("Bitte aktivieren Sie JavaScript, um dieses Video zu sehen."))
        #expect(!BoilerplatePhrases.isFurnitureLine("Microsoft retired Internet Explorer in 2022, and most sites stopped testing for it."))
    }

    @Test func furnitureSpeaksMoreThanEnglish() {
        for heading in ["Mehr zum Thema", "Ähnliche Beiträge", "Das könnte Sie auch interessieren", "Articles les plus lus",
                        "Noticias relacionadas", "Schlagworte: Haushalt, Stadt"] {
            #expect(BoilerplatePhrases.isEndMatterHeading(TextMeasures.phraseKey(heading), words: TextMeasures.words(in: heading)), "\(heading)")
        }
        // "Read also" boxes stand inside articles: a label or a link, not the end of the article.
        #expect(BoilerplatePhrases.isInlineLink(TextMeasures.phraseKey("Lesen Sie auch: Warum die Märkte fielen")))
        #expect(BoilerplatePhrases.interfaceLabels.contains(TextMeasures.phraseKey("À lire aussi :")))
        #expect(!BoilerplatePhrases.isEndMatterHeading(TextMeasures.phraseKey("Lire aussi"), words: 2))
        #expect(BoilerplatePhrases.isFurnitureLine("Jetzt teilen!"))
        #expect(BoilerplatePhrases.isFurnitureLine("Foto: Max Mustermann"))
        #expect(BoilerplatePhrases.isFurnitureLine("Tous droits réservés"))
        #expect(!BoilerplatePhrases.isFurnitureLine("Der Rat tagte am Dienstag."))
        // Chinese, Japanese and Korean, with the full-width colon.
        for heading in ["相关新闻", "（责任编辑：王晓明）", "留言列表 (42)", "関連記事", "관련기사"] {
            #expect(BoilerplatePhrases.isEndMatterHeading(TextMeasures.phraseKey(heading), words: TextMeasures.words(in: heading),
                                                          allowingRunOn: true), "\(heading)")
        }
        #expect(BoilerplatePhrases.isFurnitureLine("版权所有：示例新闻网"))
        #expect(BoilerplatePhrases.isFurnitureLine("京ICP备12345678号－1　京公网安备110105000001号"))
        #expect(!BoilerplatePhrases.isFurnitureLine("市政府昨天召开新闻发布会。"))
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
        // The ASCII fast path and the Unicode path agree on the shape of a key.
        #expect(TextMeasures.phraseKey("** SHARE This **") == "share this")
        #expect(TextMeasures.phraseKey("» Über UNS «") == "über uns")
        #expect(TextMeasures.phraseKey(Substring("x: Ärger!").dropFirst(3)) == "ärger")
        #expect(TextMeasures.phraseKey("...!") == "")
        #expect(TextMeasures.phraseKey(String(repeating: "a", count: 61)) == "")
    }

    /// The byte-level readers that replaced per-line String work give what the String
    /// operations gave: scalars of every UTF-8 length, ASCII lower-casing, phrase searches at the
    /// text's edges, suffixes.
    @Test func byteLevelReadersMatchTheStringOperations() {
        let text = "Aé中😀 Z"
        var scalars: [Unicode.Scalar] = []
        TextMeasures.forEachScalar(in: text) { scalars.append($0) }
        #expect(scalars == Array(text.unicodeScalars))
        #expect(TextMeasures.words(in: "Ünïcödé wörds, 中文字 and 😀") == 5)
        #expect(ByteSearch.asciiLowercased("ÄBC Def") == Array("Äbc def".utf8))
        #expect(ByteSearch.asciiLowercased("ÄBC Def", maxScalars: 3) == Array("Äbc".utf8))
        let phrases = BytePhrases(["|", "min read", "x"])
        #expect(phrases.anyInside(Array("a |".utf8)))
        #expect(phrases.anyInside(Array("5 min read".utf8)))
        #expect(phrases.anyInside(Array("x".utf8)))
        #expect(!phrases.anyInside(Array("5 min rea".utf8)))
        #expect(!phrases.anyInside([]))
        #expect(BytePhrases([""]).anyInside([]))
        #expect(Array("by the way by".utf8).firstOffset(of: Array("by".utf8), from: 1) == 11)
        #expect("36 comments".withUTF8Bytes { ByteSearch.hasSuffix($0, Array(" comments".utf8)) })
        #expect(BoilerplatePhrases.isEndMatterHeading("36 comments", words: 2))
        #expect(!BoilerplatePhrases.isEndMatterHeading("comments about the budget were many", words: 6))
    }

    /// The phrase lists' lower-casing is `lowercased()` scalar by scalar, in every script.
    @Test func lowercasedPrefixIsUnicodeLowercasing() {
        let samples = ["ÜBER DEN AUTOR — „Jane“ Doe", "Tous Droits Réservés", "ΣΟΦΊΑ και Σοφία", "ПРАВА ЗАЩИЩЕНЫ",
                       "版权所有 ©", "ＦＵＬＬ ｗｉｄｔｈ", "İstanbul’da", "e\u{301}TÉ 😀 ǅ", "Ⓐ ꞲAB", ""]
        for text in samples {
            #expect(ByteSearch.lowercasedPrefix(text, scalars: 400) == Array(text.lowercased().utf8), "\(text)")
        }
        #expect(ByteSearch.lowercasedPrefix("ÄBC Déf", scalars: 5) == Array("äbc d".utf8))
        #expect(ByteSearch.lowercasedPrefix("ÄBC Déf"[...].dropFirst(4), scalars: 2) == Array("dé".utf8))
        #expect(BoilerplatePhrases.isFurnitureSentence("ÜBER DEN AUTOR: Jane Doe schreibt über Städte.", words: 7) == BoilerplatePhrases.isFurnitureSentence(Array("über den autor: jane doe schreibt über städte.".utf8), words: 7))
        #expect(BoilerplatePhrases.isFurnitureSentence("TOUS DROITS RÉSERVÉS", words: 3))
    }

    /// Title separators are found by bytes where Foundation's literal search found them.
    @Test func separatorSearchMatchesFoundation() {
        let titles = ["Headline | Site", "A - - B", " | ", "", "Kicker: Headline – Site — Blog", "Ünï – cödé – ", "x | y | z", "no separator",
                      "«Titre» · Le Monde", "中文 | 网站", "a  |  b"]
        for title in titles {
            for separator in [" | ", " - ", " – ", " — ", " · ", ": ", " » "] {
                #expect(title.components(separatedByBytes: separator).map(String.init) == title.components(separatedBy: separator), "\(title)")
                #expect(title.range(ofBytes: separator) == title.range(of: separator), "\(title)")
                #expect(title.range(ofBytes: separator, backwards: true) == title.range(of: separator, options: .backwards), "\(title)")
                var start = title.startIndex
                while let found = title.range(ofBytes: separator, from: start) {
                    #expect(found == title.range(of: separator, range: start..<title.endIndex), "\(title)")
                    start = found.upperBound
                }
                #expect(title.range(of: separator, range: start..<title.endIndex) == nil, "\(title)")
            }
        }
        let byline = "（记者 王某）本报记者李某 记者"
        #expect(byline.range(ofBytes: "记者", from: byline.index(byline.startIndex, offsetBy: 3)) == byline.range(of: "记者", range: byline.index(byline.startIndex, offsetBy: 3)..<byline.endIndex))
    }

    @Test func byteOffsetsOverWholePages() {
        let page = Array("a&b&&c".utf8)
        page.withUnsafeBufferPointer { bytes in
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes) == 1)
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes, from: 2) == 3)
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes, from: 5) == nil)
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes, from: 6) == nil)
            #expect(ByteSearch.firstOffset(of: 0, in: bytes) == nil)
        }
        [UInt8]().withUnsafeBufferPointer { #expect(ByteSearch.firstOffset(of: 0, in: $0) == nil) }
    }
}
