import Testing
@testable import TextCore

@Suite struct ScalarStringTests {
    /// The UTF-8 fast path builds the same string as the generic scalar view, ASCII or not.
    @Test func matchesTheScalarView() {
        for text in ["", "Moscow", "Élysée l’avion", "東京 2025年", "e\u{301}té 🇩🇪 👩‍👩‍👧", "a\u{0}b\u{10FFFF}"] {
            let scalars = Array(text.unicodeScalars)
            for (lo, hi) in [(0, scalars.count), (0, scalars.count / 2), (scalars.count / 2, scalars.count)] {
                let expected = String(String.UnicodeScalarView(scalars[lo..<hi]))
                let built = String(scalars: scalars[lo..<hi])
                #expect(built == expected)
                #expect(Array(built.utf8) == Array(expected.utf8))
            }
        }
    }
}
