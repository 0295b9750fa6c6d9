import Daemon
import Extraction
import Foundation
import Testing
import TestSupport

struct ArticleResultTests {
    @Test func resultCarriesTheDocumentedFieldsAndInput() throws {
        let result = try ArticleProcessor().process(RawPage(text: "First paragraph here.\n\nSecond one.", format: .body,
                                                            sourceURL: "https://example.com/a"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.json().utf8)) as? [String: Any])
        for key in ["schema_version", "title", "body", "paragraphs", "related", "page_date", "published_at",
                    "authors", "word_count", "flags", "language_hint", "duplicate_of", "language", "entities", "countries", "dates", "quotes",
                    "keyphrases", "summary", "topics", "fingerprints", "reading_time_minutes", "source_url"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["paragraphs"] as? [String] == ["First paragraph here.", "Second one."])
        #expect(object["word_count"] as? Int == 5)
        #expect(object["source_url"] as? String == "https://example.com/a")
    }

    @Test func equalInputGivesEqualBytes() throws {
        let page = RawPage(text: sampleText)
        #expect(try ArticleProcessor().process(page).json() == ArticleProcessor().process(page).json())
    }
}
