import Testing
import TestSupport
@testable import Enrichment

/// Enrichment never traps, whatever the input.
struct RobustnessTests {
    @Test(arguments: [
        "", " ", "\n\n\n", ".", "“", "\"unterminated quote", "'s", "-", "A", "Mr.", "U.S.", "...", "…",
        "May", "Monday", "2025-13-45", "July 32, 2025", "according to", "said", ", a", "Minister of",
        String(repeating: "North Korean security delegation heads to Moscow. ", count: 50),
        String(repeating: "é", count: 1000), "🙂🙂 emoji only 🙂", "\u{0}\u{1}\u{FFFD}", "Ri", "A B C D E F G H",
    ])
    func neverTraps(body: String) {
        let r = Enricher().enrich(.init(title: nil, body: body, paragraphs: [body], publishedAt: "2025-07-01"))
        let scalarCount = body.unicodeScalars.count
        for e in r.entities { for s in e.spans { #expect(0 <= s[0] && s[0] < s[1] && s[1] <= scalarCount) } }
    }
}

/// Random bodies built from the pieces rules look at: names, titles, quotes, dates, punctuation.
struct FuzzTests {
    static let pieces = [
        "Minister", "of", "State", "Ri", "Chang", "Dae", ",", ".", "“", "”", "\"", "'s", "’s", "-", "said", "that",
        "according", "to", "Monday", "May", "may", "July", "1", "2025", "-", "the", "a", "UN", "U.S.", "Moscow",
        "North", "Korean", "University", "Airport", "\n", "\n\n", "…", "...", "é", "🙂", "  ", "Mr.", "Dr", "In",
        "last", "year", "yesterday", "Share", "this", "subscribe", "中文", "Русский", "العربية", "(", ")", "?", "!",
    ]

    @Test func randomBodiesNeverTrap() {
        var rng = SeededRandom(seed: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 0...80, using: &rng)
            let body = (0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }
                .joined(separator: Bool.random(using: &rng) ? " " : "")
            let r = Enricher().enrich(.init(title: nil, body: body, paragraphs: [body], publishedAt: "2025-07-01"))
            let n = body.unicodeScalars.count
            for e in r.entities { for s in e.spans { #expect(0 <= s[0] && s[0] < s[1] && s[1] <= n) } }
            for d in r.dates { #expect(0 <= d.start && d.start < d.end && d.end <= n) }
        }
    }
}
