import Testing
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
