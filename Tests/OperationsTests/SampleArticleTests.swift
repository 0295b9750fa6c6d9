import Foundation
import Testing
import TestSupport

/// The articles shipped in samples/ (ours, see samples/NOTICE) carry the seed's traps; the
/// demo and the README's offline example rely on Newsdesk getting them right.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path), "needs a built newsdesk binary"))
struct SampleArticleTests {
    func process(_ name: String) throws -> [String: Any] {
        let run = try newsdesk(["process", ShippedFiles.sample(name)])
        try #require(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    func people(_ result: [String: Any]) -> [String] {
        (result["entities"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "person" }.compactMap { $0["canonical"] as? String }
    }

    func flags(_ result: [String: Any]) -> [String] {
        (result["flags"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
    }

    @Test func textDumpWithEveryTrap() throws {
        let r = try process("harbour-ferry.txt")
        #expect(r["title"] as? String == "Harbour Ferry Service Returns to Port Ellery After Two-Year Pause")
        // The "today" line dates the page, not the article; the empty Date: gives no date at all.
        #expect(r["page_date"] as? String == "2025-03-12")
        #expect(r["published_at"] is NSNull)
        #expect(flags(r).contains("missing_publication_date"))
        #expect(flags(r).contains("keyword_stuffing"))
        #expect(people(r).contains("Alma Monday"))
        let related = r["related"] as? [[String: Any]] ?? []
        #expect(related.count == 4)
        let body = r["body"] as? String ?? ""
        #expect(!body.contains("Lighthouse Keepers"))
        #expect(!body.contains("Share post"))
        #expect((r["paragraphs"] as? [String])?.count == 5)
        #expect((r["language"] as? [String: Any])?["code"] as? String == "en")
    }

    @Test func htmlPageWithMetadataAndTheSameTraps() throws {
        let r = try process("library-reopens.html")
        #expect(r["title"] as? String == "Riverside Library Reopens With a Makerspace and Longer Hours")
        #expect((r["published_at"] as? String)?.hasPrefix("2025-02-18") == true)
        #expect(r["authors"] as? [String] == ["Nadia Okafor"])
        #expect(people(r).contains("Joseph Monday"))
        #expect((r["related"] as? [[String: Any]])?.count == 3)
        let body = r["body"] as? String ?? ""
        for furniture in ["Subscribe", "All rights reserved", "Share this article", "Museum Night"] {
            #expect(!body.contains(furniture), "\(furniture)")
        }
    }

    @Test func germanTextDump() throws {
        let r = try process("radweg-stadtrat.de.txt")
        #expect(r["title"] as? String == "Stadtrat beschließt durchgehenden Radweg am Hafen")
        #expect(r["page_date"] as? String == "2025-03-14")
        #expect(r["published_at"] is NSNull)
        #expect((r["language"] as? [String: Any])?["code"] as? String == "de")
        #expect((r["related"] as? [[String: Any]])?.count == 2)
    }
}
