import Foundation
import Testing
@testable import Enrichment

/// The seed article (shared/seed/article.txt): the reference case every enrichment must get right.
struct SeedArticleTests {
    /// Package root is three levels above this file; shared/ sits beside it.
    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seed/article.txt")

    /// The five paragraphs after "Date:" and before "Share post:".
    static func seedBody() throws -> [String] {
        let text = try String(contentsOf: seedURL, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "Date:")) + 1
        let end = try #require(lines.firstIndex(of: "Share post:"))
        return lines[start..<end].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static let result: Enrichment? = {
        guard let paragraphs = try? seedBody() else { return nil }
        return Enricher().enrich(.init(title: "North Korean Security Delegation Heads to Moscow",
                                       body: paragraphs.joined(separator: "\n\n"), paragraphs: paragraphs,
                                       publishedAt: nil))
    }()

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func peopleWithRoles() throws {
        let r = try #require(Self.result)
        let people = Dictionary(r.entities.filter { $0.type == .person }.map { ($0.canonical, $0.role) }, uniquingKeysWith: { a, _ in a })
        #expect(people["Ri Chang Dae"] == "Minister of State Security")
        #expect(people["Sergei Shoigu"] != nil)
        #expect(people["Vitaly Shulika"] == "Deputy Minister of Internal Affairs")
        #expect(people["Ri Song Chol"] == "deputy head of public security")
        #expect(people["Chris Monday"] == "Russia researcher at Dongseo University")
        #expect(people["Sergei Shoigu"] == "Russian security chief")
        // Short forms join the full names: "Shoigu’s plans", "Monday suggested".
        #expect(r.entities.first { $0.canonical == "Sergei Shoigu" }?.count == 2)
        #expect(r.entities.first { $0.canonical == "Chris Monday" }?.count == 2)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func placesAndOrganisations() throws {
        let r = try #require(Self.result)
        let places = Set(r.entities.filter { $0.type == .location }.map(\.canonical))
        for place in ["Moscow", "Pyongyang", "Kyiv", "Vladivostok", "Sunan International Airport"] {
            #expect(places.contains(place), "\(place)")
        }
        let orgs = Set(r.entities.filter { $0.type == .organization }.map(\.canonical))
        #expect(orgs.isSuperset(of: ["Dongseo University", "UN"]))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func countries() throws {
        let codes = Set(try #require(Self.result).countries.map(\.code))
        #expect(codes.isSuperset(of: ["KP", "RU", "UA", "UZ"]))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func mondayThePersonIsNoDate() throws {
        let r = try #require(Self.result)
        let monday = try #require(r.entities.first { $0.canonical == "Chris Monday" })
        for date in r.dates {
            #expect(!monday.spans.contains { $0[0] <= date.start && date.end <= $0[1] }, "\(date)")
        }
        // Without a trusted publication date nothing resolves.
        #expect(r.dates.allSatisfy { $0.resolved == nil && $0.reason != nil })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func datesResolveAgainstATrustedPublicationDate() throws {
        let paragraphs = try Self.seedBody()
        // The page's own date line says Tuesday, July 1, 2025.
        let r = Enricher().enrich(.init(title: nil, body: paragraphs.joined(separator: "\n\n"), paragraphs: paragraphs,
                                        publishedAt: "2025-07-01"))
        let resolved = Dictionary(r.dates.map { ($0.text, $0.resolved) }, uniquingKeysWith: { a, _ in a })
        #expect(resolved["Tuesday"] == "2025-07-01")
        #expect(resolved["Thursday"] == "2025-07-03")
        #expect(resolved["Monday"] == "2025-06-30")  // "arrived in Pyongyang on Monday"
        #expect(resolved["last year"] == "2024-01-01/2024-12-31")
        #expect(r.dates.count(where: { $0.text == "Monday" }) == 1)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func stuffingIsFlaggedAndKeptOutOfSummary() throws {
        let r = try #require(Self.result)
        let flag = try #require(r.flags.first { $0.kind == .keywordStuffing })
        #expect(flag.detail?.contains("North Korean security delegation heads to Moscow") == true)
        #expect(!r.summary.contains("delegation heads to Moscow"))
        #expect(!r.keyphrases.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func reportedSpeechByChrisMonday() throws {
        let r = try #require(Self.result)
        let quotes = r.quotes.filter { $0.speaker == "Chris Monday" && $0.kind == .reported }
        #expect(quotes.contains { $0.cue == "noted" && $0.text.hasPrefix("Moscow could escalate") })
        #expect(quotes.contains { $0.cue == "suggested" })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedURL.path)))
    func languageTopicsAndFingerprints() throws {
        let r = try #require(Self.result)
        #expect(r.language?.code == "en")
        #expect(r.topics.first?.code == "medtop:16000000")
        #expect(r.topics.contains { $0.code == "medtop:11000000" })
        #expect(r.fingerprints.sha256.count == 64)
        #expect(r.readingTimeMinutes > 1)
    }
}
